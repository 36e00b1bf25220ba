#pragma once

#include "StoreError.h"

#include "domain/ScopeReadRecord.h"

#include <QHash>

#include <cstdint>

namespace leaselink {

class Database;

// The last successful read of each local scope (decision C-01), one row per scope. The sync job
// loads them all before planning and saves the plan's new records after applying it.
class ScopeReadRepository
{
public:
    explicit ScopeReadRepository(Database &database)
        : m_database(database)
    {}

    // Keyed by local scope id.
    StoreExpected<QHash<std::int64_t, ScopeReadRecord>> loadAll() const;
    // Inserts or replaces the records in one transaction (all or nothing); a scope id that does
    // not exist fails the whole batch. Returns the number of rows written.
    StoreExpected<int> saveMany(const QHash<std::int64_t, ScopeReadRecord> &records);

private:
    Database &m_database;
};

} // namespace leaselink
