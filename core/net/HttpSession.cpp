#include "HttpSession.h"

#include "CancellationToken.h"
#include "NetErrorFactory.h"
#include "NetLogging.h"
#include "Redactor.h"
#include "TrafficLog.h"

#include <QCoroNetworkReply>
#include <QCoroTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace leaselink {

struct HttpSession::Attempt
{
    bool timedOut = false;
    bool cancelled = false;
    std::optional<NetError> certificateChanged;
    QList<QSslError> sslErrors;
    qint64 tooLargeBytes = 0; // announced or received size once it passed maxResponseBytes
};

namespace {

QList<QSslCertificate> peerChain(QNetworkReply *reply, const QList<QSslError> &errors = {})
{
    QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (chain.isEmpty()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull() && !chain.contains(e.certificate()))
                chain << e.certificate();
        }
    }
    return chain;
}

bool looksLikeNotTls(const QString &errorText)
{
    // OpenSSL's wording when the peer answers a ClientHello with plain text (e.g. HTTP 400).
    static const QStringList hints{
        QStringLiteral("wrong version number"), QStringLiteral("packet length too long"),
        QStringLiteral("http request"), QStringLiteral("unknown protocol")};
    for (const QString &h : hints) {
        if (errorText.contains(h, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

HttpSession::HttpSession(HttpSessionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_trust(m_config.verifyTls, m_config.trustedCertificate,
              m_config.serviceName.isEmpty() ? m_config.baseUrl.host() : m_config.serviceName)
    , m_nam(new QNetworkAccessManager(this))
{
    // Register the credential part so it is masked even where it appears without a scheme.
    const QByteArray auth = m_config.authorization.trimmed();
    const int space = auth.indexOf(' ');
    Redactor::registerSecret(QString::fromUtf8(space > 0 ? auth.mid(space + 1) : auth));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (!m_config.verifyTls && m_config.baseUrl.scheme() == QLatin1String("https"))
        qCWarning(lcTls).noquote() << QStringLiteral("TLS verification is off for %1")
                                          .arg(Redactor::redactUrl(m_config.baseUrl));
}

HttpSession::~HttpSession()
{
    cancelAll();
}

void HttpSession::cancelAll()
{
    ++m_cancelGeneration;
    const auto replies = m_inFlight;
    for (auto it = replies.begin(); it != replies.end(); ++it) {
        it.value()->cancelled = true;
        it.key()->abort();
    }
}

QUrl HttpSession::urlFor(const HttpRequest &request) const
{
    QUrl url = m_config.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/') && request.path.startsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

bool HttpSession::isOwnOrigin(const QUrl &url) const
{
    const QUrl &base = m_config.baseUrl;
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == base.port(defaultPort);
}

QNetworkRequest HttpSession::buildRequest(const HttpRequest &request, const QUrl &url) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    if (request.hasBody)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    else if (request.method == "GET" && !m_config.contentTypeOnGet.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, m_config.contentTypeOnGet);
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QByteArrayLiteral("LeaseLink/" LEASELINK_VERSION));
    // The token belongs to this service's origin only; redirects are never followed either.
    if (!m_config.authorization.isEmpty() && isOwnOrigin(url))
        r.setRawHeader("Authorization", m_config.authorization.trimmed());
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_trust.configuration());
    return r;
}

NetError HttpSession::cancelledError(const QString &method, const QString &url) const
{
    NetError e;
    e.kind = NetError::Kind::Cancelled;
    e.service = m_config.service;
    e.method = method;
    e.url = url;
    e.detail = QStringLiteral("cancelled");
    return NetErrorFactory::finish(std::move(e));
}

NetError HttpSession::transportError(const Attempt &state, QNetworkReply *reply,
                                     const QString &method, const QString &url) const
{
    NetError e;
    e.service = m_config.service;
    e.method = method;
    e.url = url;
    e.detail = Redactor::redact(reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        e.kind = NetError::Kind::Dns;
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.kind = NetError::Kind::Refused;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = NetError::Kind::Timeout;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        e.kind = NetError::Kind::Reset;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = NetError::Kind::Cancelled;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        if (state.sslErrors.isEmpty() && looksLikeNotTls(reply->errorString())) {
            e.kind = NetError::Kind::NotTls;
        } else {
            e.kind = NetError::Kind::Tls;
            if (!state.sslErrors.isEmpty())
                e.detail = TlsTrustPolicy::describe(state.sslErrors);
        }
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = NetError::Kind::Protocol;
        break;
    default:
        e.kind = NetError::Kind::Network;
        break;
    }
    return NetErrorFactory::finish(std::move(e));
}

QCoro::Task<HttpResult> HttpSession::send(HttpRequest request)
{
    const QString method = QString::fromLatin1(request.method);
    const QUrl url = urlFor(request);
    const QString shownUrl = Redactor::redactUrl(url);
    if (!url.isValid() || url.host().isEmpty()) {
        co_return netFail(NetErrorFactory::configuration(
            m_config.service, QStringLiteral("The address %1 is not a valid URL").arg(shownUrl)));
    }
    if (url.scheme() == QLatin1String("https")) {
        if (auto refused = m_trust.preflight(QDateTime::currentDateTimeUtc())) {
            refused->method = method;
            refused->url = shownUrl;
            refused->service = m_config.service;
            qCWarning(lcTls).noquote() << refused->toString();
            co_return netFail(*refused);
        }
    }
    QPointer<HttpSession> self(this);
    const quint64 generation = m_cancelGeneration;
    const int maxRetries = request.isIdempotent() ? qMax(0, m_config.maxReadRetries) : 0;
    for (int attempt = 1;; ++attempt) {
        if (request.cancel && request.cancel->isCancelled())
            co_return netFail(cancelledError(method, shownUrl));
        HttpResult result = co_await sendOnce(request, attempt);
        if (!self)
            co_return result;
        if (result || attempt > maxRetries || !result.error().isTransient())
            co_return result;
        const auto delay = m_config.retryBaseDelay * (1LL << (attempt - 1));
        qCWarning(lcNet).noquote()
            << QStringLiteral("%1 %2: attempt %3 of %4 failed (%5); retrying in %6 ms")
                   .arg(method, shownUrl, QString::number(attempt), QString::number(maxRetries + 1),
                        result.error().technicalSummary(), QString::number(delay.count()));
        co_await QCoro::sleepFor(delay);
        if (!self || m_cancelGeneration != generation)
            co_return netFail(cancelledError(method, shownUrl));
    }
}

QCoro::Task<HttpResult> HttpSession::sendOnce(const HttpRequest &request, int attempt)
{
    const QUrl url = urlFor(request);
    const QString method = QString::fromLatin1(request.method);
    const QString shownUrl = Redactor::redactUrl(url);
    const QNetworkRequest qreq = buildRequest(request, url);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_nam->get(qreq);
    else if (request.method == "HEAD")
        reply = m_nam->head(qreq);
    else if (request.hasBody)
        reply = m_nam->sendCustomRequest(qreq, request.method, request.body);
    else
        reply = m_nam->sendCustomRequest(qreq, request.method);

    auto state = std::make_shared<Attempt>();
    m_inFlight.insert(reply, state);

    const QList<QSslError> expected = m_trust.expectedErrors();
    if (!expected.isEmpty())
        reply->ignoreSslErrors(expected);
    connect(reply, &QNetworkReply::sslErrors, reply,
            [this, state, reply, expected, method, shownUrl](const QList<QSslError> &errors) {
                state->sslErrors = errors;
                const QList<QSslCertificate> chain = peerChain(reply, errors);
                if (m_trust.isChanged(chain)) {
                    state->certificateChanged =
                        m_trust.changedError(chain, method, shownUrl, m_config.service);
                    return;
                }
                bool allExpected = !expected.isEmpty();
                for (const QSslError &e : errors)
                    allExpected = allExpected && expected.contains(e);
                if (allExpected)
                    reply->ignoreSslErrors(expected);
                else
                    qCWarning(lcTls).noquote()
                        << QStringLiteral("%1: untrusted certificate: %2")
                               .arg(shownUrl, TlsTrustPolicy::describe(errors));
            });
    connect(reply, &QNetworkReply::encrypted, reply, [this, state, reply, method, shownUrl] {
        // A certificate valid for the system store but different from the pinned one is still
        // a change the admin must see (like SSH's changed host key).
        const QList<QSslCertificate> chain = peerChain(reply);
        if (m_trust.isChanged(chain)) {
            state->certificateChanged =
                m_trust.changedError(chain, method, shownUrl, m_config.service);
            reply->abort();
        }
    });

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(request.timeout.value_or(m_config.timeout));
    connect(timer, &QTimer::timeout, reply, [state, reply] {
        state->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, timer, [timer] { timer->start(); });
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    connect(reply, &QNetworkReply::metaDataChanged, timer, [timer] { timer->start(); });
    timer->start();
    const qint64 maxBytes = m_config.maxResponseBytes;
    if (maxBytes > 0 && request.method != "HEAD") {
        // Abort as soon as the size is known to be too large; the reply then holds at most
        // maxBytes plus one network read.
        connect(reply, &QNetworkReply::metaDataChanged, reply, [state, reply, maxBytes] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > maxBytes && state->tooLargeBytes == 0) {
                state->tooLargeBytes = length.toLongLong();
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [state, reply, maxBytes](qint64 received, qint64) {
                    if (received > maxBytes && state->tooLargeBytes == 0) {
                        state->tooLargeBytes = received;
                        reply->abort();
                    }
                });
    }
    if (request.cancel) {
        connect(request.cancel, &CancellationToken::cancelled, reply, [state, reply] {
            state->cancelled = true;
            reply->abort();
        });
    }

    co_await qCoro(reply).waitForFinished();

    timer->stop();
    m_inFlight.remove(reply);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(
        reply, [](QNetworkReply *r) { r->deleteLater(); });

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = state->tooLargeBytes > 0 ? QByteArray() : reply->readAll();
    const auto error = reply->error();
    // An HTTP status means the server answered (Qt reports 400 as a "protocol" error); only
    // connection-level errors or a missing status are transport failures.
    const bool transportFailure =
        error != QNetworkReply::NoError && ((error > 0 && error < 100) || status == 0);
    // A body shorter than its Content-Length was cut off, whatever Qt concluded.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool truncated = status >= 200 && status < 300 && announced.isValid() &&
                           reply->rawHeader("Content-Encoding").isEmpty() &&
                           body.size() < announced.toLongLong();

    HttpResult result;
    if (state->certificateChanged) {
        result = netFail(*state->certificateChanged);
    } else if (state->cancelled) {
        result = netFail(cancelledError(method, shownUrl));
    } else if (state->tooLargeBytes > 0) {
        NetError e;
        e.kind = NetError::Kind::Protocol;
        e.service = m_config.service;
        e.method = method;
        e.url = shownUrl;
        e.httpStatus = status;
        // No ?: on QString temporaries in a coroutine (g++ 12, see the coding rules).
        QString how = QStringLiteral("received");
        if (announced.isValid())
            how = QStringLiteral("announced");
        const QString limit = QString::number(maxBytes / (1024 * 1024));
        const QString size = QString::number(state->tooLargeBytes);
        e.detail = QStringLiteral("the answer is larger than the %1 MiB LeaseLink accepts (%2 "
                                  "bytes %3); the transfer was stopped")
                       .arg(limit, size, how);
        result = netFail(NetErrorFactory::finish(std::move(e)));
    } else if (state->timedOut) {
        NetError e;
        e.kind = NetError::Kind::Timeout;
        e.service = m_config.service;
        e.method = method;
        e.url = shownUrl;
        e.detail = QStringLiteral("no answer within %1 s")
                       .arg(request.timeout.value_or(m_config.timeout).count() / 1000.0);
        result = netFail(NetErrorFactory::finish(std::move(e)));
    } else if (transportFailure) {
        result = netFail(transportError(*state, reply, method, shownUrl));
    } else if (truncated) {
        NetError e;
        e.kind = NetError::Kind::Reset;
        e.service = m_config.service;
        e.method = method;
        e.url = shownUrl;
        e.detail = QStringLiteral("the body was cut off after %1 of %2 bytes")
                       .arg(QString::number(body.size()), announced.toString());
        result = netFail(NetErrorFactory::finish(std::move(e)));
    } else if (status >= 300 && status < 400) {
        NetError e;
        e.kind = NetError::Kind::Protocol;
        e.service = m_config.service;
        e.method = method;
        e.url = shownUrl;
        e.httpStatus = status;
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        e.detail = QStringLiteral("HTTP %1 redirect to %2 was not followed (LeaseLink never sends "
                                  "credentials to another address; use the final URL)")
                       .arg(QString::number(status), Redactor::redactUrl(url.resolved(target)));
        result = netFail(NetErrorFactory::finish(std::move(e)));
    } else if (status < 200 || status >= 300) {
        result = netFail(NetErrorFactory::httpStatus(m_config.service, method, shownUrl, status,
                                                     body, request.isWrite()));
    } else {
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers = reply->rawHeaderPairs();
        response.method = method;
        response.url = shownUrl;
        result = std::move(response);
    }

    HttpExchange exchange;
    exchange.method = method;
    exchange.url = shownUrl;
    for (const QByteArray &name : qreq.rawHeaderList()) {
        const QByteArray value = qreq.rawHeader(name);
        exchange.requestHeaders.append(
            {name, name.compare("Authorization", Qt::CaseInsensitive) == 0
                       ? Redactor::redactAuthorizationHeader(value)
                       : Redactor::redact(value)});
    }
    exchange.requestBody = Redactor::redact(request.body);
    exchange.status = status;
    exchange.responseBody = Redactor::redact(body.left(4096));
    exchange.error = result ? QString() : result.error().toString();
    exchange.attempt = attempt;
    exchange.elapsedMs = clock.elapsed();
    if (result)
        qCDebug(lcNet).noquote() << QStringLiteral("%1 %2 -> %3 (%4 ms)")
                                        .arg(method, shownUrl, QString::number(status),
                                             QString::number(exchange.elapsedMs));
    else
        qCInfo(lcNet).noquote() << QStringLiteral("%1 %2 failed after %3 ms: %4")
                                       .arg(method, shownUrl, QString::number(exchange.elapsedMs),
                                            result.error().toString());
    TrafficLog::record(exchange);
    Q_EMIT exchangeFinished(exchange);
    co_return result;
}

} // namespace leaselink
