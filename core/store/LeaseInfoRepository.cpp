#include "LeaseInfoRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include "domain/Ipv4Address.h"
#include "sync/SyncInputs.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

const QString UpsertSql = QStringLiteral(
    "INSERT INTO lease_info (netbox_ip_id, address, address_int, lease_hostname, active, "
    "lease_expiration, active_since, inactive_since, created_by_sync, host_cut, "
    "state_changed_at, prestaged) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (netbox_ip_id) DO UPDATE SET address = excluded.address, "
    "address_int = excluded.address_int, lease_hostname = excluded.lease_hostname, "
    "active = excluded.active, lease_expiration = excluded.lease_expiration, "
    "active_since = excluded.active_since, inactive_since = excluded.inactive_since, "
    "created_by_sync = excluded.created_by_sync, host_cut = excluded.host_cut, "
    "state_changed_at = excluded.state_changed_at, prestaged = excluded.prestaged");

// The sync's upsert: the planner knows only "active since T" (state_changed_at), so the UI's
// active_since / inactive_since move only when active really flips and are otherwise kept.
const QString SideInfoUpsertSql = QStringLiteral(
    "INSERT INTO lease_info (netbox_ip_id, address, address_int, lease_hostname, host_cut, "
    "active, lease_expiration, state_changed_at, active_since, inactive_since, "
    "created_by_sync, prestaged) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (netbox_ip_id) DO UPDATE SET address = excluded.address, "
    "address_int = excluded.address_int, lease_hostname = excluded.lease_hostname, "
    "host_cut = excluded.host_cut, active = excluded.active, "
    "lease_expiration = excluded.lease_expiration, state_changed_at = excluded.state_changed_at, "
    "active_since = CASE WHEN excluded.active = 1 AND lease_info.active = 0 "
    "THEN excluded.state_changed_at ELSE COALESCE(lease_info.active_since, excluded.active_since) "
    "END, "
    "inactive_since = CASE WHEN excluded.active = 0 AND lease_info.active = 1 "
    "THEN excluded.state_changed_at "
    "ELSE COALESCE(lease_info.inactive_since, excluded.inactive_since) END, "
    "created_by_sync = excluded.created_by_sync, prestaged = excluded.prestaged");

// The numeric address for ordering; NetBox may hand over "10.0.1.20/24" or an IPv6 address,
// which keep their text and sort last.
QVariant addressInt(const QString &address)
{
    const QString host = address.section(QLatin1Char('/'), 0, 0).trimmed();
    const auto parsed = Ipv4Address::parse(host);
    if (!parsed)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant::fromValue(qlonglong(parsed->toUInt()));
}

StoreExpected<void> checkRow(const LeaseInfo &info)
{
    if (info.netboxIpId <= 0)
        return storeFail(
            StoreError::Kind::Constraint,
            QStringLiteral("Lease info for %1 needs the NetBox IP address id (got %2).")
                .arg(quoted(info.address))
                .arg(info.netboxIpId));
    if (info.leaseHostname.size() > LeaseInfoRepository::MaxHostnameLength)
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Lease host name %1 of %2 is longer than %3 characters.")
                             .arg(quoted(info.leaseHostname.left(40) + QStringLiteral("…")),
                                  quoted(info.address))
                             .arg(LeaseInfoRepository::MaxHostnameLength));
    return {};
}

void bindRow(QSqlQuery &q, const LeaseInfo &info)
{
    q.bindValue(0, qlonglong(info.netboxIpId));
    // Bound as '' rather than NULL without the generic normaliseNullStrings() pass, which
    // would copy the bound values for every one of 100k+ rows.
    q.bindValue(1, info.address.isNull() ? QStringLiteral("") : info.address);
    q.bindValue(2, addressInt(info.address));
    q.bindValue(3, info.leaseHostname.isNull() ? QStringLiteral("") : info.leaseHostname);
    q.bindValue(4, info.active);
    q.bindValue(5, toDbTime(info.leaseExpiration));
    q.bindValue(6, toDbTime(info.activeSince));
    q.bindValue(7, toDbTime(info.inactiveSince));
    q.bindValue(8, info.createdBySync);
    q.bindValue(9, info.hostCut);
    q.bindValue(10, toDbTime(info.stateChangedAt));
    q.bindValue(11, info.prestaged);
}

StoreExpected<void> checkSideInfo(const SideInfoUpsert &row)
{
    if (row.netboxIpId <= 0)
        return storeFail(
            StoreError::Kind::Constraint,
            QStringLiteral("Lease side-info for %1 needs the NetBox IP address id (got %2).")
                .arg(quoted(row.address))
                .arg(row.netboxIpId));
    if (row.info.host.size() > LeaseInfoRepository::MaxHostnameLength)
        return storeFail(StoreError::Kind::Constraint,
                         QStringLiteral("Lease host name of %1 is longer than %2 characters.")
                             .arg(quoted(row.address))
                             .arg(LeaseInfoRepository::MaxHostnameLength));
    return {};
}

void bindSideInfo(QSqlQuery &q, const SideInfoUpsert &row)
{
    const sync::LeaseSideInfo &info = row.info;
    const QVariant since = toDbTime(info.since);
    const QVariant none(QMetaType::fromType<QString>());
    q.bindValue(0, qlonglong(row.netboxIpId));
    q.bindValue(1, row.address.isNull() ? QStringLiteral("") : row.address);
    q.bindValue(2, addressInt(row.address));
    q.bindValue(3, info.host.isNull() ? QStringLiteral("") : info.host);
    q.bindValue(4, info.hostCut);
    q.bindValue(5, info.active);
    q.bindValue(6, toDbTime(info.expiry));
    q.bindValue(7, since);
    q.bindValue(8, info.active ? since : none);
    q.bindValue(9, info.active ? none : since);
    q.bindValue(10, info.createdBySync);
    q.bindValue(11, info.prestaged);
}

} // namespace

StoreExpected<QList<LeaseInfo>> LeaseInfoRepository::query(const QString &tail,
                                                           const QVariantList &values,
                                                           const QString &action) const
{
    auto q =
        prepare(m_database.connection(),
                QStringLiteral("SELECT id, netbox_ip_id, address, lease_hostname, active, "
                               "lease_expiration, active_since, inactive_since, created_by_sync, "
                               "host_cut, state_changed_at, prestaged FROM lease_info ") +
                    tail,
                action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    q->setForwardOnly(true);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<LeaseInfo> result;
    while (q->next()) {
        LeaseInfo info;
        info.id = q->value(0).toLongLong();
        info.netboxIpId = q->value(1).toLongLong();
        info.address = q->value(2).toString();
        info.leaseHostname = q->value(3).toString();
        info.active = q->value(4).toBool();
        info.leaseExpiration = fromDbTime(q->value(5));
        info.activeSince = fromDbTime(q->value(6));
        info.inactiveSince = fromDbTime(q->value(7));
        info.createdBySync = q->value(8).toBool();
        info.hostCut = q->value(9).toBool();
        info.stateChangedAt = fromDbTime(q->value(10));
        info.prestaged = q->value(11).toBool();
        result.append(info);
    }
    return result;
}

StoreExpected<QList<LeaseInfo>> LeaseInfoRepository::list() const
{
    return query(QStringLiteral("ORDER BY address_int IS NULL, address_int, address, netbox_ip_id"),
                 {}, QStringLiteral("listing lease info"));
}

StoreExpected<qint64> LeaseInfoRepository::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM lease_info")) || !q.next())
        return std::unexpected(errorFrom(q.lastError(), QStringLiteral("counting lease info")));
    return q.value(0).toLongLong();
}

StoreExpected<std::optional<LeaseInfo>>
LeaseInfoRepository::findByNetboxIpId(std::int64_t netboxIpId) const
{
    auto found = query(QStringLiteral("WHERE netbox_ip_id = ?"), {qlonglong(netboxIpId)},
                       QStringLiteral("reading lease info of NetBox IP %1").arg(netboxIpId));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<LeaseInfo>();
    return std::optional<LeaseInfo>(found->constFirst());
}

StoreExpected<QList<LeaseInfo>> LeaseInfoRepository::search(const QString &text) const
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    return query(
        QStringLiteral("WHERE lease_hostname LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' "
                       "ORDER BY address_int IS NULL, address_int, address"),
        {pattern, pattern}, QStringLiteral("searching lease info"));
}

StoreExpected<LeaseInfo> LeaseInfoRepository::upsert(const LeaseInfo &info)
{
    if (auto r = checkRow(info); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving lease info of %1").arg(quoted(info.address));
    auto q = prepare(m_database.connection(), UpsertSql, action);
    if (!q)
        return std::unexpected(q.error());
    bindRow(*q, info);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    auto stored = findByNetboxIpId(info.netboxIpId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return storeFail(
            StoreError::Kind::Io,
            QStringLiteral("Lease info of %1 was not stored.").arg(quoted(info.address)));
    return **stored;
}

StoreExpected<int> LeaseInfoRepository::upsertMany(const QList<LeaseInfo> &infos)
{
    // Validate everything first so a bad row leaves the table untouched without a rollback.
    for (const LeaseInfo &info : infos) {
        if (auto r = checkRow(info); !r)
            return std::unexpected(r.error());
    }
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString action = QStringLiteral("saving lease info");
    auto q = prepare(m_database.connection(), UpsertSql, action);
    if (!q)
        return std::unexpected(q.error());
    for (const LeaseInfo &info : infos) {
        bindRow(*q, info);
        if (!q->exec())
            return std::unexpected(
                errorFrom(q->lastError(),
                          QStringLiteral("saving lease info of %1").arg(quoted(info.address))));
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    qCDebug(lcStore) << "upserted" << infos.size() << "lease info rows";
    return int(infos.size());
}

StoreExpected<void> LeaseInfoRepository::removeByNetboxIpId(std::int64_t netboxIpId)
{
    auto removed = removeMany({netboxIpId});
    if (!removed)
        return std::unexpected(removed.error());
    if (*removed == 0)
        return storeFail(
            StoreError::Kind::NotFound,
            QStringLiteral("No lease info exists for NetBox IP address id %1.").arg(netboxIpId));
    return {};
}

StoreExpected<int> LeaseInfoRepository::removeMany(const QList<std::int64_t> &netboxIpIds)
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString action = QStringLiteral("deleting lease info");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM lease_info WHERE netbox_ip_id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    int removed = 0;
    for (const std::int64_t id : netboxIpIds) {
        q->bindValue(0, qlonglong(id));
        if (auto r = exec(*q, action); !r)
            return std::unexpected(r.error());
        removed += q->numRowsAffected();
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return removed;
}

StoreExpected<QHash<std::int64_t, sync::LeaseSideInfo>> LeaseInfoRepository::loadSideInfo() const
{
    const QString action = QStringLiteral("loading lease side-info");
    auto q = prepare(m_database.connection(),
                     QStringLiteral("SELECT netbox_ip_id, lease_hostname, host_cut, active, "
                                    "state_changed_at, active_since, inactive_since, "
                                    "lease_expiration, created_by_sync, prestaged FROM lease_info"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    q->setForwardOnly(true);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QHash<std::int64_t, sync::LeaseSideInfo> result;
    while (q->next()) {
        sync::LeaseSideInfo info;
        info.host = q->value(1).toString();
        info.hostCut = q->value(2).toBool();
        info.active = q->value(3).toBool();
        info.since = fromDbTime(q->value(4));
        if (!info.since.isValid()) // a row written before state_changed_at existed
            info.since = fromDbTime(q->value(info.active ? 5 : 6));
        info.expiry = fromDbTime(q->value(7));
        info.createdBySync = q->value(8).toBool();
        info.prestaged = q->value(9).toBool();
        result.insert(q->value(0).toLongLong(), info);
    }
    return result;
}

StoreExpected<SideInfoApplied>
LeaseInfoRepository::applySideInfo(const QList<SideInfoUpsert> &upserts,
                                   const QList<std::int64_t> &deletes)
{
    for (const SideInfoUpsert &row : upserts) {
        if (auto r = checkSideInfo(row); !r)
            return std::unexpected(r.error());
    }
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    SideInfoApplied applied;
    const QString action = QStringLiteral("saving lease side-info");
    if (!upserts.isEmpty()) {
        auto q = prepare(m_database.connection(), SideInfoUpsertSql, action);
        if (!q)
            return std::unexpected(q.error());
        for (const SideInfoUpsert &row : upserts) {
            bindSideInfo(*q, row);
            if (!q->exec())
                return std::unexpected(errorFrom(
                    q->lastError(),
                    QStringLiteral("saving lease side-info of %1").arg(quoted(row.address))));
        }
        applied.upserted = int(upserts.size());
    }
    if (!deletes.isEmpty()) {
        auto q = prepare(m_database.connection(),
                         QStringLiteral("DELETE FROM lease_info WHERE netbox_ip_id = ?"), action);
        if (!q)
            return std::unexpected(q.error());
        for (const std::int64_t id : deletes) {
            q->bindValue(0, qlonglong(id));
            if (auto r = exec(*q, action); !r)
                return std::unexpected(r.error());
            applied.deleted += q->numRowsAffected();
        }
    }
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    qCDebug(lcStore) << "lease side-info:" << applied.upserted << "upserted," << applied.deleted
                     << "deleted";
    return applied;
}

} // namespace leaselink
