#pragma once

#include "StoreError.h"

#include "domain/LeaseInfo.h"
#include "sync/SyncInputs.h" // LeaseSideInfo, the planner's view of a row

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// One side-info row the sync writes: the planner's LeaseSideInfo for a NetBox IP, with the
// address text cached for search.
struct SideInfoUpsert
{
    std::int64_t netboxIpId = 0;
    QString address; // "10.0.1.20"
    sync::LeaseSideInfo info;
};

struct SideInfoApplied
{
    int upserted = 0;
    int deleted = 0; // rows that existed
};

// Lease side-info, one row per NetBox IP address (data model section 10). Rows are keyed by
// the NetBox IP id, which is what the sync knows; the bulk paths run in one transaction with a
// single prepared statement so a sync of 100k+ addresses stays fast.
class LeaseInfoRepository
{
public:
    static constexpr int MaxHostnameLength = 1024; // O-12

    explicit LeaseInfoRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<QList<LeaseInfo>> list() const; // by address (numeric)
    StoreExpected<qint64> count() const;
    StoreExpected<std::optional<LeaseInfo>> findByNetboxIpId(std::int64_t netboxIpId) const;
    // Case-insensitive substring match on the lease hostname or the address text.
    StoreExpected<QList<LeaseInfo>> search(const QString &text) const;

    // Inserts or updates by netbox IP id; returns the stored row.
    StoreExpected<LeaseInfo> upsert(const LeaseInfo &info);
    // All or nothing: a bad row fails the whole batch and names it. Returns the number of rows.
    StoreExpected<int> upsertMany(const QList<LeaseInfo> &infos);
    StoreExpected<void> removeByNetboxIpId(std::int64_t netboxIpId);
    // Deletes the rows of these NetBox IP ids (ids without a row are ignored); returns how many
    // rows were deleted.
    StoreExpected<int> removeMany(const QList<std::int64_t> &netboxIpIds);

    // The planner's view of every row, keyed by NetBox IP id (one query).
    StoreExpected<QHash<std::int64_t, sync::LeaseSideInfo>> loadSideInfo() const;
    // Writes the sync's side-info changes in one transaction with one prepared statement per
    // kind: all or nothing. active_since / inactive_since move only when active flips.
    StoreExpected<SideInfoApplied> applySideInfo(const QList<SideInfoUpsert> &upserts,
                                                 const QList<std::int64_t> &deletes);

private:
    StoreExpected<QList<LeaseInfo>> query(const QString &tail, const QVariantList &values,
                                          const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
