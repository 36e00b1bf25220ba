#pragma once

#include "domain/OptionValue.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

namespace leaselink {

class Database;

// The Option Values view: each reusable value with its option code, and how many scopes use it.
class OptionValueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Option,
        Value,
        FriendlyName,
        VendorClass,
        Scopes,
        ColumnCount
    };

    explicit OptionValueTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    const OptionValue &valueAt(int row) const { return m_rows.at(row).value; }
    // How many scopes link this value (they lose the link when it is deleted).
    int scopeCountAt(int row) const { return m_rows.at(row).scopes; }
    // "6: 10.0.0.53" or the friendly name, as the data model displays a value.
    QString displayNameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        OptionValue value;
        int code = -1;
        QString option;
        QString vendorClass;
        int scopes = 0;
        QString searchKey;
    };

    QList<Row> m_rows;
};

} // namespace leaselink
