#pragma once

#include <QString>

namespace leaselink {

// Compares a fingerprint typed by an admin (the CLI's --trust-fingerprint) with a certificate's
// SHA-256 fingerprint. Exact match only: colons, spaces and case do not matter, an optional
// "SHA256:" prefix is allowed, but every one of the 32 bytes must be given and equal.
class FingerprintMatcher
{
public:
    // 64 upper-case hex digits, or "" when the text is not a complete SHA-256 fingerprint.
    static QString normalize(const QString &text);
    static bool isValid(const QString &text) { return !normalize(text).isEmpty(); }
    static bool matches(const QString &given, const QString &certificateFingerprint);
};

} // namespace leaselink
