#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace leaselink::lab {

// One HTTP request as a simulated service sees it, independent of the transport. The lab's HTTP
// server (lab/common) turns each QHttpServer request into one of these, applies faults, records
// the exchange and writes the LabResponse back, so the simulators are pure request handlers that
// tests can also call directly.
struct LabRequest
{
    QByteArray method;                     // "GET", "POST", ... (upper case)
    QString path;                          // decoded path, e.g. "/api/dhcp/scopes/10.0.1.0"
    QUrlQuery query;                       // repeated keys preserved (parent=a&parent=b)
    QHash<QByteArray, QByteArray> headers; // header names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

struct LabResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type etc.
    QByteArray body;

    static LabResponse json(int status, const QJsonDocument &document)
    {
        return LabResponse{
            status,
            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
            document.toJson(QJsonDocument::Compact)};
    }
    static LabResponse raw(int status, QByteArray body, QByteArray contentType)
    {
        return LabResponse{
            status, {{QByteArrayLiteral("Content-Type"), contentType}}, std::move(body)};
    }
    static LabResponse empty(int status) { return LabResponse{status, {}, {}}; }
};

// A simulated remote service (a PSU server or NetBox). Implementations keep their state in
// memory and are not thread-safe: the lab calls them on one thread.
class LabService
{
public:
    virtual ~LabService() = default;
    virtual LabResponse handle(const LabRequest &request) = 0;
    // Values the transport must redact from its request log and recordings (the service's
    // tokens, including ones it issued at run time). Asked again for every logged exchange.
    virtual QList<QByteArray> secrets() const { return {}; }
};

} // namespace leaselink::lab
