#include "DhcpCacheView.h"

#include "Icons.h"
#include "ListView.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDesktopServices>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace leaselink {

namespace {

void refill(QComboBox *combo, const QString &allText, QStringList values)
{
    // Numeric collation: "10.1.2.0 (…)" sorts before "10.1.10.0 (…)", as an admin reads them.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(values.begin(), values.end(), collator);
    const QString current = combo->currentData().toString();
    combo->blockSignals(true);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : std::as_const(values))
        combo->addItem(value, value);
    // Keep the admin's choice across a refresh when it still exists.
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    combo->blockSignals(false);
}

} // namespace

DhcpCacheView::DhcpCacheView(const QString &settingsKey, QAbstractItemModel *model, Columns columns,
                             const QString &stateLabel, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_columns(columns)
{
    m_list = new ListView(settingsKey, model, this);
    m_server = new QComboBox;
    m_server->setAccessibleName(tr("Filter by server"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state = new QComboBox;
    m_state->setAccessibleName(tr("Filter by %1").arg(stateLabel));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_copy = new QPushButton(icon(IconName::Copy), tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy selected rows"));
    m_openInNetBox = new QPushButton(icon(IconName::OpenInBrowser), tr("Open in &NetBox"));
    m_openInNetBox->setAccessibleName(tr("Open the selected address in NetBox"));
    m_list->addToolWidget(m_server);
    if (m_columns.scope >= 0) {
        m_scope = new QComboBox;
        m_scope->setAccessibleName(tr("Filter by scope"));
        m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_list->addToolWidget(m_scope);
        connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
            m_list->proxy()->setColumnFilter(m_columns.scope, m_scope->currentData().toString());
        });
    }
    m_list->addToolWidget(m_state);
    m_list->addToolWidget(m_copy);
    m_list->addToolWidget(m_openInNetBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_list->proxy()->setColumnFilter(m_columns.server, m_server->currentData().toString());
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_list->proxy()->setColumnFilter(m_columns.state, m_state->currentData().toString());
    });
    connect(m_copy, &QPushButton::clicked, m_list, &ListView::copySelection);
    // The same two actions on the rows' context menu (Ctrl+C is the list's own shortcut).
    auto *copyAction = new QAction(icon(IconName::Copy), tr("Copy"), this);
    connect(copyAction, &QAction::triggered, m_list, &ListView::copySelection);
    m_openAction = new QAction(icon(IconName::OpenInBrowser), tr("Open in NetBox"), this);
    connect(m_openAction, &QAction::triggered, this, &DhcpCacheView::openInNetBox);
    m_list->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->table()->addAction(copyAction);
    m_list->table()->addAction(m_openAction);
    connect(m_openInNetBox, &QPushButton::clicked, this, &DhcpCacheView::openInNetBox);
    connect(m_list, &ListView::currentSourceRowChanged, this, &DhcpCacheView::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &DhcpCacheView::fillFilters);
    fillFilters();
}

void DhcpCacheView::fillFilters()
{
    // One pass over the rows; the set keeps it linear for 110k leases.
    QSet<QString> servers;
    QSet<QString> states;
    QSet<QString> scopes;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        servers.insert(m_model->index(row, m_columns.server).data().toString());
        states.insert(m_model->index(row, m_columns.state).data().toString());
        if (m_scope)
            scopes.insert(m_model->index(row, m_columns.scope).data().toString());
    }
    servers.remove(QString());
    states.remove(QString());
    scopes.remove(QString());
    refill(m_server, tr("All servers"), servers.values());
    refill(m_state, tr("Any state"), states.values());
    if (m_scope) {
        refill(m_scope, tr("All scopes"), scopes.values());
        m_list->proxy()->setColumnFilter(m_columns.scope, m_scope->currentData().toString());
    }
    // The proxy keeps the previous filters; make them match the (possibly reset) combos.
    m_list->proxy()->setColumnFilter(m_columns.server, m_server->currentData().toString());
    m_list->proxy()->setColumnFilter(m_columns.state, m_state->currentData().toString());
    updateButtons();
}

void DhcpCacheView::setNetBoxUrl(const QUrl &url)
{
    m_netBoxUrl = url;
    updateButtons();
}

QUrl DhcpCacheView::netBoxAddressUrl(const QUrl &base, const QString &address)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("ipam/ip-addresses/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), address);
    url.setQuery(query);
    return url;
}

QString DhcpCacheView::currentAddress() const
{
    const QModelIndex current = m_list->table()->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(m_columns.address).data().toString();
}

void DhcpCacheView::openInNetBox()
{
    const QString address = currentAddress();
    if (address.isEmpty() || m_netBoxUrl.isEmpty())
        return;
    QDesktopServices::openUrl(netBoxAddressUrl(m_netBoxUrl, address));
}

QPushButton *DhcpCacheView::addRowAction(QAction *action, const QString &accessibleName)
{
    auto *button = new QPushButton(action->icon(), action->text());
    button->setAccessibleName(accessibleName);
    const auto mirror = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    connect(action, &QAction::changed, button, mirror);
    mirror();
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    m_list->table()->addAction(action);
    m_list->addToolWidget(button);
    return button;
}

void DhcpCacheView::updateButtons()
{
    const bool selected = !currentAddress().isEmpty();
    m_openInNetBox->setEnabled(selected && !m_netBoxUrl.isEmpty());
    m_openAction->setEnabled(m_openInNetBox->isEnabled());
    m_openInNetBox->setToolTip(m_netBoxUrl.isEmpty()
                                   ? tr("Configure the NetBox connection first (Admin → NetBox "
                                        "connection).")
                                   : QString());
}

} // namespace leaselink
