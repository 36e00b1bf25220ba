#include "HealthPhase.h"

#include "net/psu/PsuScriptVersion.h"
#include "store/ServerRepository.h"

#include <vector>

namespace leaselink::sync {

HealthPhase::HealthPhase(Database &database, SyncConnections &connections, JobLog &log)
    : m_database(database)
    , m_connections(connections)
    , m_log(log)
{}

QCoro::Task<QHash<std::int64_t, ServerHealth>>
HealthPhase::run(QList<Server> servers, bool checkAccess, bool record, QDateTime now)
{
    // QCoro tasks start eagerly: starting every check before awaiting the first one runs them
    // concurrently, so one slow server does not delay the others.
    std::vector<QCoro::Task<ServerHealth>> checks;
    checks.reserve(servers.size());
    for (const Server &server : servers)
        checks.push_back(check(server, checkAccess));
    QHash<std::int64_t, ServerHealth> results;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        ServerHealth health = co_await std::move(checks[size_t(i)]);
        const Server &server = servers.at(i);
        if (health.healthy) {
            const QString advisory = PsuScriptVersion::advisory(health.scriptVersion);
            if (advisory.isEmpty())
                m_log.info(server.name,
                           QStringLiteral("healthy, PSU script %1").arg(health.scriptVersion));
            else
                m_log.warning(server.name, QStringLiteral("healthy; %1").arg(advisory));
            if (health.access == AccessLevel::Reader)
                m_log.warning(server.name,
                              QStringLiteral("the App Token is read-only (POST /health answered "
                                             "403): nothing will be pushed to this server"));
            else if (checkAccess && health.access == AccessLevel::Unknown)
                m_log.warning(server.name,
                              QStringLiteral("write access could not be confirmed (POST /health "
                                             "failed): this run stays pull-only for this server"));
        } else {
            m_log.warning(server.name, QStringLiteral("unreachable: %1").arg(health.error));
            health.scriptVersion = server.psuScriptVersion;
        }
        if (record)
            recordResult(server, health, checkAccess, now);
        results.insert(server.id, health);
    }
    co_return results;
}

void HealthPhase::recordAll(const QList<Server> &servers,
                            const QHash<std::int64_t, ServerHealth> &results, bool checkAccess,
                            const QDateTime &now)
{
    for (const Server &server : servers) {
        const auto found = results.constFind(server.id);
        if (found != results.cend())
            recordResult(server, *found, checkAccess, now);
    }
}

QCoro::Task<ServerHealth> HealthPhase::check(Server server, bool checkAccess)
{
    ServerHealth health;
    auto client = co_await m_connections.psu(server);
    if (!client) {
        health.error = client.error;
        co_return health;
    }
    std::shared_ptr<PsuClient> psu(std::move(client.client));
    const auto reply = co_await psu->health();
    if (!reply) {
        health.error = reply.error().toString();
        co_return health;
    }
    health.healthy = true;
    health.scriptVersion = reply->version;
    psu->setScriptVersion(reply->version);
    if (checkAccess) {
        const auto access = co_await psu->accessLevel();
        AccessLevel level = AccessLevel::Unknown;
        if (access)
            level = *access == PsuAccessLevel::Writer ? AccessLevel::Writer : AccessLevel::Reader;
        health.access = level;
    }
    health.client = psu;
    co_return health;
}

void HealthPhase::recordResult(const Server &server, const ServerHealth &health, bool checkAccess,
                               const QDateTime &now)
{
    ServerRepository servers(m_database);
    const HealthStatus status = health.healthy ? HealthStatus::Healthy : HealthStatus::Unreachable;
    if (auto r = servers.recordHealth(server.id, status, health.error, now); !r)
        m_log.error(server.name,
                    QStringLiteral("could not save the health result: %1").arg(r.error().message));
    if (health.healthy) {
        if (auto r = servers.setScriptVersion(server.id, health.scriptVersion); !r)
            m_log.error(
                server.name,
                QStringLiteral("could not save the script version: %1").arg(r.error().message));
    }
    if (checkAccess && health.access) {
        if (auto r = servers.recordAccessLevel(server.id, *health.access, now); !r)
            m_log.error(
                server.name,
                QStringLiteral("could not save the access level: %1").arg(r.error().message));
    }
}

} // namespace leaselink::sync
