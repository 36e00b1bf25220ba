#pragma once

#include "Migration.h"
#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace leaselink {

// One connection to the local SQLite cache. Each instance has its own QtSql connection name, so
// tests and worker threads can open several; an instance must be used (and destroyed) on the
// thread that opened it, and repositories must not outlive it.
class Database
{
public:
    // Opens (creating when missing) the file and migrates it to the current schema.
    static StoreExpected<std::unique_ptr<Database>> open(const QString &filePath);
    // Same with an explicit migration list: the last entry's version is the newest this build
    // reads. Tests use it to inject a failing migration.
    static StoreExpected<std::unique_ptr<Database>> open(const QString &filePath,
                                                         const QList<Migration> &migrations);
    // Resolves the data directory (see DataLocation) and opens leaselink.sqlite3 in it.
    static StoreExpected<std::unique_ptr<Database>> openInDataDir(const QString &explicitDir = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    StoreExpected<int> schemaVersion() const;

    // PRAGMA integrity_check; a damaged file is a Corrupt error listing SQLite's findings.
    StoreExpected<void> integrityCheck() const;

private:
    friend class Transaction;

    Database(QString connectionName, QString filePath);
    StoreExpected<void> configure(const QList<Migration> &migrations);

    QString m_connectionName;
    QString m_filePath;
    int m_transactionDepth = 0;
};

} // namespace leaselink
