#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace leaselink::lab {

// One injected failure for requests whose method and path match. Faults are per server; the
// LabHttpServer applies the first matching one before (or instead of) asking the simulator.
struct LabFault
{
    enum class Kind
    {
        Latency,       // only the added latency, then the normal answer
        Status,        // a fixed status with a typical body (502: an HTML proxy page)
        MalformedJson, // 200 with a body that is not JSON
        Empty200,      // 200 with an empty body
        LoneObject,    // the first element of a JSON list instead of the list
        Truncated,     // Content-Length larger than what is sent, then a clean close
        Reset,         // half the body, then the connection is reset
        Hang,          // never answers; the client must give up
        HugeBody,      // 200 with bodyBytes of JSON-looking text, streamed; Content-Length set
        HugeStream,    // the same without Content-Length (ends when the connection closes)
    };

    Kind kind = Kind::Latency;
    QByteArray method = QByteArrayLiteral("*"); // "*" or an upper-case method
    QString pathPattern = QStringLiteral("*");  // '*' matches any run of characters, '/' too
    int status = 500;                           // for Kind::Status
    int latencyMs = 0;                          // added before answering (any kind)
    int onlyNth = 0;                            // 0: every match; N: only the Nth match (1-based)
    QByteArray body;                            // for Kind::Status: replaces the default body
    QByteArray contentType;                     // with body
    qint64 bodyBytes = 200'000'000;             // for HugeBody / HugeStream (issue 8: 200 MB)

    bool matches(const QByteArray &requestMethod, const QString &path) const;

    static QString kindName(Kind kind);
    static Expected<Kind> kindFromName(const QString &name);
};

} // namespace leaselink::lab
