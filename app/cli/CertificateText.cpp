#include "CertificateText.h"
#include "CliText.h"

#include <QJsonArray>

namespace leaselink::cli {

namespace {

QString validityText(const CertificateInfo &leaf)
{
    const QString days = leaf.daysLeft < 0
                             ? QStringLiteral("EXPIRED %1 day(s) ago").arg(-leaf.daysLeft)
                             : QStringLiteral("%1 day(s) left").arg(leaf.daysLeft);
    return QStringLiteral("%1 to %2 (%3)")
        .arg(leaf.notBefore.toString(Qt::ISODate), leaf.notAfter.toString(Qt::ISODate), days);
}

} // namespace

QString CertificateText::describe(const CertificateProbeResult &probe)
{
    if (probe.chain.isEmpty())
        return CliText::tr("%1:%2 presented no certificate.\n").arg(probe.host).arg(probe.port);
    const CertificateInfo &leaf = probe.leaf();
    QString text;
    auto row = [&text](const char *label, const QString &value) {
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(label), -22).arg(value);
    };
    text += CliText::tr("Certificate presented by %1:%2\n").arg(probe.host).arg(probe.port);
    row("Subject:", leaf.subject);
    row("Subject alt. names:", leaf.subjectAltNames.isEmpty()
                                   ? QStringLiteral("(none)")
                                   : leaf.subjectAltNames.join(QStringLiteral(", ")));
    row("Issuer:", leaf.selfSigned ? leaf.issuer + QStringLiteral(" (self-signed)") : leaf.issuer);
    row("Valid:", validityText(leaf));
    row("Serial:", leaf.serial);
    row("SHA-256 fingerprint:", leaf.sha256Fingerprint);
    row("SPKI SHA-256 pin:", leaf.spkiSha256Pin);
    row("Trusted by system:", probe.trustedBySystem ? QStringLiteral("yes") : QStringLiteral("no"));
    for (const QString &finding : probe.findings)
        text += QStringLiteral("  ! %1\n").arg(finding);
    return text;
}

QJsonObject CertificateText::toJson(const CertificateProbeResult &probe)
{
    QJsonObject json{{QStringLiteral("host"), probe.host},
                     {QStringLiteral("port"), probe.port},
                     {QStringLiteral("trusted_by_system"), probe.trustedBySystem},
                     {QStringLiteral("hostname_matches"), probe.hostnameMatches},
                     {QStringLiteral("findings"), QJsonArray::fromStringList(probe.findings)}};
    if (probe.chain.isEmpty())
        return json;
    const CertificateInfo &leaf = probe.leaf();
    json.insert(QStringLiteral("subject"), leaf.subject);
    json.insert(QStringLiteral("subject_alt_names"),
                QJsonArray::fromStringList(leaf.subjectAltNames));
    json.insert(QStringLiteral("issuer"), leaf.issuer);
    json.insert(QStringLiteral("self_signed"), leaf.selfSigned);
    json.insert(QStringLiteral("not_before"), leaf.notBefore.toString(Qt::ISODate));
    json.insert(QStringLiteral("not_after"), leaf.notAfter.toString(Qt::ISODate));
    json.insert(QStringLiteral("days_left"), leaf.daysLeft);
    json.insert(QStringLiteral("serial"), leaf.serial);
    json.insert(QStringLiteral("fingerprint_sha256"), leaf.sha256Fingerprint);
    json.insert(QStringLiteral("spki_sha256"), leaf.spkiSha256Pin);
    return json;
}

} // namespace leaselink::cli
