#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace leaselink {

class CancellationToken;

// One HTTP request relative to a session's base URL. A small value built with the static
// helpers; the session adds the headers, TLS and auth.
struct HttpRequest
{
    QByteArray method = "GET";
    QString path;    // appended to the base URL's path, e.g. "/scopes" or "/ipam/prefixes/"
    QUrlQuery query; // already-split query items (repeated keys allowed)
    QByteArray body; // JSON, sent when hasBody
    bool hasBody = false;
    // Retried on timeouts, resets and 502/503/504 when true. Defaults to true for GET, HEAD
    // and OPTIONS only; a write is marked idempotent explicitly by the caller who knows.
    std::optional<bool> idempotent;
    std::optional<std::chrono::milliseconds> timeout; // overrides the session's
    CancellationToken *cancel = nullptr;              // optional, not owned

    bool isIdempotent() const
    {
        if (idempotent)
            return *idempotent;
        return method == "GET" || method == "HEAD" || method == "OPTIONS";
    }
    bool isWrite() const { return !(method == "GET" || method == "HEAD" || method == "OPTIONS"); }

    static HttpRequest get(QString path, QUrlQuery query = {})
    {
        HttpRequest r;
        r.path = std::move(path);
        r.query = std::move(query);
        return r;
    }
    static HttpRequest withJson(QByteArray method, QString path, const QJsonDocument &json)
    {
        HttpRequest r;
        r.method = std::move(method);
        r.path = std::move(path);
        r.body = json.toJson(QJsonDocument::Compact);
        r.hasBody = true;
        return r;
    }
};

} // namespace leaselink
