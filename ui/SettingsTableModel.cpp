#include "SettingsTableModel.h"

#include "config/SettingKeys.h"

#include <QFont>

namespace leaselink {

SettingsTableModel::SettingsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SettingsTableModel::setSettings(EffectiveSettings settings)
{
    beginResetModel();
    m_settings = std::move(settings);
    endResetModel();
}

int SettingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_settings ? 0 : int(SettingKeys::all().size());
}

int SettingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Setting:
        return tr("Setting");
    case Value:
        return tr("Value");
    case Default:
        return tr("Default");
    case Note:
        return tr("Note");
    case Help:
        return tr("Help");
    default:
        return {};
    }
}

QVariant SettingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_settings || index.row() >= SettingKeys::all().size())
        return {};
    const SettingKey &key = SettingKeys::all().at(index.row());
    const auto forced = m_settings->overrideOf(key.name);
    if (role == Qt::ToolTipRole) {
        if (!forced)
            return key.help;
        return tr("%1\n\nForced by the configuration file %2; change it there.")
            .arg(key.help, forced->sourcePath);
    }
    if (role == Qt::FontRole && index.column() == Value && forced) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Setting:
        return key.label.isEmpty() ? key.name : key.label;
    case Value: {
        const QString value =
            SettingKeys::valueText(m_settings->effective(), key.name).value_or(QString());
        return value.isEmpty() ? tr("(none)") : value;
    }
    case Default:
        return key.defaultText.isEmpty() ? tr("(none)") : key.defaultText;
    case Note:
        if (forced) {
            return tr("Forced by %1 (stored value: %2)")
                .arg(forced->sourcePath,
                     SettingKeys::valueText(m_settings->stored(), key.name).value_or(QString()));
        }
        if (!key.hasDesktopEffect)
            return tr("Kept for parity with the NetBox plugin; no effect in LeaseLink");
        return {};
    case Help:
        return key.help;
    default:
        return {};
    }
}

Qt::ItemFlags SettingsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // No ItemIsEnabled on a forced row: greyed out, not selectable, never edited.
    if (isForced(index.row()))
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

const SettingKey &SettingsTableModel::keyAt(int row)
{
    return SettingKeys::all().at(row);
}

bool SettingsTableModel::isForced(int row) const
{
    if (!m_settings || row < 0 || row >= SettingKeys::all().size())
        return false;
    return m_settings->isOverridden(SettingKeys::all().at(row).name);
}

QString SettingsTableModel::detailHtml(int row) const
{
    if (!m_settings || row < 0 || row >= SettingKeys::all().size())
        return {};
    const SettingKey &key = keyAt(row);
    const auto valueOf = [](const Settings &settings, const QString &name) -> QString {
        const QString value = SettingKeys::valueText(settings, name).value_or(QString());
        return value.isEmpty() ? tr("(none)") : value;
    };
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code></p>")
                       .arg(key.label.toHtmlEscaped(), key.name.toHtmlEscaped());
    html += tr("<p>Value: <b>%1</b><br>Default: %2<br>Accepts: %3</p>")
                .arg(valueOf(m_settings->effective(), key.name).toHtmlEscaped(),
                     (key.defaultText.isEmpty() ? tr("(none)") : key.defaultText).toHtmlEscaped(),
                     SettingKeys::typeDescription(key).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(key.help.toHtmlEscaped());
    if (const auto forced = m_settings->overrideOf(key.name)) {
        html += tr("<p><b>Forced by the configuration file %1</b> (key <code>%2</code>); the "
                   "stored value %3 applies again once the file no longer forces it. It cannot "
                   "be changed here.</p>")
                    .arg(forced->sourcePath.toHtmlEscaped(), forced->overrideKey.toHtmlEscaped(),
                         valueOf(m_settings->stored(), key.name).toHtmlEscaped());
    }
    return html;
}

} // namespace leaselink
