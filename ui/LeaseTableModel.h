#pragma once

#include "store/DhcpCache.h"
#include "store/StoreError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace leaselink {

class Database;

// Scope and server names for the cached lease and reservation rows, read once per load.
struct DhcpCacheNames
{
    QHash<std::int64_t, QString> servers;
    QHash<quint32, QString> scopes; // network address -> scope name

    static StoreExpected<DhcpCacheNames> read(Database &database);
    QString scopeText(Ipv4Address scopeId) const; // "10.0.1.0 (Office)"
};

// The Leases view over the DhcpCacheRepository cache (up to 110k rows): every display string and
// the search key (IP, MAC in canonical and hex-only form, host name, server) is built once per
// load, so typing in the search box formats nothing. Expiry times are formatted when painted:
// a local-time conversion for each of 110k rows would delay the first paint.
class LeaseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Address,
        Mac,
        Hostname,
        Server,
        Scope,
        State,
        Expiry,
        ColumnCount
    };

    explicit LeaseTableModel(QObject *parent = nullptr);

    StoreExpected<void> load(Database &database);
    void setLeases(const QList<CachedLease> &leases, const DhcpCacheNames &names);
    const CachedLease &leaseAt(int row) const { return m_rows.at(row).lease; }
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString expiryText(const CachedLease &lease); // "" when the lease has none

    struct Row
    {
        CachedLease lease;
        QString address;
        QString server;
        QString scope;
        QString searchKey;
    };

    QList<Row> m_rows;
};

} // namespace leaselink
