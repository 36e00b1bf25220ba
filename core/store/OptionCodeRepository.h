#pragma once

#include "StoreError.h"

#include "domain/OptionCode.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace leaselink {

class Database;

// Option code definitions (data model section 5): unique by (code, vendor class) (C-22), 0..32767.
// Built-in definitions and definitions used by an option value cannot be deleted.
class OptionCodeRepository
{
public:
    static constexpr int MinCode = 0;
    static constexpr int MaxCode = 32767;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxVendorClassLength = 200;

    explicit OptionCodeRepository(Database &database)
        : m_database(database)
    {}

    StoreExpected<QList<OptionCodeDefinition>> list() const; // by code, then vendor class
    StoreExpected<OptionCodeDefinition> get(std::int64_t id) const;
    // The definition of `code` without a vendor class if there is one, else the first by vendor
    // class; callers that know the vendor class use findByCodeAndVendorClass.
    StoreExpected<std::optional<OptionCodeDefinition>> findByCode(int code) const;
    // Exact (code, vendor class) identity (C-22); vendor class compared as stored ("" = none).
    StoreExpected<std::optional<OptionCodeDefinition>>
    findByCodeAndVendorClass(int code, const QString &vendorClass) const;

    StoreExpected<OptionCodeDefinition> create(const OptionCodeDefinition &definition);
    // is_builtin is fixed at creation; update() keeps the stored flag.
    StoreExpected<OptionCodeDefinition> update(const OptionCodeDefinition &definition);
    StoreExpected<void> remove(std::int64_t id);

    // Adds the built-in Windows codes that are missing; idempotent. Returns how many it added.
    StoreExpected<int> seedBuiltinOptionCodes();

private:
    StoreExpected<void> validate(const OptionCodeDefinition &definition) const;
    StoreExpected<QList<OptionCodeDefinition>>
    query(const QString &tail, const QVariantList &values, const QString &action) const;

    Database &m_database;
};

} // namespace leaselink
