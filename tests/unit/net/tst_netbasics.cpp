// Redaction, error sentences, fingerprint formatting and matching.
#include "net/CertificateInfo.h"
#include "net/FingerprintMatcher.h"
#include "net/NetErrorFactory.h"
#include "net/psu/PsuClient.h"
#include "net/Redactor.h"

#include "domain/Server.h"

#include <QTest>

using namespace leaselink;

class TestNetBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bearer jwt") << "Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl"
                                    << "Authorization: Bearer ****";
        QTest::newRow("netbox v1") << "Token 0123456789abcdef0123456789abcdef01234567 rejected"
                                   << "Token **** rejected";
        QTest::newRow("netbox v2")
            << "header was nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S"
            << "header was nbt_****";
        QTest::newRow("json") << R"({"h":"Bearer abcdefghijklmnopqrstuvwxyz"})"
                              << R"({"h":"Bearer ****"})";
        QTest::newRow("prose stays") << "The token has no DHCPWriter role"
                                     << "The token has no DHCPWriter role";
        QTest::newRow("bare jwt") << "token=eyJabc.eyJdef.sig"
                                  << "token=****";
    }

    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Redactor::redact(input), expected);
    }

    void registeredSecretsAndUrls()
    {
        Redactor::registerSecret(QStringLiteral("plain-secret-value-42"));
        QCOMPARE(Redactor::redact(QStringLiteral("echo plain-secret-value-42 back")),
                 QStringLiteral("echo **** back"));
        Redactor::registerSecret(QStringLiteral("abc")); // too short to mask safely
        QCOMPARE(Redactor::redact(QStringLiteral("abc")), QStringLiteral("abc"));
        const QUrl url(QStringLiteral("https://user:pw@nb.example/api/?token=xyz&limit=5"));
        const QString shown = Redactor::redactUrl(url);
        QVERIFY(!shown.contains(QStringLiteral("pw")));
        QVERIFY(!shown.contains(QStringLiteral("xyz")));
        QVERIFY(shown.contains(QStringLiteral("limit=5")));
        QCOMPARE(Redactor::redactAuthorizationHeader("Token abc"), QByteArray("Token ****"));
    }

    void sentences_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("write");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("psu 403 write")
            << int(RemoteService::Psu) << 403 << true << QByteArray()
            << "The token has no DHCPWriter role: ask the PSU admin for a writer token";
        QTest::newRow("psu 401") << int(RemoteService::Psu) << 401 << false << QByteArray()
                                 << "rejected the App Token (401)";
        QTest::newRow("psu 404 no body") << int(RemoteService::Psu) << 404 << false << QByteArray()
                                         << "deploy or update the LeaseLink PSU scripts";
        QTest::newRow("netbox 403 token") << int(RemoteService::NetBox) << 403 << false
                                          << QByteArray(R"({"detail":"Invalid v2 token"})")
                                          << "NetBox refused the API token (403)";
        QTest::newRow("netbox 403 perm")
            << int(RemoteService::NetBox) << 403 << true
            << QByteArray(R"({"detail":"You do not have permission to perform this action."})")
            << "enable \"Write enabled\" on the token";
        QTest::newRow("netbox 400 fields")
            << int(RemoteService::NetBox) << 400 << true
            << QByteArray(
                   R"({"address":["Duplicate IP address found in global table: 10.0.0.5/24"]})")
            << "NetBox refused the data: address: Duplicate IP address";
        QTest::newRow("netbox 500") << int(RemoteService::NetBox) << 500 << false
                                    << QByteArray(R"({"error":"boom","exception":"KeyError"})")
                                    << "NetBox failed with an internal error: boom";
        QTest::newRow("503") << int(RemoteService::NetBox) << 503 << false
                             << QByteArray("<h1>down</h1>") << "did not answer (HTTP 503)";
    }

    void sentences()
    {
        QFETCH(int, service);
        QFETCH(int, status);
        QFETCH(bool, write);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const NetError e = NetErrorFactory::httpStatus(
            RemoteService(service), QStringLiteral("POST"),
            QStringLiteral("https://h.example:8443/api/x"), status, body, write);
        QVERIFY2(e.adminMessage.contains(expected), qPrintable(e.adminMessage));
        QVERIFY(e.toString().contains(
            QStringLiteral("POST https://h.example:8443/api/x returned HTTP %1").arg(status)));
        QVERIFY(e.adminMessage.contains(QStringLiteral("h.example:8443")) || status < 500 ||
                status == 500);
    }

    void transientKinds()
    {
        NetError e;
        e.kind = NetError::Kind::HttpStatus;
        for (int s : {502, 503, 504}) {
            e.httpStatus = s;
            QVERIFY(e.isTransient());
        }
        for (int s : {400, 401, 403, 404, 409, 500}) {
            e.httpStatus = s;
            QVERIFY(!e.isTransient());
        }
        e.kind = NetError::Kind::Timeout;
        QVERIFY(e.isTransient());
        e.kind = NetError::Kind::CertificateChanged;
        QVERIFY(!e.isTransient());
        e.kind = NetError::Kind::Decode;
        QVERIFY(!e.isTransient());
    }

    void decodeError()
    {
        const NetError e = NetErrorFactory::decode(
            RemoteService::Psu, QStringLiteral("GET"),
            QStringLiteral("https://dhcp01:8443/api/dhcp/scopes"), QStringLiteral("[3].start_ip"),
            QStringLiteral("octet 4 is greater than 255"));
        QVERIFY(e.adminMessage.contains(QStringLiteral("at [3].start_ip")));
        QVERIFY(e.adminMessage.contains(QStringLiteral("LeaseLink PSU scripts")));
        QVERIFY(e.toString().contains(QStringLiteral(
            "Invalid response from GET https://dhcp01:8443/api/dhcp/scopes at [3].start_ip")));
    }

    void fingerprints_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("matches");
        const QString fp = QStringLiteral("C4:1B:4A:4C:F5:D0:78:86:D6:DB:7C:98:63:A9:A1:0A:CB:05:"
                                          "73:E5:04:71:F5:FD:E6:66:93:15:23:00:7D:0E");
        QTest::newRow("exact") << fp << true;
        QTest::newRow("lower") << fp.toLower() << true;
        QTest::newRow("no colons") << QString(fp).remove(u':') << true;
        QTest::newRow("prefix") << QStringLiteral("SHA256:") + fp << true;
        QTest::newRow("spaces") << QString(fp).replace(u':', u' ') << true;
        QTest::newRow("truncated") << fp.left(fp.size() - 3) << false;
        QTest::newRow("one digit off") << QString(fp).replace(0, 1, QStringLiteral("D")) << false;
        QTest::newRow("sha1 length")
            << QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD")
            << false;
        QTest::newRow("non hex") << QString(fp).replace(0, 1, QStringLiteral("Z")) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void fingerprints()
    {
        QFETCH(QString, given);
        QFETCH(bool, matches);
        const QString fp = QStringLiteral("C4:1B:4A:4C:F5:D0:78:86:D6:DB:7C:98:63:A9:A1:0A:CB:05:"
                                          "73:E5:04:71:F5:FD:E6:66:93:15:23:00:7D:0E");
        QCOMPARE(FingerprintMatcher::matches(given, fp), matches);
    }

    void storedExpiry()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        StoredCertificate stored;
        QVERIFY(
            CertificateInfo::storedExpiryNotice(stored, QStringLiteral("dhcp01"), now).isEmpty());
        stored.pem = "-----BEGIN CERTIFICATE-----";
        stored.notAfter = now.addDays(200);
        QVERIFY(
            CertificateInfo::storedExpiryNotice(stored, QStringLiteral("dhcp01"), now).isEmpty());
        stored.notAfter = now.addDays(30);
        QCOMPARE(
            CertificateInfo::storedExpiryNotice(stored, QStringLiteral("dhcp01"), now),
            QStringLiteral(
                "The trusted certificate for \"dhcp01\" expires on December 28, 2026 (in 30 days); "
                "renew it on the server and trust the new one"));
        stored.notAfter = now.addDays(-1);
        QCOMPARE(CertificateInfo::storedExpiryNotice(stored, QStringLiteral("dhcp01"), now),
                 QStringLiteral("The trusted certificate for \"dhcp01\" expired on November 27, "
                                "2026; re-import it"));
    }

    void psuSessionConfig()
    {
        Server server;
        server.name = QStringLiteral("DHCP A");
        server.hostname = QStringLiteral("dhcp01.example.com");
        server.port = 8443;
        server.timeoutSeconds = 12;
        server.verifySsl = false;
        const HttpSessionConfig c =
            PsuClient::sessionConfig(server, QStringLiteral("  tok-0123456789abcdef \n"));
        QCOMPARE(c.baseUrl.toString(), QStringLiteral("https://dhcp01.example.com:8443/api/dhcp"));
        QCOMPARE(c.authorization, QByteArray("Bearer tok-0123456789abcdef"));
        QCOMPARE(c.timeout, std::chrono::milliseconds(12000));
        QVERIFY(!c.verifyTls);
        QCOMPARE(c.serviceName, QStringLiteral("DHCP A"));
        QVERIFY(PsuClient::sessionConfig(server, QStringLiteral("   ")).authorization.isEmpty());
    }

    void fingerprintFormat()
    {
        const QByteArray digest = QByteArray::fromHex("3af10c9c");
        QCOMPARE(CertificateInfo::formatFingerprint(digest), QStringLiteral("3A:F1:0C:9C"));
    }
};

QTEST_GUILESS_MAIN(TestNetBasics)
#include "tst_netbasics.moc"
