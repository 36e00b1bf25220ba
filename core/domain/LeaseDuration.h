#pragma once

#include "Error.h"

#include <QString>
#include <QStringView>

#include <cstdint>

namespace leaselink {

// A scope's lease lifetime in whole seconds, with the data model's display and entry rules
// (section 9): the largest unit that divides the value exactly, singular for 1.
class LeaseDuration
{
public:
    enum class Unit
    {
        Seconds,
        Minutes,
        Hours,
        Days
    };

    static constexpr std::int64_t DefaultSeconds = 86400; // "1 Day"
    // Largest value accepted on entry: DHCP option 51 is an unsigned 32-bit count of seconds
    // and 0xFFFFFFFF means "infinite", so anything longer cannot reach a client.
    static constexpr std::int64_t MaxEntrySeconds = 0xFFFFFFFE;

    constexpr LeaseDuration() = default;
    constexpr explicit LeaseDuration(std::int64_t seconds)
        : m_seconds(seconds)
    {}

    // Entry widget: value >= 1 in the given unit; overflow and value < 1 are errors.
    static Expected<LeaseDuration> fromValueAndUnit(std::int64_t value, Unit unit);
    // Parses "3 Days", "1 hour", "90 seconds", "86400" (plain seconds) - for CLI entry.
    static Expected<LeaseDuration> parse(QStringView text);
    // Values learned from a server: missing or 0 means 86400.
    static LeaseDuration fromServerSeconds(std::int64_t seconds);

    constexpr std::int64_t seconds() const { return m_seconds; }
    // Decomposition used to fill the entry widget (262800 -> 73, Hours; <= 0 -> value, Seconds).
    std::int64_t displayValue() const;
    Unit displayUnit() const;
    QString toDisplayString() const; // "1 Day", "73 Hours", "45 Seconds", "-5 Seconds"

    static QString unitName(Unit unit, bool plural);
    static constexpr std::int64_t unitSeconds(Unit unit)
    {
        switch (unit) {
        case Unit::Seconds:
            return 1;
        case Unit::Minutes:
            return 60;
        case Unit::Hours:
            return 3600;
        case Unit::Days:
            return 86400;
        }
        return 1;
    }

    constexpr auto operator<=>(const LeaseDuration &) const = default;

private:
    std::int64_t m_seconds = DefaultSeconds;
};

} // namespace leaselink
