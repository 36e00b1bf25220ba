#pragma once

#include "config/EffectiveSettings.h"

#include <QAbstractTableModel>

#include <optional>

namespace leaselink {

// The plugin-wide settings, one row per key, with the effective value and, where the
// configuration file forces a value, where from. Rows follow SettingKeys::all(); a row is edited
// with SettingEditDialog (Enter or double-click in the Settings view).
class SettingsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Setting,
        Value,
        Default,
        Note,
        ColumnCount
    };

    explicit SettingsTableModel(QObject *parent = nullptr);

    void setSettings(EffectiveSettings settings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<EffectiveSettings> m_settings;
};

} // namespace leaselink
