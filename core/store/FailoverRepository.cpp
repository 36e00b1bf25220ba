#include "FailoverRepository.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

Failover failoverFromRow(const QSqlQuery &q)
{
    Failover f;
    f.id = q.value(QStringLiteral("id")).toLongLong();
    f.name = q.value(QStringLiteral("name")).toString();
    f.primaryServerId = q.value(QStringLiteral("primary_server_id")).toLongLong();
    f.secondaryServerId = q.value(QStringLiteral("secondary_server_id")).toLongLong();
    f.mode = FailoverRepository::modeFromStoredValue(q.value(QStringLiteral("mode")).toString())
                 .value_or(FailoverMode::LoadBalance);
    f.maxClientLeadTime = q.value(QStringLiteral("max_client_lead_time")).toInt();
    f.maxResponseDelay = q.value(QStringLiteral("max_response_delay")).toInt();
    const QVariant switchover = q.value(QStringLiteral("state_switchover_interval"));
    if (!switchover.isNull())
        f.stateSwitchoverInterval = switchover.toInt();
    f.syncEnabled = q.value(QStringLiteral("sync_enabled")).toBool();
    f.enableAuth = q.value(QStringLiteral("enable_auth")).toBool();
    f.description = q.value(QStringLiteral("description")).toString();
    f.maintenance = readMaintenance(q);
    f.created = fromDbTime(q.value(QStringLiteral("created")));
    f.lastUpdated = fromDbTime(q.value(QStringLiteral("last_updated")));
    return f;
}

QVariant switchoverValue(const Failover &f)
{
    if (!f.stateSwitchoverInterval)
        return QVariant(QMetaType::fromType<int>());
    return *f.stateSwitchoverInterval;
}

} // namespace

QString FailoverRepository::modeStoredValue(FailoverMode mode)
{
    return mode == FailoverMode::HotStandby ? QStringLiteral("HotStandby")
                                            : QStringLiteral("LoadBalance");
}

std::optional<FailoverMode> FailoverRepository::modeFromStoredValue(const QString &stored)
{
    if (stored == QLatin1String("LoadBalance"))
        return FailoverMode::LoadBalance;
    if (stored == QLatin1String("HotStandby"))
        return FailoverMode::HotStandby;
    return std::nullopt;
}

StoreExpected<QList<Failover>> FailoverRepository::query(const QString &tail,
                                                         const QVariantList &values,
                                                         const QString &action) const
{
    auto q =
        prepare(m_database.connection(), QStringLiteral("SELECT * FROM failovers ") + tail, action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<Failover> result;
    while (q->next())
        result.append(failoverFromRow(*q));
    return result;
}

StoreExpected<QList<Failover>> FailoverRepository::list() const
{
    return query(QStringLiteral("ORDER BY name, id"), {}, QStringLiteral("listing failovers"));
}

StoreExpected<Failover> FailoverRepository::get(std::int64_t id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                       QStringLiteral("reading failover %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No failover relationship with id %1 exists.").arg(id));
    return found->constFirst();
}

StoreExpected<std::optional<Failover>> FailoverRepository::findByName(const QString &name) const
{
    auto found = query(QStringLiteral("WHERE name = ?"), {name},
                       QStringLiteral("looking up failover %1").arg(quoted(name)));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Failover>();
    return std::optional<Failover>(found->constFirst());
}

StoreExpected<QList<Failover>> FailoverRepository::listForServer(std::int64_t serverId) const
{
    return query(
        QStringLiteral("WHERE primary_server_id = ? OR secondary_server_id = ? ORDER BY name"),
        {qlonglong(serverId), qlonglong(serverId)},
        QStringLiteral("listing failovers of server %1").arg(serverId));
}

StoreExpected<void> FailoverRepository::validate(const Failover &f) const
{
    using K = StoreError::Kind;
    if (f.name.trimmed().isEmpty())
        return storeFail(K::Constraint, QStringLiteral("A failover relationship needs a name."));
    if (f.name.size() > MaxNameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Failover name %1 is %2 characters long; the limit is %3.")
                             .arg(quoted(f.name))
                             .arg(f.name.size())
                             .arg(MaxNameLength));
    if (f.primaryServerId == f.secondaryServerId)
        return storeFail(K::Constraint,
                         QStringLiteral("Failover %1: the primary and the secondary server must be "
                                        "different servers.")
                             .arg(quoted(f.name)));
    const QSqlDatabase db = m_database.connection();
    for (const auto &[serverId, role] :
         {std::pair{f.primaryServerId, "primary"}, std::pair{f.secondaryServerId, "secondary"}}) {
        auto exists = rowExists(db, QStringLiteral("servers"), serverId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return storeFail(K::NotFound,
                             QStringLiteral("Failover %1: the %2 server (id %3) does not exist.")
                                 .arg(quoted(f.name), QLatin1String(role))
                                 .arg(serverId));
    }
    if (f.maxClientLeadTime < 0 || f.maxResponseDelay < 0 ||
        (f.stateSwitchoverInterval && *f.stateSwitchoverInterval < 0))
        return storeFail(K::Constraint,
                         QStringLiteral("Failover %1: maximum client lead time, maximum response "
                                        "delay and state switchover interval cannot be negative.")
                             .arg(quoted(f.name)));

    const QString action = QStringLiteral("checking the name of failover %1").arg(quoted(f.name));
    auto q =
        prepare(db, QStringLiteral("SELECT id FROM failovers WHERE name = ? AND id <> ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(f.name);
    q->addBindValue(qlonglong(f.id));
    if (auto r = exec(*q, action); !r)
        return r;
    if (q->next())
        return storeFail(
            K::Conflict,
            QStringLiteral("A failover relationship named %1 already exists.").arg(quoted(f.name)));
    return {};
}

StoreExpected<Failover> FailoverRepository::create(const Failover &failover)
{
    Failover f = failover;
    f.id = 0;
    if (auto r = validate(f); !r)
        return std::unexpected(r.error());
    f.maintenance = normalisedMaintenance(f.maintenance);
    const QVariant now = toDbTime(nowUtc());
    const QString action = QStringLiteral("saving failover %1").arg(quoted(f.name));
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO failovers (name, primary_server_id, secondary_server_id, "
                       "mode, max_client_lead_time, max_response_delay, "
                       "state_switchover_interval, sync_enabled, enable_auth, "
                       "maintenance_mode, maintenance_enabled_at, maintenance_enabled_by, "
                       "maintenance_notes, created, last_updated, description) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        action);
    if (!q)
        return std::unexpected(q.error());
    const QVariantList values{f.name,
                              qlonglong(f.primaryServerId),
                              qlonglong(f.secondaryServerId),
                              modeStoredValue(f.mode),
                              f.maxClientLeadTime,
                              f.maxResponseDelay,
                              switchoverValue(f),
                              f.syncEnabled,
                              f.enableAuth,
                              f.maintenance.enabled,
                              toDbTime(f.maintenance.enabledAt),
                              f.maintenance.enabledBy,
                              f.maintenance.notes,
                              now,
                              now,
                              f.description};
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    const std::int64_t id = q->lastInsertId().toLongLong();
    qCInfo(lcStore) << "created failover" << f.name << "id" << id;
    return get(id);
}

StoreExpected<Failover> FailoverRepository::update(const Failover &f)
{
    if (auto existing = get(f.id); !existing)
        return existing;
    if (auto r = validate(f); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving failover %1").arg(quoted(f.name));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE failovers SET name = ?, primary_server_id = ?, "
                                    "secondary_server_id = ?, mode = ?, max_client_lead_time = ?, "
                                    "max_response_delay = ?, state_switchover_interval = ?, "
                                    "sync_enabled = ?, enable_auth = ?, last_updated = ?, "
                                    "description = ? WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    const QVariantList values{f.name,
                              qlonglong(f.primaryServerId),
                              qlonglong(f.secondaryServerId),
                              modeStoredValue(f.mode),
                              f.maxClientLeadTime,
                              f.maxResponseDelay,
                              switchoverValue(f),
                              f.syncEnabled,
                              f.enableAuth,
                              toDbTime(nowUtc()),
                              f.description,
                              qlonglong(f.id)};
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(f.id);
}

StoreExpected<void> FailoverRepository::remove(std::int64_t id)
{
    auto failover = get(id);
    if (!failover)
        return std::unexpected(failover.error());
    // scopes.failover_id is ON DELETE SET NULL, which clears the link of its scopes.
    const QString action = QStringLiteral("deleting failover %1").arg(quoted(failover->name));
    auto q = prepare(m_database.connection(), QStringLiteral("DELETE FROM failovers WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(id));
    if (auto r = exec(*q, action); !r)
        return r;
    qCInfo(lcStore) << "deleted failover" << failover->name << "id" << id;
    return {};
}

StoreExpected<Failover> FailoverRepository::setMaintenance(std::int64_t id, bool enabled,
                                                           const QString &enabledBy,
                                                           const QString &notes)
{
    auto failover = get(id);
    if (!failover)
        return failover;
    Maintenance maintenance;
    maintenance.enabled = enabled;
    maintenance.enabledBy = enabledBy;
    maintenance.notes = notes;
    if (auto r = writeMaintenance(
            m_database.connection(), QStringLiteral("failovers"), id, maintenance,
            QStringLiteral("changing maintenance of failover %1").arg(quoted(failover->name)));
        !r)
        return std::unexpected(r.error());
    return get(id);
}

} // namespace leaselink
