#include "RelabelRepository.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

// The pending old status after the status changes from `stored` to `next`.
QString pendingAfter(const QString &stored, const QString &pending, const QString &next)
{
    if (next == stored)
        return pending;
    const QString old = pending.isEmpty() ? stored : pending;
    return next == old ? QString() : old;
}

} // namespace

StoreExpected<Settings> RelabelRepository::changeStatuses(const QString &leaseStatus,
                                                          const QString &reservationStatus)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    SettingsRepository settingsRepository(m_database);
    const StoreExpected<Settings> stored = settingsRepository.get();
    if (!stored)
        return stored;
    Settings next = *stored;
    next.leaseStatus = leaseStatus;
    next.reservationStatus = reservationStatus;
    next.pendingOldLeaseStatus =
        pendingAfter(stored->leaseStatus, stored->pendingOldLeaseStatus, leaseStatus);
    next.pendingOldReservationStatus = pendingAfter(
        stored->reservationStatus, stored->pendingOldReservationStatus, reservationStatus);
    // SettingsRepository::save validates first (LL-41: both statuses equal is refused).
    const StoreExpected<Settings> saved = settingsRepository.save(next);
    if (!saved)
        return saved;

    const QString action = QStringLiteral("marking the scopes to relabel");
    const bool pending =
        !next.pendingOldLeaseStatus.isEmpty() || !next.pendingOldReservationStatus.isEmpty();
    const QString sql = pending ? QStringLiteral("INSERT OR IGNORE INTO relabel_pending (scope_id) "
                                                 "SELECT id FROM scopes")
                                : QStringLiteral("DELETE FROM relabel_pending");
    if (auto r = execDirect(m_database.connection(), sql, action); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

StoreExpected<QSet<std::int64_t>> RelabelRepository::pendingScopeIds() const
{
    const QString action = QStringLiteral("reading the scopes to relabel");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("SELECT scope_id FROM relabel_pending"), action);
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QSet<std::int64_t> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

StoreExpected<int> RelabelRepository::pendingCount() const
{
    const StoreExpected<QSet<std::int64_t>> ids = pendingScopeIds();
    if (!ids)
        return std::unexpected(ids.error());
    return int(ids->size());
}

StoreExpected<void> RelabelRepository::markRelabelled(const QList<std::int64_t> &scopeIds)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString action = QStringLiteral("recording the relabelled scopes");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM relabel_pending WHERE scope_id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    for (std::int64_t id : scopeIds) {
        q->bindValue(0, qlonglong(id));
        if (auto r = exec(*q, action); !r)
            return r;
    }
    const StoreExpected<int> left = pendingCount();
    if (!left)
        return std::unexpected(left.error());
    if (*left == 0) {
        if (auto r = clearPendingStatuses(); !r)
            return r;
    }
    return transaction->commit();
}

StoreExpected<void> RelabelRepository::clear()
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = execDirect(m_database.connection(), QStringLiteral("DELETE FROM relabel_pending"),
                            QStringLiteral("clearing the scopes to relabel"));
        !r)
        return r;
    if (auto r = clearPendingStatuses(); !r)
        return r;
    return transaction->commit();
}

StoreExpected<void> RelabelRepository::clearPendingStatuses()
{
    SettingsRepository settingsRepository(m_database);
    StoreExpected<Settings> settings = settingsRepository.get();
    if (!settings)
        return std::unexpected(settings.error());
    if (settings->pendingOldLeaseStatus.isEmpty() &&
        settings->pendingOldReservationStatus.isEmpty())
        return {};
    settings->pendingOldLeaseStatus.clear();
    settings->pendingOldReservationStatus.clear();
    if (auto saved = settingsRepository.save(*settings); !saved)
        return std::unexpected(saved.error());
    return {};
}

StoreExpected<Settings> RelabelRepository::saveSettings(const Settings &changed)
{
    SettingsRepository settings(m_database);
    const auto stored = settings.get();
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->leaseStatus == changed.leaseStatus &&
        stored->reservationStatus == changed.reservationStatus)
        return settings.save(changed);
    auto relabelled = changeStatuses(changed.leaseStatus, changed.reservationStatus);
    if (!relabelled)
        return std::unexpected(relabelled.error());
    Settings merged = changed;
    merged.pendingOldLeaseStatus = relabelled->pendingOldLeaseStatus;
    merged.pendingOldReservationStatus = relabelled->pendingOldReservationStatus;
    return settings.save(merged);
}

} // namespace leaselink
