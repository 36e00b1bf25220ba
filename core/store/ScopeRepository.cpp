#include "ScopeRepository.h"

#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QHash>

#include <algorithm>

namespace leaselink {

using namespace sqlsupport;

namespace {

QList<std::int64_t> normalisedIds(QList<std::int64_t> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QVariant addressInt(Ipv4Address address)
{
    return QVariant::fromValue(qlonglong(address.toUInt()));
}

QVariantList scopeColumnValues(const Scope &s)
{
    return {s.name,
            s.description,
            qlonglong(s.netboxPrefixId),
            s.prefix.toString(),
            addressInt(s.prefix.network()),
            s.prefix.length(),
            toDbId(s.vrfId),
            s.startIp.toString(),
            addressInt(s.startIp),
            s.endIp.toString(),
            addressInt(s.endIp),
            s.router ? QVariant(s.router->toString()) : QVariant(QMetaType::fromType<QString>()),
            s.router ? addressInt(*s.router) : QVariant(QMetaType::fromType<qlonglong>()),
            qlonglong(s.leaseLifetime.seconds()),
            s.active,
            toDbId(s.serverId),
            toDbId(s.failoverId)};
}

const QString ScopeColumns = QStringLiteral(
    "name, description, netbox_prefix_id, prefix, prefix_network_int, prefix_length, vrf_id, "
    "start_ip, start_ip_int, end_ip, end_ip_int, router, router_int, lease_lifetime_seconds, "
    "active, server_id, failover_id");

} // namespace

StoreExpected<QList<Scope>> ScopeRepository::query(const QString &tail, const QVariantList &values,
                                                   const QString &action) const
{
    const QSqlDatabase db = m_database.connection();
    auto q = prepare(db, QStringLiteral("SELECT * FROM scopes ") + tail, action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<Scope> scopes;
    while (q->next()) {
        Scope s;
        s.id = q->value(QStringLiteral("id")).toLongLong();
        s.name = q->value(QStringLiteral("name")).toString();
        s.description = q->value(QStringLiteral("description")).toString();
        s.netboxPrefixId = q->value(QStringLiteral("netbox_prefix_id")).toLongLong();
        const QString prefixText = q->value(QStringLiteral("prefix")).toString();
        auto prefix = Ipv4Prefix::parse(prefixText, Ipv4Prefix::HostBits::Normalise);
        if (!prefix)
            return storeFail(
                StoreError::Kind::Corrupt,
                QStringLiteral("Scope %1 has an unreadable prefix %2 in the data file.")
                    .arg(quoted(s.name), quoted(prefixText)));
        s.prefix = *prefix;
        s.vrfId = fromDbId(q->value(QStringLiteral("vrf_id")));
        s.startIp =
            Ipv4Address(std::uint32_t(q->value(QStringLiteral("start_ip_int")).toLongLong()));
        s.endIp = Ipv4Address(std::uint32_t(q->value(QStringLiteral("end_ip_int")).toLongLong()));
        const QVariant router = q->value(QStringLiteral("router_int"));
        if (!router.isNull())
            s.router = Ipv4Address(std::uint32_t(router.toLongLong()));
        s.leaseLifetime =
            LeaseDuration(q->value(QStringLiteral("lease_lifetime_seconds")).toLongLong());
        s.active = q->value(QStringLiteral("active")).toBool();
        s.serverId = fromDbId(q->value(QStringLiteral("server_id")));
        s.failoverId = fromDbId(q->value(QStringLiteral("failover_id")));
        s.maintenance = readMaintenance(*q);
        s.lastSyncAt = fromDbTime(q->value(QStringLiteral("last_sync_at")));
        s.created = fromDbTime(q->value(QStringLiteral("created")));
        s.lastUpdated = fromDbTime(q->value(QStringLiteral("last_updated")));
        scopes.append(s);
    }
    if (scopes.isEmpty())
        return scopes;

    // Attach the option value links; one query for the whole result.
    QHash<std::int64_t, qsizetype> indexById;
    for (qsizetype i = 0; i < scopes.size(); ++i)
        indexById.insert(scopes.at(i).id, i);
    const QString linkAction = QStringLiteral("reading scope option values");
    auto links =
        prepare(db,
                scopes.size() == 1
                    ? QStringLiteral("SELECT scope_id, option_value_id FROM scope_option_values "
                                     "WHERE scope_id = ? ORDER BY option_value_id")
                    : QStringLiteral("SELECT scope_id, option_value_id FROM scope_option_values "
                                     "ORDER BY scope_id, option_value_id"),
                linkAction);
    if (!links)
        return std::unexpected(links.error());
    if (scopes.size() == 1)
        links->addBindValue(qlonglong(scopes.constFirst().id));
    if (auto r = exec(*links, linkAction); !r)
        return std::unexpected(r.error());
    while (links->next()) {
        const auto it = indexById.constFind(links->value(0).toLongLong());
        if (it != indexById.constEnd())
            scopes[*it].optionValueIds.append(links->value(1).toLongLong());
    }
    return scopes;
}

StoreExpected<QList<Scope>> ScopeRepository::list() const
{
    return query(QStringLiteral("ORDER BY name, id"), {}, QStringLiteral("listing scopes"));
}

StoreExpected<Scope> ScopeRepository::get(std::int64_t id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                       QStringLiteral("reading scope %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No DHCP scope with id %1 exists.").arg(id));
    return found->constFirst();
}

StoreExpected<QList<Scope>> ScopeRepository::listForServer(std::int64_t serverId) const
{
    return query(QStringLiteral("WHERE server_id = ? ORDER BY name, id"), {qlonglong(serverId)},
                 QStringLiteral("listing scopes of server %1").arg(serverId));
}

StoreExpected<QList<Scope>> ScopeRepository::listForFailover(std::int64_t failoverId) const
{
    return query(QStringLiteral("WHERE failover_id = ? ORDER BY name, id"), {qlonglong(failoverId)},
                 QStringLiteral("listing scopes of failover %1").arg(failoverId));
}

StoreExpected<void> ScopeRepository::validate(const Scope &s, ValidationMode mode) const
{
    using K = StoreError::Kind;
    const QString name = quoted(s.name);
    if (s.name.trimmed().isEmpty())
        return storeFail(K::Constraint, QStringLiteral("A DHCP scope needs a name."));
    if (s.name.size() > MaxNameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Scope name %1 is %2 characters long; the limit is %3.")
                             .arg(name)
                             .arg(s.name.size())
                             .arg(MaxNameLength));
    if (s.netboxPrefixId <= 0)
        return storeFail(
            K::Constraint,
            QStringLiteral("Scope %1 needs the NetBox prefix it belongs to.").arg(name));
    if (s.serverId && s.failoverId)
        return storeFail(K::Constraint,
                         QStringLiteral("Scope %1 cannot belong to a DHCP server and a failover "
                                        "relationship at the same time; choose one.")
                             .arg(name));
    if (s.leaseLifetime.seconds() < 0 ||
        (mode == ValidationMode::Edit && s.leaseLifetime.seconds() == 0))
        return storeFail(K::Constraint,
                         QStringLiteral("The lease duration of scope %1 must be greater than zero "
                                        "(got %2 seconds).")
                             .arg(name)
                             .arg(s.leaseLifetime.seconds()));
    const QSqlDatabase db = m_database.connection();
    if (s.serverId) {
        auto exists = rowExists(db, QStringLiteral("servers"), *s.serverId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return storeFail(K::NotFound,
                             QStringLiteral("Scope %1 refers to DHCP server id %2, which "
                                            "does not exist.")
                                 .arg(name)
                                 .arg(*s.serverId));
    }
    if (s.failoverId) {
        auto exists = rowExists(db, QStringLiteral("failovers"), *s.failoverId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return storeFail(K::NotFound, QStringLiteral("Scope %1 refers to failover id %2, which "
                                                         "does not exist.")
                                              .arg(name)
                                              .arg(*s.failoverId));
    }
    if (mode == ValidationMode::Edit) {
        if (!s.serverId && !s.failoverId)
            return storeFail(K::Constraint,
                             QStringLiteral("Scope %1 must belong to a DHCP server or a failover "
                                            "relationship.")
                                 .arg(name));
        if (s.startIp > s.endIp)
            return storeFail(
                K::Constraint,
                QStringLiteral("Scope %1: the start address %2 is after the end address %3.")
                    .arg(name, s.startIp.toString(), s.endIp.toString()));
        const QString prefix = s.prefix.toString();
        if (!s.prefix.contains(s.startIp))
            return storeFail(
                K::Constraint,
                QStringLiteral("Scope %1: the start address %2 is outside the prefix %3.")
                    .arg(name, s.startIp.toString(), prefix));
        if (!s.prefix.contains(s.endIp))
            return storeFail(
                K::Constraint,
                QStringLiteral("Scope %1: the end address %2 is outside the prefix %3.")
                    .arg(name, s.endIp.toString(), prefix));
        if (s.router && !s.prefix.contains(*s.router))
            return storeFail(K::Constraint,
                             QStringLiteral("Scope %1: the router %2 is outside the prefix %3.")
                                 .arg(name, s.router->toString(), prefix));
    }
    return validateOptionValues(s.name, s.optionValueIds, mode);
}

StoreExpected<void> ScopeRepository::validateOptionValues(const QString &scopeName,
                                                          const QList<std::int64_t> &ids,
                                                          ValidationMode mode) const
{
    const QString action =
        QStringLiteral("checking the option values of scope %1").arg(quoted(scopeName));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("SELECT d.code, d.name FROM option_values v JOIN "
                                    "option_code_definitions d ON d.id = v.option_definition_id "
                                    "WHERE v.id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    QHash<int, std::int64_t> valueByCode;
    for (const std::int64_t id : normalisedIds(ids)) {
        q->bindValue(0, qlonglong(id));
        if (auto r = exec(*q, action); !r)
            return r;
        if (!q->next())
            return storeFail(
                StoreError::Kind::NotFound,
                QStringLiteral("Scope %1 refers to option value id %2, which does not exist.")
                    .arg(quoted(scopeName))
                    .arg(id));
        const int code = q->value(0).toInt();
        const QString codeName = q->value(1).toString();
        q->finish();
        if (mode == ValidationMode::Edit && valueByCode.contains(code))
            return storeFail(StoreError::Kind::Constraint,
                             QStringLiteral("Scope %1 can have only one value for option %2: %3 "
                                            "(option values %4 and %5).")
                                 .arg(quoted(scopeName))
                                 .arg(code)
                                 .arg(codeName)
                                 .arg(valueByCode.value(code))
                                 .arg(id));
        valueByCode.insert(code, id);
    }
    return {};
}

StoreExpected<void> ScopeRepository::writeLinks(std::int64_t scopeId,
                                                const QList<std::int64_t> &ids)
{
    const QString action = QStringLiteral("saving the option values of scope %1").arg(scopeId);
    const QSqlDatabase db = m_database.connection();
    auto del =
        prepare(db, QStringLiteral("DELETE FROM scope_option_values WHERE scope_id = ?"), action);
    if (!del)
        return std::unexpected(del.error());
    del->addBindValue(qlonglong(scopeId));
    if (auto r = exec(*del, action); !r)
        return r;
    auto ins = prepare(db,
                       QStringLiteral("INSERT INTO scope_option_values (scope_id, option_value_id) "
                                      "VALUES (?, ?)"),
                       action);
    if (!ins)
        return std::unexpected(ins.error());
    for (const std::int64_t id : normalisedIds(ids)) {
        ins->bindValue(0, qlonglong(scopeId));
        ins->bindValue(1, qlonglong(id));
        if (auto r = exec(*ins, action); !r)
            return r;
    }
    return {};
}

StoreExpected<Scope> ScopeRepository::create(const Scope &scope, ValidationMode mode)
{
    if (auto r = validate(scope, mode); !r)
        return std::unexpected(r.error());
    const Maintenance maintenance = normalisedMaintenance(scope.maintenance);
    const QVariant now = toDbTime(nowUtc());
    const QString action = QStringLiteral("saving scope %1").arg(quoted(scope.name));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto q =
        prepare(m_database.connection(),
                QStringLiteral("INSERT INTO scopes (") + ScopeColumns +
                    QStringLiteral(", maintenance_mode, maintenance_enabled_at, "
                                   "maintenance_enabled_by, maintenance_notes, last_sync_at, "
                                   "created, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                action);
    if (!q)
        return std::unexpected(q.error());
    QVariantList values = scopeColumnValues(scope);
    values << maintenance.enabled << toDbTime(maintenance.enabledAt) << maintenance.enabledBy
           << maintenance.notes << toDbTime(scope.lastSyncAt) << now << now;
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    const std::int64_t id = q->lastInsertId().toLongLong();
    if (auto r = writeLinks(id, scope.optionValueIds); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Scope> ScopeRepository::update(const Scope &scope, ValidationMode mode)
{
    if (auto existing = get(scope.id); !existing)
        return existing;
    if (auto r = validate(scope, mode); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving scope %1").arg(quoted(scope.name));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    QString assignments = ScopeColumns;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE scopes SET ") + assignments +
                         QStringLiteral(" = ?, last_updated = ? WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    QVariantList values = scopeColumnValues(scope);
    values << toDbTime(nowUtc()) << qlonglong(scope.id);
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    if (auto r = writeLinks(scope.id, scope.optionValueIds); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return get(scope.id);
}

StoreExpected<void> ScopeRepository::remove(std::int64_t id)
{
    auto scope = get(id);
    if (!scope)
        return std::unexpected(scope.error());
    // Exclusion ranges and option links are ON DELETE CASCADE.
    const QString action = QStringLiteral("deleting scope %1").arg(quoted(scope->name));
    auto q =
        prepare(m_database.connection(), QStringLiteral("DELETE FROM scopes WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(id));
    return exec(*q, action);
}

StoreExpected<Scope> ScopeRepository::setOptionValues(std::int64_t scopeId,
                                                      const QList<std::int64_t> &optionValueIds,
                                                      ValidationMode mode)
{
    auto scope = get(scopeId);
    if (!scope)
        return scope;
    if (auto r = validateOptionValues(scope->name, optionValueIds, mode); !r)
        return std::unexpected(r.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = writeLinks(scopeId, optionValueIds); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return get(scopeId);
}

StoreExpected<Scope> ScopeRepository::setMaintenance(std::int64_t id, bool enabled,
                                                     const QString &enabledBy, const QString &notes)
{
    auto scope = get(id);
    if (!scope)
        return scope;
    Maintenance maintenance;
    maintenance.enabled = enabled;
    maintenance.enabledBy = enabledBy;
    maintenance.notes = notes;
    if (auto r = writeMaintenance(
            m_database.connection(), QStringLiteral("scopes"), id, maintenance,
            QStringLiteral("changing maintenance of scope %1").arg(quoted(scope->name)));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

StoreExpected<Scope> ScopeRepository::recordSync(std::int64_t id, const QDateTime &syncedAt)
{
    const QString action = QStringLiteral("recording the sync time of scope %1").arg(id);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE scopes SET last_sync_at = ? WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(toDbTime(syncedAt));
    q->addBindValue(qlonglong(id));
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    if (q->numRowsAffected() == 0)
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No DHCP scope with id %1 exists.").arg(id));
    return get(id);
}

StoreExpected<QList<ExclusionRange>> ScopeRepository::exclusions(std::int64_t scopeId) const
{
    const QString action = QStringLiteral("listing the exclusion ranges of scope %1").arg(scopeId);
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("SELECT id, scope_id, start_ip_int, end_ip_int FROM exclusion_ranges "
                       "WHERE scope_id = ? ORDER BY start_ip_int, end_ip_int"),
        action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(scopeId));
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<ExclusionRange> ranges;
    while (q->next()) {
        ExclusionRange range;
        range.id = q->value(0).toLongLong();
        range.scopeId = q->value(1).toLongLong();
        range.startIp = Ipv4Address(std::uint32_t(q->value(2).toLongLong()));
        range.endIp = Ipv4Address(std::uint32_t(q->value(3).toLongLong()));
        ranges.append(range);
    }
    return ranges;
}

StoreExpected<ExclusionRange> ScopeRepository::addExclusion(const ExclusionRange &range,
                                                            ValidationMode mode)
{
    using K = StoreError::Kind;
    auto scope = get(range.scopeId);
    if (!scope)
        return std::unexpected(scope.error());
    const QString display =
        range.startIp.toString() + QStringLiteral(" – ") + range.endIp.toString();
    const QString name = quoted(scope->name);
    if (mode == ValidationMode::Edit) {
        if (range.startIp > range.endIp)
            return storeFail(
                K::Constraint,
                QStringLiteral("Exclusion range %1 of scope %2: the start address is after "
                               "the end address.")
                    .arg(display, name));
        if (range.startIp < scope->startIp || range.endIp > scope->endIp)
            return storeFail(
                K::Constraint,
                QStringLiteral("Exclusion range %1 is outside the range %2 – %3 of scope %4.")
                    .arg(display, scope->startIp.toString(), scope->endIp.toString(), name));
    }
    auto existing = exclusions(range.scopeId);
    if (!existing)
        return std::unexpected(existing.error());
    for (const ExclusionRange &other : *existing) {
        if (other.startIp == range.startIp && other.endIp == range.endIp)
            return storeFail(
                K::Conflict,
                QStringLiteral("Scope %1 already has the exclusion range %2.").arg(name, display));
    }
    const QString action =
        QStringLiteral("saving exclusion range %1 of scope %2").arg(display, name);
    auto q =
        prepare(m_database.connection(),
                QStringLiteral("INSERT INTO exclusion_ranges (scope_id, start_ip, start_ip_int, "
                               "end_ip, end_ip_int) VALUES (?, ?, ?, ?, ?)"),
                action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value :
         QVariantList{qlonglong(range.scopeId), range.startIp.toString(), addressInt(range.startIp),
                      range.endIp.toString(), addressInt(range.endIp)})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    ExclusionRange saved = range;
    saved.id = q->lastInsertId().toLongLong();
    return saved;
}

StoreExpected<void> ScopeRepository::removeExclusion(std::int64_t exclusionId)
{
    const QString action = QStringLiteral("deleting exclusion range %1").arg(exclusionId);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM exclusion_ranges WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(exclusionId));
    if (auto r = exec(*q, action); !r)
        return r;
    if (q->numRowsAffected() == 0)
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No exclusion range with id %1 exists.").arg(exclusionId));
    return {};
}

} // namespace leaselink
