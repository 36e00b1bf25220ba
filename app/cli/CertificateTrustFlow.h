#pragma once

#include "CliOutput.h"

#include "domain/StoredCertificate.h"
#include "net/CertificateProbeResult.h"

#include <QString>

#include <QCoroTask>

#include <optional>

namespace leaselink::cli {

// The CLI's trust-on-first-use step (psu-api.md §6): fetch the certificate host:port presents,
// show it, and trust it only when --trust-fingerprint matches its SHA-256 fingerprint exactly.
// A certificate that differs from the stored one is shown with both fingerprints, like SSH's
// changed host key, and needs the new fingerprint just the same.
class CertificateTrustFlow
{
public:
    struct Result
    {
        int exitCode = 0;
        std::optional<StoredCertificate> toStore; // set when the admin's fingerprint matched
    };

    // Exact match of the admin's fingerprint against the probed leaf; reason says why not.
    static bool fingerprintMatches(const QString &expected, const QString &serviceName,
                                   const CertificateProbeResult &probe, const QString &previous,
                                   QString *reason);

    static QCoro::Task<Result> run(CliOutput &output, QString serviceName, QString host,
                                   quint16 port, StoredCertificate current,
                                   QString expectedFingerprint);
};

} // namespace leaselink::cli
