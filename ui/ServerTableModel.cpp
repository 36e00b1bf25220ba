#include "ServerTableModel.h"

#include "net/psu/PsuScriptVersion.h"

#include <QColor>
#include <QLocale>

namespace leaselink {

ServerTableModel::ServerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServerTableModel::setServers(QList<Server> servers)
{
    beginResetModel();
    m_servers = std::move(servers);
    endResetModel();
}

int ServerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Url:
        return tr("PSU URL");
    case VerifyTls:
        return tr("Verify TLS");
    case Health:
        return tr("Health");
    case ScriptVersion:
        return tr("Script version");
    case LastSync:
        return tr("Last sync");
    case LastError:
        return tr("Last error");
    case Maintenance:
        return tr("Maintenance");
    default:
        return {};
    }
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_servers.size())
        return {};
    const Server &server = m_servers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(server, index.column());
    case Qt::UserRole:
        return sortData(server, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ScriptVersion && !server.psuScriptVersion.isEmpty() &&
            PsuScriptVersion::compareWithShipped(server.psuScriptVersion) !=
                PsuScriptVersion::Match::Equal)
            return PsuScriptVersion::advisory(server.psuScriptVersion);
        if (index.column() == Health && !server.healthError.isEmpty())
            return server.healthError;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Health && server.healthStatus == HealthStatus::Unreachable)
            return QColor(Qt::red);
        if (index.column() == VerifyTls && !server.verifySsl)
            return QColor(Qt::red);
        return {};
    default:
        return {};
    }
}

QVariant ServerTableModel::displayData(const Server &server, int column) const
{
    switch (column) {
    case Name:
        return server.name;
    case Url:
        return server.baseUrl().toString();
    case VerifyTls:
        return server.verifySsl ? tr("Yes") : tr("No");
    case Health:
        switch (server.healthStatus) {
        case HealthStatus::Healthy:
            return tr("Healthy");
        case HealthStatus::Unreachable:
            return tr("Unreachable");
        case HealthStatus::Unknown:
            return tr("Unknown");
        }
        return {};
    case ScriptVersion:
        if (server.psuScriptVersion.isEmpty())
            return tr("?");
        if (PsuScriptVersion::compareWithShipped(server.psuScriptVersion) ==
            PsuScriptVersion::Match::Equal)
            return QString(QStringLiteral("✓ ") + server.psuScriptVersion);
        return QString(QStringLiteral("⚠ ") + server.psuScriptVersion);
    case LastSync:
        return server.lastSyncAt.isValid()
                   ? QLocale().toString(server.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    case LastError:
        return server.lastSyncError;
    case Maintenance:
        return server.maintenance.enabled ? tr("On") : tr("Off");
    default:
        return {};
    }
}

QVariant ServerTableModel::sortData(const Server &server, int column) const
{
    switch (column) {
    case Health:
        return int(server.healthStatus);
    case LastSync:
        return server.lastSyncAt;
    case VerifyTls:
        return server.verifySsl;
    case Maintenance:
        return server.maintenance.enabled;
    default:
        return displayData(server, column);
    }
}

} // namespace leaselink
