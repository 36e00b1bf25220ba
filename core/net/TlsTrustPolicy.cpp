#include "TlsTrustPolicy.h"

#include "CertificateInfo.h"
#include "NetErrorFactory.h"

#include <QLocale>
#include <QSslCertificateExtension>

namespace leaselink {

TlsTrustPolicy::TlsTrustPolicy(bool verify, StoredCertificate stored, QString serviceName)
    : m_verify(verify)
    , m_serviceName(std::move(serviceName))
{
    if (stored.isEmpty())
        return;
    const QList<QSslCertificate> certs = QSslCertificate::fromData(stored.pem, QSsl::Pem);
    if (certs.isEmpty()) {
        m_storedUnreadable = true;
        return;
    }
    // The first certificate of the PEM is the one the admin trusted (the probe stores the leaf).
    m_pinned = certs.first();
    for (const QSslCertificateExtension &ext : m_pinned.extensions()) {
        if (ext.name() == QLatin1String("basicConstraints"))
            m_pinnedIsCa = ext.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    m_pinnedNotAfter = stored.notAfter.isValid() ? stored.notAfter : m_pinned.expiryDate();
}

std::optional<NetError> TlsTrustPolicy::preflight(const QDateTime &now) const
{
    if (!m_verify)
        return std::nullopt;
    if (m_storedUnreadable) {
        NetError e;
        e.kind = NetError::Kind::Tls;
        e.detail = QStringLiteral("the stored certificate for \"%1\" cannot be read; re-import it")
                       .arg(m_serviceName);
        return NetErrorFactory::finish(std::move(e), m_serviceName);
    }
    if (hasPinned()) {
        const QDateTime expiry = qMin(m_pinnedNotAfter, m_pinned.expiryDate());
        if (expiry < now) {
            NetError e;
            e.kind = NetError::Kind::CertificateExpired;
            e.detail = QStringLiteral("The stored CA certificate for \"%1\" expired on %2; "
                                      "re-import it")
                           .arg(m_serviceName, QLocale(QLocale::English)
                                                   .toString(expiry.toUTC().date(),
                                                             QStringLiteral("MMMM d, yyyy")));
            return NetErrorFactory::finish(std::move(e), m_serviceName);
        }
    }
    return std::nullopt;
}

QSslConfiguration TlsTrustPolicy::configuration() const
{
    // Built once per policy: systemCaCertificates() reads the whole system store from disk,
    // which per request cost ~80 ms and dominated a paged 110k-address read.
    if (!m_configuration)
        m_configuration = buildConfiguration();
    return *m_configuration;
}

QSslConfiguration TlsTrustPolicy::buildConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_verify) {
        // The admin switched verification off for this server (psu-api.md §6 case 1).
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        return config;
    }
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (hasPinned()) {
        // Read once per process: reading the system store costs ~80 ms, and a sync builds one
        // policy per server and one for NetBox on every run. (Thread-safe static init.)
        static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
        QList<QSslCertificate> cas = systemCas;
        cas << m_pinned;
        config.setCaCertificates(cas);
    }
    return config;
}

QList<QSslError> TlsTrustPolicy::expectedErrors() const
{
    if (!m_verify || !hasPinned())
        return {};
    // PSU's self-signed certificates often say "localhost" and are not CA certificates; the
    // admin trusted this exact certificate, so these errors are expected for it and only it.
    // Expiry is deliberately absent: an expired certificate is never accepted.
    static const QList<QSslError::SslError> kinds{
        QSslError::HostNameMismatch,
        QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain,
        QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate,
        QSslError::CertificateUntrusted,
        QSslError::InvalidCaCertificate,
        QSslError::InvalidPurpose,
    };
    QList<QSslError> errors;
    for (const auto kind : kinds)
        errors << QSslError(kind, m_pinned);
    return errors;
}

bool TlsTrustPolicy::isChanged(const QList<QSslCertificate> &peerChain) const
{
    if (!m_verify || !hasPinned() || peerChain.isEmpty())
        return false;
    if (peerChain.contains(m_pinned))
        return false;
    // A stored CA anchors whatever it issues (renewed leaves are not a change); a stored leaf
    // is a pin and must be presented itself.
    if (m_pinnedIsCa) {
        const QString anchor = m_pinned.subjectDisplayName();
        for (const QSslCertificate &c : peerChain) {
            if (c.issuerDisplayName() == anchor)
                return false;
        }
    }
    return true;
}

NetError TlsTrustPolicy::changedError(const QList<QSslCertificate> &peerChain,
                                      const QString &method, const QString &url,
                                      RemoteService service) const
{
    NetError e;
    e.kind = NetError::Kind::CertificateChanged;
    e.service = service;
    e.method = method;
    e.url = url;
    e.oldFingerprint = CertificateInfo::fingerprintOf(m_pinned);
    e.newFingerprint =
        peerChain.isEmpty() ? QString() : CertificateInfo::fingerprintOf(peerChain.first());
    e.detail = QStringLiteral("the presented certificate is not the trusted one");
    return NetErrorFactory::finish(std::move(e));
}

QString TlsTrustPolicy::describe(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors) {
        if (!parts.contains(e.errorString()))
            parts << e.errorString();
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace leaselink
