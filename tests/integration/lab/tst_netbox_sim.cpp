// Fidelity tests of the simulated NetBox against netbox-api.md §15, calling handle() directly.
// Expected bodies are the examples and messages of the spec.
#include "netbox/NetBoxPreStates.h"
#include "netbox/NetBoxSim.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace leaselink::lab;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
    QJsonArray results() const { return object().value(QStringLiteral("results")).toArray(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QString detail() const { return object().value(QStringLiteral("detail")).toString(); }
};

QJsonObject detailBody(const QString &text)
{
    return QJsonObject{{QStringLiteral("detail"), text}};
}

QJsonObject fieldError(const QString &field, const QString &message)
{
    return QJsonObject{{field, QJsonArray{message}}};
}

class Lab
{
public:
    explicit Lab(const QString &version = QStringLiteral("4.6.8"))
    {
        sim.config().version = version;
        const int admin = sim.addUser(QStringLiteral("dhcp-sync"));
        adminToken = sim.addTokenV2(admin, true, QStringLiteral("4F9DAouzURLb"),
                                    QStringLiteral("zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S"));
        v1Token =
            sim.addTokenV1(admin, true, QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        const int reader = sim.addUser(QStringLiteral("reader"));
        readToken = sim.addTokenV1(reader, false,
                                   QStringLiteral("aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd"));
    }

    Reply call(const QByteArray &method, const QString &url,
               const QJsonValue &body = QJsonValue::Undefined,
               QList<QPair<QByteArray, QByteArray>> headers = {}, const QString &token = {})
    {
        LabRequest request;
        request.method = method;
        const QUrl parsed(QStringLiteral("http://nb.example") + url);
        request.path = parsed.path();
        request.query = QUrlQuery(parsed);
        request.headers.insert("host", "nb.example");
        const QString credential = token.isNull() ? adminToken : token;
        if (!credential.isEmpty())
            request.headers.insert(
                "authorization",
                (credential.startsWith(QLatin1String("nbt_")) ? "Bearer " : "Token ") +
                    credential.toUtf8());
        if (!body.isUndefined()) {
            request.headers.insert("content-type", "application/json");
            request.body = body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                          : QJsonDocument(body.toObject()).toJson();
        }
        for (const auto &[name, value] : headers)
            request.headers.insert(name.toLower(), value);
        const LabResponse response = sim.handle(request);
        return Reply{response.status, response.body, response.headers};
    }
    Reply get(const QString &url, const QString &token = {})
    {
        return call("GET", url, QJsonValue::Undefined, {}, token);
    }
    Reply post(const QString &url, const QJsonValue &body) { return call("POST", url, body); }
    Reply patch(const QString &url, const QJsonValue &body) { return call("PATCH", url, body); }

    NetBoxSim sim;
    QString adminToken;
    QString v1Token;
    QString readToken;
};

} // namespace

class TestNetBoxSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Transport and auth
    void trailingSlash();
    void transportErrors();
    void authentication_data();
    void authentication();
    void permissions();
    void responseHeaders();
    void etagAndIfMatch();
    void rootStatusAndAuthCheck();
    // Lists
    void pagination_data();
    void pagination();
    void paginationLinks();
    void cursorPaging();
    void briefFieldsOmit();
    void ordering();
    void filters_data();
    void filters();
    void filterErrors_data();
    void filterErrors();
    void customFieldFilter();
    // IP addresses
    void ipReadShape();
    void addressParsing_data();
    void addressParsing();
    void statusChoices();
    void dnsName_data();
    void dnsName();
    void duplicates();
    void tagsOnWrite();
    void addRemoveTags();
    void customFieldsOnWrite();
    void detailVerbs();
    // Bulk
    void bulkCreate();
    void bulkUpdate();
    void bulkDelete();
    // Prefixes, custom fields, tags, choices, change log
    void prefixes();
    void prefixFilters();
    void customFieldEndpoint();
    void tagEndpoint();
    void optionsChoices();
    void changeLog();
    void testHooks();
    void preStates();
    void largeTablePaging();
};

void TestNetBoxSim::trailingSlash()
{
    Lab lab;
    Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses?limit=5"));
    QCOMPARE(reply.status, 301);
    QCOMPARE(reply.header("Location"), QByteArray("/api/ipam/ip-addresses/?limit=5"));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}});
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QCOMPARE(lab.sim.ipAddresses().size(), 0);
}

void TestNetBoxSim::transportErrors()
{
    Lab lab;
    Reply reply = lab.get(QStringLiteral("/api/nonexistent/things/"));
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());

    reply = lab.call("TRACE", QStringLiteral("/api/ipam/ip-addresses/"));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.object(), detailBody(QStringLiteral("Method \"TRACE\" not allowed.")));

    reply = lab.call("GET", QStringLiteral("/api/status/"), QJsonValue::Undefined,
                     {{"Accept", "application/json; version=4.4"}});
    QCOMPARE(reply.status, 406);
    QCOMPARE(reply.object(), detailBody(QStringLiteral("Invalid version in \"Accept\" header.")));
    reply = lab.call("GET", QStringLiteral("/api/status/"), QJsonValue::Undefined,
                     {{"Accept", "application/json; version=4.6"}});
    QCOMPARE(reply.status, 200);

    LabRequest form;
    form.method = "POST";
    form.path = QStringLiteral("/api/ipam/ip-addresses/");
    form.headers.insert("authorization", "Bearer " + lab.adminToken.toUtf8());
    form.headers.insert("content-type", "application/x-www-form-urlencoded");
    form.body = "address=10.0.0.1/24";
    LabResponse response = lab.sim.handle(form);
    QCOMPARE(response.status, 415);
    QCOMPARE(QJsonDocument::fromJson(response.body).object(),
             detailBody(QStringLiteral(
                 "Unsupported media type \"application/x-www-form-urlencoded\" in request.")));

    form.headers.insert("content-type", "application/json");
    form.body = "{\"address\": ";
    response = lab.sim.handle(form);
    QCOMPARE(response.status, 400);
    QVERIFY(QJsonDocument::fromJson(response.body)
                .object()
                .value(QStringLiteral("detail"))
                .toString()
                .startsWith(QLatin1String("JSON parse error - ")));
}

void TestNetBoxSim::authentication_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QString notProvided = QStringLiteral("Authentication credentials were not provided.");
    QTest::newRow("no header") << QByteArray() << 403 << notProvided;
    QTest::newRow("other keyword is anonymous")
        << QByteArray("Basic dXNlcjpwYXNz") << 403 << notProvided;
    QTest::newRow("three parts")
        << QByteArray("Token a b") << 403
        << QStringLiteral("Invalid authorization header: Must be in the form \"Bearer "
                          "<key>.<token>\" or \"Token <token>\"");
    QTest::newRow("v2 without dot")
        << QByteArray("Bearer nbt_4F9DAouzURLb") << 403
        << QStringLiteral("Invalid authorization header: Could not parse key from v2 token. "
                          "Did you mean to use 'Token' instead of 'Bearer'?");
    QTest::newRow("wrong v2 secret")
        << QByteArray("Bearer nbt_4F9DAouzURLb.wrongsecretwrongsecretwrongsecretwrongse") << 403
        << QStringLiteral("Invalid v2 token");
    QTest::newRow("unknown v1") << QByteArray("Token ffffffffffffffffffffffffffffffffffffffff")
                                << 403 << QStringLiteral("Invalid v1 token");
    QTest::newRow("v2 ok")
        << QByteArray("Bearer nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S") << 200
        << QString();
    QTest::newRow("keyword case-insensitive")
        << QByteArray("bEaReR nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S") << 200
        << QString();
    QTest::newRow("Token keyword with v2 value")
        << QByteArray("Token nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S") << 200
        << QString();
    QTest::newRow("v1 ok") << QByteArray("Token 0123456789abcdef0123456789abcdef01234567") << 200
                           << QString();
    QTest::newRow("Bearer keyword with v1 value")
        << QByteArray("Bearer 0123456789abcdef0123456789abcdef01234567") << 200 << QString();
}

void TestNetBoxSim::authentication()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, detail);
    Lab lab;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({"Authorization", header});
    const Reply reply = lab.call("GET", QStringLiteral("/api/status/"), QJsonValue::Undefined,
                                 headers, QStringLiteral(""));
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("WWW-Authenticate").isEmpty());
    if (!detail.isEmpty())
        QCOMPARE(reply.object(), detailBody(detail));
}

void TestNetBoxSim::permissions()
{
    Lab lab;
    // Disabled, expired, inactive user.
    const int user = lab.sim.addUser(QStringLiteral("other"));
    const QString disabled =
        lab.sim.addTokenV1(user, true, QStringLiteral("1111111111111111111111111111111111111111"));
    const QString expired =
        lab.sim.addTokenV1(user, true, QStringLiteral("2222222222222222222222222222222222222222"));
    for (auto &[id, token] : lab.sim.state().tokens()) {
        if (token.secret == disabled)
            token.enabled = false;
        if (token.secret == expired)
            token.expires = QDateTime::currentDateTimeUtc().addDays(-1);
    }
    QCOMPARE(lab.get(QStringLiteral("/api/status/"), disabled).object(),
             detailBody(QStringLiteral("Token disabled")));
    QCOMPARE(lab.get(QStringLiteral("/api/status/"), expired).object(),
             detailBody(QStringLiteral("Token expired")));
    const int inactive = lab.sim.addUser(QStringLiteral("gone"));
    const QString inactiveToken = lab.sim.addTokenV1(
        inactive, true, QStringLiteral("3333333333333333333333333333333333333333"));
    lab.sim.state().users()[inactive].isActive = false;
    QCOMPARE(lab.get(QStringLiteral("/api/status/"), inactiveToken).object(),
             detailBody(QStringLiteral("User inactive")));

    // Read-only token: reads work, writes are refused with NetBox's text.
    const QString denied = QStringLiteral("You do not have permission to perform this action.");
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/"), lab.readToken).status, 200);
    Reply reply = lab.call("POST", QStringLiteral("/api/ipam/ip-addresses/"),
                           QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}},
                           {}, lab.readToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object(), detailBody(denied));

    // A user without the model permission gets the same 403.
    const int limited =
        lab.sim.addUser(QStringLiteral("limited"), false, {QStringLiteral("ipam.view_ipaddress")});
    const QString limitedToken = lab.sim.addTokenV2(limited);
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/"), limitedToken).status, 200);
    reply = lab.call("POST", QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}}, {},
                     limitedToken);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.object(), detailBody(denied));
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/prefixes/"), limitedToken).status, 403);
    QCOMPARE(lab.sim.ipAddresses().size(), 0);
}

void TestNetBoxSim::responseHeaders()
{
    Lab lab;
    const Reply first = lab.get(QStringLiteral("/api/ipam/ip-addresses/"));
    const Reply second = lab.get(QStringLiteral("/api/ipam/ip-addresses/"));
    QCOMPARE(first.header("API-Version"), QByteArray("4.6"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(uuid.match(QString::fromLatin1(first.header("X-Request-ID"))).hasMatch());
    QVERIFY(first.header("X-Request-ID") != second.header("X-Request-ID"));
    QVERIFY(first.header("ETag").isEmpty()); // never on lists
    QCOMPARE(first.header("Content-Type"), QByteArray("application/json"));

    Lab old(QStringLiteral("4.5.10"));
    QCOMPARE(old.get(QStringLiteral("/api/status/")).header("API-Version"), QByteArray("4.5"));
}

void TestNetBoxSim::etagAndIfMatch()
{
    Lab lab;
    Reply created =
        lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                 QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}});
    QCOMPARE(created.status, 201);
    const QByteArray etag = created.header("ETag");
    QVERIFY(etag.startsWith("W/\""));
    QVERIFY(etag.endsWith("+00:00\""));
    QCOMPARE(created.header("Location"), QByteArray("http://nb.example/api/ipam/ip-addresses/1/"));
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/1/")).header("ETag"), etag);

    Reply stale = lab.call("PATCH", QStringLiteral("/api/ipam/ip-addresses/1/"),
                           QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}},
                           {{"If-Match", "W/\"2020-01-01T00:00:00.000000+00:00\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object(), detailBody(QStringLiteral("Precondition failed.")));
    QCOMPARE(stale.header("ETag"), etag);
    Reply fresh = lab.call("PATCH", QStringLiteral("/api/ipam/ip-addresses/1/"),
                           QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}},
                           {{"If-Match", etag}});
    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.header("ETag") != etag);
    QCOMPARE(lab.call("PATCH", QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("description"), QStringLiteral("y")}},
                      {{"If-Match", "*"}})
                 .status,
             200);

    Lab old(QStringLiteral("4.5.10"));
    old.post(QStringLiteral("/api/ipam/ip-addresses/"),
             QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}});
    Reply ignored = old.call("PATCH", QStringLiteral("/api/ipam/ip-addresses/1/"),
                             QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}},
                             {{"If-Match", "W/\"nope\""}});
    QCOMPARE(ignored.status, 200);
    QVERIFY(ignored.header("ETag").isEmpty());
}

void TestNetBoxSim::rootStatusAndAuthCheck()
{
    Lab lab;
    Reply root = lab.get(QStringLiteral("/api/"));
    QCOMPARE(root.status, 200);
    QCOMPARE(root.object().value(QStringLiteral("ipam")).toString(),
             QStringLiteral("http://nb.example/api/ipam/"));
    QCOMPARE(root.object().size(), 12);

    lab.sim.config().fullVersion = QStringLiteral("4.6.8-beta1");
    Reply status = lab.get(QStringLiteral("/api/status/"));
    QCOMPARE(status.object().value(QStringLiteral("netbox-version")).toString(),
             QStringLiteral("4.6.8"));
    QCOMPARE(status.object().value(QStringLiteral("netbox-full-version")).toString(),
             QStringLiteral("4.6.8-beta1"));
    QCOMPARE(status.object()
                 .value(QStringLiteral("installed_apps"))
                 .toObject()
                 .value(QStringLiteral("rest_framework"))
                 .toString(),
             QStringLiteral("3.17.1"));
    QVERIFY(status.object().value(QStringLiteral("plugins")).isObject());
    QCOMPARE(lab.get(QStringLiteral("/api/status/"), QStringLiteral("")).status, 403);

    Lab old(QStringLiteral("4.5.10"));
    QCOMPARE(old.get(QStringLiteral("/api/status/"))
                 .object()
                 .value(QStringLiteral("netbox-version"))
                 .toString(),
             QStringLiteral("4.5.10"));

    Reply me = lab.get(QStringLiteral("/api/authentication-check/"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("dhcp-sync"));
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("display_url"),
          QStringLiteral("display"), QStringLiteral("first_name"), QStringLiteral("last_name"),
          QStringLiteral("email"), QStringLiteral("is_active"), QStringLiteral("date_joined"),
          QStringLiteral("last_login"), QStringLiteral("groups"), QStringLiteral("permissions")})
        QVERIFY2(me.object().contains(key), qPrintable(key));
}

void TestNetBoxSim::pagination_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("maxPageSize");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<int>("firstIndex");
    QTest::newRow("default page size 50") << QString() << 1000 << 50 << 0;
    QTest::newRow("limit") << QStringLiteral("limit=7") << 1000 << 7 << 0;
    QTest::newRow("limit capped at MAX_PAGE_SIZE")
        << QStringLiteral("limit=500") << 100 << 100 << 0;
    QTest::newRow("limit=0 is MAX_PAGE_SIZE") << QStringLiteral("limit=0") << 100 << 100 << 0;
    QTest::newRow("limit=0 without MAX_PAGE_SIZE is all")
        << QStringLiteral("limit=0") << 0 << 1200 << 0;
    QTest::newRow("invalid limit falls back") << QStringLiteral("limit=abc") << 1000 << 50 << 0;
    QTest::newRow("negative limit falls back") << QStringLiteral("limit=-5") << 1000 << 50 << 0;
    QTest::newRow("offset") << QStringLiteral("limit=10&offset=20") << 1000 << 10 << 20;
    QTest::newRow("negative offset is 0")
        << QStringLiteral("limit=10&offset=-3") << 1000 << 10 << 0;
    QTest::newRow("offset past the end") << QStringLiteral("offset=5000") << 1000 << 0 << 0;
}

void TestNetBoxSim::pagination()
{
    QFETCH(QString, query);
    QFETCH(int, maxPageSize);
    QFETCH(int, expectedCount);
    QFETCH(int, firstIndex);
    Lab lab;
    lab.sim.config().maxPageSize = maxPageSize;
    for (int i = 0; i < 1200; ++i)
        lab.sim.addIpAddress(QStringLiteral("10.1.%1.%2/16").arg(i / 250).arg(i % 250 + 1));
    const Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?") + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("count")).toInt(), 1200);
    QCOMPARE(reply.results().size(), expectedCount);
    if (expectedCount > 0)
        QCOMPARE(reply.results().first().toObject().value(QStringLiteral("address")).toString(),
                 QStringLiteral("10.1.%1.%2/16").arg(firstIndex / 250).arg(firstIndex % 250 + 1));
}

void TestNetBoxSim::paginationLinks()
{
    Lab lab;
    for (int i = 1; i <= 30; ++i)
        lab.sim.addIpAddress(QStringLiteral("10.0.0.%1/24").arg(i));
    Reply reply = lab.get(QStringLiteral(
        "/api/ipam/ip-addresses/?status=active&limit=10&parent=10.0.0.0/16&brief=1"));
    QCOMPARE(reply.object().value(QStringLiteral("next")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/"
                            "?brief=1&limit=10&offset=10&parent=10.0.0.0%2F16&status=active"));
    QVERIFY(reply.object().value(QStringLiteral("previous")).isNull());
    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?limit=10&offset=10"));
    QCOMPARE(reply.object().value(QStringLiteral("previous")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/?limit=10"));
    QCOMPARE(reply.object().value(QStringLiteral("next")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/?limit=10&offset=20"));
    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?limit=10&offset=25"));
    QVERIFY(reply.object().value(QStringLiteral("next")).isNull());
    QCOMPARE(reply.object().value(QStringLiteral("previous")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/?limit=10&offset=15"));
}

void TestNetBoxSim::cursorPaging()
{
    Lab lab;
    for (int i = 1; i <= 25; ++i)
        lab.sim.addIpAddress(
            QStringLiteral("10.0.0.%1/24").arg(26 - i)); // ids not in address order
    Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?start=0&limit=10"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.object().value(QStringLiteral("count")).isNull());
    QVERIFY(reply.object().value(QStringLiteral("previous")).isNull());
    QCOMPARE(reply.results().size(), 10);
    QCOMPARE(reply.results().at(0).toObject().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(reply.object().value(QStringLiteral("next")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/?limit=10&start=11"));
    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?start=21&limit=10"));
    QCOMPARE(reply.results().size(), 5);
    QVERIFY(reply.object().value(QStringLiteral("next")).isNull());

    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?start=1&offset=5"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.array(),
             QJsonArray{QStringLiteral("'start' and 'offset' are mutually exclusive.")});
    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?start=1&ordering=id"));
    QCOMPARE(reply.array(),
             QJsonArray{QStringLiteral(
                 "Ordering cannot be specified in conjunction with cursor-based pagination.")});
    reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?start=-1"));
    QCOMPARE(reply.array(), QJsonArray{QStringLiteral(
                                "Invalid 'start' parameter: must be a non-negative integer.")});

    Lab old(QStringLiteral("4.5.10"));
    for (int i = 1; i <= 5; ++i)
        old.sim.addIpAddress(QStringLiteral("10.0.0.%1/24").arg(i));
    reply = old.get(QStringLiteral("/api/ipam/ip-addresses/?start=3&offset=1"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("count")).toInt(), 5);
    QCOMPARE(reply.results().size(), 4);
}

void TestNetBoxSim::briefFieldsOmit()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.1/24"), 0, QStringLiteral("dhcp"),
                         QStringLiteral("pc.example.net"));
    const auto keys = [](const Reply &reply) { return reply.results().first().toObject().keys(); };
    QStringList brief{QStringLiteral("address"), QStringLiteral("description"),
                      QStringLiteral("display"), QStringLiteral("family"),
                      QStringLiteral("id"),      QStringLiteral("url")};
    QCOMPARE(keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?brief=1"))), brief);
    QCOMPARE(keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?brief=false"))),
             brief); // any non-empty value
    QCOMPARE(keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?brief="))).size(), 23);
    QCOMPARE(
        keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?fields=id,address,bogus&brief=1"))),
        (QStringList{QStringLiteral("address"), QStringLiteral("id")}));
    const QStringList omitted =
        keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?omit=tags,custom_fields&brief=1")));
    QCOMPARE(omitted.size(), 21);
    QVERIFY(!omitted.contains(QStringLiteral("tags")));
    QCOMPARE(keys(lab.get(QStringLiteral("/api/ipam/ip-addresses/?fields=id&omit=id"))),
             QStringList{QStringLiteral("id")});

    Lab v450(QStringLiteral("4.5.0"));
    v450.sim.addIpAddress(QStringLiteral("10.0.0.1/24"));
    QCOMPARE(keys(v450.get(QStringLiteral("/api/ipam/ip-addresses/?omit=tags"))).size(),
             23); // omit is 4.5.2+
}

void TestNetBoxSim::ordering()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.10/24"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.9/24"));
    lab.sim.addIpAddress(QStringLiteral("2001:db8::1/64"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.9/32"));
    lab.sim.addIpAddress(QStringLiteral("9.0.0.1/8"));
    const auto addresses = [&](const QString &query) {
        QStringList list;
        for (const auto &item :
             lab.get(QStringLiteral("/api/ipam/ip-addresses/") + query).results())
            list.append(item.toObject().value(QStringLiteral("address")).toString());
        return list;
    };
    // Host value (numeric, mask ignored), then id; IPv4 before IPv6.
    QCOMPARE(addresses(QString()),
             (QStringList{QStringLiteral("9.0.0.1/8"), QStringLiteral("10.0.0.9/24"),
                          QStringLiteral("10.0.0.9/32"), QStringLiteral("10.0.0.10/24"),
                          QStringLiteral("2001:db8::1/64")}));
    QCOMPARE(addresses(QStringLiteral("?ordering=-id")).first(), QStringLiteral("9.0.0.1/8"));
    QCOMPARE(addresses(QStringLiteral("?ordering=bogus,-id")).last(),
             QStringLiteral("10.0.0.10/24"));
    QCOMPARE(addresses(QStringLiteral("?ordering=bogus")), addresses(QString()));
}

void TestNetBoxSim::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromLatin1(item));
        return result;
    };
    QTest::newRow("address without mask matches host")
        << QStringLiteral("address=10.0.0.5") << list({"10.0.0.5/24", "10.0.0.5/32"});
    QTest::newRow("address with mask is exact")
        << QStringLiteral("address=10.0.0.5/32") << list({"10.0.0.5/32"});
    QTest::newRow("address unparsable dropped")
        << QStringLiteral("address=bogus&address=10.0.1.7") << list({"10.0.1.7/24"});
    QTest::newRow("address all unparsable") << QStringLiteral("address=bogus") << QStringList();
    QTest::newRow("parent") << QStringLiteral("parent=10.0.1.0/24")
                            << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("parent normalised")
        << QStringLiteral("parent=10.0.1.99/24") << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("parent repeated OR")
        << QStringLiteral("parent=10.0.1.0/24&parent=192.168.0.0/16")
        << list({"10.0.1.7/24", "10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("parent unparsable")
        << QStringLiteral("parent=10.0.1.0/24&parent=x") << QStringList();
    QTest::newRow("vrf_id null") << QStringLiteral("vrf_id=null&parent=10.0.0.0/8")
                                 << list({"10.0.0.5/24", "10.0.0.5/32"});
    QTest::newRow("vrf_id") << QStringLiteral("vrf_id=1") << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("vrf by rd") << QStringLiteral("vrf=65000:100")
                               << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("status OR") << QStringLiteral("status=dhcp&status=reserved")
                               << list({"10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("tag AND") << QStringLiteral("tag=dhcp-managed&tag=protected")
                             << list({"10.0.1.8/24"});
    QTest::newRow("tag single") << QStringLiteral("tag=dhcp-managed")
                                << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("tag__n") << QStringLiteral("tag__n=dhcp-managed")
                            << list({"10.0.0.5/24", "10.0.0.5/32", "192.168.1.1/24"});
    QTest::newRow("tag__any") << QStringLiteral("tag__any=protected&tag__any=dhcp-managed")
                              << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("q dns substring") << QStringLiteral("q=PRINTER") << list({"192.168.1.1/24"});
    QTest::newRow("q address prefix")
        << QStringLiteral("q=10.0.1") << list({"10.0.1.7/24", "10.0.1.8/24"});
    QTest::newRow("q empty is no filter")
        << QStringLiteral("q=")
        << list({"10.0.0.5/24", "10.0.0.5/32", "10.0.1.7/24", "10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("mask_length") << QStringLiteral("mask_length=32") << list({"10.0.0.5/32"});
    QTest::newRow("mask_length__lte")
        << QStringLiteral("mask_length__lte=24&parent=10.0.0.0/24") << list({"10.0.0.5/24"});
    QTest::newRow("family") << QStringLiteral("family=4&parent=192.168.0.0/16")
                            << list({"192.168.1.1/24"});
    QTest::newRow("id repeated") << QStringLiteral("id=1&id=3")
                                 << list({"10.0.0.5/24", "10.0.1.7/24"});
    QTest::newRow("id__gt") << QStringLiteral("id__gt=3")
                            << list({"10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("id__in is ignored")
        << QStringLiteral("id__in=1")
        << list({"10.0.0.5/24", "10.0.0.5/32", "10.0.1.7/24", "10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("unknown parameter ignored")
        << QStringLiteral("bogus=1&cf_nope=x")
        << list({"10.0.0.5/24", "10.0.0.5/32", "10.0.1.7/24", "10.0.1.8/24", "192.168.1.1/24"});
    QTest::newRow("dns_name__ic") << QStringLiteral("dns_name__ic=pc") << list({"10.0.1.7/24"});
}

namespace {
void seedFilterFixture(Lab &lab)
{
    const int vrf = lab.sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
    const int managed = lab.sim.addTag(QStringLiteral("dhcp-managed"));
    const int protectedTag = lab.sim.addTag(QStringLiteral("protected"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.5/24")); // 1
    lab.sim.addIpAddress(QStringLiteral("10.0.0.5/32")); // 2
    lab.sim.addIpAddress(QStringLiteral("10.0.1.7/24"), vrf, QStringLiteral("active"),
                         QStringLiteral("pc-7.example.net"), {managed}); // 3
    lab.sim.addIpAddress(QStringLiteral("10.0.1.8/24"), vrf, QStringLiteral("dhcp"), {},
                         {managed, protectedTag}); // 4
    lab.sim.addIpAddress(QStringLiteral("192.168.1.1/24"), 0, QStringLiteral("reserved"),
                         QStringLiteral("printer.example.net")); // 5
}
} // namespace

void TestNetBoxSim::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    Lab lab;
    seedFilterFixture(lab);
    const Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?") + query);
    QCOMPARE(reply.status, 200);
    QStringList addresses;
    for (const auto &item : reply.results())
        addresses.append(item.toObject().value(QStringLiteral("address")).toString());
    QCOMPARE(addresses, expected);
    QCOMPARE(reply.object().value(QStringLiteral("count")).toInt(), expected.size());
}

void TestNetBoxSim::filterErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("unknown tag")
        << QStringLiteral("tag=nope")
        << fieldError(
               QStringLiteral("tag"),
               QStringLiteral("Select a valid choice. nope is not one of the available choices."));
    QTest::newRow("unknown vrf id")
        << QStringLiteral("vrf_id=99")
        << fieldError(
               QStringLiteral("vrf_id"),
               QStringLiteral("Select a valid choice. 99 is not one of the available choices."));
    QTest::newRow("invalid status")
        << QStringLiteral("status=bogus")
        << fieldError(
               QStringLiteral("status"),
               QStringLiteral("Select a valid choice. bogus is not one of the available choices."));
    QTest::newRow("non-integer id")
        << QStringLiteral("id=abc")
        << fieldError(QStringLiteral("id"), QStringLiteral("Enter a whole number."));
}

void TestNetBoxSim::filterErrors()
{
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    Lab lab;
    seedFilterFixture(lab);
    const Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?") + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(), body);
}

void TestNetBoxSim::customFieldFilter()
{
    Lab lab;
    lab.sim.addCustomField(QStringLiteral("dhcp_client_id"), {QStringLiteral("ipam.ipaddress")},
                           QStringLiteral("exact"));
    lab.sim.addIpAddress(
        QStringLiteral("10.0.0.1/24"), 0, QStringLiteral("dhcp"), {}, {},
        QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa:bb:cc:dd:ee:11")}});
    lab.sim.addIpAddress(
        QStringLiteral("10.0.0.2/24"), 0, QStringLiteral("dhcp"), {}, {},
        QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:AA:bb:cc:dd:ee:12")}});
    lab.sim.addIpAddress(QStringLiteral("10.0.0.3/24"));
    const auto count = [&](const QString &query) {
        return lab.get(QStringLiteral("/api/ipam/ip-addresses/?") + query)
            .object()
            .value(QStringLiteral("count"))
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id=01:aa:bb:cc:dd:ee:11")), 1);
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id=aa:bb")), 0); // exact
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id__ic=aa:bb")), 2);
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id__n=01:aa:bb:cc:dd:ee:11")), 2);
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id=null")),
             1); // 4.6.8: missing key counts as null
    lab.sim.state().customFields().begin()->second.filterLogic = QStringLiteral("loose");
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id=aa:bb")), 2);   // loose = icontains
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id__ic=zzz")), 3); // loose: no suffixes, ignored
    lab.sim.state().customFields().begin()->second.filterLogic = QStringLiteral("disabled");
    QCOMPARE(count(QStringLiteral("cf_dhcp_client_id=zzz")), 3);
}

void TestNetBoxSim::ipReadShape()
{
    Lab lab;
    const int vrf = lab.sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
    const int tag = lab.sim.addTag(QStringLiteral("dhcp-managed"));
    lab.sim.addCustomField(QStringLiteral("dhcp_client_id"));
    lab.sim.addIpAddress(
        QStringLiteral("10.20.0.11/24"), vrf, QStringLiteral("dhcp"),
        QStringLiteral("pc-11.example.net"), {tag},
        QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa:bb:cc:dd:ee:11")}});
    const Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/1/"));
    QCOMPARE(reply.status, 200);
    // Key order of IPAddressSerializer (§8.1).
    QStringList order;
    static const QRegularExpression key(QStringLiteral("^\\{?\"([a-z_]+)\":"));
    int depth = 0;
    QString current;
    for (qsizetype i = 0; i < reply.body.size(); ++i) {
        const char c = reply.body.at(i);
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        else if (c == '"' && depth == 1 &&
                 (reply.body.at(i - 1) == '{' || reply.body.at(i - 1) == ',')) {
            const qsizetype end = reply.body.indexOf('"', i + 1);
            order.append(QString::fromLatin1(reply.body.mid(i + 1, end - i - 1)));
            i = end;
        }
    }
    QCOMPARE(order, (QStringList{QStringLiteral("id"),
                                 QStringLiteral("url"),
                                 QStringLiteral("display_url"),
                                 QStringLiteral("display"),
                                 QStringLiteral("family"),
                                 QStringLiteral("address"),
                                 QStringLiteral("vrf"),
                                 QStringLiteral("tenant"),
                                 QStringLiteral("status"),
                                 QStringLiteral("role"),
                                 QStringLiteral("assigned_object_type"),
                                 QStringLiteral("assigned_object_id"),
                                 QStringLiteral("assigned_object"),
                                 QStringLiteral("nat_inside"),
                                 QStringLiteral("nat_outside"),
                                 QStringLiteral("dns_name"),
                                 QStringLiteral("description"),
                                 QStringLiteral("owner"),
                                 QStringLiteral("comments"),
                                 QStringLiteral("tags"),
                                 QStringLiteral("custom_fields"),
                                 QStringLiteral("created"),
                                 QStringLiteral("last_updated")}));
    const QJsonObject ip = reply.object();
    QCOMPARE(ip.value(QStringLiteral("url")).toString(),
             QStringLiteral("http://nb.example/api/ipam/ip-addresses/1/"));
    QCOMPARE(ip.value(QStringLiteral("display_url")).toString(),
             QStringLiteral("http://nb.example/ipam/ip-addresses/1/"));
    QCOMPARE(ip.value(QStringLiteral("family")).toObject(),
             (QJsonObject{{QStringLiteral("value"), 4},
                          {QStringLiteral("label"), QStringLiteral("IPv4")}}));
    QCOMPARE(ip.value(QStringLiteral("status")).toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("dhcp")},
                          {QStringLiteral("label"), QStringLiteral("DHCP")}}));
    QCOMPARE(
        ip.value(QStringLiteral("vrf")).toObject(),
        (QJsonObject{{QStringLiteral("id"), vrf},
                     {QStringLiteral("url"), QStringLiteral("http://nb.example/api/ipam/vrfs/1/")},
                     {QStringLiteral("display"), QStringLiteral("Customers (65000:100)")},
                     {QStringLiteral("name"), QStringLiteral("Customers")},
                     {QStringLiteral("rd"), QStringLiteral("65000:100")},
                     {QStringLiteral("description"), QString()}}));
    QCOMPARE(
        ip.value(QStringLiteral("tags")).toArray().first().toObject(),
        (QJsonObject{
            {QStringLiteral("id"), tag},
            {QStringLiteral("url"), QStringLiteral("http://nb.example/api/extras/tags/1/")},
            {QStringLiteral("display_url"), QStringLiteral("http://nb.example/extras/tags/1/")},
            {QStringLiteral("display"), QStringLiteral("dhcp-managed")},
            {QStringLiteral("name"), QStringLiteral("dhcp-managed")},
            {QStringLiteral("slug"), QStringLiteral("dhcp-managed")},
            {QStringLiteral("color"), QStringLiteral("9e9e9e")}}));
    QCOMPARE(
        ip.value(QStringLiteral("custom_fields")).toObject(),
        (QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa:bb:cc:dd:ee:11")}}));
    QCOMPARE(ip.value(QStringLiteral("nat_outside")).toArray(), QJsonArray());
    static const QRegularExpression timestamp(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"));
    QVERIFY(timestamp.match(ip.value(QStringLiteral("created")).toString()).hasMatch());
    QVERIFY(ip.value(QStringLiteral("tenant")).isNull());
}

void TestNetBoxSim::addressParsing_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stored"); // or the error body (JSON)
    QTest::newRow("bare v4 becomes /32") << "4.6.8"
                                         << "10.0.0.1" << 201 << "10.0.0.1/32";
    QTest::newRow("host bits kept") << "4.6.8"
                                    << "10.0.0.77/24" << 201 << "10.0.0.77/24";
    QTest::newRow("bare v6 becomes /128, canonical")
        << "4.6.8"
        << "2001:DB8:0:0::1" << 201 << "2001:db8::1/128";
    QTest::newRow("/0 rejected") << "4.6.8"
                                 << "10.0.0.1/0" << 400
                                 << R"({"address":["Cannot create IP address with /0 mask."]})";
    QTest::newRow("bad syntax 4.6.6+")
        << "4.6.8"
        << "10.0.0.300/24" << 400 << R"({"address":["Invalid IP address format: 10.0.0.300/24"]})";
    QTest::newRow("bad syntax 4.5") << "4.5.10"
                                    << "10.0.0.300/24" << 500 << "KeyError";
    QTest::newRow("bad syntax 4.6.5") << "4.6.5"
                                      << "nonsense" << 500 << "KeyError";
}

void TestNetBoxSim::addressParsing()
{
    QFETCH(QString, version);
    QFETCH(QString, input);
    QFETCH(int, status);
    QFETCH(QString, stored);
    Lab lab(version);
    const Reply reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                                 QJsonObject{{QStringLiteral("address"), input}});
    QCOMPARE(reply.status, status);
    if (status == 201)
        QCOMPARE(reply.object().value(QStringLiteral("address")).toString(), stored);
    else if (status == 500)
        QCOMPARE(reply.object().value(QStringLiteral("exception")).toString(), stored);
    else
        QCOMPARE(reply.object(), QJsonDocument::fromJson(stored.toUtf8()).object());
}

void TestNetBoxSim::statusChoices()
{
    Lab lab;
    lab.sim.setIpStatusChoices({{QStringLiteral("dhcp-reserved"), QStringLiteral("DHCP Reserved")}},
                               false);
    Reply reply =
        lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                 QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")},
                             {QStringLiteral("status"), QStringLiteral("dhcp-reserved")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toString(),
             QStringLiteral("DHCP Reserved"));
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/?status=dhcp-reserved"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);

    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.2/24")},
                                 {QStringLiteral("status"), QStringLiteral("bogus")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("status"), QStringLiteral("bogus is not a valid choice.")));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.2/24")},
                                 {QStringLiteral("status"),
                                  QJsonObject{{QStringLiteral("value"), QStringLiteral("dhcp")}}}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("status"),
                        QStringLiteral("Value must be passed directly (e.g. \"foo\": 123); do not "
                                       "use a dictionary or list.")));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.2/24")},
                                 {QStringLiteral("status"), QStringLiteral("slaac")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("status"),
                        QStringLiteral("Only IPv6 addresses can be assigned SLAAC status")));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("2001:db8::5/64")},
                                 {QStringLiteral("status"), QStringLiteral("slaac")}});
    QCOMPARE(reply.status, 201);

    // A stored value that is no longer configured reads back with an empty label; with the list
    // replaced, a create without status fails on the model default "active".
    lab.sim.setIpStatusChoices({{QStringLiteral("dhcp"), QStringLiteral("DHCP")}}, true);
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/1/"))
                 .object()
                 .value(QStringLiteral("status"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("dhcp-reserved")},
                          {QStringLiteral("label"), QString()}}));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.3/24")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(), fieldError(QStringLiteral("status"),
                                        QStringLiteral("Value 'active' is not a valid choice.")));
}

void TestNetBoxSim::dnsName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("error");
    const QString regexError = QStringLiteral("Only alphanumeric characters, asterisks, hyphens, "
                                              "periods, and underscores are allowed in DNS names");
    QTest::newRow("lowercased") << "PC-11.Example.NET"
                                << "pc-11.example.net" << QString();
    QTest::newRow("wildcard first label") << "*.example.net"
                                          << "*.example.net" << QString();
    QTest::newRow("trailing dot") << "host.example.net."
                                  << "host.example.net." << QString();
    QTest::newRow("underscore") << "_srv.example"
                                << "_srv.example" << QString();
    QTest::newRow("empty allowed") << ""
                                   << "" << QString();
    QTest::newRow("space") << "my host" << QString() << regexError;
    QTest::newRow("empty label") << "a..b" << QString() << regexError;
    QTest::newRow("inner wildcard") << "a.*.b" << QString() << regexError;
    QTest::newRow("umlaut") << "müller.example" << QString() << regexError;
    QTest::newRow("too long") << QString(256, u'a') << QString()
                              << QStringLiteral(
                                     "Ensure this field has no more than 255 characters.");
}

void TestNetBoxSim::dnsName()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QFETCH(QString, error);
    Lab lab;
    const Reply reply =
        lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                 QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")},
                             {QStringLiteral("dns_name"), name}});
    if (error.isEmpty()) {
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QStringLiteral("dns_name")).toString(), stored);
    } else {
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object(), fieldError(QStringLiteral("dns_name"), error));
    }
}

void TestNetBoxSim::duplicates()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.5/24"));
    const int vrf = lab.sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.5/24"), vrf);
    const auto create = [&](const QJsonObject &body) {
        return lab.post(QStringLiteral("/api/ipam/ip-addresses/"), body);
    };
    Reply reply = create({{QStringLiteral("address"), QStringLiteral("10.0.0.5/32")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("address"),
                        QStringLiteral("Duplicate IP address found in global table: 10.0.0.5/24")));
    reply = create(
        {{QStringLiteral("address"), QStringLiteral("10.0.0.5/16")}, {QStringLiteral("vrf"), vrf}});
    QCOMPARE(
        reply.object(),
        fieldError(QStringLiteral("address"),
                   QStringLiteral(
                       "Duplicate IP address found in VRF Customers (65000:100): 10.0.0.5/24")));
    // The record being updated is not compared with itself.
    QCOMPARE(lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                       QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.5/32")}})
                 .status,
             200);
    // Exempt roles on both sides.
    lab.sim.state().updateIpAddress([&] {
        NbIpAddress ip = *lab.sim.state().ipAddress(1);
        ip.role = QStringLiteral("vip");
        return ip;
    }());
    QCOMPARE(create({{QStringLiteral("address"), QStringLiteral("10.0.0.5/24")},
                     {QStringLiteral("role"), QStringLiteral("vrrp")}})
                 .status,
             201);
    // Switches: ENFORCE_GLOBAL_UNIQUE and per-VRF enforce_unique.
    lab.sim.config().enforceGlobalUnique = false;
    QCOMPARE(create({{QStringLiteral("address"), QStringLiteral("10.0.0.5/24")}}).status, 201);
    lab.sim.state().vrfs()[vrf].enforceUnique = false;
    QCOMPARE(create({{QStringLiteral("address"), QStringLiteral("10.0.0.5/24")},
                     {QStringLiteral("vrf"), vrf}})
                 .status,
             201);
}

void TestNetBoxSim::tagsOnWrite()
{
    Lab lab;
    const int a = lab.sim.addTag(QStringLiteral("alpha"));
    const int b = lab.sim.addTag(QStringLiteral("beta"));
    const int c = lab.sim.addTag(QStringLiteral("gamma"));
    lab.sim.addTag(QStringLiteral("prefix-only"), QStringLiteral("prefix-only"), {},
                   {QStringLiteral("ipam.prefix")});
    const auto tagNames = [](const Reply &reply) {
        QStringList names;
        for (const auto &tag : reply.object().value(QStringLiteral("tags")).toArray())
            names.append(tag.toObject().value(QStringLiteral("name")).toString());
        return names;
    };
    Reply reply = lab.post(
        QStringLiteral("/api/ipam/ip-addresses/"),
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")},
                    {QStringLiteral("tags"),
                     QJsonArray{a, QJsonObject{{QStringLiteral("name"), QStringLiteral("beta")}},
                                QJsonObject{{QStringLiteral("slug"), QStringLiteral("gamma")}}}}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(tagNames(reply), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                           QStringLiteral("gamma")}));
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{{QStringLiteral("tags"), QJsonArray{QJsonObject{{QStringLiteral("id"), c}}}}});
    QCOMPARE(tagNames(reply), QStringList{QStringLiteral("gamma")}); // replaced
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}});
    QCOMPARE(tagNames(reply), QStringList{QStringLiteral("gamma")}); // omitted: untouched
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("tags"), QJsonArray{}}});
    QCOMPARE(tagNames(reply), QStringList()); // [] clears

    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{
            {QStringLiteral("tags"),
             QJsonArray{b, 99, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}}});
    QCOMPARE(reply.status, 400);
    const QJsonArray errors = reply.object().value(QStringLiteral("tags")).toArray();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).toObject(), QJsonObject());
    QVERIFY(QJsonDocument(errors.at(1).toObject())
                .toJson()
                .contains("Related object not found using the provided numeric ID: 99"));
    QVERIFY(QJsonDocument(errors.at(2).toObject())
                .toJson()
                .contains("Related object not found using the provided attributes: {'name': 'x'}"));

    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("alpha")}}});
    QCOMPARE(reply.status, 400); // bare strings are refused
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("tags"),
                                   QJsonArray{QJsonObject{
                                       {QStringLiteral("slug"), QStringLiteral("prefix-only")}}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(), detailBody(QStringLiteral(
                                 "Tag prefix-only cannot be assigned to ipaddress objects.")));
}

void TestNetBoxSim::addRemoveTags()
{
    Lab lab;
    const int a = lab.sim.addTag(QStringLiteral("alpha"));
    const int b = lab.sim.addTag(QStringLiteral("beta"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.1/24"), 0, QStringLiteral("active"), {}, {a});
    Reply reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                            QJsonObject{{QStringLiteral("add_tags"), QJsonArray{b}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("tags")).toArray().size(), 2);
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("remove_tags"), QJsonArray{a}}});
    QCOMPARE(reply.object().value(QStringLiteral("tags")).toArray().size(), 1);
    // The three 400 rules.
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("tags"), QJsonArray{a}},
                                  {QStringLiteral("add_tags"), QJsonArray{b}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("tags")));
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.2/24")},
                                 {QStringLiteral("remove_tags"), QJsonArray{a}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("remove_tags")));
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("add_tags"), QJsonArray{a}},
                                  {QStringLiteral("remove_tags"), QJsonArray{a}}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.object().contains(QStringLiteral("remove_tags")));

    Lab old(QStringLiteral("4.5.10"));
    const int oa = old.sim.addTag(QStringLiteral("alpha"));
    old.sim.addIpAddress(QStringLiteral("10.0.0.1/24"));
    reply = old.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("add_tags"), QJsonArray{oa}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("tags")).toArray().size(), 0); // ignored on 4.5
}

void TestNetBoxSim::customFieldsOnWrite()
{
    Lab lab;
    lab.sim.addCustomField(QStringLiteral("dhcp_client_id"));
    const int other = lab.sim.addCustomField(QStringLiteral("owner_note"));
    lab.sim.state().customFields()[other].defaultValue = QStringLiteral("n/a");
    Reply reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                           QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}});
    QCOMPARE(reply.object().value(QStringLiteral("custom_fields")).toObject(),
             (QJsonObject{{QStringLiteral("dhcp_client_id"), QJsonValue()},
                          {QStringLiteral("owner_note"), QStringLiteral("n/a")}}));
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{{QStringLiteral("custom_fields"),
                     QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa")}}}});
    QCOMPARE(reply.object().value(QStringLiteral("custom_fields")).toObject(),
             (QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa")},
                          {QStringLiteral("owner_note"), QStringLiteral("n/a")}}));
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{{QStringLiteral("custom_fields"), QJsonObject{{QStringLiteral("nope"), 1}}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.object(),
        (QJsonObject{
            {QStringLiteral("custom_fields"),
             QJsonObject{
                 {QStringLiteral("nope"),
                  QStringLiteral("Custom field 'nope' does not exist for this object type.")}}}}));
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("custom_fields"), QStringLiteral("x")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("custom_fields"),
                        QStringLiteral("Invalid data format. Custom field data must be passed as a "
                                       "dictionary mapping field names to their values.")));
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
                      QJsonObject{{QStringLiteral("custom_fields"),
                                   QJsonObject{{QStringLiteral("dhcp_client_id"), 5}}}});
    QCOMPARE(reply.object(),
             fieldError(
                 QStringLiteral("__all__"),
                 QStringLiteral(
                     "Invalid value for custom field 'dhcp_client_id': Value must be a string.")));
    lab.sim.state().customFields().begin()->second.validationRegex = QStringLiteral("^[0-9a-f:]+$");
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{{QStringLiteral("custom_fields"),
                     QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("XYZ")}}}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("__all__"),
                        QStringLiteral("Invalid value for custom field 'dhcp_client_id': Value "
                                       "must match regex '^[0-9a-f:]+$'")));
    lab.sim.state().customFields().begin()->second.unique = true;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.2/24"), 0, QStringLiteral("active"), {}, {},
                         QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:bb")}});
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/1/"),
        QJsonObject{{QStringLiteral("custom_fields"),
                     QJsonObject{{QStringLiteral("dhcp_client_id"), QStringLiteral("01:bb")}}}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("__all__"),
                        QStringLiteral("Custom field 'dhcp_client_id' must have a unique value.")));
    lab.sim.state().customFields()[other].required = true;
    lab.sim.state().customFields()[other].defaultValue = QJsonValue();
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.3/24")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("__all__"),
                        QStringLiteral("Missing required custom field 'owner_note'.")));
}

void TestNetBoxSim::detailVerbs()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.1/24"), 0, QStringLiteral("dhcp"),
                         QStringLiteral("a.example"));
    Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/99/"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.object(), detailBody(QStringLiteral("No IPAddress matches the given query.")));
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/abc/")).object(),
             detailBody(QStringLiteral("Not found.")));
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/prefixes/7/")).object(),
             detailBody(QStringLiteral("No Prefix matches the given query.")));
    QCOMPARE(lab.patch(QStringLiteral("/api/ipam/ip-addresses/99/"), QJsonObject{}).status, 404);

    // PUT resets omitted fields with defaults.
    reply = lab.call("PUT", QStringLiteral("/api/ipam/ip-addresses/1/"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("10.0.0.1/24")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object()
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("active"));
    QCOMPARE(reply.object().value(QStringLiteral("dns_name")).toString(), QString());
    reply = lab.call("PUT", QStringLiteral("/api/ipam/ip-addresses/1/"),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("dhcp")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("address"), QStringLiteral("This field is required.")));

    reply = lab.call("DELETE", QStringLiteral("/api/ipam/ip-addresses/1/"),
                     QJsonObject{{QStringLiteral("changelog_message"), QStringLiteral("gone")}});
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(lab.sim.changes().back().message, QStringLiteral("gone"));
    QCOMPARE(lab.call("DELETE", QStringLiteral("/api/ipam/ip-addresses/1/")).status, 404);
}

void TestNetBoxSim::bulkCreate()
{
    Lab lab;
    const int tag = lab.sim.addTag(QStringLiteral("dhcp-managed"));
    lab.sim.addCustomField(QStringLiteral("dhcp_client_id"));
    lab.sim.addIpAddress(QStringLiteral("10.20.0.12/24"));
    const QJsonArray body{
        QJsonObject{
            {QStringLiteral("address"), QStringLiteral("10.20.0.11/24")},
            {QStringLiteral("status"), QStringLiteral("dhcp")},
            {QStringLiteral("dns_name"), QStringLiteral("pc-11.example.net")},
            {QStringLiteral("tags"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("dhcp-managed")}}}},
            {QStringLiteral("custom_fields"),
             QJsonObject{
                 {QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa:bb:cc:dd:ee:11")}}},
            {QStringLiteral("changelog_message"), QStringLiteral("import batch 7")}},
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.12/24")},
                    {QStringLiteral("status"), QStringLiteral("dhcp")},
                    {QStringLiteral("custom_fields"),
                     QJsonObject{{QStringLiteral("dhcp_client_id"),
                                  QStringLiteral("01:aa:bb:cc:dd:ee:12")}}}}};
    Reply reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(
        reply.array(),
        (QJsonArray{QJsonObject{},
                    fieldError(QStringLiteral("address"),
                               QStringLiteral(
                                   "Duplicate IP address found in global table: 10.20.0.12/24"))}));
    QCOMPARE(lab.sim.ipAddresses().size(), 1); // nothing created

    QJsonArray good = body;
    QJsonObject second = good.at(1).toObject();
    second.insert(QStringLiteral("address"), QStringLiteral("10.20.0.9/24"));
    good.replace(1, second);
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"), good);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.array().size(), 2);
    QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("10.20.0.11/24")); // request order
    QCOMPARE(reply.array().at(1).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("10.20.0.9/24"));
    QCOMPARE(reply.array()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("tags"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             tag);
    QCOMPARE(lab.sim.changes().at(0).message, QStringLiteral("import batch 7"));
    QCOMPARE(lab.sim.changes().at(1).message, QString());

    // Duplicates inside one request are not detected (NetBox checks each item against the DB).
    const QJsonArray twins{
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.30.0.1/24")}},
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.30.0.1/24")}}};
    QCOMPARE(lab.post(QStringLiteral("/api/ipam/ip-addresses/"), twins).status, 201);
    lab.sim.config().strictBulkDuplicates = true;
    const QJsonArray twins2{
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.31.0.1/24")}},
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.31.0.1/24")}}};
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"), twins2);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.array().at(0).toObject(), QJsonObject());
}

void TestNetBoxSim::bulkUpdate()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.3/24"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.1/24"));
    lab.sim.addIpAddress(QStringLiteral("10.0.0.2/24"));
    Reply reply =
        lab.patch(QStringLiteral("/api/ipam/ip-addresses/"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                         {QStringLiteral("description"), QStringLiteral("one")}},
                             QJsonObject{{QStringLiteral("id"), 2},
                                         {QStringLiteral("description"), QStringLiteral("two")}},
                             QJsonObject{{QStringLiteral("id"), 999},
                                         {QStringLiteral("description"), QStringLiteral("skip")}}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 2); // unknown id skipped
    QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("10.0.0.1/24")); // default order
    QCOMPARE(reply.array().at(1).toObject().value(QStringLiteral("description")).toString(),
             QStringLiteral("one"));

    reply =
        lab.patch(QStringLiteral("/api/ipam/ip-addresses/"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), 1}},
                             QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.array(),
             (QJsonArray{QJsonObject{}, fieldError(QStringLiteral("id"),
                                                   QStringLiteral("This field is required."))}));
    reply = lab.patch(QStringLiteral("/api/ipam/ip-addresses/"),
                      QJsonObject{{QStringLiteral("id"), 1}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("non_field_errors"),
                        QStringLiteral("Expected a list of items but got type \"dict\".")));

    // The first failing object aborts everything with its own error dict.
    const int changesBefore = int(lab.sim.changes().size());
    reply = lab.patch(
        QStringLiteral("/api/ipam/ip-addresses/"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), 2},
                               {QStringLiteral("description"), QStringLiteral("changed")}},
                   QJsonObject{{QStringLiteral("id"), 3},
                               {QStringLiteral("dns_name"), QStringLiteral("bad name")}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("dns_name"),
                        QStringLiteral("Only alphanumeric characters, asterisks, hyphens, periods, "
                                       "and underscores are allowed in DNS names")));
    QCOMPARE(lab.sim.state().ipAddress(2)->description, QStringLiteral("two")); // rolled back
    QCOMPARE(int(lab.sim.changes().size()), changesBefore);
}

void TestNetBoxSim::bulkDelete()
{
    Lab lab;
    for (int i = 1; i <= 3; ++i)
        lab.sim.addIpAddress(QStringLiteral("10.0.0.%1/24").arg(i));
    Reply reply = lab.call(
        "DELETE", QStringLiteral("/api/ipam/ip-addresses/"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                               {QStringLiteral("changelog_message"), QStringLiteral("cleanup")}},
                   QJsonObject{{QStringLiteral("id"), 3}},
                   QJsonObject{{QStringLiteral("id"), 77}}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(lab.sim.ipAddresses().size(), 1);
    QCOMPARE(lab.sim.changes().size(), size_t(2));
    QCOMPARE(lab.sim.changes().front().message, QStringLiteral("cleanup"));
    QCOMPARE(lab.sim.changes().front().postchange, QJsonObject());
    reply = lab.call(
        "DELETE", QStringLiteral("/api/ipam/ip-addresses/"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), 2}}, QJsonObject{{QStringLiteral("x"), 1}}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(lab.sim.ipAddresses().size(), 1); // all-or-nothing

    const int vrf = lab.sim.addVrf(QStringLiteral("Blue"));
    lab.sim.addIpAddress(QStringLiteral("10.9.0.1/24"), vrf);
    reply = lab.call("DELETE", QStringLiteral("/api/ipam/vrfs/"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), vrf}}});
    QCOMPARE(reply.status, 409);
    QVERIFY(reply.detail().startsWith(
        QLatin1String("Unable to delete object. 1 dependent objects were found")));
}

void TestNetBoxSim::prefixes()
{
    Lab lab;
    Reply reply =
        lab.post(QStringLiteral("/api/ipam/prefixes/"),
                 QJsonObject{{QStringLiteral("prefix"), QStringLiteral("10.20.0.0/24")},
                             {QStringLiteral("description"), QStringLiteral("Office LAN")},
                             {QStringLiteral("scope_type"), QStringLiteral("dcim.site")},
                             {QStringLiteral("scope_id"), 4}});
    QCOMPARE(reply.status, 201);
    const QJsonObject prefix = reply.object();
    for (const QString &key : {QStringLiteral("id"),
                               QStringLiteral("url"),
                               QStringLiteral("display_url"),
                               QStringLiteral("display"),
                               QStringLiteral("family"),
                               QStringLiteral("prefix"),
                               QStringLiteral("vrf"),
                               QStringLiteral("scope_type"),
                               QStringLiteral("scope_id"),
                               QStringLiteral("scope"),
                               QStringLiteral("tenant"),
                               QStringLiteral("vlan"),
                               QStringLiteral("status"),
                               QStringLiteral("role"),
                               QStringLiteral("is_pool"),
                               QStringLiteral("mark_utilized"),
                               QStringLiteral("description"),
                               QStringLiteral("owner"),
                               QStringLiteral("comments"),
                               QStringLiteral("tags"),
                               QStringLiteral("custom_fields"),
                               QStringLiteral("created"),
                               QStringLiteral("last_updated"),
                               QStringLiteral("children"),
                               QStringLiteral("_depth")})
        QVERIFY2(prefix.contains(key), qPrintable(key));
    QCOMPARE(prefix.size(), 25);
    QCOMPARE(prefix.value(QStringLiteral("scope_type")).toString(), QStringLiteral("dcim.site"));

    const auto create = [&](const QJsonObject &body) {
        return lab.post(QStringLiteral("/api/ipam/prefixes/"), body);
    };
    QCOMPARE(
        create({{QStringLiteral("prefix"), QStringLiteral("10.0.0.1/24")}}).object(),
        fieldError(QStringLiteral("prefix"),
                   QStringLiteral("10.0.0.1/24 is not a valid prefix. Did you mean 10.0.0.0/24?")));
    QCOMPARE(
        create({{QStringLiteral("prefix"), QStringLiteral("0.0.0.0/0")}}).object(),
        fieldError(QStringLiteral("prefix"), QStringLiteral("Cannot create prefix with /0 mask.")));
    QCOMPARE(create({{QStringLiteral("prefix"), QStringLiteral("10.20.0.0/24")}}).object(),
             fieldError(QStringLiteral("prefix"),
                        QStringLiteral("Duplicate prefix found in global table: 10.20.0.0/24")));
    QCOMPARE(create({{QStringLiteral("prefix"), QStringLiteral("10.21.0.0/24")},
                     {QStringLiteral("scope_type"), QStringLiteral("dcim.site")}})
                 .object(),
             fieldError(QStringLiteral("__all__"), QStringLiteral("Please select a site.")));
    reply = create({{QStringLiteral("prefix"), QStringLiteral("10.20.0.128/25")}});
    QCOMPARE(reply.object().value(QStringLiteral("_depth")).toInt(), 1);
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/prefixes/1/"))
                 .object()
                 .value(QStringLiteral("children"))
                 .toInt(),
             1);
}

void TestNetBoxSim::prefixFilters()
{
    Lab lab;
    const int vrf = lab.sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
    lab.sim.addPrefix(QStringLiteral("10.0.0.0/16"));
    lab.sim.addPrefix(QStringLiteral("10.0.1.0/24"));
    lab.sim.addPrefix(QStringLiteral("10.0.2.0/24"), 0, QStringLiteral("reserved"), {},
                      QStringLiteral("Lab net"));
    lab.sim.addPrefix(QStringLiteral("10.0.1.0/24"), vrf);
    const auto prefixes = [&](const QString &query) {
        QStringList list;
        for (const auto &item : lab.get(QStringLiteral("/api/ipam/prefixes/?") + query).results()) {
            const QJsonObject o = item.toObject();
            list.append(
                o.value(QStringLiteral("prefix")).toString() +
                (o.value(QStringLiteral("vrf")).isNull() ? QString() : QStringLiteral("@vrf")));
        }
        return list;
    };
    QCOMPARE(prefixes(QString()),
             (QStringList{QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24"),
                          QStringLiteral("10.0.2.0/24"), QStringLiteral("10.0.1.0/24@vrf")}));
    QCOMPARE(prefixes(QStringLiteral("prefix=10.0.1.0/24&vrf_id=null")),
             QStringList{QStringLiteral("10.0.1.0/24")});
    QCOMPARE(prefixes(QStringLiteral("within=10.0.0.0/16&vrf_id=null")),
             (QStringList{QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.2.0/24")}));
    QCOMPARE(prefixes(QStringLiteral("within_include=10.0.0.0/16&vrf_id=null")).size(), 3);
    QCOMPARE(prefixes(QStringLiteral("contains=10.0.1.5&vrf_id=null")),
             (QStringList{QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24")}));
    QCOMPARE(prefixes(QStringLiteral("contains=10.0.1.0/24&vrf_id=null")),
             (QStringList{QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24")}));
    QCOMPARE(prefixes(QStringLiteral("within=garbage")), QStringList());
    QCOMPARE(prefixes(QStringLiteral("status=reserved")),
             QStringList{QStringLiteral("10.0.2.0/24")});
    QCOMPARE(prefixes(QStringLiteral("q=lab")), QStringList{QStringLiteral("10.0.2.0/24")});
    QCOMPARE(prefixes(QStringLiteral("mask_length=16")),
             QStringList{QStringLiteral("10.0.0.0/16")});
    QCOMPARE(prefixes(QStringLiteral("vrf_id=%1").arg(vrf)),
             QStringList{QStringLiteral("10.0.1.0/24@vrf")});
}

void TestNetBoxSim::customFieldEndpoint()
{
    Lab lab;
    lab.sim.addIpAddress(QStringLiteral("10.0.0.1/24"));
    const QJsonObject body{
        {QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.ipaddress")}},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("name"), QStringLiteral("dhcp_client_id")},
        {QStringLiteral("label"), QStringLiteral("DHCP client ID")},
        {QStringLiteral("description"),
         QStringLiteral("DHCP client identifier managed by LeaseLink")},
        {QStringLiteral("required"), false},
        {QStringLiteral("filter_logic"), QStringLiteral("exact")},
        {QStringLiteral("ui_visible"), QStringLiteral("always")},
        {QStringLiteral("ui_editable"), QStringLiteral("yes")}};
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/1/"))
                 .object()
                 .value(QStringLiteral("custom_fields"))
                 .toObject(),
             QJsonObject());
    Reply reply = lab.post(QStringLiteral("/api/extras/custom-fields/"), body);
    QCOMPARE(reply.status, 201);
    const QJsonObject field = reply.object();
    QCOMPARE(
        field.value(QStringLiteral("type")).toObject().value(QStringLiteral("label")).toString(),
        QStringLiteral("Text"));
    QCOMPARE(field.value(QStringLiteral("filter_logic"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("exact"));
    QCOMPARE(field.value(QStringLiteral("display")).toString(), QStringLiteral("DHCP client ID"));
    QCOMPARE(field.value(QStringLiteral("data_type")).toString(), QStringLiteral("string"));
    QVERIFY(field.contains(QStringLiteral("validation_schema"))); // 4.6 shape
    // The new field appears (null) on every IP at once and enables cf_ filtering.
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/1/"))
                 .object()
                 .value(QStringLiteral("custom_fields"))
                 .toObject(),
             (QJsonObject{{QStringLiteral("dhcp_client_id"), QJsonValue()}}));
    QCOMPARE(lab.get(QStringLiteral("/api/extras/custom-fields/?name=dhcp_client_id"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);

    reply = lab.post(QStringLiteral("/api/extras/custom-fields/"), body);
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("name"),
                        QStringLiteral("custom field with this name already exists.")));
    QJsonObject badName = body;
    badName.insert(QStringLiteral("name"), QStringLiteral("Bad-Name"));
    QCOMPARE(lab.post(QStringLiteral("/api/extras/custom-fields/"), badName).status, 400);
    reply = lab.patch(QStringLiteral("/api/extras/custom-fields/1/"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}});
    QCOMPARE(reply.object(),
             fieldError(QStringLiteral("type"),
                        QStringLiteral("Changing the type of custom fields is not supported.")));
    reply = lab.patch(
        QStringLiteral("/api/extras/custom-fields/1/"),
        QJsonObject{{QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.prefix")}}});
    QCOMPARE(reply.object().value(QStringLiteral("object_types")).toArray(),
             QJsonArray{QStringLiteral("ipam.prefix")}); // replaced
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/1/"))
                 .object()
                 .value(QStringLiteral("custom_fields"))
                 .toObject(),
             QJsonObject());

    Lab old(QStringLiteral("4.5.10"));
    QVERIFY(!old.post(QStringLiteral("/api/extras/custom-fields/"), body)
                 .object()
                 .contains(QStringLiteral("validation_schema")));
}

void TestNetBoxSim::tagEndpoint()
{
    Lab lab;
    Reply reply = lab.post(QStringLiteral("/api/extras/tags/"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("dhcp-managed")},
                                       {QStringLiteral("slug"), QStringLiteral("dhcp-managed")},
                                       {QStringLiteral("color"), QStringLiteral("ff5722")}});
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.object().value(QStringLiteral("weight")).toInt(), 1000);
    QCOMPARE(reply.object().value(QStringLiteral("tagged_items")).toInt(), 0);
    reply = lab.post(QStringLiteral("/api/extras/tags/"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("dhcp-managed")},
                                 {QStringLiteral("slug"), QStringLiteral("other")}});
    QCOMPARE(reply.object(), fieldError(QStringLiteral("name"),
                                        QStringLiteral("tag with this name already exists.")));
    reply = lab.post(QStringLiteral("/api/extras/tags/"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("slug"), QStringLiteral("x")},
                                 {QStringLiteral("color"), QStringLiteral("#ff0000")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(lab.get(QStringLiteral("/api/extras/tags/?slug=dhcp-managed"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             1);
    QCOMPARE(lab.get(QStringLiteral("/api/extras/tags/?name=nope"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             0);
}

void TestNetBoxSim::optionsChoices()
{
    Lab lab;
    lab.sim.setIpStatusChoices({{QStringLiteral("dhcp-reserved"), QStringLiteral("DHCP Reserved")}},
                               false);
    Reply reply = lab.call("OPTIONS", QStringLiteral("/api/ipam/ip-addresses/"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("IP Address List"));
    const QJsonArray choices = reply
                                   .object()[QStringLiteral("actions")][QStringLiteral("POST")]
                                            [QStringLiteral("status")][QStringLiteral("choices")]
                                   .toArray();
    QCOMPARE(choices.size(), 6);
    QCOMPARE(choices.at(5).toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("dhcp-reserved")},
                          {QStringLiteral("display_name"), QStringLiteral("DHCP Reserved")}}));
    QCOMPARE(choices.at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("active"));
    reply = lab.call("OPTIONS", QStringLiteral("/api/ipam/ip-addresses/"), QJsonValue::Undefined,
                     {}, lab.readToken);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.object().contains(QStringLiteral("actions")));
}

void TestNetBoxSim::changeLog()
{
    Lab lab;
    Reply created = lab.post(
        QStringLiteral("/api/ipam/ip-addresses/"),
        QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.11/24")},
                    {QStringLiteral("status"), QStringLiteral("dhcp")},
                    {QStringLiteral("changelog_message"), QStringLiteral("import batch 7")}});
    const QString requestId = QString::fromLatin1(created.header("X-Request-ID"));
    Reply changes = lab.get(QStringLiteral("/api/core/object-changes/?request_id=") + requestId);
    QCOMPARE(changes.object().value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject change = changes.results().first().toObject();
    QCOMPARE(change.value(QStringLiteral("user_name")).toString(), QStringLiteral("dhcp-sync"));
    QCOMPARE(change.value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("username"))
                 .toString(),
             QStringLiteral("dhcp-sync"));
    QCOMPARE(change.value(QStringLiteral("action")).toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("create")},
                          {QStringLiteral("label"), QStringLiteral("Created")}}));
    QCOMPARE(change.value(QStringLiteral("message")).toString(), QStringLiteral("import batch 7"));
    QCOMPARE(change.value(QStringLiteral("changed_object_type")).toString(),
             QStringLiteral("ipam.ipaddress"));
    QCOMPARE(change.value(QStringLiteral("prechange_data")).toObject(), QJsonObject());
    QCOMPARE(change.value(QStringLiteral("postchange_data"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("dhcp"));
    QVERIFY(change.value(QStringLiteral("postchange_data"))
                .toObject()
                .value(QStringLiteral("vrf"))
                .isNull());
    QCOMPARE(change.value(QStringLiteral("object_repr")).toString(),
             QStringLiteral("10.20.0.11/24"));
    QCOMPARE(change.value(QStringLiteral("changed_object"))
                 .toObject()
                 .value(QStringLiteral("address"))
                 .toString(),
             QStringLiteral("10.20.0.11/24"));

    // A no-op update writes no record; a real one does.
    lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
              QJsonObject{{QStringLiteral("status"), QStringLiteral("dhcp")}});
    QCOMPARE(lab.sim.changes().size(), size_t(1));
    lab.patch(QStringLiteral("/api/ipam/ip-addresses/1/"),
              QJsonObject{{QStringLiteral("status"), QStringLiteral("reserved")}});
    QCOMPARE(lab.sim.changes().size(), size_t(2));
    lab.call("DELETE", QStringLiteral("/api/ipam/ip-addresses/1/"));
    changes = lab.get(QStringLiteral("/api/core/object-changes/"));
    QCOMPARE(changes.results()
                 .first()
                 .toObject()
                 .value(QStringLiteral("action"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("delete")); // newest first
    QVERIFY(changes.results().first().toObject().value(QStringLiteral("changed_object")).isNull());
    const auto count = [&](const QString &query) {
        return lab.get(QStringLiteral("/api/core/object-changes/?") + query)
            .object()
            .value(QStringLiteral("count"))
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("action=update")), 1);
    QCOMPARE(count(QStringLiteral("changed_object_type=ipam.ipaddress&changed_object_id=1")), 3);
    QCOMPARE(count(QStringLiteral("user=dhcp-sync")), 3);
    QCOMPARE(count(QStringLiteral("id__gt=2")), 1);
    QCOMPARE(count(QStringLiteral("time_after=2000-01-01T00:00:00Z")), 3);
    QCOMPARE(count(QStringLiteral("time_before=2000-01-01T00:00:00Z")), 0);
    QCOMPARE(lab.get(QStringLiteral("/api/extras/object-changes/")).status, 404);
    QCOMPARE(lab.call("POST", QStringLiteral("/api/core/object-changes/"), QJsonObject{}).status,
             405);
}

void TestNetBoxSim::testHooks()
{
    Lab lab;
    lab.sim.config().maxRequestLineBytes = 4094;
    QString query;
    for (int i = 0; i < 300; ++i)
        query += QStringLiteral("&address=10.0.%1.%2").arg(i / 200).arg(i % 200);
    Reply reply = lab.get(QStringLiteral("/api/ipam/ip-addresses/?limit=1") + query);
    QCOMPARE(reply.status, 400);
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull()); // not JSON
    QCOMPARE(lab.get(QStringLiteral("/api/ipam/ip-addresses/?limit=1")).status, 200);

    lab.sim.config().maxBodyBytes = 2621440;
    QJsonArray big;
    for (int i = 0; i < 40000; ++i)
        big.append(QJsonObject{
            {QStringLiteral("address"), QStringLiteral("10.%1.%2.1/24").arg(i / 250).arg(i % 250)},
            {QStringLiteral("description"), QString(60, u'x')}});
    reply = lab.post(QStringLiteral("/api/ipam/ip-addresses/"), big);
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.object().value(QStringLiteral("exception")).toString(),
             QStringLiteral("RequestDataTooBig"));
    QCOMPARE(lab.sim.ipAddresses().size(), 0);
}

void TestNetBoxSim::preStates()
{
    const QList<NetBoxScopeSpec> scopes{{QStringLiteral("10.1.0.0/24"), {}, {}},
                                        {QStringLiteral("10.2.0.0/22"), {}, {}}};
    NetBoxSim first;
    NetBoxSim second;
    const auto tokensA =
        NetBoxPreStates::apply(first, NetBoxPreStates::Kind::ProtectedTags, scopes, 42);
    const auto tokensB =
        NetBoxPreStates::apply(second, NetBoxPreStates::Kind::ProtectedTags, scopes, 42);
    QCOMPARE(tokensA.admin, tokensB.admin);
    QVERIFY(tokensA.admin.startsWith(QLatin1String("nbt_")));
    QCOMPARE(tokensA.readOnly.size(), 40);
    const auto ipsA = first.ipAddresses();
    const auto ipsB = second.ipAddresses();
    QCOMPARE(ipsA.size(), ipsB.size());
    QVERIFY(ipsA.size() > 20);
    for (qsizetype i = 0; i < ipsA.size(); ++i) {
        QCOMPARE(ipsA.at(i).address.text(), ipsB.at(i).address.text());
        QCOMPARE(ipsA.at(i).tagIds, ipsB.at(i).tagIds);
    }
    QCOMPARE(first.state().prefixes().size(), size_t(2));
    const bool anyProtected = std::any_of(
        ipsA.begin(), ipsA.end(), [](const NbIpAddress &ip) { return ip.tagIds.size() == 2; });
    QVERIFY(anyProtected);

    NetBoxSim empty;
    NetBoxPreStates::apply(empty, NetBoxPreStates::Kind::Empty, scopes, 1);
    QCOMPARE(empty.ipAddresses().size(), 0);
    NetBoxSim vrf;
    NetBoxPreStates::apply(vrf, NetBoxPreStates::Kind::InVrf, scopes, 1);
    QCOMPARE(vrf.state().vrfs().size(), size_t(1));
    const QList<NbIpAddress> vrfIps = vrf.ipAddresses();
    QVERIFY(!vrfIps.isEmpty());
    QVERIFY(std::all_of(vrfIps.begin(), vrfIps.end(),
                        [](const NbIpAddress &ip) { return ip.vrfId == 1; }));
    NetBoxSim custom;
    NetBoxPreStates::apply(custom, NetBoxPreStates::Kind::CustomStatuses, scopes, 1);
    QCOMPARE(custom.config().ipStatusChoices.size(), 7);
    QCOMPARE(NetBoxPreStates::kindFromName(QStringLiteral("in-vrf")), NetBoxPreStates::Kind::InVrf);
    QCOMPARE(NetBoxConfig::releaseFor(QStringLiteral("4.5")), QStringLiteral("4.5.10"));
    QCOMPARE(NetBoxConfig::releaseFor(QStringLiteral("4.6")), QStringLiteral("4.6.8"));
    QCOMPARE(NetBoxConfig::releaseFor(QStringLiteral("4.6.5")), QStringLiteral("4.6.5"));
    QCOMPARE(NetBoxConfig::releaseFor(QStringLiteral("3.7")), QString());
    QVERIFY(!NetBoxPreStates::kindFromName(QStringLiteral("bogus")));
}

void TestNetBoxSim::largeTablePaging()
{
    // 110k addresses: a full paginated read (limit=1000) returns every row exactly once, and a
    // parent-filtered read uses the index. The elapsed time is reported, not asserted.
    Lab lab;
    NetBoxState &state = lab.sim.state();
    for (int i = 0; i < 110000; ++i) {
        NbIpAddress ip;
        ip.address = *NetBoxAddress::parse(
            QStringLiteral("10.%1.%2.%3/16").arg(i / 65536).arg((i / 256) % 256).arg(i % 256));
        ip.status = QStringLiteral("dhcp");
        state.addIpAddress(std::move(ip));
    }
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    int lastId = 0;
    QString next = QStringLiteral("/api/ipam/ip-addresses/?limit=1000&fields=id,address");
    while (!next.isEmpty()) {
        const Reply reply = lab.get(next);
        QCOMPARE(reply.status, 200);
        for (const auto &item : reply.results()) {
            const int id = item.toObject().value(QStringLiteral("id")).toInt();
            QCOMPARE(id, lastId + 1);
            lastId = id;
            ++seen;
        }
        const QString url = reply.object().value(QStringLiteral("next")).toString();
        next = url.isEmpty() ? QString() : url.mid(QStringLiteral("http://nb.example").size());
    }
    QCOMPARE(seen, 110000);
    qInfo("full paginated read of 110000 IP addresses: %lld ms", timer.elapsed());
    const Reply parent =
        lab.get(QStringLiteral("/api/ipam/ip-addresses/?parent=10.1.7.0/24&limit=1000&offset=100"));
    QCOMPARE(parent.object().value(QStringLiteral("count")).toInt(), 256);
    QCOMPARE(parent.results().size(), 156);
    QCOMPARE(parent.results().first().toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("10.1.7.100/16"));
}

QTEST_GUILESS_MAIN(TestNetBoxSim)
#include "tst_netbox_sim.moc"
