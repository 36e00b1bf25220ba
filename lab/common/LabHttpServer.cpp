#include "LabHttpServer.h"

#include "LabHugeBody.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace leaselink::lab {

Q_LOGGING_CATEGORY(lcLabHttp, "leaselink.lab.http", QtWarningMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialiseHead(const LabResponse &response, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    return head;
}

// Makes close() send a TCP RST instead of a FIN, which is what "connection reset" means to
// the client.
void resetConnection(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger option{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
    socket->abort();
}

} // namespace

LabHttpServer::LabHttpServer(LabService *service, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
{}

LabHttpServer::~LabHttpServer() = default;

void LabHttpServer::enableTls(const LabCertificate &certificate, const LabCertificate &replacement)
{
    m_https = true;
    m_current = certificate;
    m_replacement = replacement;
}

Expected<void> LabHttpServer::start(quint16 port, const QHostAddress &address)
{
    m_address = address;
    QTcpServer *server = nullptr;
    if (m_https) {
        if (m_current.isNull())
            return fail(QStringLiteral("The lab HTTPS server has no usable certificate and key"));
        // Our own QSslServer (instead of sslSetup + listen) so rotateCertificate() can swap
        // its configuration for later connections.
        m_sslServer = new QSslServer(this);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_current.certificate);
        configuration.setPrivateKey(m_current.privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_sslServer->setSslConfiguration(configuration);
        server = m_sslServer;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port)) {
        const QString message = server->errorString();
        delete server;
        m_sslServer = nullptr;
        return fail(QStringLiteral("The lab server cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(message));
    }
    m_port = server->serverPort();
    bind(server);
    return {};
}

QUrl LabHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QString LabHttpServer::fingerprintSha256() const
{
    return m_https ? LabCertificate::fingerprintSha256(m_current.certificate) : QString();
}

void LabHttpServer::rotateCertificate()
{
    if (!m_https || m_replacement.isNull())
        return;
    std::swap(m_current, m_replacement);
    if (m_sslServer) {
        QSslConfiguration configuration = m_sslServer->sslConfiguration();
        configuration.setLocalCertificate(m_current.certificate);
        configuration.setPrivateKey(m_current.privateKey);
        m_sslServer->setSslConfiguration(configuration);
    }
}

LabRequest LabHttpServer::toLabRequest(const QHttpServerRequest &request) const
{
    LabRequest lab;
    lab.method = methodName(request.method());
    lab.path = request.url().path(QUrl::FullyDecoded);
    lab.query = QUrlQuery(request.url());
    for (const auto &[name, value] : request.headers())
        lab.headers.insert(name.toLower(), value);
    lab.body = request.body();
    return lab;
}

LabResponse LabHttpServer::faultResponse(const LabFault &fault, const LabRequest &request)
{
    switch (fault.kind) {
    case LabFault::Kind::Status: {
        if (!fault.body.isEmpty())
            return LabResponse::raw(fault.status, fault.body,
                                    fault.contentType.isEmpty() ? QByteArrayLiteral("text/plain")
                                                                : fault.contentType);
        switch (fault.status) {
        case 401:
        case 403:
            return LabResponse::empty(fault.status); // PSU and proxies send no body here
        case 429: {
            LabResponse response = LabResponse::raw(
                429, R"({"detail":"Request was throttled. Expected available in 1 second."})",
                "application/json");
            response.headers.append(
                qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")));
            return response;
        }
        case 502:
            return LabResponse::raw(
                502,
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center>"
                "<h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
                "</html>\r\n",
                "text/html");
        case 503:
            return LabResponse::raw(
                503,
                "<html><head><title>503 Service Unavailable</title></head><body><h1>Service "
                "Unavailable</h1><p>The server is temporarily unable to service your request."
                "</p></body></html>",
                "text/html");
        default:
            return LabResponse::raw(
                fault.status, QByteArrayLiteral(R"({"error":"Simulated failure (lab fault)."})"),
                "application/json");
        }
    }
    case LabFault::Kind::MalformedJson:
        return LabResponse::raw(200, R"([{"scope_id":"10.0.1.0","name":"Building A",)",
                                "application/json");
    case LabFault::Kind::Empty200:
    case LabFault::Kind::HugeBody:   // the body is streamed by deliver()
    case LabFault::Kind::HugeStream: // likewise
        return LabResponse::raw(200, {}, "application/json");
    case LabFault::Kind::LoneObject: {
        LabResponse response = m_service->handle(request);
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isArray()) {
            const QJsonArray list = document.array();
            response.body =
                list.isEmpty()
                    ? QByteArrayLiteral("{}")
                    : QJsonDocument(list.first().toObject()).toJson(QJsonDocument::Compact);
        }
        return response;
    }
    default:
        return m_service->handle(request);
    }
}

bool LabHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    const LabRequest labRequest = toLabRequest(request);
    const std::optional<LabFault> fault = m_faults.take(labRequest.method, labRequest.path);

    if (fault && fault->kind == LabFault::Kind::Hang) {
        // Nothing is written; the socket stays open until the client gives up.
        log(labRequest, LabResponse::empty(0), fault, 0, false);
        return true;
    }
    const LabResponse response =
        fault ? faultResponse(*fault, labRequest) : m_service->handle(labRequest);
    const int latency = fault ? fault->latencyMs : 0;
    if (latency <= 0) {
        deliver(socket, response, fault);
        log(labRequest, response, fault, clock.elapsed(), true);
        return true;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(latency, this, [this, guard, labRequest, response, fault, clock] {
        if (guard)
            deliver(guard, response, fault);
        log(labRequest, response, fault, clock.elapsed(), bool(guard));
    });
    return true;
}

void LabHttpServer::deliver(QTcpSocket *socket, const LabResponse &response,
                            const std::optional<LabFault> &fault)
{
    const LabFault::Kind kind = fault ? fault->kind : LabFault::Kind::Latency;
    const QByteArray &body = response.body;
    if (kind == LabFault::Kind::HugeBody || kind == LabFault::Kind::HugeStream) {
        streamHugeBody(socket, fault->bodyBytes, kind == LabFault::Kind::HugeBody);
        return;
    }
    if (kind == LabFault::Kind::Truncated) {
        // Promise more than is sent, then close cleanly: the client sees a short body.
        socket->write(serialiseHead(response, body.size() + 1024));
        socket->write(body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (kind == LabFault::Kind::Reset) {
        socket->write(serialiseHead(response, body.size() + 1024));
        socket->write(body.left(body.size() / 2));
        socket->flush();
        // Let the partial body leave before the reset so the client is mid-body.
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, this, [guard] {
            if (guard)
                resetConnection(guard);
        });
        return;
    }
    socket->write(serialiseHead(response, body.size()));
    socket->write(body);
}

void LabHttpServer::log(const LabRequest &request, const LabResponse &response,
                        const std::optional<LabFault> &fault, qint64 elapsedMs, bool answered)
{
    // Redact before cutting so a secret straddling the cut cannot leave a readable prefix.
    auto capped = [this](const QByteArray &body) {
        constexpr qsizetype margin = 4096;
        return m_log.redact(body.left(LabRequestLog::recordedBodyLimit + margin))
            .left(LabRequestLog::recordedBodyLimit);
    };
    for (const QByteArray &secret : m_service->secrets())
        m_log.addSecret(secret);
    LabLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = request.method;
    entry.path = request.path;
    entry.query =
        QString::fromUtf8(m_log.redact(request.query.toString(QUrl::FullyEncoded).toUtf8()));
    entry.status = answered ? response.status : 0;
    entry.bytes = answered ? response.body.size() : 0;
    entry.durationMs = elapsedMs;
    entry.authorization = m_log.redactAuthorization(request.header("authorization"));
    entry.fault = fault ? LabFault::kindName(fault->kind) : QString();
    entry.requestBody = capped(request.body);
    entry.responseBody = answered ? capped(response.body) : QByteArray();
    qCDebug(lcLabHttp) << entry.method << entry.path << entry.status << entry.durationMs << "ms";
    m_log.append(std::move(entry));
}

void LabHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt calls it regardless.
    Q_UNUSED(request);
    deliver(socket, LabResponse::empty(404), std::nullopt);
}

} // namespace leaselink::lab
