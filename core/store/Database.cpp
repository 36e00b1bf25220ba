#include "Database.h"

#include "DataLocation.h"
#include "Migrator.h"
#include "Schema.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <atomic>

namespace leaselink {

using namespace sqlsupport;

namespace {

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("leaselink-store-%1").arg(counter.fetch_add(1) + 1);
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreExpected<std::unique_ptr<Database>> Database::open(const QString &filePath)
{
    return open(filePath, Schema::migrations());
}

StoreExpected<std::unique_ptr<Database>> Database::open(const QString &filePath,
                                                        const QList<Migration> &migrations)
{
    if (filePath.trimmed().isEmpty())
        return storeFail(StoreError::Kind::Io, QStringLiteral("No data file name was given."));
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("Cannot create the data directory '%1'; check the "
                                        "permissions of its parent directory.")
                             .arg(info.absolutePath()));
    if (info.exists() && !info.isFile())
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("The data file '%1' is not a regular file.").arg(filePath));

    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open())
            return std::unexpected(errorFrom(
                db.lastError(), QStringLiteral("opening the data file '%1'").arg(filePath)));
    }
    if (auto configured = database->configure(migrations); !configured)
        return std::unexpected(configured.error());
    qCDebug(lcStore) << "opened" << database->m_filePath << "as" << database->m_connectionName;
    return database;
}

StoreExpected<std::unique_ptr<Database>> Database::openInDataDir(const QString &explicitDir)
{
    auto file = DataLocation::databaseFile(explicitDir);
    if (!file)
        return std::unexpected(file.error());
    return open(*file);
}

StoreExpected<void> Database::configure(const QList<Migration> &migrations)
{
    const QSqlDatabase db = connection();
    // Connection-local settings first: they never write to the file, so a file we end up
    // refusing stays byte-for-byte unchanged.
    const QString action = QStringLiteral("configuring the data file '%1'").arg(m_filePath);
    if (auto r =
            execDirect(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs), action);
        !r)
        return r;
    if (auto r = execDirect(db, QStringLiteral("PRAGMA foreign_keys = ON"), action); !r)
        return r;
    if (auto r = Migrator::checkNotNewer(*this, migrations); !r)
        return r;

    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return std::unexpected(errorFrom(journal.lastError(), action));
    if (journal.next() &&
        journal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite kept journal mode" << journal.value(0).toString() << "for"
                           << m_filePath;
    journal.finish();
    if (auto r = execDirect(db, QStringLiteral("PRAGMA synchronous = NORMAL"), action); !r)
        return r;
    return Migrator::migrate(*this, migrations);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StoreExpected<int> Database::schemaVersion() const
{
    return Migrator::readVersion(*this);
}

StoreExpected<void> Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return std::unexpected(
            errorFrom(query.lastError(), QStringLiteral("checking the data file")));
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    constexpr qsizetype MaxShown = 10;
    const qsizetype total = findings.size();
    if (total > MaxShown)
        findings.resize(MaxShown);
    return storeFail(StoreError::Kind::Corrupt,
                     QStringLiteral("The data file '%1' is damaged (%2 problem(s) found): %3")
                         .arg(m_filePath)
                         .arg(total)
                         .arg(findings.join(QStringLiteral("; "))));
}

} // namespace leaselink
