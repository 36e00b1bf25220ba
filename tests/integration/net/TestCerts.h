#pragma once

#include "domain/StoredCertificate.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace leaselink::test {

// Small PEMs committed under certs/ (generated with the openssl CLI; see certs/README.md).
inline QByteArray readCertFile(const QString &name)
{
    QFile f(qEnvironmentVariable("LEASELINK_NET_TEST_CERTS") + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QSslCertificate testCertificate(const QString &name)
{
    return QSslCertificate(readCertFile(name + QStringLiteral(".pem")), QSsl::Pem);
}

inline QSslKey testKey(const QString &name)
{
    return QSslKey(readCertFile(name + QStringLiteral(".key")), QSsl::Rsa, QSsl::Pem);
}

inline StoredCertificate storedCertificate(const QString &name)
{
    const QSslCertificate cert = testCertificate(name);
    StoredCertificate stored;
    stored.pem = cert.toPem();
    stored.notAfter = cert.expiryDate().toUTC();
    return stored;
}

} // namespace leaselink::test
