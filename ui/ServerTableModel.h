#pragma once

#include "domain/Server.h"

#include <QAbstractTableModel>
#include <QList>

namespace leaselink {

// The DHCP servers of the cache as a table. Sorting uses Qt::UserRole (raw values), display
// strings are for people only.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Url,
        VerifyTls,
        Health,
        ScriptVersion,
        LastSync,
        LastError,
        Maintenance,
        ColumnCount
    };

    explicit ServerTableModel(QObject *parent = nullptr);

    void setServers(QList<Server> servers);
    const Server &serverAt(int row) const { return m_servers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Server &server, int column) const;
    QVariant sortData(const Server &server, int column) const;

    QList<Server> m_servers;
};

} // namespace leaselink
