#include "PsuManagementClient.h"

#include "PsuClient.h"

#include "domain/Server.h"
#include "net/NetErrorFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        QString detail = QStringLiteral("the answer is not a JSON array of endpoint records");
        if (result->body.trimmed().isEmpty())
            detail = QStringLiteral("an empty answer where the list of endpoints was expected");
        NetError error = NetErrorFactory::decode(RemoteService::Psu, result->method, result->url,
                                                 QString(), detail);
        co_return netFail(std::move(error));
    }
    QList<QJsonObject> records;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            const QString path = QStringLiteral("[%1]").arg(i);
            const QString detail = QStringLiteral("an endpoint record is not a JSON object");
            NetError error = NetErrorFactory::decode(RemoteService::Psu, result->method,
                                                     result->url, path, detail);
            co_return netFail(std::move(error));
        }
        records << array.at(i).toObject();
    }
    co_return records;
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
