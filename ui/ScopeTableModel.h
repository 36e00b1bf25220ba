#pragma once

#include "domain/Scope.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

namespace leaselink {

class Database;

// The Scopes view: every scope with its source (server or failover name), lease time shown by
// the data model's display rule ("3 Days") and sorted on seconds. detailHtml() reads the scope's
// exclusions and option values when the row is selected.
class ScopeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Network,
        Range,
        LeaseTime,
        Router,
        Source,
        State,
        Maintenance,
        LastSync,
        ColumnCount
    };

    explicit ScopeTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    const Scope &scopeAt(int row) const { return m_rows.at(row).scope; }
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Scope scope;
        QString source;
        QString searchKey;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    Database *m_database = nullptr;
    QList<Row> m_rows;
};

} // namespace leaselink
