// Test Connection step reports against the lab's PSU and NetBox simulators and a TLS fake.
#include "FakeHttpServer.h"
#include "LogCapture.h"
#include "TestCerts.h"

#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "net/ConnectionTester.h"
#include "net/netbox/NetBoxClient.h"
#include "net/psu/PsuScriptVersion.h"

#include <QCoroTask>
#include <QTcpServer>
#include <QTest>

using namespace leaselink;
using Outcome = ConnectionStep::Outcome;

namespace {

QString describe(const ConnectionReport &report)
{
    QStringList lines;
    for (const auto &s : report.steps)
        lines << s.name + u'=' + ConnectionStep::outcomeName(s.outcome) + QStringLiteral(": ") +
                     s.message;
    return lines.join(u'\n');
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::PsuSim> m_psu;
    std::unique_ptr<lab::LabHttpServer> m_psuServer;
    std::unique_ptr<lab::NetBoxSim> m_netbox;
    std::unique_ptr<lab::LabHttpServer> m_netboxServer;
    QString m_nbToken;
    QString m_nbReadOnly;

    HttpSessionConfig psuConfig(const QString &token)
    {
        HttpSessionConfig c;
        c.serviceName = QStringLiteral("dhcp01");
        c.baseUrl = QUrl(m_psuServer->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        if (!token.isEmpty())
            c.authorization = "Bearer " + token.toUtf8();
        c.timeout = std::chrono::seconds(3);
        return c;
    }

    HttpSessionConfig netboxConfig(const QString &token)
    {
        HttpSessionConfig c;
        c.serviceName = QStringLiteral("netbox");
        c.baseUrl = m_netboxServer->baseUrl();
        c.authorization = NetBoxClient::authorizationFor(token);
        c.timeout = std::chrono::seconds(3);
        return c;
    }

    static Outcome outcome(const ConnectionReport &r, const char *name)
    {
        const ConnectionStep *s = r.step(QLatin1String(name));
        return s ? s->outcome : Outcome::Skipped;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        m_psu = std::make_unique<lab::PsuSim>();
        m_psuServer = std::make_unique<lab::LabHttpServer>(m_psu.get());
        QVERIFY(m_psuServer->start().has_value());
        m_netbox = std::make_unique<lab::NetBoxSim>();
        const int user = m_netbox->addUser(QStringLiteral("leaselink"), true);
        m_nbToken = m_netbox->addTokenV2(user);
        m_nbReadOnly = m_netbox->addTokenV1(user, false);
        m_netboxServer = std::make_unique<lab::LabHttpServer>(m_netbox.get());
        QVERIFY(m_netboxServer->start().has_value());
    }

    void psuWriter()
    {
        // The lab defaults to the upstream 1.0.2 script; the shipped one (C-06) matches.
        m_psu->setScriptVersion(QLatin1String(PsuScriptVersion::Shipped));
        ConnectionTester tester;
        const auto r = QCoro::waitFor(tester.testPsu(psuConfig(m_psu->writerToken())));
        m_psu->setScriptVersion(QStringLiteral("1.0.2"));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.steps.size(), 6);
        QCOMPARE(outcome(r, ConnectionTester::WriteAccess), Outcome::Ok);
        QCOMPARE(r.step(QLatin1String(ConnectionTester::WriteAccess))->message,
                 QStringLiteral("Read-Write"));
        QCOMPARE(outcome(r, ConnectionTester::ScriptVersion), Outcome::Ok);
        QCOMPARE(outcome(r, ConnectionTester::Tls), Outcome::Warning); // plain HTTP lab
    }

    void psuReaderAndVersionMismatch()
    {
        m_psu->setScriptVersion(QStringLiteral("2.0.0"));
        ConnectionTester tester;
        const auto r = QCoro::waitFor(tester.testPsu(psuConfig(m_psu->readerToken())));
        m_psu->setScriptVersion(QStringLiteral("1.0.2"));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(outcome(r, ConnectionTester::WriteAccess), Outcome::Warning);
        QVERIFY(r.step(QLatin1String(ConnectionTester::WriteAccess))
                    ->message.startsWith(QStringLiteral("Read-Only")));
        QCOMPARE(outcome(r, ConnectionTester::ScriptVersion), Outcome::Warning);
        QVERIFY(r.step(QLatin1String(ConnectionTester::ScriptVersion))
                    ->message.contains(QStringLiteral("2.0.0")));
    }

    void psuBadAndMissingToken()
    {
        ConnectionTester tester;
        const auto bad = QCoro::waitFor(tester.testPsu(psuConfig(m_psu->revokedToken())));
        QVERIFY(!bad.ok());
        QCOMPARE(outcome(bad, ConnectionTester::Token), Outcome::Failed);
        QVERIFY(bad.step(QLatin1String(ConnectionTester::Token))
                    ->message.contains(QStringLiteral("401")));
        QCOMPARE(outcome(bad, ConnectionTester::ReadAccess), Outcome::Skipped);
        const auto none = QCoro::waitFor(tester.testPsu(psuConfig(QString())));
        QVERIFY(!none.ok());
        QVERIFY(none.step(QLatin1String(ConnectionTester::Token))
                    ->message.startsWith(QStringLiteral("API key required")));
    }

    void psuDown()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        auto config = psuConfig(m_psu->writerToken());
        config.baseUrl.setPort(closed.serverPort());
        closed.close();
        ConnectionTester tester;
        const auto r = QCoro::waitFor(tester.testPsu(config));
        QVERIFY(!r.ok());
        QCOMPARE(outcome(r, ConnectionTester::Reachability), Outcome::Failed);
        QVERIFY(r.step(QLatin1String(ConnectionTester::Reachability))
                    ->message.contains(QStringLiteral("Nothing accepts connections")));
        QCOMPARE(r.steps.size(), 6);
    }

    void psuUntrustedCertificateShowsProbe()
    {
        test::FakeHttpServer server;
        QVERIFY(server.listenTls(test::testCertificate(QStringLiteral("localhost-a")),
                                 test::testKey(QStringLiteral("localhost-a"))));
        server.setHandler([](const auto &) {
            return test::FakeHttpServer::json(200, R"({"status":"ok","version":"1.0.2"})");
        });
        HttpSessionConfig config;
        config.serviceName = QStringLiteral("dhcp-tls");
        config.baseUrl = QUrl(QStringLiteral("https://localhost:%1/api/dhcp").arg(server.port()));
        config.authorization = "Bearer tls-connection-test-token-123456";
        ConnectionTester tester;
        const auto r = QCoro::waitFor(tester.testPsu(config));
        QVERIFY(!r.ok());
        QCOMPARE(outcome(r, ConnectionTester::Reachability), Outcome::Ok);
        const ConnectionStep *tls = r.step(QLatin1String(ConnectionTester::Tls));
        QCOMPARE(tls->outcome, Outcome::Failed);
        QVERIFY(tls->certificate.has_value());
        QCOMPARE(
            tls->certificate->leaf().sha256Fingerprint,
            CertificateInfo::fingerprintOf(test::testCertificate(QStringLiteral("localhost-a"))));
        QVERIFY(tls->detail.contains(QStringLiteral("self-signed")));
        QVERIFY(server.requests().isEmpty());

        config.trustedCertificate = tls->certificate->toStored(); // the admin trusts it
        const auto trusted = QCoro::waitFor(tester.testPsu(config));
        QCOMPARE(outcome(trusted, ConnectionTester::Tls), Outcome::Ok);
    }

    void netbox()
    {
        ConnectionTester tester;
        const auto missingField = QCoro::waitFor(tester.testNetBox(netboxConfig(m_nbToken)));
        QCOMPARE(outcome(missingField, ConnectionTester::Version), Outcome::Ok);
        QCOMPARE(outcome(missingField, ConnectionTester::WritePermission), Outcome::Ok);
        QCOMPARE(outcome(missingField, ConnectionTester::CustomField), Outcome::Failed);
        QVERIFY(!missingField.ok());

        m_netbox->addCustomField(QStringLiteral("dhcp_client_id"),
                                 {QStringLiteral("ipam.ipaddress")}, QStringLiteral("exact"));
        const auto good = QCoro::waitFor(tester.testNetBox(netboxConfig(m_nbToken)));
        QVERIFY2(good.ok(), qPrintable(describe(good)));

        const auto readOnly = QCoro::waitFor(tester.testNetBox(netboxConfig(m_nbReadOnly)));
        QVERIFY(!readOnly.ok());
        QCOMPARE(outcome(readOnly, ConnectionTester::WritePermission), Outcome::Failed);

        const auto bad = QCoro::waitFor(tester.testNetBox(netboxConfig(
            QStringLiteral("nbt_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"))));
        QCOMPARE(outcome(bad, ConnectionTester::Token), Outcome::Failed);
        QCOMPARE(outcome(bad, ConnectionTester::Version), Outcome::Skipped);

        m_netbox->config().version = QStringLiteral("4.4.2");
        const auto old = QCoro::waitFor(tester.testNetBox(netboxConfig(m_nbToken)));
        m_netbox->config().version = QStringLiteral("4.6.8");
        QCOMPARE(outcome(old, ConnectionTester::Version), Outcome::Failed);
    }

    void cleanupTestCase()
    {
        for (const QString &token :
             {m_psu->writerToken(), m_psu->readerToken(), m_nbToken, m_nbReadOnly})
            QVERIFY2(!test::LogCapture::contains(token), "a token reached the log");
        QVERIFY(!test::LogCapture::contains(QStringLiteral("tls-connection-test-token-123456")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
