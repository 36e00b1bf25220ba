#include "ServerTableModel.h"

#include "ListView.h"

#include "net/CertificateInfo.h"
#include "net/psu/PsuScriptVersion.h"

#include <QColor>
#include <QLocale>

namespace leaselink {

namespace {

QString shortDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// The amber of the "differs" and "expires soon" badges: readable on light and dark themes.
QColor warningColor()
{
    return QColor(0xb3, 0x6b, 0x00);
}

} // namespace

ServerTableModel::ServerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void ServerTableModel::setServers(QList<Server> servers)
{
    beginResetModel();
    m_servers = std::move(servers);
    endResetModel();
}

int ServerTableModel::rowOfId(std::int64_t id) const
{
    for (qsizetype row = 0; row < m_servers.size(); ++row) {
        if (m_servers.at(row).id == id)
            return int(row);
    }
    return -1;
}

void ServerTableModel::setClock(Clock clock)
{
    beginResetModel();
    m_clock = std::move(clock);
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
    case Hostname:
        return tr("Host name");
    case Port:
        return tr("Port");
    case Https:
        return tr("HTTPS");
    case VerifyTls:
        return tr("Verify TLS");
    case Health:
        return tr("Health");
    case ScriptVersion:
        return tr("Script version");
    case Writable:
        return tr("Writable");
    case Certificate:
        return tr("Certificate");
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
        return toolTip(server, index.column());
    case Qt::ForegroundRole:
        return foreground(server, index.column());
    case ListFilterProxy::RowKeyRole:
        return index.column() == Name ? QVariant(qlonglong(server.id)) : QVariant();
    default:
        return {};
    }
}

QString ServerTableModel::certificateText(const Server &server) const
{
    if (!server.useHttps)
        return tr("None (HTTP)");
    if (server.certificate.isEmpty())
        return server.verifySsl ? tr("System CAs") : tr("Not verified");
    const QDateTime now = m_clock();
    switch (server.certificate.expiryState(now)) {
    case StoredCertificate::ExpiryState::Expired:
        return tr("Expired");
    case StoredCertificate::ExpiryState::ExpiringSoon: {
        const int days = int(now.daysTo(server.certificate.notAfter));
        return tr("⚠ expires in %n day(s)", nullptr, days);
    }
    case StoredCertificate::ExpiryState::Fine:
        return QLocale().toString(server.certificate.notAfter.toLocalTime().date(),
                                  QLocale::ShortFormat);
    case StoredCertificate::ExpiryState::None:
        break;
    }
    return tr("Stored (no expiry date)");
}

QVariant ServerTableModel::displayData(const Server &server, int column) const
{
    switch (column) {
    case Name:
        return server.name;
    case Hostname:
        return server.hostname;
    case Port:
        return QString::number(server.port);
    case Https:
        return server.useHttps ? tr("Yes") : tr("No");
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
            return tr("Unknown");
        if (PsuScriptVersion::compareWithShipped(server.psuScriptVersion) ==
            PsuScriptVersion::Match::Equal)
            return QString(QStringLiteral("✓ ") + server.psuScriptVersion);
        return QString(QStringLiteral("⚠ ") + server.psuScriptVersion);
    case Writable:
        switch (server.accessLevel) {
        case AccessLevel::Writer:
            return tr("Yes");
        case AccessLevel::Reader:
            return tr("No (read-only token)");
        case AccessLevel::Unknown:
            return tr("Unknown");
        }
        return {};
    case Certificate:
        return certificateText(server);
    case LastSync:
        return server.lastSyncAt.isValid() ? shortDateTime(server.lastSyncAt) : tr("Never");
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
    case Port:
        return server.port;
    case Https:
        return server.useHttps;
    case Health:
        return int(server.healthStatus);
    case ScriptVersion:
        return server.psuScriptVersion;
    case Writable:
        return int(server.accessLevel);
    case Certificate:
        // Soonest expiry first; servers without a stored certificate sort before them.
        return server.certificate.isEmpty() ? QDateTime() : server.certificate.notAfter;
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

QVariant ServerTableModel::toolTip(const Server &server, int column) const
{
    switch (column) {
    case ScriptVersion:
        if (server.psuScriptVersion.isEmpty())
            return tr("No health check has read the script version yet (Test Connection reads "
                      "it). LeaseLink ships version %1.")
                .arg(QString::fromLatin1(PsuScriptVersion::Shipped));
        if (PsuScriptVersion::compareWithShipped(server.psuScriptVersion) !=
            PsuScriptVersion::Match::Equal)
            return PsuScriptVersion::advisory(server.psuScriptVersion);
        return tr("Matches the script version LeaseLink ships.");
    case Health:
        if (!server.healthError.isEmpty())
            return server.healthError;
        if (server.lastHealthCheck.isValid())
            return tr("Checked %1").arg(shortDateTime(server.lastHealthCheck));
        return {};
    case Writable:
        if (!server.accessCheckedAt.isValid())
            return tr("Not checked yet: a health check (Test Connection or a sync) finds out "
                      "whether the App Token may write.");
        return tr("Checked %1").arg(shortDateTime(server.accessCheckedAt));
    case Certificate: {
        if (server.certificate.isEmpty()) {
            if (!server.useHttps)
                return tr("Plain HTTP: no certificate.");
            return server.verifySsl
                       ? tr("No certificate trusted for this server: the system's certificate "
                            "authorities verify it.")
                       : tr("TLS verification is off for this server.");
        }
        QString text =
            tr("Trusted certificate, SHA-256 %1\nExpires %2")
                .arg(server.certificate.sha256, shortDateTime(server.certificate.notAfter));
        const QString notice =
            CertificateInfo::storedExpiryNotice(server.certificate, server.name, m_clock());
        if (!notice.isEmpty())
            text += QLatin1Char('\n') + notice;
        return text;
    }
    case LastError:
        return server.lastSyncError.isEmpty() ? QVariant() : QVariant(server.lastSyncError);
    case Maintenance: {
        if (!server.maintenance.enabled)
            return {};
        QString text =
            tr("In maintenance since %1 (by %2)")
                .arg(shortDateTime(server.maintenance.enabledAt),
                     server.maintenance.enabledBy.isEmpty() ? tr("unknown")
                                                            : server.maintenance.enabledBy);
        if (!server.maintenance.notes.isEmpty())
            text += QLatin1Char('\n') + server.maintenance.notes;
        return text;
    }
    default:
        return {};
    }
}

QVariant ServerTableModel::foreground(const Server &server, int column) const
{
    switch (column) {
    case Health:
        if (server.healthStatus == HealthStatus::Unreachable)
            return QColor(Qt::red);
        return {};
    case VerifyTls:
        if (!server.verifySsl)
            return QColor(Qt::red);
        return {};
    case ScriptVersion:
        if (!server.psuScriptVersion.isEmpty() &&
            PsuScriptVersion::compareWithShipped(server.psuScriptVersion) !=
                PsuScriptVersion::Match::Equal)
            return warningColor();
        return {};
    case Certificate:
        switch (server.certificate.expiryState(m_clock())) {
        case StoredCertificate::ExpiryState::Expired:
            return QColor(Qt::red);
        case StoredCertificate::ExpiryState::ExpiringSoon:
            return warningColor();
        case StoredCertificate::ExpiryState::None:
        case StoredCertificate::ExpiryState::Fine:
            break;
        }
        return {};
    default:
        return {};
    }
}

} // namespace leaselink
