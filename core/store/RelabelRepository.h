#pragma once

#include "StoreError.h"

#include "domain/Settings.h"

#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>

namespace leaselink {

class Database;

// Decision C-14 / DIS-09 with O-21: changing the lease (reservation) status keeps the old one as
// pending in the settings and marks every current local scope as still to relabel; each scope's
// next successful read relabels its created_by_sync IPs (the planner) and the job then calls
// markRelabelled. The pending old statuses are cleared once no scope is left, or by the user.
class RelabelRepository
{
public:
    explicit RelabelRepository(Database &database)
        : m_database(database)
    {}

    // Saves the new statuses in one transaction. A status that changes keeps the stored one as
    // its pending old status, unless one is already pending (the IPs still carry that older
    // one); going back to the pending old status drops it. When anything is pending afterwards,
    // every current scope is marked pending. Equal statuses are refused (LL-41) and nothing is
    // written. Returns the saved settings.
    StoreExpected<Settings> changeStatuses(const QString &leaseStatus,
                                           const QString &reservationStatus);

    // Saving edited settings (CLI `settings set`, the Settings view): a change of the lease or
    // reservation status goes through changeStatuses() so the relabel is recorded; the other
    // fields are saved as given. Returns the saved settings.
    StoreExpected<Settings> saveSettings(const Settings &changed);

    StoreExpected<QSet<std::int64_t>> pendingScopeIds() const;
    // "Relabel pending for N scopes" (O-21).
    StoreExpected<int> pendingCount() const;
    // The scopes of SyncPlan::relabelledScopeIds, once the run's NetBox writes are applied. When
    // none is left pending, the pending old statuses are cleared.
    StoreExpected<void> markRelabelled(const QList<std::int64_t> &scopeIds);
    // The user gives up the relabel (O-21): no scope pending, no old status.
    StoreExpected<void> clear();

private:
    StoreExpected<void> clearPendingStatuses();

    Database &m_database;
};

} // namespace leaselink
