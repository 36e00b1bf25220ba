#pragma once

#include "StoreError.h"
#include "ValidationMode.h"

#include "domain/OptionValue.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// Reusable option values (data model section 6); deleting one removes its scope links.
class OptionValueRepository
{
public:
    static constexpr int MaxFriendlyNameLength = 200;

    explicit OptionValueRepository(Database &database)
        : m_database(database)
    {}

    // By definition code, then friendly name, then value.
    StoreExpected<QList<OptionValue>> list() const;
    StoreExpected<OptionValue> get(std::int64_t id) const;
    StoreExpected<QList<OptionValue>> listForScope(std::int64_t scopeId) const;
    // Import reuses a value with the same definition and exactly the same text (IMP-12).
    StoreExpected<std::optional<OptionValue>> findByDefinitionAndValue(std::int64_t definitionId,
                                                                       const QString &value) const;

    // A value is required in forms (Edit); import stores what the server reports.
    StoreExpected<OptionValue> create(const OptionValue &value,
                                      ValidationMode mode = ValidationMode::Edit);
    StoreExpected<OptionValue> update(const OptionValue &value,
                                      ValidationMode mode = ValidationMode::Edit);
    StoreExpected<void> remove(std::int64_t id);

private:
    StoreExpected<void> validate(const OptionValue &value, ValidationMode mode) const;
    StoreExpected<QList<OptionValue>> query(const QString &sql, const QVariantList &values,
                                            const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
