#include "PendingRemovalRepository.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

QString kindText(PendingRemoval::Kind kind)
{
    return kind == PendingRemoval::Kind::Router ? QStringLiteral("router")
                                                : QStringLiteral("exclusion");
}

// A router removal has no range; its columns stay empty so the UNIQUE key still works.
QString addressText(const PendingRemoval &removal, Ipv4Address address)
{
    if (removal.kind == PendingRemoval::Kind::Router)
        return QStringLiteral("");
    return address.toString();
}

} // namespace

StoreExpected<PendingRemoval> PendingRemovalRepository::add(const PendingRemoval &removal)
{
    const QString action =
        QStringLiteral("saving a pending removal of scope %1").arg(removal.scopeId);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("INSERT OR IGNORE INTO pending_removals (scope_id, kind, "
                                    "start_ip, end_ip, created_at) VALUES (?, ?, ?, ?, ?)"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    const QDateTime created = removal.createdAt.isValid() ? removal.createdAt : nowUtc();
    for (const QVariant &value :
         QVariantList{qlonglong(removal.scopeId), kindText(removal.kind),
                      addressText(removal, removal.startIp), addressText(removal, removal.endIp),
                      toDbTime(created)})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    auto rows = query(QStringLiteral("scope_id = ? AND kind = ? AND start_ip = ? AND end_ip = ?"),
                      {qlonglong(removal.scopeId), kindText(removal.kind),
                       addressText(removal, removal.startIp), addressText(removal, removal.endIp)},
                      action);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return storeFail(
            StoreError::Kind::NotFound,
            QStringLiteral("The pending removal of scope %1 was not saved.").arg(removal.scopeId));
    return rows->constFirst();
}

StoreExpected<QList<PendingRemoval>> PendingRemovalRepository::list() const
{
    return query({}, {}, QStringLiteral("listing pending removals"));
}

StoreExpected<QList<PendingRemoval>>
PendingRemovalRepository::listForScope(std::int64_t scopeId) const
{
    return query(QStringLiteral("scope_id = ?"), {qlonglong(scopeId)},
                 QStringLiteral("listing pending removals of scope %1").arg(scopeId));
}

StoreExpected<void> PendingRemovalRepository::remove(std::int64_t id)
{
    const QString action = QStringLiteral("clearing pending removal %1").arg(id);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM pending_removals WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(id));
    return exec(*q, action);
}

StoreExpected<QList<PendingRemoval>> PendingRemovalRepository::query(const QString &where,
                                                                     const QVariantList &values,
                                                                     const QString &action) const
{
    QString sql = QStringLiteral(
        "SELECT id, scope_id, kind, start_ip, end_ip, created_at FROM pending_removals");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY scope_id, id");
    auto q = prepare(m_database.connection(), sql, action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<PendingRemoval> result;
    while (q->next()) {
        PendingRemoval removal;
        removal.id = q->value(0).toLongLong();
        removal.scopeId = q->value(1).toLongLong();
        removal.kind = q->value(2).toString() == QStringLiteral("router")
                           ? PendingRemoval::Kind::Router
                           : PendingRemoval::Kind::Exclusion;
        if (removal.kind == PendingRemoval::Kind::Exclusion) {
            removal.startIp = Ipv4Address::parse(q->value(3).toString()).value_or(Ipv4Address());
            removal.endIp = Ipv4Address::parse(q->value(4).toString()).value_or(Ipv4Address());
        }
        removal.createdAt = fromDbTime(q->value(5));
        result.append(removal);
    }
    return result;
}

} // namespace leaselink
