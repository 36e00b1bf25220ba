#include "LabCertificate.h"

#include "LabCertificateData.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace leaselink::lab {

namespace {

LabCertificate fromPem(const char *certificatePem, const char *keyPem)
{
    return LabCertificate{QSslCertificate(QByteArray(certificatePem), QSsl::Pem),
                          QSslKey(QByteArray(keyPem), QSsl::Ec, QSsl::Pem)};
}

} // namespace

LabCertificate LabCertificate::localhost()
{
    return fromPem(certdata::localhostPem, certdata::localhostKey);
}

LabCertificate LabCertificate::rotated()
{
    return fromPem(certdata::rotatedPem, certdata::rotatedKey);
}

LabCertificate LabCertificate::expired()
{
    return fromPem(certdata::expiredPem, certdata::expiredKey);
}

LabCertificate LabCertificate::wrongName()
{
    return fromPem(certdata::wrongNamePem, certdata::wrongNameKey);
}

Expected<LabCertificate> LabCertificate::generate(const QString &commonName)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("Cannot create a temporary folder for the lab certificate: %1")
                        .arg(dir.errorString()));
    const QString keyPath = dir.filePath(QStringLiteral("server.key"));
    const QString certPath = dir.filePath(QStringLiteral("server.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1").arg(commonName),
                   QStringLiteral("-addext"),
                   QStringLiteral("basicConstraints=critical,CA:FALSE")});
    // A blocking wait, not an event loop: openssl finishes in milliseconds.
    if (!openssl.waitForStarted(5000))
        return fail(QStringLiteral("Cannot run openssl to make a lab certificate: %1")
                        .arg(openssl.errorString()));
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return fail(QStringLiteral("openssl failed to make a lab certificate: %1")
                        .arg(QString::fromLocal8Bit(openssl.readAll()).trimmed()));
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("openssl did not write the lab certificate files in %1")
                        .arg(dir.path()));
    LabCertificate result{QSslCertificate(certFile.readAll(), QSsl::Pem),
                          QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
    if (result.isNull())
        return fail(QStringLiteral("openssl wrote a lab certificate Qt cannot read"));
    return result;
}

QString LabCertificate::fingerprintSha256(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString text;
    text.reserve(digest.size() * 3 / 2);
    for (qsizetype i = 0; i < digest.size(); i += 2) {
        if (i > 0)
            text.append(u':');
        text.append(QLatin1StringView(digest.mid(i, 2)));
    }
    return text;
}

} // namespace leaselink::lab
