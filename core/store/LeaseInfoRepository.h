#pragma once

#include "StoreError.h"

#include "domain/LeaseInfo.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// Lease side-info, one row per NetBox IP address (data model section 10). Rows are keyed by
// the NetBox IP id, which is what the sync knows; the bulk paths run in one transaction with a
// single prepared statement so a sync of 100k+ addresses stays fast.
class LeaseInfoRepository
{
public:
    static constexpr int MaxHostnameLength = 255;

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

private:
    StoreExpected<QList<LeaseInfo>> query(const QString &tail, const QVariantList &values,
                                          const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
