#pragma once

#include "StoreError.h"
#include "ValidationMode.h"

#include "domain/ExclusionRange.h"
#include "domain/Scope.h"

#include <QList>
#include <QString>

#include <cstdint>

namespace leaselink {

class Database;

// DHCP scopes with their exclusion ranges and option value links (data model sections 7, 8).
// Edit validation (ValidationMode::Edit): exactly one of server/failover, start <= end, range and
// router inside the prefix, lease lifetime > 0, at most one value per option code; exclusions
// inside the scope's range with start <= end. Import skips those rules, as the plugin does.
class ScopeRepository
{
public:
    static constexpr int MaxNameLength = 200;

    explicit ScopeRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<QList<Scope>> list() const; // by name
    StoreExpected<Scope> get(std::int64_t id) const;
    StoreExpected<QList<Scope>> listForServer(std::int64_t serverId) const;
    StoreExpected<QList<Scope>> listForFailover(std::int64_t failoverId) const;

    // Saves the scope and its option value links in one transaction.
    StoreExpected<Scope> create(const Scope &scope, ValidationMode mode = ValidationMode::Edit);
    // Writes every field and the option value links; maintenance and last sync have their own
    // writers.
    StoreExpected<Scope> update(const Scope &scope, ValidationMode mode = ValidationMode::Edit);
    // Its exclusion ranges and option links go with it.
    StoreExpected<void> remove(std::int64_t id);

    StoreExpected<Scope> setOptionValues(std::int64_t scopeId,
                                         const QList<std::int64_t> &optionValueIds,
                                         ValidationMode mode = ValidationMode::Edit);
    StoreExpected<Scope> setMaintenance(std::int64_t id, bool enabled,
                                        const QString &enabledBy = {}, const QString &notes = {});
    StoreExpected<Scope> recordSync(std::int64_t id, const QDateTime &syncedAt);

    StoreExpected<QList<ExclusionRange>> exclusions(std::int64_t scopeId) const; // by start
    StoreExpected<ExclusionRange> addExclusion(const ExclusionRange &range,
                                               ValidationMode mode = ValidationMode::Edit);
    StoreExpected<void> removeExclusion(std::int64_t exclusionId);

private:
    StoreExpected<QList<Scope>> query(const QString &tail, const QVariantList &values,
                                      const QString &action) const;
    StoreExpected<void> validate(const Scope &scope, ValidationMode mode) const;
    StoreExpected<void> validateOptionValues(const QString &scopeName,
                                             const QList<std::int64_t> &ids,
                                             ValidationMode mode) const;
    StoreExpected<void> writeLinks(std::int64_t scopeId, const QList<std::int64_t> &ids);

    Database &m_database;
};

} // namespace leaselink
