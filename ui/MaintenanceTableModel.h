#pragma once

#include "domain/Maintenance.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>

namespace leaselink {

class Database;

// The Current Maintenance view: every server, failover and scope whose maintenance flag is on.
// resume() clears the flag through the owning repository's maintenance setter.
class MaintenanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Name,
        Since,
        By,
        Notes,
        ColumnCount
    };

    enum class ObjectKind
    {
        Server,
        Failover,
        Scope
    };

    struct Entry
    {
        ObjectKind kind = ObjectKind::Server;
        std::int64_t id = 0;
        QString name;
        leaselink::Maintenance maintenance;
    };

    explicit MaintenanceTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    const Entry &entryAt(int row) const { return m_entries.at(row); }
    static QString kindText(ObjectKind kind);

    // Takes the given rows out of maintenance and reloads; stops at the first failure.
    StoreExpected<void> resume(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database *m_database = nullptr;
    QList<Entry> m_entries;
};

} // namespace leaselink
