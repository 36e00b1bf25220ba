#include "CertificateTrust.h"

#include "CertificateTrustDialog.h"

#include "net/CertificateInfo.h"
#include "net/CertificateProbe.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>

namespace leaselink {

QString alreadyTrustedText(const StoredCertificate &certificate, const QString &serviceName,
                           const QDateTime &now)
{
    QString text = QObject::tr("%1 presents the certificate already trusted for it (SHA-256 %2).")
                       .arg(serviceName, certificate.sha256);
    if (certificate.notAfter.isValid()) {
        const QString date =
            QLocale().toString(certificate.notAfter.toLocalTime().date(), QLocale::LongFormat);
        const qint64 days = now.daysTo(certificate.notAfter);
        text += QStringLiteral("\n\n");
        if (certificate.notAfter < now)
            text += QObject::tr("It expired on %1.").arg(date);
        else
            text += QObject::tr("It expires on %1 (in %n day(s)).", nullptr, int(days)).arg(date);
    }
    const QString notice = CertificateInfo::storedExpiryNotice(certificate, serviceName, now);
    if (!notice.isEmpty())
        text += QStringLiteral("\n⚠ ") + notice;
    return text;
}

QCoro::Task<TrustDecision> fetchAndAskTrust(QWidget *parent, QString serviceName, QString host,
                                            quint16 port, StoredCertificate current,
                                            bool quietWhenSystemTrusted)
{
    QPointer<QWidget> guard(parent);
    TrustDecision decision;
    CertificateProbe probe;
    const auto probed = co_await probe.probe(host, port);
    if (!guard)
        co_return decision; // the window was closed meanwhile
    if (!probed) {
        decision.error = probed.error().adminMessage;
        co_return decision;
    }
    if (quietWhenSystemTrusted && current.isEmpty() && probed->trustedBySystem) {
        decision.systemTrusted = true;
        co_return decision;
    }
    QString previous;
    if (!current.isEmpty() && !probed->chain.isEmpty()) {
        if (current.sha256 == probed->leaf().sha256Fingerprint) {
            const QString text = alreadyTrustedText(current, serviceName);
            QMessageBox::information(parent, QObject::tr("Certificate"), text);
            co_return decision;
        }
        previous = current.sha256;
    }
    CertificateTrustDialog dialog(serviceName, *probed, previous, parent, current.notAfter);
    if (dialog.exec() == QDialog::Accepted && guard)
        decision.trusted = probed->toStored();
    co_return decision;
}

QString trustedCertificateSummary(const StoredCertificate &certificate, const QString &serviceName)
{
    QString text = QObject::tr("Trusted: SHA-256 %1…, expires %2")
                       .arg(certificate.sha256.left(23),
                            QLocale().toString(certificate.notAfter.toLocalTime().date(),
                                               QLocale::ShortFormat));
    const QString notice = CertificateInfo::storedExpiryNotice(certificate, serviceName);
    if (!notice.isEmpty())
        text += QStringLiteral("\n⚠ ") + notice;
    return text;
}

} // namespace leaselink
