// The simulated NetBox over real HTTP(S) through the lab's LabHttpServer: the same answers as
// in-process, with absolute URLs built from the Host header the client sent.
#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace leaselink::lab;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

class Client
{
public:
    Client(const QUrl &base, QString token, const QSslCertificate &trusted = QSslCertificate())
        : m_base(base)
        , m_token(std::move(token))
        , m_trusted(trusted)
    {}

    HttpReply send(const QByteArray &method, const QString &path,
                   const QJsonValue &body = QJsonValue::Undefined, bool authenticate = true)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (authenticate)
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!m_trusted.isNull()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates({m_trusted});
            request.setSslConfiguration(ssl);
        }
        QByteArray payload;
        if (!body.isUndefined()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            payload = body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                     : QJsonDocument(body.toObject()).toJson();
        }
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            qWarning("no answer from the lab for %s %s", method.constData(), qPrintable(path));
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_base;
    QString m_token;
    QSslCertificate m_trusted;
    QNetworkAccessManager m_manager;
};

} // namespace

class TestNetBoxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void statusAndHeaders();
    void authenticationOverHttp();
    void writesAndAbsoluteUrls();
    void bulkVerbsWithBodies();
    void unknownPathIsHtml();
    void https();

private:
    std::unique_ptr<NetBoxSim> m_sim;
    std::unique_ptr<LabHttpServer> m_server;
    QString m_token;
};

void TestNetBoxHttp::init()
{
    m_sim = std::make_unique<NetBoxSim>();
    const int user = m_sim->addUser(QStringLiteral("dhcp-sync"));
    m_token = m_sim->addTokenV2(user);
    m_server = std::make_unique<LabHttpServer>(m_sim.get());
}

void TestNetBoxHttp::cleanup()
{
    m_server.reset();
    m_sim.reset();
}

void TestNetBoxHttp::statusAndHeaders()
{
    QVERIFY(m_server->start().has_value());
    Client client(m_server->baseUrl(), m_token);
    const HttpReply reply = client.send("GET", QStringLiteral("/api/status/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("netbox-version")).toString(),
             QStringLiteral("4.6.8"));
    QCOMPARE(reply.headers.value("api-version"), QByteArray("4.6"));
    QCOMPARE(reply.headers.value("x-request-id").size(), 36);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
}

void TestNetBoxHttp::authenticationOverHttp()
{
    QVERIFY(m_server->start().has_value());
    Client anonymous(m_server->baseUrl(), m_token);
    HttpReply reply = anonymous.send("GET", QStringLiteral("/api/ipam/ip-addresses/"),
                                     QJsonValue::Undefined, false);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object(),
             (QJsonObject{{QStringLiteral("detail"),
                           QStringLiteral("Authentication credentials were not provided.")}}));
    Client wrong(m_server->baseUrl(),
                 QStringLiteral("nbt_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"));
    reply = wrong.send("GET", QStringLiteral("/api/ipam/ip-addresses/"));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object().value(QStringLiteral("detail")).toString(),
             QStringLiteral("Invalid v2 token"));
}

void TestNetBoxHttp::writesAndAbsoluteUrls()
{
    QVERIFY(m_server->start().has_value());
    const QString base = m_server->baseUrl().toString();
    Client client(m_server->baseUrl(), m_token);
    HttpReply reply =
        client.send("POST", QStringLiteral("/api/ipam/ip-addresses/"),
                    QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.11/24")},
                                {QStringLiteral("status"), QStringLiteral("dhcp")},
                                {QStringLiteral("dns_name"), QStringLiteral("PC-11.example.net")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(QStringLiteral("url")).toString(),
             base + QStringLiteral("/api/ipam/ip-addresses/1/"));
    QCOMPARE(reply.object().value(QStringLiteral("dns_name")).toString(),
             QStringLiteral("pc-11.example.net"));
    QCOMPARE(reply.headers.value("location"),
             (base + QStringLiteral("/api/ipam/ip-addresses/1/")).toUtf8());
    for (int i = 12; i < 15; ++i)
        m_sim->addIpAddress(QStringLiteral("10.20.0.%1/24").arg(i));
    reply =
        client.send("GET", QStringLiteral("/api/ipam/ip-addresses/?parent=10.20.0.0/24&limit=2"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("count")).toInt(), 4);
    QCOMPARE(reply.object().value(QStringLiteral("next")).toString(),
             base +
                 QStringLiteral("/api/ipam/ip-addresses/?limit=2&offset=2&parent=10.20.0.0%2F24"));
}

void TestNetBoxHttp::bulkVerbsWithBodies()
{
    QVERIFY(m_server->start().has_value());
    for (int i = 1; i <= 3; ++i)
        m_sim->addIpAddress(QStringLiteral("10.0.0.%1/24").arg(i));
    Client client(m_server->baseUrl(), m_token);
    HttpReply reply =
        client.send("PATCH", QStringLiteral("/api/ipam/ip-addresses/"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("id"), 2},
                        {QStringLiteral("status"), QStringLiteral("reserved")},
                        {QStringLiteral("changelog_message"), QStringLiteral("sync run 1")}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 1);
    reply = client.send(
        "DELETE", QStringLiteral("/api/ipam/ip-addresses/3/"),
        QJsonObject{{QStringLiteral("changelog_message"), QStringLiteral("lease gone")}});
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    reply = client.send("GET", QStringLiteral("/api/core/object-changes/?q=lease+gone"));
    QCOMPARE(reply.object().value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(reply.object()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("user_name"))
                 .toString(),
             QStringLiteral("dhcp-sync"));
    QCOMPARE(m_sim->ipAddresses().size(), 2);
}

void TestNetBoxHttp::unknownPathIsHtml()
{
    QVERIFY(m_server->start().has_value());
    Client client(m_server->baseUrl(), m_token);
    const HttpReply reply = client.send("GET", QStringLiteral("/api/extras/object-changes/"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.headers.value("content-type").startsWith("text/html"));
}

void TestNetBoxHttp::https()
{
    const LabCertificate certificate = LabCertificate::localhost();
    QVERIFY(!certificate.isNull());
    m_server->enableTls(certificate);
    m_sim->config().scheme = QStringLiteral("https");
    QVERIFY(m_server->start().has_value());
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
    m_sim->addIpAddress(QStringLiteral("10.0.0.1/24"));
    Client client(m_server->baseUrl(), m_token, certificate.certificate);
    const HttpReply reply = client.send("GET", QStringLiteral("/api/ipam/ip-addresses/1/"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("url")).toString(),
             m_server->baseUrl().toString() + QStringLiteral("/api/ipam/ip-addresses/1/"));
    QVERIFY(!reply.headers.value("etag").isEmpty());
}

QTEST_GUILESS_MAIN(TestNetBoxHttp)
#include "tst_netbox_http.moc"
