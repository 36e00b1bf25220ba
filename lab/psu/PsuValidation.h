#pragma once

#include "domain/Ipv4Address.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace leaselink::lab {

// The checks the PSU endpoint script performs, with PowerShell's and .NET's semantics.
class PsuValidation
{
public:
    // .NET Framework IPAddress.TryParse restricted to IPv4: one to four dot-separated parts,
    // each decimal, octal (leading 0) or hex (0x); the last part fills the remaining bytes,
    // so "10.1" is 10.0.0.1.
    static std::optional<Ipv4Address> parseIpv4Lenient(const QString &text);
    // PowerShell truthiness of a JSON value: missing/null, "", 0, false and [] are false.
    static bool truthy(const QJsonValue &value);
    // How PowerShell would turn a JSON value into a string parameter.
    static QString asString(const QJsonValue &value);
    // Lower-case, keep only [0-9a-f], hyphen after each pair but the last.
    static QString normaliseClientId(const QString &text);
    // "Dhcp", "Bootp" or "Both" (any case) in Windows spelling; nullopt otherwise.
    static std::optional<QString> reservationType(const QString &text);
};

} // namespace leaselink::lab
