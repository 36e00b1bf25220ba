#include "ScopesView.h"

#include "ExclusionsDialog.h"
#include "Icons.h"
#include "ListView.h"
#include "MaintenanceControl.h"
#include "ScopeEditDialog.h"
#include "ScopeTableModel.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace leaselink {

ScopesView::ScopesView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    m_model = new ScopeTableModel(this);
    m_list = new ListView(QStringLiteral("scopes"), m_model, this);
    m_list->setDetailProvider(
        [this](const QModelIndex &source) { return m_model->detailHtml(source.row()); });
    m_create = new QPushButton(icon(IconName::Add), tr("&Create…"));
    m_edit = new QPushButton(icon(IconName::Edit), tr("Ed&it…"));
    m_delete = new QPushButton(icon(IconName::Delete), tr("&Delete…"));
    m_create->setAccessibleName(tr("Create scope"));
    m_edit->setAccessibleName(tr("Edit scope"));
    m_delete->setAccessibleName(tr("Delete scope"));
    m_exclusions = new QPushButton(tr("E&xclusions…"));
    m_exclusions->setAccessibleName(tr("Edit the exclusion ranges of the scope"));
    for (QPushButton *button : {m_create, m_edit, m_delete, m_exclusions})
        m_list->addToolWidget(button);
    m_maintenance = new MaintenanceControl(database, this, [this] {
        std::optional<MaintenanceTarget> target;
        if (const int row = currentSourceRow(); row >= 0) {
            const Scope &scope = m_model->scopeAt(row);
            target.emplace();
            target->kind = MaintenanceTableModel::ObjectKind::Scope;
            target->id = scope.id;
            target->name = scope.name;
            target->maintenance = scope.maintenance;
        }
        return target;
    });
    m_maintenance->attachTo(m_list);
    m_list->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->table()->addAction(m_maintenance->startAction());
    m_list->table()->addAction(m_maintenance->endAction());
    m_startMaintenance =
        new QPushButton(m_maintenance->startAction()->icon(), m_maintenance->startAction()->text());
    m_startMaintenance->setAccessibleName(tr("Start maintenance of the selected scope"));
    m_endMaintenance =
        new QPushButton(m_maintenance->endAction()->icon(), m_maintenance->endAction()->text());
    m_endMaintenance->setAccessibleName(tr("End maintenance of the selected scope"));
    for (auto [button, action] : {std::pair{m_startMaintenance, m_maintenance->startAction()},
                                  std::pair{m_endMaintenance, m_maintenance->endAction()}}) {
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        m_list->addToolWidget(button);
    }
    connect(m_maintenance, &MaintenanceControl::changed, this, [this] {
        reload();
        Q_EMIT changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Scope"), question) == QMessageBox::Yes;
    };
    connect(m_create, &QPushButton::clicked, this, &ScopesView::createScope);
    connect(m_edit, &QPushButton::clicked, this, &ScopesView::editScope);
    connect(m_exclusions, &QPushButton::clicked, this, &ScopesView::editExclusions);
    connect(m_delete, &QPushButton::clicked, this, &ScopesView::deleteScope);
    connect(m_list, &ListView::currentSourceRowChanged, this, &ScopesView::updateButtons);
    connect(m_list->table(), &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editScope();
    });
    updateButtons();
}

QString ScopesView::reload()
{
    const auto loaded = m_model->load(m_database);
    updateButtons();
    return loaded ? QString() : loaded.error().message;
}

void ScopesView::setPushScopeInfo(bool enabled)
{
    m_pushScopeInfo = enabled;
    updateButtons();
}

int ScopesView::currentSourceRow() const
{
    const QModelIndex current = m_list->table()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_list->proxy()->mapToSource(current).row();
}

void ScopesView::updateButtons()
{
    const bool selected = currentSourceRow() >= 0;
    const QString why =
        m_pushScopeInfo
            ? QString()
            : tr("Scopes are edited on the DHCP server while Push Scope Info to DHCP Server is "
                 "off (Admin → Settings).");
    m_create->setEnabled(m_pushScopeInfo);
    m_edit->setEnabled(m_pushScopeInfo && selected);
    m_delete->setEnabled(m_pushScopeInfo && selected);
    m_exclusions->setEnabled(m_pushScopeInfo && selected);
    for (QPushButton *button : {m_create, m_edit, m_delete, m_exclusions})
        button->setToolTip(why);
    m_maintenance->updateActions();
    m_startMaintenance->setEnabled(m_maintenance->startAction()->isEnabled());
    m_endMaintenance->setEnabled(m_maintenance->endAction()->isEnabled());
}

QList<ScopeEditDialog::SourceChoice> ScopesView::sourceChoices() const
{
    QList<ScopeEditDialog::SourceChoice> sources;
    if (const auto servers = ServerRepository(m_database).list()) {
        for (const Server &server : *servers)
            sources.append({tr("Server %1").arg(server.name), server.id, std::nullopt});
    }
    if (const auto failovers = FailoverRepository(m_database).list()) {
        for (const Failover &failover : *failovers)
            sources.append({tr("Failover %1").arg(failover.name), std::nullopt, failover.id});
    }
    return sources;
}

void ScopesView::createScope()
{
    if (!m_pushScopeInfo)
        return;
    const QList<ScopeEditDialog::SourceChoice> sources = sourceChoices();
    ScopeEditDialog dialog(Scope(), sources, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto saved = ScopeRepository(m_database).create(dialog.scope());
        if (saved) {
            reload();
            Q_EMIT changed();
            return;
        }
        QMessageBox::warning(this, tr("Scope not saved"), saved.error().message);
    }
}

void ScopesView::editScope()
{
    const int row = currentSourceRow();
    if (!m_pushScopeInfo || row < 0)
        return;
    const QList<ScopeEditDialog::SourceChoice> sources = sourceChoices();
    ScopeEditDialog dialog(m_model->scopeAt(row), sources, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto saved = ScopeRepository(m_database).update(dialog.scope());
        if (saved) {
            reload();
            Q_EMIT changed();
            return;
        }
        QMessageBox::warning(this, tr("Scope not saved"), saved.error().message);
    }
}

void ScopesView::deleteScope()
{
    const int row = currentSourceRow();
    if (!m_pushScopeInfo || row < 0)
        return;
    const Scope scope = m_model->scopeAt(row);
    const QString question =
        tr("Delete scope %1 (%2) from LeaseLink? Its exclusion ranges and option value links "
           "are removed with it.")
            .arg(scope.name, scope.prefix.toString());
    if (!m_confirm(question))
        return;
    if (const auto removed = ScopeRepository(m_database).remove(scope.id); !removed) {
        QMessageBox::warning(this, tr("Scope not deleted"), removed.error().message);
        return;
    }
    reload();
    Q_EMIT changed();
}

void ScopesView::editExclusions()
{
    const int row = currentSourceRow();
    if (!m_pushScopeInfo || row < 0)
        return;
    const Scope scope = m_model->scopeAt(row);
    const auto current = ScopeRepository(m_database).exclusions(scope.id);
    if (!current) {
        QMessageBox::warning(this, tr("Exclusion ranges"), current.error().message);
        return;
    }
    ExclusionsDialog dialog(scope, *current, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (const auto saved = dialog.save(m_database); !saved) {
            // The staged ranges stay in the dialog: the admin fixes what was refused.
            QMessageBox::warning(this, tr("Exclusion ranges not saved"), saved.error().message);
            continue;
        }
        reload();
        Q_EMIT changed();
        return;
    }
}

} // namespace leaselink
