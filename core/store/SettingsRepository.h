#pragma once

#include "StoreError.h"

#include "domain/Settings.h"

namespace leaselink {

class Database;

// The plugin-wide settings singleton (data model section 2). Reading creates the row with the
// defaults when it is missing. Configuration-file overrides are applied elsewhere, on top of
// what this returns; they are never written here.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<Settings> get();
    // Settings::validate() first (sync interval 5-1440 min, ...); nothing is written on error.
    StoreExpected<Settings> save(const Settings &settings);

    static QString syncQueueStoredValue(SyncQueue queue);
    static std::optional<SyncQueue> syncQueueFromStoredValue(const QString &stored);

private:
    Database &m_database;
};

} // namespace leaselink
