#include "MaintenanceTableModel.h"

#include "Icons.h"
#include "ListView.h"
#include "ViewFormat.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

namespace leaselink {

MaintenanceTableModel::MaintenanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString MaintenanceTableModel::kindText(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Server:
        return tr("Server");
    case ObjectKind::Failover:
        return tr("Failover");
    case ObjectKind::Scope:
        return tr("Scope");
    }
    return {};
}

StoreExpected<void> MaintenanceTableModel::load(Database &database)
{
    m_database = &database;
    const auto servers = ServerRepository(database).list();
    if (!servers)
        return std::unexpected(servers.error());
    const auto failovers = FailoverRepository(database).list();
    if (!failovers)
        return std::unexpected(failovers.error());
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());
    QList<Entry> entries;
    for (const Server &server : *servers) {
        if (server.maintenance.enabled)
            entries.append(Entry{ObjectKind::Server, server.id, server.name, server.maintenance});
    }
    for (const Failover &failover : *failovers) {
        if (failover.maintenance.enabled)
            entries.append(
                Entry{ObjectKind::Failover, failover.id, failover.name, failover.maintenance});
    }
    for (const Scope &scope : *scopes) {
        if (scope.maintenance.enabled)
            entries.append(Entry{ObjectKind::Scope, scope.id, scope.name, scope.maintenance});
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    return {};
}

StoreExpected<void> MaintenanceTableModel::resume(const QList<int> &rows)
{
    if (!m_database)
        return {};
    // Copy first: the reload below replaces m_entries.
    QList<Entry> targets;
    for (int row : rows) {
        if (row >= 0 && row < m_entries.size())
            targets.append(m_entries.at(row));
    }
    StoreExpected<void> result;
    for (const Entry &entry : std::as_const(targets)) {
        StoreError error;
        bool ok = true;
        switch (entry.kind) {
        case ObjectKind::Server:
            if (auto done = ServerRepository(*m_database).setMaintenance(entry.id, false); !done) {
                ok = false;
                error = done.error();
            }
            break;
        case ObjectKind::Failover:
            if (auto done = FailoverRepository(*m_database).setMaintenance(entry.id, false);
                !done) {
                ok = false;
                error = done.error();
            }
            break;
        case ObjectKind::Scope:
            if (auto done = ScopeRepository(*m_database).setMaintenance(entry.id, false); !done) {
                ok = false;
                error = done.error();
            }
            break;
        }
        if (!ok) {
            result = std::unexpected(error);
            break;
        }
    }
    if (auto reloaded = load(*m_database); !reloaded && result)
        result = std::unexpected(reloaded.error());
    return result;
}

int MaintenanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int MaintenanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Kind)
        return icon(IconName::Maintenance); // paused: no sync contacts it
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case Kind:
        if (raw)
            return int(entry.kind);
        return kindText(entry.kind);
    case Name:
        return entry.name;
    case Since:
        if (raw)
            return entry.maintenance.enabledAt;
        return viewformat::dateTime(entry.maintenance.enabledAt);
    case By:
        return entry.maintenance.enabledBy;
    case Notes:
        return entry.maintenance.notes;
    }
    return {};
}

QVariant MaintenanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Type");
    case Name:
        return tr("Name");
    case Since:
        return tr("Since");
    case By:
        return tr("By");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace leaselink
