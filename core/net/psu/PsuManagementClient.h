#pragma once

#include "net/HttpSession.h"
#include "net/NetError.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <QCoroTask>

namespace leaselink {

struct Server;

// Client for the few PSU management calls "Update PSU Scripts" makes (psu-api.md §5), on the
// server's management base (same scheme, host and port, path /api/v1; data-model.md). Uses the
// same session settings as PsuClient: TLS trust, stored certificate, timeout, redaction. Writes
// are never retried (C-19).
class PsuManagementClient : public QObject
{
    Q_OBJECT
public:
    explicit PsuManagementClient(HttpSessionConfig config, QObject *parent = nullptr);

    // PsuClient::sessionConfig with the base URL switched to Server::managementBaseUrl().
    static HttpSessionConfig sessionConfig(const Server &server, const QString &token);

    HttpSession &session() { return *m_session; }

    // GET /endpoint. Anything other than a JSON array of objects is a failure (Decode), never
    // an empty list: planning against "no endpoints" would create a duplicate of every one.
    QCoro::Task<NetResult<QList<QJsonObject>>> endpoints();
    // PUT /endpoint/{id} with the whole record; POST /endpoint. The answer's record when the
    // server sends one, otherwise the record sent.
    QCoro::Task<NetResult<QJsonObject>> updateEndpoint(int id, QJsonObject record);
    QCoro::Task<NetResult<QJsonObject>> createEndpoint(QJsonObject record);
    // POST /endpoint/restart with {}: PSU reloads the definitions (any 2xx, body ignored).
    QCoro::Task<NetResult<void>> restart();

    // 401/403 from /api/v1 get a sentence naming what the token lacks (the DHCPWriter role with
    // the "apis/*" permission) instead of the DHCP endpoints' sentence.
    static NetError explainAccess(NetError error);

private:
    QCoro::Task<NetResult<QJsonObject>> sendRecord(HttpRequest request, QJsonObject sent);

    HttpSession *m_session = nullptr;
};

} // namespace leaselink
