#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace leaselink {

// The PSU endpoint script version reported by GET /health ("1.0.2", "2.0.1"). Numeric
// comparison decides the contract (decisions.md C-06): 2.x bulk reads and bulk reservation
// writes only from 2.0.0; empty or unparsable = old (O-4: 1.0.2-compatible, pull-only).
class PsuScriptVersion
{
public:
    static constexpr const char *Shipped =
        "2.0.1"; // $PSU_SCRIPT_VERSION of psu/dhcp_api_endpoints.ps1

    static std::optional<PsuScriptVersion> parse(const QString &text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString toString() const;

    // True for 2.0.0 and later: per-server bulk reads and bulk reservation writes.
    static bool supportsBulk(const QString &reported);

    enum class Match
    {
        Equal,     // green
        Different, // amber, advisory only
        Unknown    // grey: the script reported nothing
    };
    static Match compareWithShipped(const QString &reported, const QString &shipped = Shipped);
    static QString advisory(const QString &reported, const QString &shipped = Shipped);

    auto operator<=>(const PsuScriptVersion &) const = default;

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
};

} // namespace leaselink
