#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace leaselink {

// A completed HTTP exchange with a 2xx status (non-2xx answers become NetError HttpStatus).
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString method;
    QString url; // redacted

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// What a session records of each exchange for a traffic log; secrets already masked.
struct HttpExchange
{
    QString method;
    QString url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int status = 0;          // 0: no HTTP answer
    QByteArray responseBody; // first 4 KiB
    QString error;           // NetError::toString() or ""
    int attempt = 1;
    qint64 elapsedMs = 0;
};

} // namespace leaselink
