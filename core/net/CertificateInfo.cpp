#include "CertificateInfo.h"

#include "DerSpki.h"

#include <QCryptographicHash>
#include <QLocale>

namespace leaselink {

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    // Qt offers the DN only attribute by attribute; keep the usual order of the common ones.
    static const QList<QSslCertificate::SubjectInfo> order{QSslCertificate::CommonName,
                                                           QSslCertificate::Organization,
                                                           QSslCertificate::OrganizationalUnitName,
                                                           QSslCertificate::LocalityName,
                                                           QSslCertificate::StateOrProvinceName,
                                                           QSslCertificate::CountryName};
    static const QStringList labels{QStringLiteral("CN"), QStringLiteral("O"),
                                    QStringLiteral("OU"), QStringLiteral("L"),
                                    QStringLiteral("ST"), QStringLiteral("C")};
    QStringList parts;
    for (int i = 0; i < order.size(); ++i) {
        const QStringList values = issuer ? cert.issuerInfo(order[i]) : cert.subjectInfo(order[i]);
        for (const QString &v : values)
            parts << labels[i] % u'=' % v;
    }
    return joined(parts);
}

} // namespace

QString CertificateInfo::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString CertificateInfo::fingerprintOf(const QSslCertificate &certificate)
{
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

QString CertificateInfo::spkiPin(const QSslCertificate &certificate)
{
    // The DER SubjectPublicKeyInfo as the certificate carries it (what QSslKey::toDer() of the
    // public key gives, without Qt's crash on keys OpenSSL cannot read: see DerSpki.h).
    const QByteArray spki = subjectPublicKeyInfoDer(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &cert, const QDateTime &now)
{
    CertificateInfo info;
    info.subject = distinguishedName(cert, false);
    info.issuer = distinguishedName(cert, true);
    const QStringList cns = cert.subjectInfo(QSslCertificate::CommonName);
    info.subjectCn = cns.isEmpty() ? QString() : cns.first();
    const QStringList issuerCns = cert.issuerInfo(QSslCertificate::CommonName);
    info.issuerCn = issuerCns.isEmpty() ? QString() : issuerCns.first();
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            info.subjectAltNames << it.value();
    }
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    info.daysLeft = now.daysTo(info.notAfter);
    info.serial = QString::fromLatin1(cert.serialNumber());
    info.sha256Fingerprint = fingerprintOf(cert);
    info.spkiSha256Pin = spkiPin(cert);
    info.selfSigned = cert.isSelfSigned();
    info.pem = cert.toPem();
    return info;
}

QString CertificateInfo::shortDescription() const
{
    const QString date =
        QLocale(QLocale::English).toString(notAfter.date(), QStringLiteral("MMMM d, yyyy"));
    return QStringLiteral("CN=%1, expires %2").arg(subjectCn, date);
}

QString CertificateInfo::storedExpiryNotice(const StoredCertificate &stored,
                                            const QString &serverName, const QDateTime &now)
{
    const QString date =
        QLocale(QLocale::English)
            .toString(stored.notAfter.toUTC().date(), QStringLiteral("MMMM d, yyyy"));
    switch (stored.expiryState(now)) {
    case StoredCertificate::ExpiryState::Expired:
        return QStringLiteral("The trusted certificate for \"%1\" expired on %2; re-import it")
            .arg(serverName, date);
    case StoredCertificate::ExpiryState::ExpiringSoon:
        return QStringLiteral("The trusted certificate for \"%1\" expires on %2 (in %3 days); "
                              "renew it on the server and trust the new one")
            .arg(serverName, date, QString::number(now.daysTo(stored.notAfter)));
    case StoredCertificate::ExpiryState::None:
    case StoredCertificate::ExpiryState::Fine:
        break;
    }
    return {};
}

} // namespace leaselink
