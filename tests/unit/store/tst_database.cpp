// Database, migrations, data location and transactions.

#include "StoreTestSupport.h"

#include "store/DataLocation.h"
#include "store/Migrator.h"
#include "store/OptionCodeRepository.h"
#include "store/Schema.h"
#include "store/SqlSupport.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStandardPaths>

using namespace leaselink;
using namespace leaselink::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a plain SQLite file with the given user_version, outside the store.
void writeRawDatabase(const QString &path, int userVersion)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_table (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO future_table VALUES (42)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList tables(const Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

Migration failingMigration(int version)
{
    return Migration{
        version, QStringLiteral("deliberately broken"),
        [](const QSqlDatabase &db) -> StoreExpected<void> {
            // The first statement succeeds; the rollback must undo it.
            if (auto r = sqlsupport::execDirect(db, QStringLiteral("CREATE TABLE probe (x)"),
                                                QStringLiteral("probe"));
                !r)
                return r;
            return sqlsupport::execDirect(db,
                                          QStringLiteral("INSERT INTO no_such_table VALUES (1)"),
                                          QStringLiteral("breaking on purpose"));
        }};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Stored times round-trip exactly (the fast path reads toDbTime's own form); other ISO forms
    // and garbage still go through QDateTime's parser.
    void storedTimesRoundTrip()
    {
        using namespace sqlsupport;
        const QDateTime times[] = {
            QDateTime(QDate(2026, 11, 29), QTime(10, 58, 51, 123), Qt::UTC),
            QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 7200)};
        for (const QDateTime &time : times) {
            const QVariant stored = toDbTime(time);
            QCOMPARE(stored.toString().size(), 24);
            const QDateTime back = fromDbTime(stored);
            QCOMPARE(back, time);
            QCOMPARE(back.timeSpec(), Qt::UTC);
        }
        QCOMPARE(fromDbTime(QStringLiteral("2026-11-29T10:58:51Z")),
                 QDateTime(QDate(2026, 11, 29), QTime(10, 58, 51), Qt::UTC));
        QCOMPARE(fromDbTime(QStringLiteral("2026-11-29T12:58:51.000+02:00")),
                 QDateTime(QDate(2026, 11, 29), QTime(10, 58, 51), Qt::UTC));
        QVERIFY(!fromDbTime(QStringLiteral("2026-13-29T10:58:51.123Z")).isValid());
        QVERIFY(!fromDbTime(QStringLiteral("2026-11-29T10:5x:51.123Z")).isValid());
        QVERIFY(!fromDbTime(QVariant()).isValid());
    }

    void migratesEmptyFileToCurrentSchema()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        QCOMPARE(*f.db->schemaVersion(), Schema::currentVersion());
        QCOMPARE(Schema::currentVersion(), 10);
        const QStringList expected{QStringLiteral("dhcp_leases"),
                                   QStringLiteral("dhcp_reservations"),
                                   QStringLiteral("exclusion_ranges"),
                                   QStringLiteral("failovers"),
                                   QStringLiteral("jobs"),
                                   QStringLiteral("lease_info"),
                                   QStringLiteral("netbox_connection"),
                                   QStringLiteral("option_code_definitions"),
                                   QStringLiteral("option_values"),
                                   QStringLiteral("pending_removals"),
                                   QStringLiteral("relabel_pending"),
                                   QStringLiteral("scope_option_values"),
                                   QStringLiteral("scope_reads"),
                                   QStringLiteral("scopes"),
                                   QStringLiteral("servers"),
                                   QStringLiteral("settings"),
                                   QStringLiteral("sync_locks")};
        QStringList actual = tables(*f.db);
        actual.removeAll(QStringLiteral("sqlite_sequence"));
        QCOMPARE(actual, expected);
        QCOMPARE(scalar(*f.db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
        QVERIFY(scalar(*f.db, QStringLiteral("PRAGMA busy_timeout")) > 0);
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void seedsTheBuiltinCatalogue()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 71);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM option_code_definitions WHERE "
                                              "is_builtin = 1 AND vendor_class = ''")),
                 71);
        const QList<std::pair<QString, int>> typeCounts{
            {QStringLiteral("IPAddressList"), 27}, {QStringLiteral("DWORD"), 22},
            {QStringLiteral("String"), 13},        {QStringLiteral("IPAddress"), 5},
            {QStringLiteral("Binary"), 3},         {QStringLiteral("DWORD DWORD"), 1}};
        for (const auto &[type, count] : typeCounts) {
            QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM option_code_definitions "
                                                  "WHERE data_type = '%1'")
                                       .arg(type)),
                     count);
        }
        // The exact set of the data model (section 5.1).
        QList<int> expectedCodes;
        for (int c = 1; c <= 49; ++c)
            expectedCodes.append(c);
        expectedCodes << 51 << 54 << 58 << 59 << 60;
        for (int c = 64; c <= 76; ++c)
            expectedCodes.append(c);
        expectedCodes << 119 << 121 << 249 << 252;
        OptionCodeRepository codes(*f.db);
        auto all = codes.list();
        STORE_VERIFY(all);
        QList<int> actualCodes;
        for (const OptionCodeDefinition &d : *all)
            actualCodes.append(d.code);
        QCOMPARE(actualCodes, expectedCodes);
        auto dns = codes.findByCode(6);
        STORE_VERIFY(dns);
        QVERIFY(dns->has_value());
        QCOMPARE((*dns)->name, QStringLiteral("DNS Servers"));
        QCOMPARE((*dns)->dataType, OptionDataType::IPAddressList);
        QVERIFY((*dns)->isBuiltin);
        // Explicit seeding again adds nothing.
        auto again = codes.seedBuiltinOptionCodes();
        STORE_VERIFY(again);
        QCOMPARE(*again, 0);
        QCOMPARE(rowCount(*f.db, QStringLiteral("option_code_definitions")), 71);
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        {
            auto db = Database::open(path);
            STORE_VERIFY(db);
            QVERIFY(
                sqlsupport::execDirect((*db)->connection(),
                                       QStringLiteral("INSERT INTO jobs (kind, started_at, status) "
                                                      "VALUES ('sync', '2026-01-01T00:00:00.000Z', "
                                                      "'running')"),
                                       QStringLiteral("test insert")));
        }
        auto db = Database::open(path);
        STORE_VERIFY(db);
        QCOMPARE(*(*db)->schemaVersion(), Schema::currentVersion());
        QCOMPARE(rowCount(**db, QStringLiteral("option_code_definitions")), 71);
        QCOMPARE(rowCount(**db, QStringLiteral("jobs")), 1);
        // Two connections to one file at the same time (unique connection names).
        auto second = Database::open(path);
        STORE_VERIFY(second);
        QCOMPARE(rowCount(**second, QStringLiteral("jobs")), 1);
        QVERIFY((*db)->connection().connectionName() != (*second)->connection().connectionName());
    }

    void refusesNewerSchemaWithoutTouchingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        writeRawDatabase(path, 99);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        const auto db = Database::open(path);
        STORE_VERIFY_ERROR(db, StoreError::Kind::Schema, QStringLiteral("newer LeaseLink"));
        QVERIFY(db.error().message.contains(QStringLiteral("schema 99; this version reads up to %1")
                                                .arg(Schema::currentVersion())));
        QVERIFY(db.error().message.contains(QStringLiteral("--data-dir")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFile(path + QStringLiteral("-wal")).size() == 0);
    }

    void failingMigrationRollsBack_data()
    {
        QTest::addColumn<bool>("fromExisting");
        QTest::newRow("fresh file, first migration fails") << false;
        QTest::newRow("current file, next migration fails") << true;
    }

    void failingMigrationRollsBack()
    {
        QFETCH(bool, fromExisting);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        QList<Migration> migrations;
        int previous = 0;
        if (fromExisting) {
            STORE_VERIFY(Database::open(path));
            migrations = Schema::migrations();
            previous = Schema::currentVersion();
        }
        migrations.append(failingMigration(previous + 1));
        const auto failed = Database::open(path, migrations);
        STORE_VERIFY_ERROR(failed, StoreError::Kind::Schema,
                           QStringLiteral("left at schema %1").arg(previous));
        QVERIFY(failed.error().message.contains(QStringLiteral("no_such_table")));

        // Reopen with a list that stops at the previous version: nothing of the failed step.
        QList<Migration> known = fromExisting ? Schema::migrations() : QList<Migration>{};
        auto db = Database::open(path, known);
        STORE_VERIFY(db);
        QCOMPARE(*(*db)->schemaVersion(), previous);
        QVERIFY(!tables(**db).contains(QStringLiteral("probe")));
    }

    void migrationListMustBeConsecutive()
    {
        QTemporaryDir dir;
        QList<Migration> gap = Schema::migrations();
        gap.last().version = Schema::currentVersion() + 1;
        STORE_VERIFY_ERROR(Database::open(dir.filePath(QStringLiteral("a.sqlite3")), gap),
                           StoreError::Kind::Schema, QStringLiteral("out of order"));
    }

    void rejectsAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        STORE_VERIFY_ERROR(Database::open(path), StoreError::Kind::Corrupt,
                           QStringLiteral("not a LeaseLink database"));
        QCOMPARE(fileHash(path), before);
    }

    void integrityCheckPasses()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        STORE_VERIFY(f.db->integrityCheck());
    }

    void dataDirectoryResolutionOrder()
    {
        QTemporaryDir dir;
        const QString fromEnv = dir.filePath(QStringLiteral("from-env"));
        const QString explicitDir = dir.filePath(QStringLiteral("explicit/nested"));
        const QByteArray saved = qgetenv(DataLocation::EnvironmentVariable);

        qunsetenv(DataLocation::EnvironmentVariable);
        QCOMPARE(DataLocation::directory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

        qputenv(DataLocation::EnvironmentVariable, fromEnv.toUtf8());
        QCOMPARE(DataLocation::directory(), fromEnv);
        QCOMPARE(DataLocation::directory(explicitDir), explicitDir); // explicit beats env

        {
            auto db = Database::openInDataDir();
            STORE_VERIFY(db);
            QCOMPARE((*db)->filePath(), fromEnv + QStringLiteral("/leaselink.sqlite3"));
        }
        {
            auto db = Database::openInDataDir(explicitDir);
            STORE_VERIFY(db);
            QCOMPARE((*db)->filePath(), explicitDir + QStringLiteral("/leaselink.sqlite3"));
        }
        QVERIFY(QFile::exists(fromEnv + QStringLiteral("/leaselink.sqlite3")));
        QVERIFY(QFile::exists(explicitDir + QStringLiteral("/leaselink.sqlite3")));

        // A data directory that is a file is refused with its name.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        STORE_VERIFY_ERROR(Database::openInDataDir(blocker), StoreError::Kind::Io, blocker);

        if (saved.isNull())
            qunsetenv(DataLocation::EnvironmentVariable);
        else
            qputenv(DataLocation::EnvironmentVariable, saved);
    }

    void transactionRollsBackOnScopeExitAndNests()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        const auto insertJob = [&](const QString &kind) {
            return sqlsupport::execDirect(
                f.db->connection(),
                QStringLiteral("INSERT INTO jobs (kind, started_at, status) "
                               "VALUES ('%1', '2026-01-01T00:00:00.000Z', "
                               "'running')")
                    .arg(kind),
                QStringLiteral("test insert"));
        };
        {
            auto t = Transaction::begin(*f.db);
            STORE_VERIFY(t);
            STORE_VERIFY(insertJob(QStringLiteral("dropped")));
        } // no commit: rolled back
        QCOMPARE(rowCount(*f.db, QStringLiteral("jobs")), 0);
        {
            auto outer = Transaction::begin(*f.db);
            STORE_VERIFY(outer);
            STORE_VERIFY(insertJob(QStringLiteral("kept")));
            {
                auto inner = Transaction::begin(*f.db);
                STORE_VERIFY(inner);
                STORE_VERIFY(insertJob(QStringLiteral("inner-dropped")));
            }
            {
                auto inner = Transaction::begin(*f.db);
                STORE_VERIFY(inner);
                STORE_VERIFY(insertJob(QStringLiteral("inner-kept")));
                STORE_VERIFY(inner->commit());
            }
            STORE_VERIFY(outer->commit());
        }
        QCOMPARE(rowCount(*f.db, QStringLiteral("jobs")), 2);
        QCOMPARE(
            scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind LIKE '%dropped'")),
            0);
    }

    void schemaConstraintsAreABackstop_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fragment");
        const QString server =
            QStringLiteral("INSERT INTO servers (name, hostname, port, created, last_updated) "
                           "VALUES ('%1', 'h', %2, "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        QTest::newRow("duplicate server name")
            << server.arg(QStringLiteral("dhcp01")).arg(443) << int(StoreError::Kind::Conflict)
            << QStringLiteral("UNIQUE");
        QTest::newRow("port out of range")
            << server.arg(QStringLiteral("other")).arg(70000) << int(StoreError::Kind::Constraint)
            << QStringLiteral("CHECK");
        QTest::newRow("failover to missing server")
            << QStringLiteral(
                   "INSERT INTO failovers (name, primary_server_id, secondary_server_id, created, "
                   "last_updated) VALUES ('fo', 1, 99, 'x', 'x')")
            << int(StoreError::Kind::Conflict) << QStringLiteral("FOREIGN KEY");
        QTest::newRow("second settings row")
            << QStringLiteral("INSERT INTO settings (id) VALUES (2)")
            << int(StoreError::Kind::Constraint) << QStringLiteral("CHECK");
        QTest::newRow("option code 40000")
            << QStringLiteral(
                   "INSERT INTO option_code_definitions (code, name, created, last_updated) "
                   "VALUES (40000, 'x', 'x', 'x')")
            << int(StoreError::Kind::Constraint) << QStringLiteral("CHECK");
    }

    void schemaConstraintsAreABackstop()
    {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        QFETCH(QString, fragment);
        FreshDatabase f;
        QVERIFY(f.db);
        STORE_VERIFY(sqlsupport::execDirect(
            f.db->connection(),
            QStringLiteral(
                "INSERT INTO servers (name, hostname, created, last_updated) VALUES ('dhcp01', "
                "'h', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
            QStringLiteral("seeding")));
        STORE_VERIFY_ERROR(
            sqlsupport::execDirect(f.db->connection(), sql, QStringLiteral("testing")),
            StoreError::Kind(kind), fragment);
    }

    void integrityCheckReportsDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leaselink.sqlite3"));
        {
            auto db = Database::open(path);
            STORE_VERIFY(db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < 5000) INSERT INTO lease_info (netbox_ip_id, address, "
                               "lease_hostname) SELECT i, '10.0.0.' || i, 'host-' || i FROM n")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        // Scribble over index and table pages in the middle of the file, leaving the header and
        // schema page intact so the file still opens.
        QVERIFY(file.seek(size / 2));
        QVERIFY(file.write(QByteArray(16 * 1024, char(0x5a))) > 0);
        file.close();

        auto db = Database::open(path);
        STORE_VERIFY(db);
        STORE_VERIFY_ERROR((*db)->integrityCheck(), StoreError::Kind::Corrupt,
                           QStringLiteral("is damaged"));
    }

    void noColumnHoldsSecrets()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        for (const QString &table : tables(*f.db)) {
            const QSqlRecord record = f.db->connection().record(table);
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i).toLower();
                for (const char *word : {"token", "secret", "api_key", "apikey", "password"})
                    QVERIFY2(!column.contains(QLatin1String(word)),
                             qPrintable(table + QLatin1Char('.') + column));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
