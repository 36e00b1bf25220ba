#pragma once

#include "domain/Error.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace leaselink::lab {

// A server certificate and its private key for the lab's HTTPS servers. The committed set under
// lab/certs covers the trust cases the client must handle: a CN=localhost self-signed leaf (the
// host name differs from 127.0.0.1 on purpose in some tests), its "rotated" replacement, an
// expired one and one issued for another name.
struct LabCertificate
{
    QSslCertificate certificate;
    QSslKey privateKey;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }

    static LabCertificate localhost();
    static LabCertificate rotated();
    static LabCertificate expired();
    static LabCertificate wrongName();

    // A fresh CN=localhost self-signed certificate (SAN localhost, 127.0.0.1) made with the
    // openssl command-line tool, so that every lab server shows its own fingerprint. Fails with
    // a message when openssl is not installed or refuses.
    static Expected<LabCertificate>
    generate(const QString &commonName = QStringLiteral("localhost"));

    // SHA-256 of the DER, upper-case hex pairs joined by ':' (as the client shows it).
    static QString fingerprintSha256(const QSslCertificate &certificate);
};

} // namespace leaselink::lab
