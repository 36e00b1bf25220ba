#pragma once

#include "StoreError.h"

#include "domain/Failover.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// DHCP failover relationships (data model section 4). The shared secret is not stored here.
class FailoverRepository
{
public:
    static constexpr int MaxNameLength = 100;

    explicit FailoverRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<QList<Failover>> list() const; // by name
    StoreExpected<Failover> get(std::int64_t id) const;
    StoreExpected<std::optional<Failover>> findByName(const QString &name) const;
    // Failovers in which the server is primary or secondary.
    StoreExpected<QList<Failover>> listForServer(std::int64_t serverId) const;

    StoreExpected<Failover> create(const Failover &failover);
    // Writes every field except maintenance (setMaintenance) and the timestamps.
    StoreExpected<Failover> update(const Failover &failover);
    // Scopes of the failover lose their link (they are then never synced).
    StoreExpected<void> remove(std::int64_t id);

    StoreExpected<Failover> setMaintenance(std::int64_t id, bool enabled,
                                           const QString &enabledBy = {},
                                           const QString &notes = {});

    static QString modeStoredValue(FailoverMode mode);
    static std::optional<FailoverMode> modeFromStoredValue(const QString &stored);

private:
    StoreExpected<void> validate(const Failover &failover) const;
    StoreExpected<QList<Failover>> query(const QString &tail, const QVariantList &values,
                                         const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
