#pragma once

#include "net/CertificateProbeResult.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QPushButton;

namespace leaselink {

// "Trust this certificate?" (psu-api.md §6, issue 6): everything an admin needs to compare the
// certificate with the one on the server — subject, names, issuer, validity with days left, the
// SHA-256 fingerprint in grouped monospace (selectable, with a copy button) and the SPKI pin.
// "Trust and Save" stays disabled until the admin ticks that they compared the fingerprint;
// Cancel is the default button. When a trusted certificate changed, the old fingerprint is shown
// beside the new one with a warning, like SSH's changed host key.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    // previousNotAfter: the expiry of the trusted certificate being replaced, shown beside its
    // fingerprint (with days left) when the certificate changed.
    CertificateTrustDialog(const QString &serviceName, const CertificateProbeResult &probe,
                           const QString &previousFingerprint, QWidget *parent = nullptr,
                           const QDateTime &previousNotAfter = QDateTime());

    // "3A:F1:…" in groups of eight bytes per line, for reading aloud over the phone.
    static QString groupedFingerprint(const QString &fingerprint);

    QPushButton *trustButton() const { return m_trust; }
    QCheckBox *comparedCheck() const { return m_compared; }

private:
    QCheckBox *m_compared = nullptr;
    QPushButton *m_trust = nullptr;
};

} // namespace leaselink
