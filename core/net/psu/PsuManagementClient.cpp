#include "PsuManagementClient.h"

#include "PsuClient.h"
#include "PsuDecoder.h"

#include "domain/Server.h"
#include "net/NetErrorFactory.h"

#include <QJsonDocument>

namespace leaselink {

PsuManagementClient::PsuManagementClient(HttpSessionConfig config, QObject *parent)
    : QObject(parent)
{
    config.service = RemoteService::Psu;
    m_session = new HttpSession(std::move(config), this);
}

HttpSessionConfig PsuManagementClient::sessionConfig(const Server &server, const QString &token)
{
    HttpSessionConfig config = PsuClient::sessionConfig(server, token);
    config.baseUrl = server.managementBaseUrl();
    return config;
}

NetError PsuManagementClient::explainAccess(NetError error)
{
    if (error.kind != NetError::Kind::HttpStatus)
        return error;
    if (error.httpStatus == 401) {
        error.adminMessage =
            QStringLiteral("The PSU server rejected the App Token (401) for its management API: "
                           "Update PSU Scripts needs a valid writer token (DHCPWriter role with "
                           "the \"apis/*\" permission)");
    } else if (error.httpStatus == 403) {
        error.adminMessage = QStringLiteral(
            "The App Token may not change PSU endpoints (403): Update PSU Scripts needs a token "
            "whose role has the PSU permission \"apis/*\" (the DHCPWriter role as "
            "psu/setup_roles.ps1 sets it up, or Administrator); a DHCPReader token cannot");
    }
    return error;
}

QCoro::Task<NetResult<QList<QJsonObject>>> PsuManagementClient::endpoints()
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/endpoint"));
    const HttpResult result = co_await m_session->send(std::move(request));
    if (!result) {
        NetError error = explainAccess(result.error());
        co_return netFail(std::move(error));
    }
    // The same list rules as every PSU list read (C-01): anything but an array of objects fails.
    auto records = PsuDecoder::objects(result->body);
    if (!records) {
        NetError error = NetErrorFactory::decode(RemoteService::Psu, result->method, result->url,
                                                 records.error().path, records.error().reason);
        co_return netFail(std::move(error));
    }
    co_return std::move(*records);
}

QCoro::Task<NetResult<QJsonObject>> PsuManagementClient::sendRecord(HttpRequest request,
                                                                    QJsonObject sent)
{
    const HttpResult result = co_await m_session->send(std::move(request));
    if (!result) {
        NetError error = explainAccess(result.error());
        co_return netFail(std::move(error));
    }
    // Any 2xx is success (§5); the record PSU answers with is only informative.
    const QJsonDocument document = QJsonDocument::fromJson(result->body);
    if (document.isObject())
        co_return document.object();
    co_return sent;
}

QCoro::Task<NetResult<QJsonObject>> PsuManagementClient::updateEndpoint(int id, QJsonObject record)
{
    const QString path = QStringLiteral("/endpoint/%1").arg(id);
    HttpRequest request = HttpRequest::withJson("PUT", path, QJsonDocument(record));
    co_return co_await sendRecord(std::move(request), std::move(record));
}

QCoro::Task<NetResult<QJsonObject>> PsuManagementClient::createEndpoint(QJsonObject record)
{
    HttpRequest request =
        HttpRequest::withJson("POST", QStringLiteral("/endpoint"), QJsonDocument(record));
    co_return co_await sendRecord(std::move(request), std::move(record));
}

QCoro::Task<NetResult<void>> PsuManagementClient::restart()
{
    HttpRequest request = HttpRequest::withJson("POST", QStringLiteral("/endpoint/restart"),
                                                QJsonDocument(QJsonObject()));
    const HttpResult result = co_await m_session->send(std::move(request));
    if (!result) {
        NetError error = explainAccess(result.error());
        co_return netFail(std::move(error));
    }
    co_return NetResult<void>();
}

} // namespace leaselink
