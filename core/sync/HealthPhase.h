#pragma once

#include "JobLog.h"
#include "SyncConnections.h"

#include "domain/Server.h"

#include <QCoroTask>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>

namespace leaselink {
class Database;
}

namespace leaselink::sync {

// What the health phase learnt about one server in this run.
struct ServerHealth
{
    bool healthy = false;
    QString error;         // the failure, when not healthy
    QString scriptVersion; // as reported ("" = none); kept from before when unhealthy
    // C-07: only asked when the run would push; nullopt = not asked in this run.
    std::optional<AccessLevel> access;
    std::shared_ptr<PsuClient> client; // ready for the rest of the run when healthy
};

// SYN-03 / SYN-04 as amended (C-06, C-07, DIS-10, DIS-15, G-4, G-6): GET /health to every listed
// server at once, then POST /health when the run would push. The results are recorded on the
// server rows (health status, time, error, script version, access level) unless `record` is
// false (dry runs change nothing), and logged: healthy with the advisory version badge, or
// unreachable with the reason.
class HealthPhase
{
public:
    HealthPhase(Database &database, SyncConnections &connections, JobLog &log);

    QCoro::Task<QHash<std::int64_t, ServerHealth>> run(QList<Server> servers, bool checkAccess,
                                                       bool record, QDateTime now);
    // Saves results gathered by an unrecorded run (a preview the admin then applies).
    void recordAll(const QList<Server> &servers, const QHash<std::int64_t, ServerHealth> &results,
                   bool checkAccess, const QDateTime &now);

private:
    QCoro::Task<ServerHealth> check(Server server, bool checkAccess);
    void recordResult(const Server &server, const ServerHealth &health, bool checkAccess,
                      const QDateTime &now);

    Database &m_database;
    SyncConnections &m_connections;
    JobLog &m_log;
};

} // namespace leaselink::sync
