// The lab over real loopback HTTP and HTTPS, seen from QNetworkAccessManager: the PSU contract
// through the transport, every fault type, certificate rotation, and token-free recordings.
#include "LabCertificate.h"
#include "LabDatasetGenerator.h"
#include "LabHttpServer.h"
#include "PsuContractRows.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::lab::test;

Q_DECLARE_METATYPE(leaselink::lab::test::Who)
Q_DECLARE_METATYPE(leaselink::lab::LabFault::Kind)

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 contentLength = -1;
    qint64 elapsedMs = 0;
};

} // namespace

class TestLabHttp : public QObject
{
    Q_OBJECT

private:
    // One lab server per test function; HTTPS when asked.
    std::unique_ptr<PsuSim> m_sim;
    std::unique_ptr<LabHttpServer> m_server;
    QNetworkAccessManager m_manager;

    void startServer(bool https)
    {
        m_server.reset();
        m_sim = std::make_unique<PsuSim>(withHost(QStringLiteral("dhcp01.example.com")));
        seedSpecExample(*m_sim);
        m_server = std::make_unique<LabHttpServer>(m_sim.get());
        if (https)
            m_server->enableTls(LabCertificate::localhost());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
        QVERIFY(m_server->port() != 0);
        m_manager.clearConnectionCache();
    }

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QString &token = {}, int timeoutMs = 10000)
    {
        QUrl url = m_server->baseUrl();
        const qsizetype question = pathAndQuery.indexOf(u'?');
        url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Content-Type", "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setTransferTimeout(timeoutMs);
        if (m_server->isHttps()) {
            // Pinned like the client does it: the server's own certificate is the only anchor.
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates({m_server->certificate()});
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
            request.setSslConfiguration(tls);
        }
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs + 5000))
            qWarning("reply did not finish");
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray();
        result.error = reply->error();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        result.elapsedMs = clock.elapsed();
        reply->deleteLater();
        return result;
    }

    QSslCertificate peerCertificate()
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        if (!socket.isEncrypted())
            encrypted.wait(5000);
        return socket.peerCertificate();
    }

private Q_SLOTS:
    void contract_data();
    void contract();
    void deleteExclusionsCarriesBody();
    void faults_data();
    void faults();
    void hangUntilClientGivesUp();
    void failOnlyNthRequest();
    void faultsFromFile();
    void certificateRotationChangesFingerprint();
    void expiredAndWrongNameCertificates();
    void requestLogAndRecordingHoldNoToken();
    void largeLeaseReadOverHttps();
    void listensOnTheRequestedPort();
};

void TestLabHttp::contract_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    // Every row of the direct contract test, over each transport.
    for (const bool https : {false, true}) {
        const char *scheme = https ? "https" : "http";
        psuContractRows([&](const char *name, const char *method, const char *path,
                            const QByteArray &body, Who who, int status,
                            const QByteArray &expected) {
            QTest::addRow("%s: %s", scheme, name)
                << https << QByteArray(method) << QString::fromLatin1(path) << body << who << status
                << expected;
        });
    }
}

void TestLabHttp::contract()
{
    QFETCH(bool, https);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Who, who);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    startServer(https);
    const Reply reply = send(method, path, body, tokenFor(*m_sim, who));
    QCOMPARE(reply.status, status);
    checkBody(reply.body, expected);
    QCOMPARE(m_server->requestLog().entries().size(), 1);
    QCOMPARE(m_server->requestLog().entries().first().status, status);
}

void TestLabHttp::deleteExclusionsCarriesBody()
{
    startServer(false);
    const QByteArray range =
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})";
    QCOMPARE(
        send("POST", QStringLiteral("/api/dhcp/exclusions"), range, m_sim->writerToken()).status,
        201);
    // DELETE with a JSON body, as sendCustomRequest sends it.
    QCOMPARE(
        send("DELETE", QStringLiteral("/api/dhcp/exclusions"), range, m_sim->writerToken()).status,
        204);
    const Reply again =
        send("DELETE", QStringLiteral("/api/dhcp/exclusions"), range, m_sim->writerToken());
    QCOMPARE(again.status, 500);
    QVERIFY(QJsonDocument::fromJson(again.body).object().contains(u"error"));
}

void TestLabHttp::faults_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<LabFault::Kind>("kind");
    QTest::addColumn<int>("status");
    for (const bool https : {false, true}) {
        const char *s = https ? "https" : "http";
        using K = LabFault::Kind;
        QTest::addRow("%s: latency", s) << https << K::Latency << 0;
        for (int status : {401, 403, 404, 429, 500, 502, 503})
            QTest::addRow("%s: status %d", s, status) << https << K::Status << status;
        QTest::addRow("%s: malformed json", s) << https << K::MalformedJson << 0;
        QTest::addRow("%s: empty 200", s) << https << K::Empty200 << 0;
        QTest::addRow("%s: lone object", s) << https << K::LoneObject << 0;
        QTest::addRow("%s: truncated", s) << https << K::Truncated << 0;
        QTest::addRow("%s: reset", s) << https << K::Reset << 0;
        QTest::addRow("%s: huge body", s) << https << K::HugeBody << 0;
        QTest::addRow("%s: huge stream", s) << https << K::HugeStream << 0;
    }
}

void TestLabHttp::faults()
{
    QFETCH(bool, https);
    QFETCH(LabFault::Kind, kind);
    QFETCH(int, status);
    startServer(https);
    LabFault fault;
    fault.kind = kind;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/api/dhcp/scopes*");
    fault.status = status;
    fault.latencyMs = kind == LabFault::Kind::Latency ? 400 : 0;
    fault.bodyBytes = 3 * 1024 * 1024; // the kinds' 200 MB default is for the client's limit tests
    m_server->faults().add(fault);
    // Another route is untouched.
    QCOMPARE(send("GET", QStringLiteral("/api/dhcp/health"), {}, m_sim->readerToken()).status, 200);

    const Reply reply = send("GET", QStringLiteral("/api/dhcp/scopes"), {}, m_sim->readerToken());
    const QJsonParseError::ParseError noError = QJsonParseError::NoError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    switch (kind) {
    case LabFault::Kind::Latency:
        QVERIFY2(reply.elapsedMs >= 390, qPrintable(QString::number(reply.elapsedMs)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(document.array().size(), 2);
        break;
    case LabFault::Kind::Status:
        QCOMPARE(reply.status, status);
        QVERIFY(reply.error != QNetworkReply::NoError);
        if (status == 401 || status == 403)
            QCOMPARE(reply.body, QByteArray());
        if (status == 502) {
            QVERIFY(reply.body.contains("<title>502 Bad Gateway</title>"));
            QCOMPARE(reply.contentType, QByteArray("text/html"));
        }
        if (status == 429)
            QCOMPARE(reply.retryAfter, QByteArray("1"));
        if (status == 500)
            QVERIFY(document.object().contains(u"error"));
        break;
    case LabFault::Kind::MalformedJson:
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(parseError.error != noError);
        break;
    case LabFault::Kind::Empty200:
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray());
        break;
    case LabFault::Kind::LoneObject:
        QCOMPARE(reply.status, 200);
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value(u"scope_id").toString(), QStringLiteral("10.0.1.0"));
        break;
    case LabFault::Kind::Truncated:
    case LabFault::Kind::Reset:
        // Usually RemoteHostClosedError. When the reset is noticed while Qt 6.4 is reading the
        // body, QNetworkReply finishes with NoError and a body shorter than Content-Length (Qt
        // treats the closed socket as end of data), so clients must not trust such a body; here
        // it is half a JSON document and fails to parse.
        if (reply.error != QNetworkReply::RemoteHostClosedError) {
            QCOMPARE(reply.error, QNetworkReply::NoError);
            QVERIFY(reply.body.size() < reply.contentLength);
            QVERIFY(parseError.error != noError);
        }
        break;
    case LabFault::Kind::HugeBody:
    case LabFault::Kind::HugeStream:
        // Streamed piece by piece; with or without Content-Length the client gets it all, and
        // it is one PSU lease whose host name fills the body.
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), qsizetype(3 * 1024 * 1024));
        if (kind == LabFault::Kind::HugeBody)
            QCOMPARE(reply.contentLength, qint64(3 * 1024 * 1024));
        else
            QCOMPARE(reply.contentLength, qint64(0)); // no header: the QVariant is invalid
        QVERIFY(parseError.error == noError);
        QCOMPARE(document.array().size(), 1);
        QVERIFY(document.array().first().toObject().value(u"hostname").toString().size() >
                3 * 1024 * 1024 - 200);
        break;
    case LabFault::Kind::Hang:
        break;
    }
    QCOMPARE(m_server->requestLog().entries().last().fault, LabFault::kindName(kind));
}

void TestLabHttp::hangUntilClientGivesUp()
{
    for (const bool https : {false, true}) {
        startServer(https);
        LabFault fault;
        fault.kind = LabFault::Kind::Hang;
        fault.pathPattern = QStringLiteral("/api/dhcp/leases");
        m_server->faults().add(fault);
        const Reply reply =
            send("GET", QStringLiteral("/api/dhcp/leases"), {}, m_sim->readerToken(), 500);
        QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.elapsedMs >= 450);
        QCOMPARE(m_server->requestLog().entries().last().status, 0);
    }
}

void TestLabHttp::failOnlyNthRequest()
{
    startServer(false);
    LabFault fault;
    fault.kind = LabFault::Kind::Status;
    fault.status = 503;
    fault.pathPattern = QStringLiteral("/api/dhcp/leases");
    fault.onlyNth = 2;
    m_server->faults().add(fault);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(send("GET", QStringLiteral("/api/dhcp/leases?scope_id=10.0.1.0"), {},
                             m_sim->readerToken())
                            .status);
    QCOMPARE(statuses, (QList<int>{200, 503, 200, 200}));
}

void TestLabHttp::faultsFromFile()
{
    startServer(false);
    const QByteArray file = R"({"faults":[
        {"server":"psu-2","path":"/api/dhcp/health","kind":"status","status":500},
        {"server":"psu-1","method":"post","path":"/api/dhcp/health","kind":"status","status":502},
        {"path":"/api/dhcp/scopes","kind":"empty_200"}]})";
    const auto loaded = m_server->faults().loadJson(file, QStringLiteral("psu-1"));
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, 2);
    QCOMPARE(send("GET", QStringLiteral("/api/dhcp/health"), {}, m_sim->readerToken()).status, 200);
    QCOMPARE(send("POST", QStringLiteral("/api/dhcp/health"), "{}", m_sim->writerToken()).status,
             502);
    QCOMPARE(send("GET", QStringLiteral("/api/dhcp/scopes"), {}, m_sim->readerToken()).body,
             QByteArray());
    LabFaultSet bad;
    const auto unknownKind = bad.loadJson(R"([{"kind":"explode"}])", QStringLiteral("psu-1"));
    QVERIFY(!unknownKind.has_value());
    QVERIFY(unknownKind.error().message.contains(u"explode"));
    QVERIFY(!bad.loadJson("{", QStringLiteral("psu-1")).has_value());
}

void TestLabHttp::certificateRotationChangesFingerprint()
{
    startServer(true);
    const QString before = m_server->fingerprintSha256();
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                .match(before)
                .hasMatch());
    QCOMPARE(LabCertificate::fingerprintSha256(peerCertificate()), before);
    QCOMPARE(send("GET", QStringLiteral("/api/dhcp/health"), {}, m_sim->readerToken()).status, 200);
    m_server->rotateCertificate();
    const QString after = m_server->fingerprintSha256();
    QVERIFY(after != before);
    QCOMPARE(after, LabCertificate::fingerprintSha256(LabCertificate::rotated().certificate));
    m_manager.clearConnectionCache(); // new connections see the new certificate
    QCOMPARE(LabCertificate::fingerprintSha256(peerCertificate()), after);
    // A client pinned to the old certificate now fails the handshake.
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/dhcp/health"));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({LabCertificate::localhost().certificate});
    request.setSslConfiguration(tls);
    QNetworkReply *reply = m_manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    reply->deleteLater();
}

void TestLabHttp::expiredAndWrongNameCertificates()
{
    struct Case
    {
        LabCertificate certificate;
        QSslError::SslError expected;
    };
    for (const Case &c : {Case{LabCertificate::expired(), QSslError::CertificateExpired},
                          Case{LabCertificate::wrongName(), QSslError::HostNameMismatch}}) {
        m_server.reset();
        m_sim = std::make_unique<PsuSim>();
        m_server = std::make_unique<LabHttpServer>(m_sim.get());
        m_server->enableTls(c.certificate);
        QVERIFY(m_server->start().has_value());
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({c.certificate.certificate});
        socket.setSslConfiguration(tls);
        QList<QSslError> errors;
        connect(&socket, &QSslSocket::sslErrors, this,
                [&errors](const QList<QSslError> &list) { errors = list; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QSignalSpy done(&socket, &QSslSocket::disconnected);
        done.wait(5000);
        bool found = false;
        for (const QSslError &error : errors)
            found = found || error.error() == c.expected;
        QVERIFY2(found, qPrintable(QStringLiteral("expected SSL error %1").arg(int(c.expected))));
    }
    QVERIFY(LabCertificate::expired().certificate.expiryDate() < QDateTime::currentDateTimeUtc());
    QCOMPARE(LabCertificate::wrongName().certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("wrong.example")});
    QCOMPARE(LabCertificate::localhost().certificate.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("localhost")});
}

void TestLabHttp::requestLogAndRecordingHoldNoToken()
{
    startServer(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recording.jsonl"));
    QVERIFY(m_server->requestLog().startRecording(path).has_value());
    QCOMPARE(
        send("GET", QStringLiteral("/api/dhcp/leases?scope_id=10.0.1.0"), {}, m_sim->readerToken())
            .status,
        200);
    const Reply grant = send("POST", QStringLiteral("/api/v1/apptoken/grant"),
                             R"({"identity":{"name":"NetBox-DHCP-Write-2"},"role":"DHCPWriter"})",
                             m_sim->administratorToken());
    QCOMPARE(grant.status, 200);
    const QString granted = QJsonDocument::fromJson(grant.body).object().value(u"token").toString();
    QVERIFY(!granted.isEmpty());
    QCOMPARE(
        send("GET", QStringLiteral("/api/dhcp/health?token=%1").arg(granted), {}, granted).status,
        200);
    QCOMPARE(
        send("GET", QStringLiteral("/api/v1/apptoken"), {}, m_sim->administratorToken()).status,
        200);
    m_server->requestLog().stopRecording();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QCOMPARE(recorded.count('\n'), 4);
    for (const QByteArray &secret : m_sim->secrets())
        QVERIFY2(!recorded.contains(secret), "a token leaked into the recording");
    QVERIFY(recorded.contains(R"("authorization":"Bearer ****")"));
    // The response body is a JSON string inside the line, so its quotes are escaped.
    QVERIFY(recorded.contains(R"(\"token\":\"****\")"));
    for (const LabLogEntry &entry : m_server->requestLog().entries()) {
        for (const QByteArray &secret : m_sim->secrets()) {
            QVERIFY(!entry.authorization.toLatin1().contains(secret));
            QVERIFY(!entry.query.toLatin1().contains(secret));
            QVERIFY(!entry.responseBody.contains(secret));
        }
    }
    const LabLogEntry &first = m_server->requestLog().entries().first();
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.path, QStringLiteral("/api/dhcp/leases"));
    QCOMPARE(first.query, QStringLiteral("scope_id=10.0.1.0"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.bytes > 100);
    QVERIFY(first.durationMs >= 0);
    QCOMPARE(first.authorization, QStringLiteral("Bearer ****"));
}

void TestLabHttp::largeLeaseReadOverHttps()
{
    // Dataset L's first failover pair: 250 scopes, 50,000 leases behind one server.
    const LabDataset dataset = LabDatasetGenerator::generate(LabDatasetGenerator::Size::L, 7);
    PsuSimOptions options = withHost(dataset.servers.first().hostname);
    options.model = dataset.servers.first().model;
    m_sim = std::make_unique<PsuSim>(options);
    m_server = std::make_unique<LabHttpServer>(m_sim.get());
    m_server->enableTls(LabCertificate::localhost());
    QVERIFY(m_server->start().has_value());
    const Reply all =
        send("GET", QStringLiteral("/api/dhcp/leases"), {}, m_sim->readerToken(), 60000);
    QCOMPARE(all.status, 200);
    QCOMPARE(QJsonDocument::fromJson(all.body).array().size(), 50000);
    qInfo("GET /api/dhcp/leases, 50,000 leases (%lld bytes) over HTTPS: %lld ms",
          qint64(all.body.size()), all.elapsedMs);
    // The per-scope reads a 1.0.2 sync does.
    QElapsedTimer clock;
    clock.start();
    int scopes = 0;
    for (const auto &[key, scope] : m_sim->model().scopes) {
        const Reply reply = send(
            "GET", QStringLiteral("/api/dhcp/leases?scope_id=%1").arg(scope.scopeId.toString()), {},
            m_sim->readerToken());
        QCOMPARE(reply.status, 200);
        if (++scopes == 50)
            break;
    }
    qInfo("50 per-scope lease reads over HTTPS: %lld ms", clock.elapsed());
}

void TestLabHttp::listensOnTheRequestedPort()
{
    // Find a free port, release it, then ask for exactly that one.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    m_sim = std::make_unique<PsuSim>();
    m_server = std::make_unique<LabHttpServer>(m_sim.get());
    QVERIFY(m_server->start(port).has_value());
    QCOMPARE(m_server->port(), port);
    QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    QCOMPARE(send("GET", QStringLiteral("/api/dhcp/health"), {}, m_sim->readerToken()).status, 200);
    // A second server cannot take the same port, and says which one.
    PsuSim other;
    LabHttpServer clash(&other);
    const auto failed = clash.start(port);
    QVERIFY(!failed.has_value());
    QVERIFY(failed.error().message.contains(QString::number(port)));
}

QTEST_GUILESS_MAIN(TestLabHttp)
#include "tst_lab_http.moc"
