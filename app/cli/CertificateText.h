#pragma once

#include "net/CertificateProbeResult.h"

#include <QJsonObject>
#include <QString>

namespace leaselink::cli {

// A certificate as an admin reads it on a terminal before deciding to trust it: subject, names,
// issuer, validity with days left, serial, SHA-256 fingerprint and SPKI pin, then the findings.
class CertificateText
{
public:
    static QString describe(const CertificateProbeResult &probe);
    static QJsonObject toJson(const CertificateProbeResult &probe);
};

} // namespace leaselink::cli
