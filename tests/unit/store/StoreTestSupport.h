#pragma once

// Helpers shared by the store tests: every test opens a fresh database in its own
// QTemporaryDir and checks results through plain SQL, independent of the repositories.

#include "store/Database.h"
#include "store/StoreError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace leaselink::test {

inline const char *kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::NotFound:
        return "NotFound";
    case StoreError::Kind::Constraint:
        return "Constraint";
    case StoreError::Kind::Conflict:
        return "Conflict";
    case StoreError::Kind::Io:
        return "Io";
    case StoreError::Kind::Schema:
        return "Schema";
    case StoreError::Kind::Corrupt:
        return "Corrupt";
    }
    return "?";
}

// A database in a fresh temporary directory.
struct FreshDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    FreshDatabase()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (opened)
            db = std::move(*opened);
        else
            qWarning("opening the test database failed: %s", qPrintable(opened.error().message));
    }
};

inline qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline qint64 rowCount(const Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

} // namespace leaselink::test

// Fails the test with the store's message when an expected value holds an error.
#define STORE_VERIFY(expr)                                                                         \
    do {                                                                                           \
        const auto &storeVerifyResult_ = (expr);                                                   \
        if (!storeVerifyResult_)                                                                   \
            QFAIL(qPrintable(QStringLiteral("%1 failed: %2")                                       \
                                 .arg(QLatin1String(#expr), storeVerifyResult_.error().message))); \
    } while (false)

// Verifies that `expr` failed with `expectedKind` and a message containing `fragment`.
#define STORE_VERIFY_ERROR(expr, expectedKind, fragment)                                           \
    do {                                                                                           \
        const auto &storeErrorResult_ = (expr);                                                    \
        QVERIFY2(!storeErrorResult_, "expected an error, got success: " #expr);                    \
        QCOMPARE(::leaselink::test::kindName(storeErrorResult_.error().kind),                      \
                 ::leaselink::test::kindName(expectedKind));                                       \
        QVERIFY2(storeErrorResult_.error().message.contains(fragment),                             \
                 qPrintable(QStringLiteral("message '%1' lacks '%2'")                              \
                                .arg(storeErrorResult_.error().message, QString(fragment))));      \
    } while (false)
