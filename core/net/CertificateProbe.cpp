#include "CertificateProbe.h"

#include "NetErrorFactory.h"
#include "NetLogging.h"

#include <QCoroSignal>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace leaselink {

namespace {

// Completes once per probe; the probe awaits its signal.
class ProbeRun : public QObject
{
    Q_OBJECT
public:
    QList<QSslError> errors;
    QList<QSslCertificate> chain;
    bool encrypted = false;
    bool timedOut = false;
    bool finished = false;
    std::optional<QAbstractSocket::SocketError> socketError;
    QString socketErrorText;

    void finish()
    {
        if (finished)
            return;
        finished = true;
        Q_EMIT done();
    }

Q_SIGNALS:
    void done();
};

QString longDate(const QDateTime &t)
{
    return QLocale(QLocale::English).toString(t.toUTC().date(), QStringLiteral("MMMM d, yyyy"));
}

} // namespace

CertificateProbe::CertificateProbe(QObject *parent)
    : QObject(parent)
{}

QStringList CertificateProbe::findingsFor(const QString &host, const QList<CertificateInfo> &chain,
                                          const QList<QSslError> &errors, const QDateTime &now)
{
    QStringList findings;
    if (chain.isEmpty())
        return findings;
    const CertificateInfo &leaf = chain.first();
    bool mismatch = false;
    bool selfSigned = false;
    bool untrusted = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            mismatch = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            selfSigned = true;
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetIssuerCertificate:
            untrusted = true;
            break;
        default:
            break;
        }
    }
    if (mismatch) {
        const QString names = leaf.subjectAltNames.isEmpty()
                                  ? leaf.subjectCn
                                  : leaf.subjectAltNames.join(QStringLiteral(", "));
        findings << QStringLiteral("Host name mismatch: the certificate is for %1, not %2. "
                                   "LeaseLink accepts this only for a certificate you trust "
                                   "explicitly")
                        .arg(names.isEmpty() ? QStringLiteral("no name") : names, host);
    }
    if (selfSigned || leaf.selfSigned)
        findings << QStringLiteral("The certificate is self-signed: compare its SHA-256 "
                                   "fingerprint with the server's admin before trusting it");
    else if (untrusted)
        findings << QStringLiteral("The certificate is not issued by an authority this computer "
                                   "trusts (issuer: %1)")
                        .arg(leaf.issuer);
    if (leaf.expired(now))
        findings << QStringLiteral("The certificate expired on %1").arg(longDate(leaf.notAfter));
    else if (leaf.expiresWithin90Days(now))
        findings << QStringLiteral("The certificate expires soon: %1 (%2 days left)")
                        .arg(longDate(leaf.notAfter), QString::number(leaf.daysLeft));
    if (leaf.notBefore.isValid() && leaf.notBefore > now)
        findings << QStringLiteral("The certificate is not valid before %1")
                        .arg(longDate(leaf.notBefore));
    return findings;
}

QCoro::Task<NetResult<CertificateProbeResult>> CertificateProbe::probe(QString host, quint16 port)
{
    host = host.trimmed();
    if (host.isEmpty())
        co_return netFail(NetErrorFactory::configuration(RemoteService::Generic,
                                                         QStringLiteral("Hostname is required")));
    const QString target = host % u':' % QString::number(port);

    auto run = std::make_unique<ProbeRun>();
    ProbeRun *state = run.get();
    std::unique_ptr<QSslSocket, void (*)(QSslSocket *)> socket(new QSslSocket, [](QSslSocket *s) {
        s->disconnect();
        s->abort();
        s->deleteLater();
    });
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(config);
    QSslSocket *sock = socket.get();

    connect(sock, &QSslSocket::sslErrors, state, [state, sock](const QList<QSslError> &errors) {
        // Collect and stop: the handshake is not continued, nothing is sent.
        state->errors = errors;
        state->chain = sock->peerCertificateChain();
        if (state->chain.isEmpty()) {
            for (const QSslError &e : errors) {
                if (!e.certificate().isNull() && !state->chain.contains(e.certificate()))
                    state->chain << e.certificate();
            }
        }
        state->finish();
    });
    connect(sock, &QSslSocket::encrypted, state, [state, sock] {
        state->encrypted = true;
        state->chain = sock->peerCertificateChain();
        state->finish();
    });
    connect(sock, &QSslSocket::errorOccurred, state, [state, sock](QAbstractSocket::SocketError e) {
        if (state->finished)
            return;
        state->socketError = e;
        state->socketErrorText = sock->errorString();
        state->finish();
    });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, state, [state] {
        state->timedOut = true;
        state->finish();
    });
    timer.start(m_timeout);
    sock->connectToHostEncrypted(host, port);
    if (!state->finished)
        co_await qCoro(state, &ProbeRun::done);
    timer.stop();

    const auto failWith = [&](NetError::Kind kind, const QString &detail) {
        NetError e;
        e.kind = kind;
        e.url = QStringLiteral("https://") % target;
        e.detail = detail;
        NetError finished = NetErrorFactory::finish(std::move(e), target);
        qCInfo(lcTls).noquote() << QStringLiteral("Certificate probe of %1 failed: %2")
                                       .arg(target, finished.toString());
        return netFail(std::move(finished));
    };

    if (state->chain.isEmpty()) {
        if (state->timedOut)
            co_return failWith(
                NetError::Kind::Timeout,
                QStringLiteral("no TLS handshake within %1 s").arg(m_timeout.count() / 1000.0));
        if (state->socketError) {
            switch (*state->socketError) {
            case QAbstractSocket::HostNotFoundError:
                co_return failWith(NetError::Kind::Dns, state->socketErrorText);
            case QAbstractSocket::ConnectionRefusedError:
                co_return failWith(NetError::Kind::Refused,
                                   QStringLiteral("Could not connect to %1 — %2")
                                       .arg(target, state->socketErrorText));
            case QAbstractSocket::SocketTimeoutError:
                co_return failWith(NetError::Kind::Timeout, state->socketErrorText);
            case QAbstractSocket::SslHandshakeFailedError:
            case QAbstractSocket::RemoteHostClosedError:
            case QAbstractSocket::SslInternalError:
                // Connected, but the answer was not a TLS handshake (plain HTTP, SSH, …).
                co_return failWith(NetError::Kind::NotTls,
                                   QStringLiteral("No certificate returned by %1 (%2)")
                                       .arg(target, state->socketErrorText));
            default:
                co_return failWith(NetError::Kind::Network,
                                   QStringLiteral("Could not connect to %1 — %2")
                                       .arg(target, state->socketErrorText));
            }
        }
        co_return failWith(NetError::Kind::NotTls,
                           QStringLiteral("No certificate returned by %1").arg(target));
    }

    CertificateProbeResult result;
    result.host = host;
    result.port = port;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QSslCertificate &c : std::as_const(state->chain))
        result.chain << CertificateInfo::fromCertificate(c, now);
    result.trustedBySystem = state->encrypted && state->errors.isEmpty();
    for (const QSslError &e : std::as_const(state->errors)) {
        if (e.error() == QSslError::HostNameMismatch)
            result.hostnameMatches = false;
        if (!result.sslErrors.contains(e.errorString()))
            result.sslErrors << e.errorString();
    }
    result.findings = findingsFor(host, result.chain, state->errors, now);
    qCInfo(lcTls).noquote() << QStringLiteral("Certificate of %1: %2, SHA-256 %3%4")
                                   .arg(target, result.leaf().shortDescription(),
                                        result.leaf().sha256Fingerprint,
                                        result.trustedBySystem ? QStringLiteral(" (trusted)")
                                                               : QStringLiteral(" (not trusted)"));
    co_return result;
}

} // namespace leaselink

#include "CertificateProbe.moc"
