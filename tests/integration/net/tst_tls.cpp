// TLS trust of HttpSession and the certificate probe, against loopback TLS and plain servers.
#include "FakeHttpServer.h"
#include "LogCapture.h"
#include "TestCerts.h"

#include "net/CertificateProbe.h"
#include "net/FingerprintMatcher.h"
#include "net/FingerprintTrustPrompt.h"
#include "net/HttpSession.h"

#include <QCoroTask>
#include <QTcpServer>
#include <QTest>

using namespace leaselink;
using leaselink::test::FakeHttpServer;

namespace {

const QString FingerprintA = QStringLiteral("C4:1B:4A:4C:F5:D0:78:86:D6:DB:7C:98:63:A9:A1:0A:CB:05:"
                                            "73:E5:04:71:F5:FD:E6:66:93:15:23:00:7D:0E");
const QString SpkiA = QStringLiteral("o995MtRAqSRT+fjDazkra5FNwuSt7O3Lwyeperz4hVs=");
const QString Token = QStringLiteral("tls-test-token-0123456789abcdefABCDEF");

HttpSessionConfig tlsConfig(const QString &host, quint16 port)
{
    HttpSessionConfig c;
    c.service = RemoteService::Psu;
    c.serviceName = QStringLiteral("dhcp-tls");
    c.baseUrl = QUrl(QStringLiteral("https://%1:%2/api/dhcp").arg(host).arg(port));
    c.authorization = "Bearer " + Token.toUtf8();
    c.timeout = std::chrono::seconds(5);
    c.maxReadRetries = 0;
    return c;
}

std::unique_ptr<FakeHttpServer> tlsServer(const QString &name)
{
    auto server = std::make_unique<FakeHttpServer>();
    if (!server->listenTls(test::testCertificate(name), test::testKey(name)))
        return nullptr;
    server->setHandler([](const auto &) {
        return FakeHttpServer::json(200, R"({"status":"ok","version":"1.0.2"})");
    });
    return server;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        QVERIFY2(!test::testCertificate(QStringLiteral("localhost-a")).isNull(),
                 "test certificates missing");
        QVERIFY(!test::testKey(QStringLiteral("localhost-a")).isNull());
    }

    void untrustedSelfSignedIsRefused()
    {
        auto server = tlsServer(QStringLiteral("localhost-a"));
        QVERIFY(server);
        HttpSession session(tlsConfig(QStringLiteral("localhost"), server->port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Tls);
        QVERIFY2(r.error().adminMessage.contains(QStringLiteral("fetch it")),
                 qPrintable(r.error().adminMessage));
        QVERIFY(server->requests().isEmpty()); // nothing was sent over the untrusted connection
    }

    void pinnedCertificateToleratesHostnameMismatch()
    {
        auto server = tlsServer(QStringLiteral("localhost-a"));
        QVERIFY(server);
        // The certificate says "localhost"; we connect to 127.0.0.1 (psu-api.md §6 pinned case).
        auto config = tlsConfig(QStringLiteral("127.0.0.1"), server->port());
        config.trustedCertificate = test::storedCertificate(QStringLiteral("localhost-a"));
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(server->requests().size(), 1);
    }

    void mismatchWithoutPinIsRefused()
    {
        // CA-signed certificate for "localhost", CA trusted, but reached as 127.0.0.1: the
        // mismatch is tolerated only for a stored leaf, not for anything a CA signed.
        auto server = tlsServer(QStringLiteral("ca-leaf"));
        QVERIFY(server);
        auto config = tlsConfig(QStringLiteral("127.0.0.1"), server->port());
        config.trustedCertificate = test::storedCertificate(QStringLiteral("test-ca"));
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Tls);
        QVERIFY2(r.error().detail.contains(QStringLiteral("host name"), Qt::CaseInsensitive),
                 qPrintable(r.error().detail));
    }

    void storedCaIsAnExtraTrustAnchor()
    {
        auto server = tlsServer(QStringLiteral("ca-leaf"));
        QVERIFY(server);
        auto config = tlsConfig(QStringLiteral("localhost"), server->port());
        config.trustedCertificate = test::storedCertificate(QStringLiteral("test-ca"));
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));

        // Another session without the stored CA does not trust it: trust is per session.
        HttpSession other(tlsConfig(QStringLiteral("localhost"), server->port()));
        const HttpResult o =
            QCoro::waitFor(other.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!o);
        QCOMPARE(o.error().kind, NetError::Kind::Tls);
    }

    void certificateChanged()
    {
        auto server = tlsServer(QStringLiteral("localhost-b"));
        QVERIFY(server);
        auto config = tlsConfig(QStringLiteral("127.0.0.1"), server->port());
        config.trustedCertificate = test::storedCertificate(QStringLiteral("localhost-a"));
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::CertificateChanged);
        QCOMPARE(r.error().oldFingerprint, FingerprintA);
        QCOMPARE(r.error().newFingerprint, CertificateInfo::fingerprintOf(test::testCertificate(
                                               QStringLiteral("localhost-b"))));
        QVERIFY(r.error().adminMessage.contains(FingerprintA));
        QVERIFY(r.error().adminMessage.contains(r.error().newFingerprint));
        QVERIFY(server->requests().isEmpty());
    }

    void expiredStoredCertificateRefusedBeforeAnyRequest()
    {
        auto server = tlsServer(QStringLiteral("expired"));
        QVERIFY(server);
        auto config = tlsConfig(QStringLiteral("localhost"), server->port());
        config.trustedCertificate = test::storedCertificate(QStringLiteral("expired"));
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::CertificateExpired);
        QCOMPARE(r.error().adminMessage,
                 QStringLiteral("The stored CA certificate for \"dhcp-tls\" expired on January 1, "
                                "2021; re-import it"));
        QVERIFY(server->requests().isEmpty());
    }

    void expiredServerCertificateIsRefused()
    {
        // Stored certificate is valid, the server presents an expired (different) one.
        auto server = tlsServer(QStringLiteral("expired"));
        QVERIFY(server);
        HttpSession session(tlsConfig(QStringLiteral("localhost"), server->port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, NetError::Kind::Tls);
        QVERIFY2(r.error().detail.contains(QStringLiteral("expired"), Qt::CaseInsensitive),
                 qPrintable(r.error().detail));
    }

    void verifyOffAcceptsAnything()
    {
        auto server = tlsServer(QStringLiteral("expired"));
        QVERIFY(server);
        auto config = tlsConfig(QStringLiteral("127.0.0.1"), server->port());
        config.verifyTls = false;
        HttpSession session(config);
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
    }

    void httpsToPlainPortIsNotTls()
    {
        FakeHttpServer plain;
        QVERIFY(plain.listenPlain());
        HttpSession session(tlsConfig(QStringLiteral("127.0.0.1"), plain.port()));
        const HttpResult r =
            QCoro::waitFor(session.send(HttpRequest::get(QStringLiteral("/health"))));
        QVERIFY(!r);
        QVERIFY2(r.error().kind == NetError::Kind::NotTls || r.error().kind == NetError::Kind::Tls,
                 qPrintable(r.error().toString()));
    }

    void probeSelfSigned()
    {
        auto server = tlsServer(QStringLiteral("localhost-a"));
        QVERIFY(server);
        CertificateProbe probe;
        const auto r = QCoro::waitFor(probe.probe(QStringLiteral("localhost"), server->port()));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->chain.size(), 1);
        const CertificateInfo &leaf = r->leaf();
        QCOMPARE(leaf.sha256Fingerprint, FingerprintA);
        QCOMPARE(leaf.spkiSha256Pin, SpkiA);
        QCOMPARE(leaf.subjectCn, QStringLiteral("localhost"));
        QCOMPARE(leaf.subjectAltNames, QStringList{QStringLiteral("localhost")});
        QVERIFY(leaf.selfSigned);
        QVERIFY(leaf.daysLeft > 3000);
        QVERIFY(!leaf.serial.isEmpty());
        QVERIFY(!r->trustedBySystem);
        QVERIFY(r->hostnameMatches);
        QVERIFY(r->findings.join(u' ').contains(QStringLiteral("self-signed")));
        QVERIFY(server->requests().isEmpty()); // nothing sent over the probe connection
        QCOMPARE(r->toStored().sha256, FingerprintA);

        FingerprintTrustPrompt prompt(FingerprintA.toLower().remove(u':'));
        CertificateTrustPrompt::Question q{QStringLiteral("dhcp"), *r, QString()};
        QCOMPARE(QCoro::waitFor(prompt.ask(q)), CertificateTrustPrompt::Decision::Trust);
        FingerprintTrustPrompt wrong(QString(FingerprintA).replace(0, 2, QStringLiteral("00")));
        QCOMPARE(wrong.decide(q), CertificateTrustPrompt::Decision::Reject);
        QVERIFY(wrong.lastReason().contains(QStringLiteral("does not match")));
    }

    void probeHostnameMismatchIsAFinding()
    {
        auto server = tlsServer(QStringLiteral("localhost-a"));
        QVERIFY(server);
        CertificateProbe probe;
        const auto r = QCoro::waitFor(probe.probe(QStringLiteral("127.0.0.1"), server->port()));
        QVERIFY(r.has_value());
        QVERIFY(!r->hostnameMatches);
        QVERIFY2(r->findings.join(u' ').contains(QStringLiteral(
                     "Host name mismatch: the certificate is for localhost, not 127.0.0.1")),
                 qPrintable(r->findings.join(u'|')));
    }

    void probeExpired()
    {
        auto server = tlsServer(QStringLiteral("expired"));
        QVERIFY(server);
        CertificateProbe probe;
        const auto r = QCoro::waitFor(probe.probe(QStringLiteral("localhost"), server->port()));
        QVERIFY(r.has_value());
        QVERIFY(r->leaf().daysLeft < 0);
        QVERIFY(r->findings.join(u' ').contains(QStringLiteral("expired on January 1, 2021")));
    }

    void probeFailures()
    {
        CertificateProbe probe;
        probe.setTimeout(std::chrono::milliseconds(500));
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            const auto r = QCoro::waitFor(probe.probe(QStringLiteral("127.0.0.1"), port));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, NetError::Kind::Refused);
        }
        {
            FakeHttpServer plain;
            QVERIFY(plain.listenPlain());
            const auto r = QCoro::waitFor(probe.probe(QStringLiteral("127.0.0.1"), plain.port()));
            QVERIFY(!r);
            QVERIFY2(r.error().kind == NetError::Kind::NotTls, qPrintable(r.error().toString()));
            QVERIFY(r.error().adminMessage.contains(QStringLiteral("not with TLS")));
        }
        {
            FakeHttpServer silent;
            QVERIFY(silent.listenSilent());
            const auto r = QCoro::waitFor(probe.probe(QStringLiteral("127.0.0.1"), silent.port()));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, NetError::Kind::Timeout);
        }
        {
            const auto r = QCoro::waitFor(probe.probe(QStringLiteral("no-such-host.invalid"), 443));
            QVERIFY(!r);
            QCOMPARE(r.error().kind, NetError::Kind::Dns);
        }
        {
            const auto r = QCoro::waitFor(probe.probe(QStringLiteral("  "), 443));
            QVERIFY(!r);
            QCOMPARE(r.error().adminMessage, QStringLiteral("Hostname is required"));
        }
    }

    void cleanupTestCase() { QVERIFY(!test::LogCapture::contains(Token)); }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
