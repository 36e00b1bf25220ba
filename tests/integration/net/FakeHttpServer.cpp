#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace leaselink::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{}

FakeHttpServer::~FakeHttpServer()
{
    close();
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.body = body;
    return r;
}

bool FakeHttpServer::listenPlain()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            accept(s);
    });
    return m_server->listen(QHostAddress::LocalHost);
}

bool FakeHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    // Clients that reject our certificate abort the handshake; that is expected here.
    connect(server, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError) {});
    connect(server, &QSslServer::handshakeInterruptedOnError, this,
            [](QSslSocket *, const QSslError &) {});
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection())
            accept(s);
    });
    return m_server->listen(QHostAddress::LocalHost);
}

bool FakeHttpServer::listenSilent()
{
    m_silent = true;
    return listenPlain();
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FakeHttpServer::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *s : sockets)
        s->abort();
    m_buffers.clear();
}

void FakeHttpServer::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    m_buffers.insert(socket, {});
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
    if (m_silent)
        return;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!buffer.isEmpty() && buffer.at(0) == '\x16') {
        // A TLS ClientHello on a plain port: answer like a real HTTP server would.
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        buffer.clear();
        return;
    }
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests << request;
        respond(socket, request);
        if (!m_buffers.contains(socket) || socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    const Response response =
        m_handler ? m_handler(request) : json(404, R"({"error":"no handler"})");
    switch (response.fault) {
    case Fault::NoAnswer:
        return;
    case Fault::Reset:
        m_buffers.remove(socket);
        socket->abort();
        socket->deleteLater();
        return;
    case Fault::Garbage:
        socket->write("THIS IS NOT HTTP AT ALL\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Fault::Truncated:
    case Fault::None:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    const bool truncated = response.fault == Fault::Truncated;
    if (response.status != 204 && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    const qsizetype announced = truncated ? response.body.size() * 2 + 100 : response.body.size();
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += truncated ? "Connection: close\r\n\r\n" : "\r\n";
    out += response.body;
    socket->write(out);
    if (truncated)
        socket->disconnectFromHost();
}

} // namespace leaselink::test
