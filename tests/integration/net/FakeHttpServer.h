#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace leaselink::test {

// A tiny HTTP/1.1 server on loopback for the network-layer tests: plain or TLS, one handler
// function, and the faults the client must survive (silence, reset, truncated body, garbage).
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;                     // path + query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    enum class Fault
    {
        None,
        NoAnswer,  // keep the connection open and never answer
        Reset,     // abort the connection as soon as the request arrived
        Truncated, // promise more bytes than sent, then close
        Garbage    // answer with bytes that are not HTTP
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        Fault fault = Fault::None;
    };

    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listenPlain();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    // Accepts connections but never reads or answers (for handshake/connect timeouts).
    bool listenSilent();
    quint16 port() const;
    void close();

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    static Response json(int status, const QByteArray &body);

private:
    void accept(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Request &request);

    QTcpServer *m_server = nullptr;
    bool m_silent = false;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace leaselink::test
