#include "ServerRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

const QString SelectServer = QStringLiteral("SELECT * FROM servers ");

Server serverFromRow(const QSqlQuery &q)
{
    Server s;
    s.id = q.value(QStringLiteral("id")).toLongLong();
    s.name = q.value(QStringLiteral("name")).toString();
    s.hostname = q.value(QStringLiteral("hostname")).toString();
    s.port = q.value(QStringLiteral("port")).toInt();
    s.useHttps = q.value(QStringLiteral("use_https")).toBool();
    s.verifySsl = q.value(QStringLiteral("verify_ssl")).toBool();
    s.certificate.pem = q.value(QStringLiteral("certificate_pem")).toString().toUtf8();
    s.certificate.notAfter = fromDbTime(q.value(QStringLiteral("certificate_not_after")));
    s.certificate.sha256 = q.value(QStringLiteral("certificate_sha256")).toString();
    s.syncStandaloneScopes = q.value(QStringLiteral("sync_standalone_scopes")).toBool();
    s.description = q.value(QStringLiteral("description")).toString();
    s.maintenance = readMaintenance(q);
    s.healthStatus = ServerRepository::healthStatusFromStoredValue(
                         q.value(QStringLiteral("health_status")).toString())
                         .value_or(HealthStatus::Unknown);
    s.lastHealthCheck = fromDbTime(q.value(QStringLiteral("last_health_check")));
    s.healthError = q.value(QStringLiteral("health_error")).toString();
    s.lastSyncAt = fromDbTime(q.value(QStringLiteral("last_sync_at")));
    s.lastSyncError = q.value(QStringLiteral("last_sync_error")).toString();
    s.psuScriptVersion = q.value(QStringLiteral("psu_script_version")).toString();
    s.accessLevel = ServerRepository::accessLevelFromStoredValue(
                        q.value(QStringLiteral("access_level")).toString())
                        .value_or(AccessLevel::Unknown);
    s.accessCheckedAt = fromDbTime(q.value(QStringLiteral("access_checked_at")));
    s.timeoutSeconds = q.value(QStringLiteral("timeout_seconds")).toInt();
    s.created = fromDbTime(q.value(QStringLiteral("created")));
    s.lastUpdated = fromDbTime(q.value(QStringLiteral("last_updated")));
    return s;
}

StoreExpected<QList<Server>> queryServers(const QSqlDatabase &db, const QString &tail,
                                          const QVariantList &values, const QString &action)
{
    auto query = prepare(db, SelectServer + tail, action);
    if (!query)
        return std::unexpected(query.error());
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    QList<Server> servers;
    while (query->next())
        servers.append(serverFromRow(*query));
    return servers;
}

} // namespace

QString ServerRepository::healthStatusStoredValue(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return QStringLiteral("healthy");
    case HealthStatus::Unreachable:
        return QStringLiteral("unreachable");
    case HealthStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<HealthStatus> ServerRepository::healthStatusFromStoredValue(const QString &stored)
{
    if (stored == QLatin1String("unknown"))
        return HealthStatus::Unknown;
    if (stored == QLatin1String("healthy"))
        return HealthStatus::Healthy;
    if (stored == QLatin1String("unreachable"))
        return HealthStatus::Unreachable;
    return std::nullopt;
}

StoreExpected<QList<Server>> ServerRepository::list() const
{
    return queryServers(m_database.connection(), QStringLiteral("ORDER BY name, id"), {},
                        QStringLiteral("listing servers"));
}

StoreExpected<Server> ServerRepository::get(std::int64_t id) const
{
    auto servers = queryServers(m_database.connection(), QStringLiteral("WHERE id = ?"),
                                {qlonglong(id)}, QStringLiteral("reading server %1").arg(id));
    if (!servers)
        return std::unexpected(servers.error());
    if (servers->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No DHCP server with id %1 exists.").arg(id));
    return servers->constFirst();
}

StoreExpected<std::optional<Server>> ServerRepository::findByName(const QString &name) const
{
    auto servers = queryServers(m_database.connection(), QStringLiteral("WHERE name = ?"), {name},
                                QStringLiteral("looking up server %1").arg(quoted(name)));
    if (!servers)
        return std::unexpected(servers.error());
    if (servers->isEmpty())
        return std::optional<Server>();
    return std::optional<Server>(servers->constFirst());
}

StoreExpected<QList<Server>> ServerRepository::findByHostname(const QString &hostname) const
{
    return queryServers(m_database.connection(), QStringLiteral("WHERE hostname = ? ORDER BY name"),
                        {hostname}, QStringLiteral("looking up host %1").arg(quoted(hostname)));
}

StoreExpected<void> ServerRepository::validate(const Server &server) const
{
    using K = StoreError::Kind;
    if (server.name.trimmed().isEmpty())
        return storeFail(K::Constraint, QStringLiteral("A DHCP server needs a name."));
    if (server.name.size() > MaxNameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Server name %1 is %2 characters long; the limit is %3.")
                             .arg(quoted(server.name))
                             .arg(server.name.size())
                             .arg(MaxNameLength));
    if (server.hostname.trimmed().isEmpty())
        return storeFail(
            K::Constraint,
            QStringLiteral("Server %1 needs a host name or IP address.").arg(quoted(server.name)));
    if (server.hostname.size() > MaxHostnameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Host name %1 of server %2 is longer than %3 characters.")
                             .arg(quoted(server.hostname), quoted(server.name))
                             .arg(MaxHostnameLength));
    // QUrl drops a host it cannot use ("bad host!", "a/b"); such a server could never be reached.
    if (!server.baseUrl().isValid())
        return storeFail(K::Constraint,
                         QStringLiteral("Host name %1 of server %2 is not a valid host name or IP "
                                        "address.")
                             .arg(quoted(server.hostname), quoted(server.name)));
    if (server.port < 0 || server.port > 65535)
        return storeFail(K::Constraint,
                         QStringLiteral("Port %1 of server %2 is out of range (0 to 65535).")
                             .arg(server.port)
                             .arg(quoted(server.name)));
    if (server.timeoutSeconds < 1 || server.timeoutSeconds > 3600)
        return storeFail(
            K::Constraint,
            QStringLiteral("Timeout %1 s of server %2 is out of range (1 to 3600 seconds).")
                .arg(server.timeoutSeconds)
                .arg(quoted(server.name)));
    if (server.psuScriptVersion.size() > MaxScriptVersionLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Remote scripts version %1 of server %2 is longer than %3 "
                                        "characters.")
                             .arg(quoted(server.psuScriptVersion), quoted(server.name))
                             .arg(MaxScriptVersionLength));

    const QString action =
        QStringLiteral("checking the name of server %1").arg(quoted(server.name));
    auto query =
        prepare(m_database.connection(),
                QStringLiteral("SELECT id FROM servers WHERE name = ? AND id <> ?"), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(server.name);
    query->addBindValue(qlonglong(server.id));
    if (auto r = exec(*query, action); !r)
        return r;
    if (query->next())
        return storeFail(
            K::Conflict,
            QStringLiteral("A DHCP server named %1 already exists.").arg(quoted(server.name)));
    return {};
}

StoreExpected<Server> ServerRepository::create(const Server &server)
{
    Server toSave = server;
    toSave.id = 0;
    if (auto r = validate(toSave); !r)
        return std::unexpected(r.error());
    toSave.maintenance = normalisedMaintenance(toSave.maintenance);
    toSave.created = toSave.lastUpdated = nowUtc();

    const QString action = QStringLiteral("saving server %1").arg(quoted(toSave.name));
    auto query = prepare(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO servers (name, hostname, port, use_https, verify_ssl, "
            "certificate_pem, certificate_not_after, certificate_sha256, "
            "sync_standalone_scopes, description, maintenance_mode, maintenance_enabled_at, "
            "maintenance_enabled_by, maintenance_notes, health_status, last_health_check, "
            "health_error, last_sync_at, last_sync_error, psu_script_version, "
            "timeout_seconds, created, last_updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        action);
    if (!query)
        return std::unexpected(query.error());
    const QVariantList values{toSave.name,
                              toSave.hostname,
                              toSave.port,
                              toSave.useHttps,
                              toSave.verifySsl,
                              QString::fromUtf8(toSave.certificate.pem),
                              toDbTime(toSave.certificate.notAfter),
                              toSave.certificate.sha256,
                              toSave.syncStandaloneScopes,
                              toSave.description,
                              toSave.maintenance.enabled,
                              toDbTime(toSave.maintenance.enabledAt),
                              toSave.maintenance.enabledBy,
                              toSave.maintenance.notes,
                              healthStatusStoredValue(toSave.healthStatus),
                              toDbTime(toSave.lastHealthCheck),
                              toSave.healthError,
                              toDbTime(toSave.lastSyncAt),
                              toSave.lastSyncError,
                              toSave.psuScriptVersion,
                              toSave.timeoutSeconds,
                              toDbTime(toSave.created),
                              toDbTime(toSave.lastUpdated)};
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    toSave.id = query->lastInsertId().toLongLong();
    qCInfo(lcStore) << "created server" << toSave.name << "id" << toSave.id;
    return get(toSave.id);
}

StoreExpected<Server> ServerRepository::update(const Server &server)
{
    if (auto existing = get(server.id); !existing)
        return existing;
    if (auto r = validate(server); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving server %1").arg(quoted(server.name));
    if (auto r = updateColumns(server.id,
                               QStringLiteral("name = ?, hostname = ?, port = ?, use_https = ?, "
                                              "verify_ssl = ?, sync_standalone_scopes = ?, "
                                              "description = ?, timeout_seconds = ?"),
                               {server.name, server.hostname, server.port, server.useHttps,
                                server.verifySsl, server.syncStandaloneScopes, server.description,
                                server.timeoutSeconds},
                               action);
        !r)
        return std::unexpected(r.error());
    return get(server.id);
}

StoreExpected<void> ServerRepository::updateColumns(std::int64_t id, const QString &assignments,
                                                    const QVariantList &values,
                                                    const QString &action)
{
    auto query = prepare(m_database.connection(),
                         QStringLiteral("UPDATE servers SET ") + assignments +
                             QStringLiteral(", last_updated = ? WHERE id = ?"),
                         action);
    if (!query)
        return std::unexpected(query.error());
    for (const QVariant &value : values)
        query->addBindValue(value);
    query->addBindValue(toDbTime(nowUtc()));
    query->addBindValue(qlonglong(id));
    if (auto r = exec(*query, action); !r)
        return r;
    if (query->numRowsAffected() == 0)
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No DHCP server with id %1 exists.").arg(id));
    return {};
}

StoreExpected<void> ServerRepository::remove(std::int64_t id)
{
    auto server = get(id);
    if (!server)
        return std::unexpected(server.error());
    const QString action = QStringLiteral("deleting server %1").arg(quoted(server->name));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());

    auto query = prepare(m_database.connection(),
                         QStringLiteral("SELECT name FROM failovers WHERE primary_server_id = ? OR "
                                        "secondary_server_id = ? ORDER BY name"),
                         action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(qlonglong(id));
    query->addBindValue(qlonglong(id));
    if (auto r = exec(*query, action); !r)
        return r;
    QStringList failovers;
    while (query->next())
        failovers.append(query->value(0).toString());
    if (!failovers.isEmpty())
        return storeFail(StoreError::Kind::Conflict,
                         QStringLiteral("Server %1 cannot be deleted: it is a partner in failover "
                                        "relationship %2. Delete %3 first.")
                             .arg(quoted(server->name), quotedList(failovers),
                                  failovers.size() == 1 ? QStringLiteral("that failover")
                                                        : QStringLiteral("those failovers")));

    // scopes.server_id is ON DELETE SET NULL: standalone scopes keep existing without a source.
    auto del = prepare(m_database.connection(), QStringLiteral("DELETE FROM servers WHERE id = ?"),
                       action);
    if (!del)
        return std::unexpected(del.error());
    del->addBindValue(qlonglong(id));
    if (auto r = exec(*del, action); !r)
        return r;
    if (auto r = transaction->commit(); !r)
        return r;
    qCInfo(lcStore) << "deleted server" << server->name << "id" << id;
    return {};
}

StoreExpected<Server> ServerRepository::setMaintenance(std::int64_t id, bool enabled,
                                                       const QString &enabledBy,
                                                       const QString &notes)
{
    auto server = get(id);
    if (!server)
        return server;
    Maintenance maintenance;
    maintenance.enabled = enabled;
    maintenance.enabledBy = enabledBy;
    maintenance.notes = notes;
    if (auto r = writeMaintenance(
            m_database.connection(), QStringLiteral("servers"), id, maintenance,
            QStringLiteral("changing maintenance of server %1").arg(quoted(server->name)));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::setCertificate(std::int64_t id,
                                                       const StoredCertificate &certificate)
{
    if (auto r = updateColumns(id,
                               QStringLiteral("certificate_pem = ?, certificate_not_after = ?, "
                                              "certificate_sha256 = ?"),
                               {QString::fromUtf8(certificate.pem), toDbTime(certificate.notAfter),
                                certificate.sha256},
                               QStringLiteral("storing the certificate of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::clearCertificate(std::int64_t id)
{
    // Literal values: a default-constructed StoredCertificate would bind NULL to the NOT NULL
    // text columns.
    if (auto r =
            updateColumns(id,
                          QStringLiteral("certificate_pem = '', certificate_not_after = NULL, "
                                         "certificate_sha256 = ''"),
                          {}, QStringLiteral("forgetting the certificate of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::recordHealth(std::int64_t id, HealthStatus status,
                                                     const QString &error,
                                                     const QDateTime &checkedAt)
{
    if (auto r = updateColumns(
            id, QStringLiteral("health_status = ?, health_error = ?, last_health_check = ?"),
            {healthStatusStoredValue(status), error, toDbTime(checkedAt)},
            QStringLiteral("recording the health of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::setScriptVersion(std::int64_t id, const QString &version)
{
    if (version.size() > MaxScriptVersionLength)
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Remote scripts version %1 is longer than %2 characters.")
                             .arg(quoted(version))
                             .arg(MaxScriptVersionLength));
    if (auto r =
            updateColumns(id, QStringLiteral("psu_script_version = ?"), {version},
                          QStringLiteral("recording the scripts version of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::recordAccessLevel(std::int64_t id, AccessLevel level,
                                                          const QDateTime &checkedAt)
{
    if (auto r = updateColumns(id, QStringLiteral("access_level = ?, access_checked_at = ?"),
                               {accessLevelStoredValue(level), toDbTime(checkedAt)},
                               QStringLiteral("recording the access level of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Server> ServerRepository::recordSyncError(std::int64_t id, const QString &error)
{
    if (auto r = updateColumns(id, QStringLiteral("last_sync_error = ?"), {error},
                               QStringLiteral("recording the sync error of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

QString ServerRepository::accessLevelStoredValue(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Reader:
        return QStringLiteral("reader");
    case AccessLevel::Writer:
        return QStringLiteral("writer");
    case AccessLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<AccessLevel> ServerRepository::accessLevelFromStoredValue(const QString &stored)
{
    if (stored == QLatin1String("reader"))
        return AccessLevel::Reader;
    if (stored == QLatin1String("writer"))
        return AccessLevel::Writer;
    if (stored == QLatin1String("unknown"))
        return AccessLevel::Unknown;
    return std::nullopt;
}

StoreExpected<Server> ServerRepository::recordSync(std::int64_t id, const QDateTime &syncedAt,
                                                   const QString &error)
{
    if (auto r = updateColumns(id, QStringLiteral("last_sync_at = ?, last_sync_error = ?"),
                               {toDbTime(syncedAt), error},
                               QStringLiteral("recording the sync result of server %1").arg(id));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

} // namespace leaselink
