#include "SettingsView.h"

#include "ListView.h"
#include "SettingsTableModel.h"

#include "config/EffectiveSettings.h"
#include "config/SettingKeys.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace leaselink {

namespace {

QString listHtml(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:2px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

SettingsView::SettingsView(SettingsTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    // The banner: explicit colours for both text and background so it stays readable under a
    // dark palette too.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("overrideBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral(
        "QFrame#overrideBanner { background-color: #fff4ce; border: 1px solid #c19c00; "
        "border-radius: 4px; } QFrame#overrideBanner QLabel { color: #1f1f1f; "
        "background: transparent; border: none; }"));
    m_banner->setAccessibleName(tr("Configuration file overrides"));
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setAlignment(Qt::AlignTop);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("overrideText"));
    m_bannerText->setTextFormat(Qt::RichText);
    m_bannerText->setWordWrap(true);
    // Reachable with Tab and selectable, so a screen reader or a copy can take the path.
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_bannerText->setAccessibleName(tr("Configuration file overrides"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_list = new ListView(QStringLiteral("settingsView"), m_model, this);
    m_list->table()->setAccessibleName(tr("Settings"));
    m_list->table()->sortByColumn(-1, Qt::AscendingOrder); // data-model order
    m_list->setDetailProvider(
        [this](const QModelIndex &source) { return m_model->detailHtml(source.row()); });
    m_edit = new QPushButton(tr("E&dit Setting…"), this);
    m_edit->setObjectName(QStringLiteral("editSetting"));
    m_edit->setAccessibleName(tr("Edit setting"));
    m_list->addToolWidget(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    setTabOrder(m_bannerText, m_list->searchBox());

    connect(m_edit, &QPushButton::clicked, this, &SettingsView::editCurrent);
    // Enter and double-click (activated); a forced row is refused in requestEdit.
    connect(m_list->table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        requestEdit(m_list->proxy()->mapToSource(index).row());
    });
    connect(m_list, &ListView::currentSourceRowChanged, this, &SettingsView::updateEditButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateBanner();
        updateEditButton();
    });
    updateBanner();
    updateEditButton();
}

int SettingsView::currentSourceRow() const
{
    const QModelIndex current = m_list->table()->currentIndex();
    if (!current.isValid())
        return -1;
    return m_list->proxy()->mapToSource(current).row();
}

bool SettingsView::requestEdit(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount() || m_model->isForced(sourceRow))
        return false;
    Q_EMIT editRequested(sourceRow);
    return true;
}

bool SettingsView::editCurrent()
{
    return requestEdit(currentSourceRow());
}

void SettingsView::updateEditButton()
{
    const int row = currentSourceRow();
    if (row < 0) {
        m_edit->setEnabled(false);
        m_edit->setToolTip(tr("Select a setting to edit."));
    } else if (m_model->isForced(row)) {
        m_edit->setEnabled(false);
        m_edit->setToolTip(tr("The configuration file forces this setting; change it there."));
    } else {
        m_edit->setEnabled(true);
        m_edit->setToolTip(tr("Edit the selected setting (Enter)."));
    }
}

QString SettingsView::bannerHtml(const EffectiveSettings &settings)
{
    const ConfigOverrides &overrides = settings.overrides();
    const QList<SettingOverride> forced = settings.forcedSettings();
    const QHash<QString, QString> tokenVariables = overrides.tokenEnvironmentByHostname();
    const QStringList problems = settings.problems();
    if (forced.isEmpty() && tokenVariables.isEmpty() && problems.isEmpty())
        return {};
    const QString file = overrides.sourcePath().toHtmlEscaped();
    QString html;
    if (!forced.isEmpty()) {
        html += tr("<b>The configuration file %1 forces these settings.</b> They are greyed out "
                   "below and cannot be changed here; change them in that file.")
                    .arg(file);
        QStringList items;
        for (const SettingOverride &entry : forced) {
            const SettingKey *key = SettingKeys::find(entry.settingKey);
            const QString label = key ? key->label : entry.settingKey;
            items << tr("%1 (<code>%2</code>) = <b>%3</b>, forced by <code>%4</code>; stored "
                        "value: %5")
                         .arg(label.toHtmlEscaped(), entry.settingKey.toHtmlEscaped(),
                              boolText(entry.value), entry.overrideKey.toHtmlEscaped(),
                              boolText(entry.storedValue));
        }
        html += listHtml(items);
    }
    if (!tokenVariables.isEmpty()) {
        html += tr("<b>App Tokens from the environment</b> (named in %1), used instead of the "
                   "stored token for the server with that host name:")
                    .arg(file);
        QStringList hosts = tokenVariables.keys();
        hosts.sort();
        QStringList items;
        for (const QString &host : std::as_const(hosts)) {
            items << tr("%1: environment variable <code>%2</code>")
                         .arg(host.toHtmlEscaped(), tokenVariables.value(host).toHtmlEscaped());
        }
        html += listHtml(items);
    }
    if (!problems.isEmpty()) {
        html += tr("<b>Problems in the configuration file %1</b>; these entries are ignored and "
                   "the stored values apply:")
                    .arg(file);
        QStringList items;
        for (const QString &problem : problems)
            items << problem.toHtmlEscaped();
        html += listHtml(items);
    }
    return html;
}

void SettingsView::updateBanner()
{
    const auto &settings = m_model->settings();
    const QString html = settings ? bannerHtml(*settings) : QString();
    if (html.isEmpty()) {
        m_banner->hide();
        m_bannerText->clear();
        return;
    }
    const bool problems = !settings->problems().isEmpty();
    const QStyle::StandardPixmap icon =
        problems ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_bannerIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_bannerText->setText(html);
    // The plain text for assistive technology, which may not read rich-text labels in full.
    QTextDocument document;
    document.setHtml(html);
    m_bannerText->setAccessibleDescription(document.toPlainText());
    m_banner->show();
}

} // namespace leaselink
