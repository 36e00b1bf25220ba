// HttpSession against a loopback fake: status mapping, faults, retries, auth origin, redaction.
#include "FakeHttpServer.h"
#include "LogCapture.h"

#include "net/CancellationToken.h"
#include "net/HttpSession.h"
#include "net/Redactor.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace leaselink;
using leaselink::test::FakeHttpServer;

namespace {

const QString Token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbi10ZXN0LXRva2Vu.SECRETsig123");

HttpSessionConfig configFor(quint16 port, RemoteService service = RemoteService::Psu)
{
    HttpSessionConfig c;
    c.service = service;
    c.serviceName = QStringLiteral("dhcp-test");
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/dhcp").arg(port));
    c.authorization = "Bearer " + Token.toUtf8();
    c.timeout = std::chrono::milliseconds(800);
    c.retryBaseDelay = std::chrono::milliseconds(20);
    return c;
}

} // namespace

class TestHttpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::LogCapture::install(); }

    void successSendsHeaders()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler(
            [](const auto &) { return FakeHttpServer::json(200, R"({"status":"ok"})"); });
        HttpSession session(configFor(server.port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(server.requests().size(), 1);
        const auto &req = server.requests().first();
        QCOMPARE(req.target, QByteArray("/api/dhcp/health"));
        QCOMPARE(req.headers.value("authorization"), "Bearer " + Token.toUtf8());
        QCOMPARE(req.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(req.headers.value("content-type"), QByteArray("application/json"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("serverText");
        QTest::newRow("401") << 401 << QByteArray() << QByteArray("GET")
                             << QStringLiteral("rejected the App Token (401)") << QString();
        QTest::newRow("403 write")
            << 403 << QByteArray() << QByteArray("POST")
            << QStringLiteral(
                   "The token has no DHCPWriter role: ask the PSU admin for a writer token")
            << QString();
        QTest::newRow("403 read") << 403 << QByteArray() << QByteArray("GET")
                                  << QStringLiteral("DHCPReader or DHCPWriter role") << QString();
        QTest::newRow("404 json") << 404 << QByteArray(R"({"error":"Scope not found."})")
                                  << QByteArray("GET") << QStringLiteral("Scope not found.")
                                  << QStringLiteral("Scope not found.");
        QTest::newRow("500 json") << 500 << QByteArray(R"({"error":"Windows said no"})")
                                  << QByteArray("GET")
                                  << QStringLiteral("reported an error: Windows said no")
                                  << QStringLiteral("Windows said no");
        QTest::newRow("500 raw") << 500 << QByteArray("Import-Module : DhcpServer missing")
                                 << QByteArray("GET") << QStringLiteral("DhcpServer missing")
                                 << QStringLiteral("Import-Module : DhcpServer missing");
        QTest::newRow("502 html") << 502
                                  << QByteArray("<html><head><title>502</title><style>p{}</style></"
                                                "head><body><h1>Bad Gateway</h1></body></html>")
                                  << QByteArray("GET") << QStringLiteral("(HTTP 502)")
                                  << QStringLiteral("502 Bad Gateway");
    }

    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, method);
        QFETCH(QString, sentence);
        QFETCH(QString, serverText);
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([&](const auto &) {
            auto r = FakeHttpServer::json(status, body);
            if (body.startsWith('<'))
                r.contentType = "text/html";
            return r;
        });
        auto config = configFor(server.port());
        config.maxReadRetries = 0;
        HttpSession session(config);
        HttpRequest request = HttpRequest::get(QStringLiteral("/scopes"));
        request.method = method;
        const HttpResult r = QCoro::waitFor(session.send(request));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::HttpStatus);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY2(r.error().adminMessage.contains(sentence), qPrintable(r.error().adminMessage));
        QCOMPARE(r.error().serverText, serverText);
        QVERIFY(r.error().url.endsWith(QStringLiteral("/api/dhcp/scopes")));
        QVERIFY(r.error().toString().contains(QStringLiteral("returned HTTP %1").arg(status)));
    }

    void timeoutIsRetriedForReadsThenReported()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([](const auto &) {
            FakeHttpServer::Response r;
            r.fault = FakeHttpServer::Fault::NoAnswer;
            return r;
        });
        auto config = configFor(server.port());
        config.timeout = std::chrono::milliseconds(200);
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/scopes"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Timeout);
        QCOMPARE(server.requests().size(), 3); // first try + two retries (C-19)
        QVERIFY(test::LogCapture::contains(QStringLiteral("attempt 1 of 3 failed")));
    }

    void writesAreNeverRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([](const auto &) { return FakeHttpServer::json(503, "busy"); });
        HttpSession session(configFor(server.port()));
        const HttpResult r = QCoro::waitFor(session.send(HttpRequest::withJson(
            "POST", QStringLiteral("/reservations"), QJsonDocument(QJsonObject()))));
        QVERIFY(!r);
        QCOMPARE(r.error().httpStatus, 503);
        QCOMPARE(server.requests().size(), 1);
    }

    void transientThenSuccess()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        int calls = 0;
        server.setHandler([&](const auto &) {
            ++calls;
            if (calls == 1) {
                FakeHttpServer::Response r;
                r.fault = FakeHttpServer::Fault::Reset;
                return r;
            }
            if (calls == 2)
                return FakeHttpServer::json(504, "<html>gateway</html>");
            return FakeHttpServer::json(200, "[]");
        });
        HttpSession session(configFor(server.port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/leases"))));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(calls, 3);
    }

    void resetAndTruncated_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::newRow("reset") << int(FakeHttpServer::Fault::Reset) << int(NetError::Kind::Reset);
        QTest::newRow("truncated")
            << int(FakeHttpServer::Fault::Truncated) << int(NetError::Kind::Reset);
        // Qt reports a non-HTTP answer followed by a close as "connection closed".
        QTest::newRow("garbage") << int(FakeHttpServer::Fault::Garbage)
                                 << int(NetError::Kind::Reset);
    }

    void resetAndTruncated()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([&](const auto &) {
            auto r = FakeHttpServer::json(200, R"([{"scope_id":"10.0.1.0"}])");
            r.fault = FakeHttpServer::Fault(fault);
            return r;
        });
        auto config = configFor(server.port());
        config.maxReadRetries = 0;
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/scopes"))));
        QVERIFY(!r);
        QVERIFY2(int(r.error().kind) == kind, qPrintable(r.error().toString()));
        QVERIFY(!r.error().adminMessage.isEmpty());
    }

    void refusedAndDns()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        HttpSession refused(configFor(port));
        const HttpResult r =
            QCoro::waitFor(refused.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Refused);
        QVERIFY(r.error().adminMessage.contains(QStringLiteral("127.0.0.1:%1").arg(port)));

        auto config = configFor(port);
        config.baseUrl = QUrl(QStringLiteral("http://no-such-host.invalid:8443/api/dhcp"));
        config.maxReadRetries = 0;
        HttpSession dns(config);
        const HttpResult d = QCoro::waitFor(dns.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!d);
        QCOMPARE(d.error().kind, NetError::Kind::Dns);
        QVERIFY(d.error().adminMessage.contains(QStringLiteral("could not be resolved")));
    }

    void redirectIsNotFollowedAndTokenStaysHome()
    {
        FakeHttpServer other;
        QVERIFY(other.listenPlain());
        other.setHandler([](const auto &) { return FakeHttpServer::json(200, "{}"); });
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([&](const auto &) {
            FakeHttpServer::Response r;
            r.status = 302;
            r.headers.append(
                {"Location",
                 QStringLiteral("http://localhost:%1/steal").arg(other.port()).toUtf8()});
            return r;
        });
        HttpSession session(configFor(server.port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Protocol);
        QVERIFY(r.error().detail.contains(QStringLiteral("not followed")));
        QCOMPARE(other.requests().size(), 0);
    }

    void authOnlyForOwnOrigin()
    {
        // Requests are relative to the base URL, so the only way to another origin is a
        // redirect (refused above). The header goes to the configured origin only, with the
        // host spelled as configured.
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([](const auto &) { return FakeHttpServer::json(200, "{}"); });
        auto config = configFor(server.port());
        HttpSession session(config);
        const HttpRequest request = HttpRequest::get(QStringLiteral("/health"));
        QCOMPARE(session.urlFor(request).host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(session.urlFor(request).port(), int(server.port()));
        QVERIFY(QCoro::waitFor(session.send(request)).has_value());
        QVERIFY(server.requests().first().headers.contains("authorization"));

        // An empty token sends no Authorization header at all (psu-api.md §1).
        config.authorization.clear();
        HttpSession anonymous(config);
        QVERIFY(QCoro::waitFor(anonymous.send(request)).has_value());
        QVERIFY(!server.requests().last().headers.contains("authorization"));
    }

    void cancellation()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        server.setHandler([](const auto &) {
            FakeHttpServer::Response r;
            r.fault = FakeHttpServer::Fault::NoAnswer;
            return r;
        });
        auto config = configFor(server.port());
        config.timeout = std::chrono::seconds(20);
        HttpSession session(config);
        CancellationToken token;
        HttpRequest request = HttpRequest::get(QStringLiteral("/scopes"));
        request.cancel = &token;
        QTimer::singleShot(100, &token, &CancellationToken::cancel);
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = QCoro::waitFor(session.send(request));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Cancelled);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(server.requests().size(), 1); // cancelled requests are not retried

        // cancelAll() too
        QTimer::singleShot(100, &session, &HttpSession::cancelAll);
        const HttpResult r2 =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/scopes"))));
        QVERIFY(!r2);
        QCOMPARE(r2.error().kind, NetError::Kind::Cancelled);
    }

    void recordedTrafficIsRedacted()
    {
        FakeHttpServer server;
        QVERIFY(server.listenPlain());
        // A server that echoes the token back must not get it into the recording either.
        server.setHandler([](const FakeHttpServer::Request &req) {
            return FakeHttpServer::json(500, R"({"error":"bad header )" +
                                                 req.headers.value("authorization") + R"("})");
        });
        auto config = configFor(server.port());
        HttpSession session(config);
        QSignalSpy spy(&session, &HttpSession::exchangeFinished);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QVERIFY(!r.error().toString().contains(Token));
        QVERIFY(r.error().serverText.contains(QStringLiteral("Bearer ****")));
        QCOMPARE(spy.count(), 1);
        const auto exchange = spy.first().first().value<HttpExchange>();
        QVERIFY(!exchange.responseBody.contains(Token.toUtf8()));
        bool sawAuth = false;
        for (const auto &[name, value] : exchange.requestHeaders) {
            QVERIFY(!value.contains(Token.toUtf8()));
            if (name == "Authorization") {
                sawAuth = true;
                QCOMPARE(value, QByteArray("Bearer ****"));
            }
        }
        QVERIFY(sawAuth);
    }

    void cleanupTestCase()
    {
        // The token was used in every test above; it must not appear in any log line.
        QVERIFY(!test::LogCapture::lines().isEmpty());
        QVERIFY(!test::LogCapture::contains(Token));
        QVERIFY(!test::LogCapture::contains(QStringLiteral("SECRETsig123")));
    }
};

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_httpsession.moc"
