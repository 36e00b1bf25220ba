#pragma once

#include "domain/Server.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace leaselink {

// The DHCP servers of the cache as a table (issue 6 "Servers"). Sorting uses Qt::UserRole (raw
// values), display strings are for people only; column 0 answers ListFilterProxy::RowKeyRole
// with the server id so a refresh keeps the admin's selection.
class ServerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Hostname,
        Port,
        Https,
        VerifyTls,
        Health,
        ScriptVersion,
        Writable,
        Certificate,
        LastSync,
        LastError,
        Maintenance,
        ColumnCount
    };

    using Clock = std::function<QDateTime()>;

    explicit ServerTableModel(QObject *parent = nullptr);

    void setServers(QList<Server> servers);
    const Server &serverAt(int row) const { return m_servers.at(row); }
    // Source row of the server with this id, -1 when there is none.
    int rowOfId(std::int64_t id) const;
    // "Now" for the certificate expiry column (tests pin it).
    void setClock(Clock clock);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Server &server, int column) const;
    QVariant sortData(const Server &server, int column) const;
    QVariant toolTip(const Server &server, int column) const;
    QVariant foreground(const Server &server, int column) const;
    QString certificateText(const Server &server) const;

    QList<Server> m_servers;
    Clock m_clock;
};

} // namespace leaselink
