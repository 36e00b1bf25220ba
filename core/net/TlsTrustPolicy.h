#pragma once

#include "NetError.h"

#include "domain/StoredCertificate.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <optional>

namespace leaselink {

// TLS trust for one remote service (psu-api.md §6, issue 4 "TLS trust"):
// - verification on by default, system CAs always kept;
// - a stored, admin-trusted certificate is added as an extra CA for this service only;
// - for that exact certificate, and only for it, the errors a pinned self-signed certificate
//   produces (host name mismatch, self-signed/untrusted anchor) are tolerated through an
//   explicit expected-error list; nothing is ever ignored wholesale;
// - a presented certificate that is not the stored one is a CertificateChanged error;
// - an expired stored certificate is refused before any request.
class TlsTrustPolicy
{
public:
    TlsTrustPolicy() = default;
    TlsTrustPolicy(bool verify, StoredCertificate stored, QString serviceName);

    bool verifies() const { return m_verify; }
    bool hasPinned() const { return !m_pinned.isNull(); }
    const QSslCertificate &pinned() const { return m_pinned; }

    // Refuses to start when the stored certificate is unreadable or has expired.
    std::optional<NetError> preflight(const QDateTime &now) const;

    QSslConfiguration configuration() const;

    // Errors to pass to QNetworkReply::ignoreSslErrors(): each names the stored certificate.
    QList<QSslError> expectedErrors() const;

    // True when the peer chain does not contain the stored certificate (nothing stored: false).
    bool isChanged(const QList<QSslCertificate> &peerChain) const;

    NetError changedError(const QList<QSslCertificate> &peerChain, const QString &method,
                          const QString &url, RemoteService service) const;

    // "The certificate is self-signed; Host name mismatch" for messages.
    static QString describe(const QList<QSslError> &errors);

private:
    QSslConfiguration buildConfiguration() const;

    mutable std::optional<QSslConfiguration> m_configuration;
    bool m_verify = true;
    QSslCertificate m_pinned;
    QDateTime m_pinnedNotAfter;
    QString m_serviceName;
    bool m_storedUnreadable = false;
    bool m_pinnedIsCa = false; // basicConstraints CA:TRUE → anchor, not a leaf pin
};

} // namespace leaselink
