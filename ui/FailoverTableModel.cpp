#include "FailoverTableModel.h"

#include "ListView.h"
#include "ViewFormat.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

namespace leaselink {

FailoverTableModel::FailoverTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString FailoverTableModel::modeText(FailoverMode mode)
{
    switch (mode) {
    case FailoverMode::LoadBalance:
        return tr("Load Balance");
    case FailoverMode::HotStandby:
        return tr("Hot Standby");
    }
    return {};
}

StoreExpected<void> FailoverTableModel::load(Database &database)
{
    m_database = &database;
    const auto failovers = FailoverRepository(database).list();
    if (!failovers)
        return std::unexpected(failovers.error());
    const auto servers = ServerRepository(database).list();
    if (!servers)
        return std::unexpected(servers.error());
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return std::unexpected(scopes.error());

    QHash<std::int64_t, QString> serverNames;
    for (const Server &server : *servers)
        serverNames.insert(server.id, server.name);
    QHash<std::int64_t, QStringList> scopesByFailover;
    for (const Scope &scope : *scopes) {
        if (scope.failoverId)
            scopesByFailover[*scope.failoverId].append(
                tr("%1 (%2)").arg(scope.name, scope.prefix.toString()));
    }

    QList<Row> rows;
    rows.reserve(failovers->size());
    for (const Failover &failover : *failovers) {
        Row row;
        row.failover = failover;
        row.primary = serverNames.value(failover.primaryServerId);
        row.secondary = serverNames.value(failover.secondaryServerId);
        row.scopes = scopesByFailover.value(failover.id);
        row.searchKey =
            QStringList{failover.name, row.primary, row.secondary, modeText(failover.mode)}
                .join(QLatin1Char(' '))
                .toLower();
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QString FailoverTableModel::detailHtml(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &entry = m_rows.at(row);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(entry.failover.name.toHtmlEscaped());
    if (entry.scopes.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No scopes."));
    html += QStringLiteral("<p>%1</p><ul>").arg(tr("Scopes:"));
    for (const QString &scope : entry.scopes)
        html += QStringLiteral("<li>%1</li>").arg(scope.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

int FailoverTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailoverTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailoverTableModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.failover.name;
    case Mode:
        return modeText(row.failover.mode);
    case Primary:
        return row.primary;
    case Secondary:
        return row.secondary;
    case Scopes:
        return QString::number(row.scopes.size());
    case SyncEnabled:
        return row.failover.syncEnabled ? tr("Yes") : tr("No");
    case Maintenance:
        return viewformat::maintenance(row.failover.maintenance);
    }
    return {};
}

QVariant FailoverTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == SyncEnabled)
            return row.failover.syncEnabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::UserRole:
        if (index.column() == Scopes)
            return int(row.scopes.size());
        if (index.column() == SyncEnabled)
            return row.failover.syncEnabled;
        if (index.column() == Maintenance)
            return row.failover.maintenance.enabled;
        return displayData(row, index.column());
    case ListFilterProxy::SearchKeyRole:
        return row.searchKey;
    case ListFilterProxy::RowKeyRole:
        return qlonglong(row.failover.id);
    }
    return {};
}

bool FailoverTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != SyncEnabled || role != Qt::CheckStateRole || !m_database)
        return false;
    Row &row = m_rows[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (enabled == row.failover.syncEnabled)
        return true;
    // Re-read so the save never writes back stale fields another window changed.
    auto current = FailoverRepository(*m_database).get(row.failover.id);
    if (!current) {
        Q_EMIT saveFailed(current.error().message);
        return false;
    }
    current->syncEnabled = enabled;
    auto saved = FailoverRepository(*m_database).update(*current);
    if (!saved) {
        Q_EMIT saveFailed(saved.error().message);
        return false;
    }
    row.failover = *saved;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags FailoverTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SyncEnabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FailoverTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Mode:
        return tr("Mode");
    case Primary:
        return tr("Primary Server");
    case Secondary:
        return tr("Secondary Server");
    case Scopes:
        return tr("Scopes");
    case SyncEnabled:
        return tr("Sync Enabled");
    case Maintenance:
        return tr("Maintenance");
    }
    return {};
}

} // namespace leaselink
