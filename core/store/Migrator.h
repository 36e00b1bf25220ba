#pragma once

#include "Migration.h"
#include "StoreError.h"

#include <QList>

namespace leaselink {

class Database;

// Brings a database from its PRAGMA user_version to the newest version in a migration list,
// one transaction per migration, and refuses files written by a newer build untouched.
class Migrator
{
public:
    static StoreExpected<int> readVersion(const Database &database);
    // Fails with Kind::Schema when the file is newer than the list knows; does not write then.
    static StoreExpected<void> checkNotNewer(const Database &database,
                                             const QList<Migration> &migrations);
    static StoreExpected<void> migrate(Database &database, const QList<Migration> &migrations);
};

} // namespace leaselink
