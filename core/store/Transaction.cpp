#include "Transaction.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

Transaction::Transaction(Database *database, QString savepoint)
    : m_database(database)
    , m_savepoint(std::move(savepoint))
    , m_active(true)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_database(other.m_database)
    , m_savepoint(std::move(other.m_savepoint))
    , m_active(other.m_active)
{
    other.m_active = false;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

StoreExpected<Transaction> Transaction::begin(Database &database)
{
    const int depth = database.m_transactionDepth;
    // IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead
    // of one failing half-way when it upgrades its read lock.
    const QString savepoint = depth == 0 ? QString() : QStringLiteral("leaselink_sp_%1").arg(depth);
    const QString sql =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint;
    if (auto r = execDirect(database.connection(), sql, QStringLiteral("starting a transaction"));
        !r)
        return std::unexpected(r.error());
    ++database.m_transactionDepth;
    return Transaction(&database, savepoint);
}

StoreExpected<void> Transaction::commit()
{
    if (!m_active)
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("The transaction was already finished."));
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint;
    if (auto r = execDirect(m_database->connection(), sql, QStringLiteral("saving the changes"));
        !r) {
        rollback();
        return r;
    }
    m_active = false;
    --m_database->m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_database->m_transactionDepth;
    const QSqlDatabase db = m_database->connection();
    if (m_savepoint.isEmpty()) {
        if (auto r = execDirect(db, QStringLiteral("ROLLBACK"), QStringLiteral("rolling back")); !r)
            qCWarning(lcStore) << r.error().message;
        return;
    }
    const QStringList statements{QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint,
                                 QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint};
    for (const QString &sql : statements) {
        if (auto r = execDirect(db, sql, QStringLiteral("rolling back")); !r)
            qCWarning(lcStore) << r.error().message;
    }
}

} // namespace leaselink
