#include "ScopeReadRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace leaselink {

using namespace sqlsupport;

StoreExpected<QHash<std::int64_t, ScopeReadRecord>> ScopeReadRepository::loadAll() const
{
    const QString action = QStringLiteral("reading the scope read records");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("SELECT scope_id, lease_count, reservation_count, "
                                    "empty_unconfirmed FROM scope_reads"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QHash<std::int64_t, ScopeReadRecord> records;
    while (q->next()) {
        ScopeReadRecord record;
        record.leaseCount = q->value(1).toInt();
        record.reservationCount = q->value(2).toInt();
        record.emptyUnconfirmed = q->value(3).toBool();
        records.insert(q->value(0).toLongLong(), record);
    }
    return records;
}

StoreExpected<int>
ScopeReadRepository::saveMany(const QHash<std::int64_t, ScopeReadRecord> &records)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString action = QStringLiteral("saving the scope read records");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("INSERT INTO scope_reads (scope_id, lease_count, "
                                    "reservation_count, empty_unconfirmed) VALUES (?, ?, ?, ?) "
                                    "ON CONFLICT (scope_id) DO UPDATE SET "
                                    "lease_count = excluded.lease_count, "
                                    "reservation_count = excluded.reservation_count, "
                                    "empty_unconfirmed = excluded.empty_unconfirmed"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        q->bindValue(0, qlonglong(it.key()));
        q->bindValue(1, it->leaseCount);
        q->bindValue(2, it->reservationCount);
        q->bindValue(3, it->emptyUnconfirmed);
        if (!q->exec())
            return std::unexpected(
                errorFrom(q->lastError(),
                          QStringLiteral("saving the read record of scope %1").arg(it.key())));
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return int(records.size());
}

} // namespace leaselink
