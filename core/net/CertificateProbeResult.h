#pragma once

#include "CertificateInfo.h"

#include "domain/StoredCertificate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace leaselink {

// What CertificateProbe saw on host:port: the presented chain (leaf first) and what is wrong
// with it, as sentences an admin reads before deciding to trust the leaf.
struct CertificateProbeResult
{
    QString host;
    quint16 port = 0;
    QList<CertificateInfo> chain;
    bool trustedBySystem = false; // verifies against the system store, host name included
    bool hostnameMatches = true;
    QStringList sslErrors; // Qt's texts, deduplicated
    QStringList findings;  // admin sentences (mismatch, self-signed, expired, expiring soon)

    const CertificateInfo &leaf() const { return chain.first(); }
    // The leaf as the certificate to store when the admin trusts it.
    StoredCertificate toStored() const
    {
        StoredCertificate stored;
        if (chain.isEmpty())
            return stored;
        stored.pem = leaf().pem;
        stored.notAfter = leaf().notAfter;
        stored.sha256 = leaf().sha256Fingerprint;
        return stored;
    }
};

} // namespace leaselink
