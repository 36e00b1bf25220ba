#pragma once

#include "StoreError.h"

#include "domain/OptionCode.h"

#include <QList>
#include <QSqlDatabase>

namespace leaselink {

// The 71 pre-populated Windows option codes, compiled in from resources/data.
class BuiltinOptionCatalogue
{
public:
    static constexpr const char *ResourcePath = ":/leaselink/data/windows-dhcp-option-codes.json";

    static StoreExpected<QList<OptionCodeDefinition>> load();
    // Inserts the codes that are missing (by code) as built-in; existing rows are left alone, so
    // running it again changes nothing. Returns how many rows it inserted. Runs in the caller's
    // transaction.
    static StoreExpected<int> seed(const QSqlDatabase &db);
};

} // namespace leaselink
