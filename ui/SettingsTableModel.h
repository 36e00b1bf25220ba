#pragma once

#include "config/EffectiveSettings.h"
#include "config/SettingKey.h"

#include <QAbstractTableModel>

#include <optional>

namespace leaselink {

// The plugin-wide settings, one row per key, with the effective value, the help text and, where
// the configuration file forces a value, where from. Rows follow SettingKeys::all(); a row is
// edited with SettingEditDialog (Enter, double-click or Edit in the Settings view). A forced row
// has no Qt::ItemIsEnabled flag: the view greys it out and it cannot be edited, because the file
// decides its value (SET-05).
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
        Help,
        ColumnCount
    };

    explicit SettingsTableModel(QObject *parent = nullptr);

    void setSettings(EffectiveSettings settings);
    const std::optional<EffectiveSettings> &settings() const { return m_settings; }

    // The key of a row (rows follow SettingKeys::all()); row must be in range.
    static const SettingKey &keyAt(int row);
    // The configuration file forces this row's value (false out of range or before loading).
    bool isForced(int row) const;
    // The row's setting, value, default, type, help and override for the detail pane.
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<EffectiveSettings> m_settings;
};

} // namespace leaselink
