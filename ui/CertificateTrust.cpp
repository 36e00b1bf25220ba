#include "CertificateTrust.h"

#include "CertificateTrustDialog.h"

#include "net/CertificateInfo.h"
#include "net/CertificateProbe.h"

#include <QLocale>
#include <QMessageBox>
#include <QPointer>

namespace leaselink {

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
            QMessageBox::information(parent, QObject::tr("Certificate"),
                                     QObject::tr("%1 presents the certificate already trusted "
                                                 "for it (SHA-256 %2).")
                                         .arg(serviceName, current.sha256));
            co_return decision;
        }
        previous = current.sha256;
    }
    CertificateTrustDialog dialog(serviceName, *probed, previous, parent);
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
