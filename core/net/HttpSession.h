#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "HttpSessionConfig.h"
#include "NetError.h"
#include "TlsTrustPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

#include <QCoroTask>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace leaselink {

using HttpResult = NetResult<HttpResponse>;

// One QNetworkAccessManager per remote service (issue 4 "HTTP layer"). Asynchronous only:
// send() is a QCoro task that completes exactly once with a 2xx response or a NetError.
// - transfer timeout (no progress for N ms) per request, cancel per request or for all;
// - retries with exponential backoff for idempotent requests on timeouts, resets and
//   502/503/504, logged with attempt and delay; writes are never retried unless marked;
// - the Authorization header goes only to the configured scheme/host/port and redirects are
//   never followed, so a token cannot travel to another host;
// - TLS per TlsTrustPolicy; secrets are redacted in every log line, error and recorded exchange.
class HttpSession : public QObject
{
    Q_OBJECT
public:
    explicit HttpSession(HttpSessionConfig config, QObject *parent = nullptr);
    ~HttpSession() override;

    const HttpSessionConfig &config() const { return m_config; }
    const TlsTrustPolicy &trust() const { return m_trust; }

    QCoro::Task<HttpResult> send(HttpRequest request);

    // Aborts every request in flight; each completes with NetError::Kind::Cancelled.
    void cancelAll();

    QUrl urlFor(const HttpRequest &request) const;

Q_SIGNALS:
    // Emitted after every attempt, for traffic recording. Already redacted.
    void exchangeFinished(const leaselink::HttpExchange &exchange);

private:
    struct Attempt;
    QCoro::Task<HttpResult> sendOnce(const HttpRequest &request, int attempt);
    QNetworkRequest buildRequest(const HttpRequest &request, const QUrl &url) const;
    bool isOwnOrigin(const QUrl &url) const;
    NetError transportError(const Attempt &state, QNetworkReply *reply, const QString &method,
                            const QString &url) const;
    NetError cancelledError(const QString &method, const QString &url) const;

    HttpSessionConfig m_config;
    TlsTrustPolicy m_trust;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QNetworkReply *, std::shared_ptr<Attempt>> m_inFlight;
    quint64 m_cancelGeneration = 0; // bumped by cancelAll(), checked after backoff sleeps
};

} // namespace leaselink
