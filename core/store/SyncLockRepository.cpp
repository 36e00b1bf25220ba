#include "SyncLockRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace leaselink {

using namespace sqlsupport;

namespace {

// Whether a process with this id runs on this machine. Only "certainly gone" answers false:
// a process we may not signal, or any doubt, counts as alive.
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() != ERROR_INVALID_PARAMETER;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#endif
}

} // namespace

SyncLockOwner SyncLockOwner::forThisProcess(const QString &description)
{
    SyncLockOwner owner;
    owner.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    owner.pid = QCoreApplication::applicationPid();
    owner.host = QHostInfo::localHostName();
    owner.description = description;
    return owner;
}

StoreExpected<SyncLockAttempt>
SyncLockRepository::acquire(std::int64_t serverId, const SyncLockOwner &owner, const QDateTime &now)
{
    const QString action = QStringLiteral("taking the sync lock of server %1").arg(serverId);
    auto query = prepare(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO sync_locks (server_id, owner_run_id, owner_pid, owner_host, "
            "owner_description, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (server_id) DO UPDATE SET owner_run_id = excluded.owner_run_id, "
            "owner_pid = excluded.owner_pid, owner_host = excluded.owner_host, "
            "owner_description = excluded.owner_description, acquired_at = "
            "excluded.acquired_at, heartbeat_at = excluded.heartbeat_at "
            "WHERE sync_locks.owner_run_id = excluded.owner_run_id OR sync_locks.heartbeat_at < ?"),
        action);
    if (!query)
        return std::unexpected(query.error());
    const QDateTime staleBefore = now.addSecs(-StaleAfter.count());
    for (const QVariant &v : QVariantList{
             QVariant::fromValue(serverId), owner.runId, QVariant::fromValue(owner.pid), owner.host,
             owner.description, toDbTime(now), toDbTime(now), toDbTime(staleBefore)})
        query->addBindValue(v);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    SyncLockAttempt attempt;
    attempt.acquired = query->numRowsAffected() == 1;
    if (!attempt.acquired) {
        auto current = holder(serverId);
        if (!current)
            return std::unexpected(current.error());
        attempt.holder = *current;
        // A run killed on this machine (crash, SIGKILL, power cut of the process) leaves its
        // lock behind; waiting for the heartbeat timeout would block every sync of the server
        // for ten minutes. Its process is gone, so the lock is taken over at once.
        if (*current && (*current)->owner.host == owner.host &&
            (*current)->owner.pid != owner.pid && !processAlive((*current)->owner.pid)) {
            auto taken = takeOver(serverId, (*current)->owner.runId, owner, now);
            if (!taken)
                return std::unexpected(taken.error());
            if (*taken) {
                attempt.acquired = true;
                attempt.holder.reset();
            }
        }
    }
    return attempt;
}

StoreExpected<bool> SyncLockRepository::takeOver(std::int64_t serverId, const QString &deadRunId,
                                                 const SyncLockOwner &owner, const QDateTime &now)
{
    const QString action = QStringLiteral("taking over the sync lock of server %1").arg(serverId);
    // Conditioned on the dead run's id: if another process took the lock meanwhile, no row
    // changes and this attempt stays refused.
    auto query =
        prepare(m_database.connection(),
                QStringLiteral("UPDATE sync_locks SET owner_run_id = ?, owner_pid = ?, "
                               "owner_host = ?, owner_description = ?, acquired_at = ?, "
                               "heartbeat_at = ? WHERE server_id = ? AND owner_run_id = ?"),
                action);
    if (!query)
        return std::unexpected(query.error());
    for (const QVariant &v :
         QVariantList{owner.runId, QVariant::fromValue(owner.pid), owner.host, owner.description,
                      toDbTime(now), toDbTime(now), QVariant::fromValue(serverId), deadRunId})
        query->addBindValue(v);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    return query->numRowsAffected() == 1;
}

StoreExpected<int> SyncLockRepository::heartbeat(const SyncLockOwner &owner, const QDateTime &now)
{
    const QString action = QStringLiteral("refreshing sync locks");
    auto query = prepare(
        m_database.connection(),
        QStringLiteral("UPDATE sync_locks SET heartbeat_at = ? WHERE owner_run_id = ?"), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(toDbTime(now));
    query->addBindValue(owner.runId);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    return query->numRowsAffected();
}

StoreExpected<void> SyncLockRepository::release(std::int64_t serverId, const SyncLockOwner &owner)
{
    const QString action = QStringLiteral("releasing the sync lock of server %1").arg(serverId);
    auto query = prepare(
        m_database.connection(),
        QStringLiteral("DELETE FROM sync_locks WHERE server_id = ? AND owner_run_id = ?"), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(QVariant::fromValue(serverId));
    query->addBindValue(owner.runId);
    return exec(*query, action);
}

StoreExpected<int> SyncLockRepository::releaseAll(const SyncLockOwner &owner)
{
    const QString action = QStringLiteral("releasing sync locks");
    auto query = prepare(m_database.connection(),
                         QStringLiteral("DELETE FROM sync_locks WHERE owner_run_id = ?"), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(owner.runId);
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    return query->numRowsAffected();
}

StoreExpected<std::optional<SyncLockHolder>> SyncLockRepository::holder(std::int64_t serverId) const
{
    const QString action = QStringLiteral("reading the sync lock of server %1").arg(serverId);
    auto query = prepare(m_database.connection(),
                         QStringLiteral("SELECT * FROM sync_locks WHERE server_id = ?"), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(QVariant::fromValue(serverId));
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    if (!query->next())
        return std::optional<SyncLockHolder>{};
    SyncLockHolder h;
    h.owner.runId = query->value(QStringLiteral("owner_run_id")).toString();
    h.owner.pid = query->value(QStringLiteral("owner_pid")).toLongLong();
    h.owner.host = query->value(QStringLiteral("owner_host")).toString();
    h.owner.description = query->value(QStringLiteral("owner_description")).toString();
    h.acquiredAt = fromDbTime(query->value(QStringLiteral("acquired_at")));
    h.heartbeatAt = fromDbTime(query->value(QStringLiteral("heartbeat_at")));
    return std::optional<SyncLockHolder>{h};
}

} // namespace leaselink
