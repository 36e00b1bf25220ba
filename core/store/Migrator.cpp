#include "Migrator.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace leaselink {

using namespace sqlsupport;

namespace {

int newestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

} // namespace

StoreExpected<int> Migrator::readVersion(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::unexpected(errorFrom(
            query.lastError(),
            QStringLiteral("reading the schema version of '%1'").arg(database.filePath())));
    return query.value(0).toInt();
}

StoreExpected<void> Migrator::checkNotNewer(const Database &database,
                                            const QList<Migration> &migrations)
{
    auto version = readVersion(database);
    if (!version)
        return std::unexpected(version.error());
    const int known = newestVersion(migrations);
    if (*version > known)
        return storeFail(StoreError::Kind::Schema,
                         QStringLiteral("This data file (%1) was written by a newer LeaseLink "
                                        "(schema %2; this version reads up to %3). Upgrade "
                                        "LeaseLink or use another --data-dir.")
                             .arg(database.filePath())
                             .arg(*version)
                             .arg(known));
    return {};
}

StoreExpected<void> Migrator::migrate(Database &database, const QList<Migration> &migrations)
{
    if (auto r = checkNotNewer(database, migrations); !r)
        return r;
    auto current = readVersion(database);
    if (!current)
        return std::unexpected(current.error());

    int expected = 1;
    for (const Migration &migration : migrations) {
        // A gap or a repeat in the list is a bug in this build; refuse rather than guess.
        if (migration.version != expected++)
            return storeFail(StoreError::Kind::Schema,
                             QStringLiteral("Schema migration list is out of order at version %1.")
                                 .arg(migration.version));
        if (migration.version <= *current)
            continue;

        const auto failed = [&](const StoreError &error) {
            return storeFail(
                StoreError::Kind::Schema,
                QStringLiteral("Upgrading the data file '%1' to schema %2 (%3) failed; "
                               "it was left at schema %4. %5")
                    .arg(database.filePath())
                    .arg(migration.version)
                    .arg(migration.description)
                    .arg(*current)
                    .arg(error.message));
        };
        auto transaction = Transaction::begin(database);
        if (!transaction)
            return failed(transaction.error());
        if (auto r = migration.apply(database.connection()); !r)
            return failed(r.error());
        if (auto r = execDirect(database.connection(),
                                QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                                QStringLiteral("recording the schema version"));
            !r)
            return failed(r.error());
        if (auto r = transaction->commit(); !r)
            return failed(r.error());
        qCInfo(lcStore) << "migrated" << database.filePath() << "to schema" << migration.version;
        *current = migration.version;
    }
    return {};
}

} // namespace leaselink
