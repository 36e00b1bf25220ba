#pragma once

#include "StoreError.h"

#include "domain/Server.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// DHCP servers (data model section 3). The App Token is not stored here (keychain).
// update() writes the configuration an admin edits; health, sync results, maintenance and the
// trusted certificate have their own writers so a form save never overwrites what a health
// check recorded meanwhile.
class ServerRepository
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxHostnameLength = 255;
    static constexpr int MaxScriptVersionLength = 50;

    explicit ServerRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<QList<Server>> list() const; // by name
    StoreExpected<Server> get(std::int64_t id) const;
    StoreExpected<std::optional<Server>> findByName(const QString &name) const;
    // Exact, case-sensitive match, as import uses to find failover partners.
    StoreExpected<QList<Server>> findByHostname(const QString &hostname) const;

    StoreExpected<Server> create(const Server &server);
    StoreExpected<Server> update(const Server &server);
    // Refused while a failover references the server; standalone scopes lose their link.
    StoreExpected<void> remove(std::int64_t id);

    StoreExpected<Server> setMaintenance(std::int64_t id, bool enabled,
                                         const QString &enabledBy = {}, const QString &notes = {});
    StoreExpected<Server> setCertificate(std::int64_t id, const StoredCertificate &certificate);
    // Forgets the trusted certificate: the next connection trusts on first use again.
    StoreExpected<Server> clearCertificate(std::int64_t id);
    StoreExpected<Server> recordHealth(std::int64_t id, HealthStatus status, const QString &error,
                                       const QDateTime &checkedAt);
    StoreExpected<Server> setScriptVersion(std::int64_t id, const QString &version);
    StoreExpected<Server> recordSync(std::int64_t id, const QDateTime &syncedAt,
                                     const QString &error);

    // C-07: what POST /health answered, and when.
    StoreExpected<Server> recordAccessLevel(std::int64_t id, AccessLevel level,
                                            const QDateTime &checkedAt);
    // A failed sync part: the error is recorded, last_sync_at keeps its value (C-19).
    StoreExpected<Server> recordSyncError(std::int64_t id, const QString &error);

    static QString accessLevelStoredValue(AccessLevel level);
    static std::optional<AccessLevel> accessLevelFromStoredValue(const QString &stored);
    static QString healthStatusStoredValue(HealthStatus status);
    static std::optional<HealthStatus> healthStatusFromStoredValue(const QString &stored);

private:
    StoreExpected<void> validate(const Server &server) const;
    StoreExpected<void> updateColumns(std::int64_t id, const QString &assignments,
                                      const QVariantList &values, const QString &action);

    Database &m_database;
};

} // namespace leaselink
