// Certificates as a probe or a stored PEM deliver them: PEM and DER through Qt's parser, then
// CertificateInfo (fingerprints, names, dates) and the findings an admin reads before trusting.

#include "FuzzSupport.h"

#include "net/CertificateInfo.h"
#include "net/CertificateProbe.h"
#include "net/DerSpki.h"

#include <QSslCertificate>
#include <QSslError>

using namespace leaselink;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initialise();
    const QByteArray body = fuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);

    // The bounded DER walk on its own, over any bytes: an SPKI found lies inside the input.
    const QByteArray spki = subjectPublicKeyInfoDer(body);
    LEASELINK_FUZZ_REQUIRE(spki.size() <= body.size());

    QList<CertificateInfo> chain;
    for (const auto format : {QSsl::Pem, QSsl::Der}) {
        for (const QSslCertificate &certificate : QSslCertificate::fromData(body, format)) {
            if (certificate.isNull())
                continue;
            CertificateInfo info = CertificateInfo::fromCertificate(certificate, now);
            LEASELINK_FUZZ_REQUIRE(info.sha256Fingerprint.size() == 32 * 3 - 1);
            (void)info.shortDescription();
            (void)info.expired(now);
            (void)info.expiresWithin90Days(now);
            chain << info;
        }
    }
    if (!chain.isEmpty()) {
        (void)CertificateProbe::findingsFor(QStringLiteral("dhcp-a.example.com"), chain, {}, now);
        (void)CertificateProbe::findingsFor(QStringLiteral("10.0.0.5"), chain, {}, now);
        StoredCertificate stored;
        stored.pem = chain.first().pem;
        stored.notAfter = chain.first().notAfter;
        stored.sha256 = chain.first().sha256Fingerprint;
        (void)CertificateInfo::storedExpiryNotice(stored, QStringLiteral("dhcp-a"), now);
    }
    return 0;
}
