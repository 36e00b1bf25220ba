#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// Who holds (or asked for) the sync lock of a server: a random id per run, plus the process
// and host so the "busy" message can name the other run.
struct SyncLockOwner
{
    QString runId;
    qint64 pid = 0;
    QString host;
    QString description; // "GUI scheduled sync", "leaselink-cli sync --all", ...

    // A fresh owner for this process: new run id, this pid and host name.
    static SyncLockOwner forThisProcess(const QString &description);
};

struct SyncLockHolder
{
    SyncLockOwner owner;
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

struct SyncLockAttempt
{
    bool acquired = false;
    std::optional<SyncLockHolder> holder; // the other run, when not acquired
};

// The per-server sync lock shared by every LeaseLink process on one data directory
// (decisions.md C-21, O-23). A lock whose heartbeat is older than the stale timeout is taken over.
// Acquiring is one INSERT … ON CONFLICT … WHERE statement, so two processes racing for the same
// server cannot both win: SQLite serialises the writes and the loser's statement changes no row.
class SyncLockRepository
{
public:
    static constexpr std::chrono::seconds HeartbeatInterval{30};
    static constexpr std::chrono::seconds StaleAfter{600};

    explicit SyncLockRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<SyncLockAttempt> acquire(std::int64_t serverId, const SyncLockOwner &owner,
                                           const QDateTime &now);
    // Refreshes every lock this owner holds; returns how many.
    StoreExpected<int> heartbeat(const SyncLockOwner &owner, const QDateTime &now);
    StoreExpected<void> release(std::int64_t serverId, const SyncLockOwner &owner);
    StoreExpected<int> releaseAll(const SyncLockOwner &owner);
    StoreExpected<std::optional<SyncLockHolder>> holder(std::int64_t serverId) const;

private:
    StoreExpected<bool> takeOver(std::int64_t serverId, const QString &deadRunId,
                                 const SyncLockOwner &owner, const QDateTime &now);

    Database &m_database;
};

} // namespace leaselink
