#pragma once

#include "domain/OptionCode.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

namespace leaselink {

class Database;

// The Option Code Definitions view. Built-in definitions are shown locked (a lock icon and
// "Built-in (locked)"): nothing in this view edits them, and the model never reports an
// editable cell.
class OptionCodeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        DataType,
        VendorClass,
        Origin,
        Description,
        ColumnCount
    };

    explicit OptionCodeTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    void setDefinitions(QList<OptionCodeDefinition> definitions);
    const OptionCodeDefinition &definitionAt(int row) const { return m_definitions.at(row); }
    bool isLocked(int row) const { return m_definitions.at(row).isBuiltin; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OptionCodeDefinition> m_definitions;
};

} // namespace leaselink
