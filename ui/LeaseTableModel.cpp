#include "LeaseTableModel.h"

#include "ListView.h"
#include "ViewFormat.h"

#include "store/DhcpCacheRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

namespace leaselink {

StoreExpected<DhcpCacheNames> DhcpCacheNames::read(Database &database)
{
    const auto servers = ServerRepository(database).list();
    if (!servers)
        return std::unexpected(servers.error());
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());
    DhcpCacheNames names;
    for (const leaselink::Server &server : *servers)
        names.servers.insert(server.id, server.name);
    for (const leaselink::Scope &scope : *scopes)
        names.scopes.insert(scope.prefix.network().toUInt(), scope.name);
    return names;
}

QString DhcpCacheNames::scopeText(Ipv4Address scopeId) const
{
    const QString name = scopes.value(scopeId.toUInt());
    if (name.isEmpty())
        return scopeId.toString();
    return QCoreApplication::translate("DhcpCacheNames", "%1 (%2)").arg(scopeId.toString(), name);
}

QString LeaseTableModel::expiryText(const CachedLease &lease)
{
    if (!lease.expiry.isValid())
        return QString();
    return viewformat::dateTime(lease.expiry);
}

LeaseTableModel::LeaseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

StoreExpected<void> LeaseTableModel::load(Database &database)
{
    const auto names = DhcpCacheNames::read(database);
    if (!names)
        return std::unexpected(names.error());
    const auto leases = DhcpCacheRepository(database).leases();
    if (!leases)
        return std::unexpected(leases.error());
    setLeases(*leases, *names);
    return {};
}

void LeaseTableModel::setLeases(const QList<CachedLease> &leases, const DhcpCacheNames &names)
{
    QList<Row> rows;
    rows.reserve(leases.size());
    QHash<quint32, QString> scopeTexts; // a few hundred scopes for 110k leases
    for (const CachedLease &lease : leases) {
        Row row;
        row.lease = lease;
        row.address = lease.address.toString();
        row.server = names.servers.value(lease.serverId);
        auto scopeText = scopeTexts.constFind(lease.scopeId.toUInt());
        if (scopeText == scopeTexts.cend())
            scopeText = scopeTexts.insert(lease.scopeId.toUInt(), names.scopeText(lease.scopeId));
        row.scope = *scopeText;
        row.searchKey =
            QStringList{row.address, lease.clientId, ListFilterProxy::macHexDigits(lease.clientId),
                        lease.hostname, row.server}
                .join(QLatin1Char(' '))
                .toLower();
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString LeaseTableModel::detailHtml(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &entry = m_rows.at(row);
    return tr("<p><b>%1</b> %2</p><p>Client id: %3<br>Server: %4<br>Scope: %5<br>State: %6<br>"
              "Expires: %7</p>")
        .arg(entry.address, entry.lease.hostname.toHtmlEscaped(),
             entry.lease.clientId.toHtmlEscaped(), entry.server.toHtmlEscaped(),
             entry.scope.toHtmlEscaped(), entry.lease.state.toHtmlEscaped(),
             expiryText(entry.lease).toHtmlEscaped());
}

int LeaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ListFilterProxy::SearchKeyRole)
        return row.searchKey;
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Address:
        if (raw)
            return row.lease.address.toUInt();
        return row.address;
    case Mac:
        return row.lease.clientId;
    case Hostname:
        return row.lease.hostname;
    case Server:
        return row.server;
    case Scope:
        if (raw)
            return row.lease.scopeId.toUInt();
        return row.scope;
    case State:
        return row.lease.state;
    case Expiry:
        if (raw)
            return row.lease.expiry;
        return expiryText(row.lease);
    }
    return {};
}

QVariant LeaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address:
        return tr("IP Address");
    case Mac:
        return tr("MAC Address");
    case Hostname:
        return tr("Host Name");
    case Server:
        return tr("Server");
    case Scope:
        return tr("Scope");
    case State:
        return tr("State");
    case Expiry:
        return tr("Expires");
    }
    return {};
}

} // namespace leaselink
