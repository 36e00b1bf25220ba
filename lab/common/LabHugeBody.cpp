#include "LabHugeBody.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace leaselink::lab {

namespace {

constexpr qint64 PieceBytes = 1024 * 1024;
constexpr qint64 MaxQueuedBytes = 4 * PieceBytes; // what the socket may hold unsent

const QByteArray &prefix()
{
    static const QByteArray text = QByteArrayLiteral(
        R"([{"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":")");
    return text;
}

const QByteArray &suffix()
{
    static const QByteArray text = QByteArrayLiteral(
        R"(","scope_id":"10.0.1.0","lease_expiry":null,"address_state":"Active"}])");
    return text;
}

struct Stream
{
    QPointer<QTcpSocket> socket;
    qint64 total = 0;
    qint64 sent = 0;
    bool announced = true;

    // Bytes [sent, sent + n) of prefix + 'a'… + suffix.
    QByteArray next(qint64 n) const
    {
        QByteArray piece;
        piece.reserve(n);
        for (qint64 at = sent; at < sent + n; ++at) {
            if (at < prefix().size())
                piece.append(prefix().at(at));
            else if (at >= total - suffix().size())
                piece.append(suffix().at(at - (total - suffix().size())));
            else {
                // The long middle run in one go.
                const qint64 end = qMin(sent + n, total - suffix().size());
                piece.append(QByteArray(end - at, 'a'));
                at = end - 1;
            }
        }
        return piece;
    }

    void pump()
    {
        while (socket && socket->state() == QAbstractSocket::ConnectedState && sent < total &&
               socket->bytesToWrite() < MaxQueuedBytes) {
            const qint64 n = qMin(PieceBytes, total - sent);
            socket->write(next(n));
            sent += n;
        }
        if (socket && sent >= total && !announced && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }
};

} // namespace

void streamHugeBody(QTcpSocket *socket, qint64 bytes, bool announceLength)
{
    auto stream = std::make_shared<Stream>();
    stream->socket = socket;
    stream->total = qMax(bytes, qint64(prefix().size() + suffix().size()));
    stream->announced = announceLength;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    if (announceLength)
        head += "Content-Length: " + QByteArray::number(stream->total) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    // The connection owns the stream: it ends with the socket, whoever closes it.
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [stream] { stream->pump(); });
    stream->pump();
}

} // namespace leaselink::lab
