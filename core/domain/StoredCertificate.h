#pragma once

#include <QByteArray>
#include <QDateTime>

namespace leaselink {

// A certificate the admin explicitly trusted for one server (trust on first use). Not secret,
// but security-relevant: it is the extra trust anchor for that server's session only.
struct StoredCertificate
{
    QByteArray pem;     // empty = none stored
    QDateTime notAfter; // UTC expiry of the certificate
    QString sha256;     // upper-case colon-separated hex of the DER, as shown when trusted

    enum class ExpiryState
    {
        None,
        Fine,
        ExpiringSoon, // within 90 days
        Expired
    };

    bool isEmpty() const { return pem.isEmpty(); }
    ExpiryState expiryState(const QDateTime &now) const
    {
        if (pem.isEmpty() || !notAfter.isValid())
            return ExpiryState::None;
        if (notAfter < now)
            return ExpiryState::Expired;
        if (notAfter < now.addDays(90))
            return ExpiryState::ExpiringSoon;
        return ExpiryState::Fine;
    }

    bool operator==(const StoredCertificate &) const = default;
};

} // namespace leaselink
