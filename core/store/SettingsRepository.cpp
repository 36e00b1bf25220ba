#include "SettingsRepository.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

QString SettingsRepository::syncQueueStoredValue(SyncQueue queue)
{
    switch (queue) {
    case SyncQueue::High:
        return QStringLiteral("high");
    case SyncQueue::Low:
        return QStringLiteral("low");
    case SyncQueue::Default:
        break;
    }
    return QStringLiteral("default");
}

std::optional<SyncQueue> SettingsRepository::syncQueueFromStoredValue(const QString &stored)
{
    if (stored == QLatin1String("high"))
        return SyncQueue::High;
    if (stored == QLatin1String("default"))
        return SyncQueue::Default;
    if (stored == QLatin1String("low"))
        return SyncQueue::Low;
    return std::nullopt;
}

StoreExpected<Settings> SettingsRepository::get()
{
    const QSqlDatabase db = m_database.connection();
    // The column defaults are the data model's defaults (section 2).
    if (auto r = execDirect(db, QStringLiteral("INSERT OR IGNORE INTO settings (id) VALUES (1)"),
                            QStringLiteral("creating the default settings"));
        !r)
        return std::unexpected(r.error());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM settings WHERE id = 1")) || !q.next())
        return std::unexpected(errorFrom(q.lastError(), QStringLiteral("reading the settings")));
    Settings s;
    s.syncIpAddresses = q.value(QStringLiteral("sync_ip_addresses")).toBool();
    s.leaseStatus = q.value(QStringLiteral("lease_status")).toString();
    s.reservationStatus = q.value(QStringLiteral("reservation_status")).toString();
    s.pushReservations = q.value(QStringLiteral("push_reservations")).toBool();
    s.pushScopeInfo = q.value(QStringLiteral("push_scope_info")).toBool();
    s.syncActiveScopesOnly = q.value(QStringLiteral("sync_active_scopes_only")).toBool();
    s.syncIntervalMinutes = q.value(QStringLiteral("sync_interval_minutes")).toInt();
    s.syncQueue = syncQueueFromStoredValue(q.value(QStringLiteral("sync_queue")).toString())
                      .value_or(SyncQueue::Default);
    s.syncJobTimeoutSeconds = q.value(QStringLiteral("sync_job_timeout_seconds")).toInt();
    s.syncProtectTagId = fromDbId(q.value(QStringLiteral("sync_protect_tag_id")));
    s.syncProtectTagSlug = q.value(QStringLiteral("sync_protect_tag_slug")).toString();
    s.syncProtectUpdateClientId = q.value(QStringLiteral("sync_protect_update_client_id")).toBool();
    s.createMissingPrefixes = q.value(QStringLiteral("create_missing_prefixes")).toBool();
    s.apiEnabled = q.value(QStringLiteral("api_enabled")).toBool();
    s.scopeDiscovery = q.value(QStringLiteral("scope_discovery")).toBool();
    s.invalidHostnameTagSlug = q.value(QStringLiteral("invalid_hostname_tag_slug")).toString();
    s.pendingOldLeaseStatus = q.value(QStringLiteral("pending_old_lease_status")).toString();
    s.pendingOldReservationStatus =
        q.value(QStringLiteral("pending_old_reservation_status")).toString();
    return s;
}

StoreExpected<Settings> SettingsRepository::save(const Settings &settings)
{
    if (auto valid = settings.validate(); !valid)
        return storeFail(StoreError::Kind::Constraint, valid.error().message);
    if (auto existing = get(); !existing)
        return existing;
    const QString action = QStringLiteral("saving the settings");
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("UPDATE settings SET sync_ip_addresses = ?, lease_status = ?, "
                       "reservation_status = ?, push_reservations = ?, push_scope_info = ?, "
                       "sync_active_scopes_only = ?, sync_interval_minutes = ?, "
                       "sync_queue = ?, sync_job_timeout_seconds = ?, "
                       "sync_protect_tag_id = ?, sync_protect_tag_slug = ?, "
                       "sync_protect_update_client_id = ?, create_missing_prefixes = ?, "
                       "api_enabled = ? WHERE id = 1"),
        action);
    if (!q)
        return std::unexpected(q.error());
    const QVariantList values{
        settings.syncIpAddresses,       settings.leaseStatus,
        settings.reservationStatus,     settings.pushReservations,
        settings.pushScopeInfo,         settings.syncActiveScopesOnly,
        settings.syncIntervalMinutes,   syncQueueStoredValue(settings.syncQueue),
        settings.syncJobTimeoutSeconds, toDbId(settings.syncProtectTagId),
        settings.syncProtectTagSlug,    settings.syncProtectUpdateClientId,
        settings.createMissingPrefixes, settings.apiEnabled};
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    // Added after the original column set; kept in its own statement so the list above stays.
    auto discovery =
        prepare(m_database.connection(),
                QStringLiteral("UPDATE settings SET scope_discovery = ? WHERE id = 1"), action);
    if (!discovery)
        return std::unexpected(discovery.error());
    discovery->addBindValue(settings.scopeDiscovery);
    if (auto r = exec(*discovery, action); !r)
        return std::unexpected(r.error());
    auto invalidTag =
        prepare(m_database.connection(),
                QStringLiteral("UPDATE settings SET invalid_hostname_tag_slug = ?, "
                               "pending_old_lease_status = ?, pending_old_reservation_status = ? "
                               "WHERE id = 1"),
                action);
    if (!invalidTag)
        return std::unexpected(invalidTag.error());
    invalidTag->addBindValue(settings.invalidHostnameTagSlug);
    invalidTag->addBindValue(settings.pendingOldLeaseStatus);
    invalidTag->addBindValue(settings.pendingOldReservationStatus);
    if (auto r = exec(*invalidTag, action); !r)
        return std::unexpected(r.error());
    return get();
}

} // namespace leaselink
