#pragma once

#include <QtGlobal>

class QTcpSocket;

namespace leaselink::lab {

// Issue 8 "Hostile input": answers 200 with `bytes` bytes of a PSU-lease-shaped JSON list whose
// one hostname fills the body. The body is generated and written piece by piece as the socket
// drains, so the lab holds a few MiB whatever size it claims; the client is what is under test.
// With announceLength the head carries Content-Length, otherwise the body ends when the
// connection closes. Stops quietly when the client goes away.
void streamHugeBody(QTcpSocket *socket, qint64 bytes, bool announceLength);

} // namespace leaselink::lab
