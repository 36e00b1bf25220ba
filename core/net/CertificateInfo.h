#pragma once

#include "domain/StoredCertificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace leaselink {

// What an admin needs to decide whether to trust a certificate, taken from one X.509
// certificate. Fingerprints are over the DER: "3A:F1:…" (32 upper-case pairs); the SPKI pin is
// base64(SHA-256(SubjectPublicKeyInfo)), the form HPKP and curl's --pinnedpubkey use.
struct CertificateInfo
{
    QString subject;             // full subject, e.g. "CN=localhost, O=Example"
    QString subjectCn;           // first CN or ""
    QStringList subjectAltNames; // DNS names and IP addresses
    QString issuer;
    QString issuerCn;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    qint64 daysLeft = 0; // negative once expired
    QString serial;      // colon-separated hex as Qt prints it
    QString sha256Fingerprint;
    QString spkiSha256Pin;
    bool selfSigned = false;
    QByteArray pem;

    static CertificateInfo fromCertificate(const QSslCertificate &certificate,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Upper-case hex pairs joined with ':' (the form shown when a certificate is trusted).
    static QString formatFingerprint(const QByteArray &digest);
    static QString fingerprintOf(const QSslCertificate &certificate);
    static QString spkiPin(const QSslCertificate &certificate);

    bool expired(const QDateTime &now) const { return notAfter.isValid() && notAfter < now; }
    bool expiresWithin90Days(const QDateTime &now) const
    {
        return notAfter.isValid() && notAfter >= now && notAfter < now.addDays(90);
    }
    // "CN=localhost, expires January 1, 2030"
    QString shortDescription() const;

    // The notice for a stored trusted certificate that has expired or expires within 90 days
    // (issue 4 "Expiry"); "" while it is fine or when none is stored.
    static QString storedExpiryNotice(const StoredCertificate &stored, const QString &serverName,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace leaselink
