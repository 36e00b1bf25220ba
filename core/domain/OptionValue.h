#pragma once

#include <QString>

#include <cstdint>

namespace leaselink {

// A reusable option value (data model section 6); many scopes may share one. A multi-valued
// server option is stored joined with ", ".
struct OptionValue
{
    std::int64_t id = 0;
    std::int64_t optionDefinitionId = 0;
    QString value;
    QString friendlyName; // <= 200

    bool operator==(const OptionValue &) const = default;
};

} // namespace leaselink
