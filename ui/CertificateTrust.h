#pragma once

#include "domain/StoredCertificate.h"

#include <QString>

#include <QCoroTask>

#include <optional>

class QWidget;

namespace leaselink {

// What the admin decided about the certificate a server presents.
struct TrustDecision
{
    std::optional<StoredCertificate> trusted; // set only when the admin trusted a new one
    QString error;                            // why nothing could be shown (probe failed)
    bool systemTrusted = false; // quietWhenSystemTrusted: the system store verifies it, no dialog
};

// The desktop's trust-on-first-use step, shared by the server dialog, the NetBox dialog and the
// Servers view: probe host:port; when it presents the certificate already trusted, say so;
// otherwise ask with CertificateTrustDialog (old and new side by side when it changed). Nothing
// is stored here: the caller saves decision.trusted. quietWhenSystemTrusted (first use before
// an action): a certificate the system store already verifies needs no question.
QCoro::Task<TrustDecision> fetchAndAskTrust(QWidget *parent, QString serviceName, QString host,
                                            quint16 port, StoredCertificate current,
                                            bool quietWhenSystemTrusted = false);

// The Certificate action's answer when the server still presents the trusted certificate:
// its fingerprint, expiry date and days left, and the warning under 90 days.
QString alreadyTrustedText(const StoredCertificate &certificate, const QString &serviceName,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

// "Trusted: SHA-256 6D:9D:7F:…, expires 25/11/2036", plus the expiry warning when it is due
// within 90 days; the full fingerprint belongs in a tooltip.
QString trustedCertificateSummary(const StoredCertificate &certificate, const QString &serviceName);

} // namespace leaselink
