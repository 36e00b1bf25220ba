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
    if (role == Qt::ToolTipRole)
        return key.help;
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
    default:
        return {};
    }
}

} // namespace leaselink
