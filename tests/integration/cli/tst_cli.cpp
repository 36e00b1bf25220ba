// leaselink-cli end to end: every command's exit code and message, that bad input writes
// nothing, that a newer cache is refused untouched, and Test Connection / certificate trust
// against the lab over HTTPS. No token may appear in anything the CLI prints.
#include "CliRunner.h"

#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "net/psu/PsuScriptVersion.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using leaselink::test::CliRun;
using leaselink::test::CliRunner;

namespace {

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

// Evaluates the run once, then checks its exit code and shows everything it printed if wrong.
#define CLI_EXPECT(expression, code)                                                               \
    do {                                                                                           \
        const CliRun checked_ = (expression);                                                      \
        QVERIFY2(checked_.exitCode == (code), qPrintable(describe(checked_)));                     \
    } while (false)

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString fingerprintOf(const QString &text)
{
    // A different, well-formed fingerprint: flip the first hex digit.
    QString other = text;
    other[0] = other[0] == u'0' ? u'1' : u'0';
    return other;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_secrets; // every token handed to the CLI; none may be printed
    QList<CliRun> m_runs;

    CliRun run(const CliRunner &runner, const QStringList &arguments)
    {
        CliRun result = runner.run(arguments);
        m_runs << result;
        return result;
    }

    QString newDataDir(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        CliRunner cli(newDataDir(QStringLiteral("help")));
        const CliRun help = run(cli, {QStringLiteral("--help")});
        CLI_EXPECT(help, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(help.out.contains(QStringLiteral("servers test-connection NAME")));
        QVERIFY(help.out.contains(QStringLiteral("netbox test")));
        QVERIFY(help.out.contains(QStringLiteral("LEASELINK_PSU_TOKEN_")));
        const CliRun version = run(cli, {QStringLiteral("--version")});
        CLI_EXPECT(version, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("leaselink-cli ") + QStringLiteral(LEASELINK_VERSION));
        // --help and --version never create a cache.
        QVERIFY(!QFile::exists(newDataDir(QStringLiteral("help"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("servers")}
            << QStringLiteral("unknown option '--colour'");
        QTest::newRow("unknown servers action")
            << QStringList{QStringLiteral("servers"), QStringLiteral("rename")}
            << QStringLiteral("unknown servers command 'rename'");
        QTest::newRow("add without hostname")
            << QStringList{QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("a"),
                           QStringLiteral("--no-token")}
            << QStringLiteral("--hostname is required");
        QTest::newRow("add with bad port") << QStringList{QStringLiteral("servers"),
                                                          QStringLiteral("add"),
                                                          QStringLiteral("a"),
                                                          QStringLiteral("--hostname"),
                                                          QStringLiteral("dhcp.example"),
                                                          QStringLiteral("--port"),
                                                          QStringLiteral("70000"),
                                                          QStringLiteral("--no-token")}
                                           << QStringLiteral("--port '70000' is not a port number");
        QTest::newRow("add with bad hostname")
            << QStringList{QStringLiteral("servers"),   QStringLiteral("add"),
                           QStringLiteral("a"),         QStringLiteral("--hostname"),
                           QStringLiteral("bad host!"), QStringLiteral("--no-token")}
            << QStringLiteral("is not a valid host name or IP address");
        QTest::newRow("add with unset token variable")
            << QStringList{QStringLiteral("servers"),
                           QStringLiteral("add"),
                           QStringLiteral("a"),
                           QStringLiteral("--hostname"),
                           QStringLiteral("dhcp.example"),
                           QStringLiteral("--token-env"),
                           QStringLiteral("LEASELINK_TEST_UNSET")}
            << QStringLiteral("LEASELINK_TEST_UNSET");
        QTest::newRow("remove unknown server")
            << QStringList{QStringLiteral("servers"), QStringLiteral("remove"),
                           QStringLiteral("ghost"), QStringLiteral("--yes")}
            << QStringLiteral("no server named 'ghost'");
        QTest::newRow("setting out of range")
            << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                           QStringLiteral("sync_interval"), QStringLiteral("3")}
            << QStringLiteral("sync_interval");
        QTest::newRow("unknown setting")
            << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                           QStringLiteral("sync_everything"), QStringLiteral("true")}
            << QStringLiteral("sync_everything");
        QTest::newRow("boolean setting with a non-boolean")
            << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                           QStringLiteral("push_reservations"), QStringLiteral("maybe")}
            << QStringLiteral("maybe");
        QTest::newRow("netbox url that is not http(s)")
            << QStringList{QStringLiteral("netbox"), QStringLiteral("set"),
                           QStringLiteral("ftp://netbox.example"), QStringLiteral("--no-token")}
            << QStringLiteral("is not an http:// or https:// address");
        QTest::newRow("trust without fingerprint")
            << QStringList{QStringLiteral("netbox"), QStringLiteral("trust")}
            << QStringLiteral("--fingerprint FP is required");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString dataDir = newDataDir(QStringLiteral("usage"));
        CliRunner cli(dataDir);
        // A known state to compare with afterwards (the first row creates it).
        const bool exists = QFile::exists(dataDir + QStringLiteral("/leaselink.sqlite3"));
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("add"),
                             QStringLiteral("keep"), QStringLiteral("--hostname"),
                             QStringLiteral("keep.example"), QStringLiteral("--no-token")}),
                   exists ? 2 : 0);
        const CliRun before =
            run(cli, {QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
        const CliRun settingsBefore = run(
            cli, {QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});

        const CliRun result = run(cli, arguments);
        CLI_EXPECT(result, 2);
        QVERIFY2(result.err.contains(message), qPrintable(describe(result)));

        QCOMPARE(
            run(cli, {QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")})
                .out,
            before.out);
        QCOMPARE(
            run(cli, {QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")})
                .out,
            settingsBefore.out);
    }

    void serversAddListRemove()
    {
        CliRunner cli(newDataDir(QStringLiteral("servers")));
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("list")}), 0);
        const CliRun added = run(
            cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("dhcp-01"),
                  QStringLiteral("--hostname"), QStringLiteral("dhcp01.corp.example"),
                  QStringLiteral("--port"), QStringLiteral("8443"), QStringLiteral("--no-token"),
                  QStringLiteral("--description"), QStringLiteral("Building A")});
        CLI_EXPECT(added, 0);
        QVERIFY(added.out.contains(QStringLiteral("https://dhcp01.corp.example:8443/api/dhcp")));
        QVERIFY(added.out.contains(QStringLiteral("LEASELINK_PSU_TOKEN_DHCP_01")));

        const CliRun duplicate =
            run(cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("dhcp-01"),
                      QStringLiteral("--hostname"), QStringLiteral("other.example"),
                      QStringLiteral("--no-token")});
        CLI_EXPECT(duplicate, 2);
        QVERIFY(duplicate.err.contains(QStringLiteral("already exists")));

        const CliRun listed =
            run(cli, {QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
        CLI_EXPECT(listed, 0);
        const QJsonArray servers = jsonArray(listed.out);
        QCOMPARE(servers.size(), 1);
        const QJsonObject server = servers.first().toObject();
        QCOMPARE(server.value(QStringLiteral("name")).toString(), QStringLiteral("dhcp-01"));
        QCOMPARE(server.value(QStringLiteral("port")).toInt(), 8443);
        QCOMPARE(server.value(QStringLiteral("verify_ssl")).toBool(), true);
        QCOMPARE(server.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Building A"));

        const CliRun table = run(cli, {QStringLiteral("servers"), QStringLiteral("list")});
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("NAME")));
        QVERIFY(table.out.contains(QStringLiteral("dhcp-01")));

        // Without a terminal, removal needs --yes and leaves the server alone otherwise.
        const CliRun refused = run(
            cli, {QStringLiteral("servers"), QStringLiteral("remove"), QStringLiteral("dhcp-01")});
        CLI_EXPECT(refused, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--yes")));
        QCOMPARE(jsonArray(run(cli, {QStringLiteral("servers"), QStringLiteral("list"),
                                     QStringLiteral("--json")})
                               .out)
                     .size(),
                 1);
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("remove"),
                             QStringLiteral("dhcp-01"), QStringLiteral("--yes")}),
                   0);
        QCOMPARE(jsonArray(run(cli, {QStringLiteral("servers"), QStringLiteral("list"),
                                     QStringLiteral("--json")})
                               .out)
                     .size(),
                 0);
    }

    void tokenWithoutKeychainIsRefusedAndNothingWritten()
    {
        CliRunner cli(newDataDir(QStringLiteral("nokeychain")));
        const QString token = QStringLiteral("cli-test-token-Zq8Lm2Wv9");
        m_secrets << token;
        cli.setEnv(QStringLiteral("MY_TOKEN"), token);
        const CliRun added =
            run(cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("dhcp-02"),
                      QStringLiteral("--hostname"), QStringLiteral("dhcp02.example"),
                      QStringLiteral("--token-env"), QStringLiteral("MY_TOKEN")});
        CLI_EXPECT(added, 6);
        QVERIFY(added.err.contains(QStringLiteral("LEASELINK_PSU_TOKEN_DHCP_02")));
        QCOMPARE(jsonArray(run(cli, {QStringLiteral("servers"), QStringLiteral("list"),
                                     QStringLiteral("--json")})
                               .out)
                     .size(),
                 0);
    }

    void settingsShowAndSet()
    {
        CliRunner cli(newDataDir(QStringLiteral("settings")));
        const CliRun set = run(cli, {QStringLiteral("settings"), QStringLiteral("set"),
                                     QStringLiteral("sync_interval"), QStringLiteral("45")});
        CLI_EXPECT(set, 0);
        const CliRun shown = run(
            cli, {QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
        CLI_EXPECT(shown, 0);
        bool found = false;
        for (const QJsonValue &entry : jsonArray(shown.out)) {
            if (entry[QStringLiteral("key")].toString() == QLatin1String("sync_interval")) {
                QCOMPARE(entry[QStringLiteral("value")].toString(), QStringLiteral("45"));
                found = true;
            }
        }
        QVERIFY(found);
        const CliRun table = run(cli, {QStringLiteral("settings"), QStringLiteral("show")});
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.contains(QStringLiteral("sync_interval")));
    }

    void configFileOverrideIsShown()
    {
        const QString config = m_dir.filePath(QStringLiteral("override.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"push_reservations": false})");
        file.close();
        CliRunner cli(newDataDir(QStringLiteral("override")));
        CLI_EXPECT(run(cli, {QStringLiteral("settings"), QStringLiteral("set"),
                             QStringLiteral("push_reservations"), QStringLiteral("true")}),
                   0);
        const CliRun shown =
            run(cli, {QStringLiteral("--config"), config, QStringLiteral("settings"),
                      QStringLiteral("show"), QStringLiteral("--json")});
        CLI_EXPECT(shown, 0);
        bool found = false;
        for (const QJsonValue &entry : jsonArray(shown.out)) {
            if (entry[QStringLiteral("key")].toString() != QLatin1String("push_reservations"))
                continue;
            found = true;
            QCOMPARE(entry[QStringLiteral("value")].toString(), QStringLiteral("false"));
            QCOMPARE(entry[QStringLiteral("stored_value")].toString(), QStringLiteral("true"));
            QCOMPARE(entry[QStringLiteral("overridden_by")].toString(), config);
        }
        QVERIFY(found);
    }

    void newerCacheIsRefusedUntouched()
    {
        const QString dataDir = newDataDir(QStringLiteral("newer"));
        CliRunner cli(dataDir);
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("list")}), 0);
        const QString path = dataDir + QStringLiteral("/leaselink.sqlite3");
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        const CliRun refused =
            run(cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--hostname"), QStringLiteral("x.example"),
                      QStringLiteral("--no-token")});
        CLI_EXPECT(refused, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("newer LeaseLink")),
                 qPrintable(describe(refused)));
        QCOMPARE(fileHash(path), before);
    }

    void psuTestConnectionAndTrust()
    {
        lab::PsuSim psu;
        // The lab defaults to upstream's 1.0.2; the shipped script (C-06) passes every step.
        psu.setScriptVersion(QLatin1String(PsuScriptVersion::Shipped));
        lab::LabHttpServer server(&psu);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());
        const QString fingerprint = server.fingerprintSha256();
        const QString port = QString::number(server.baseUrl().port());
        m_secrets << psu.writerToken() << psu.readerToken();

        CliRunner cli(newDataDir(QStringLiteral("psu")));
        CLI_EXPECT(
            run(cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("lab-dhcp"),
                      QStringLiteral("--hostname"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"), port, QStringLiteral("--no-token")}),
            0);
        cli.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_LAB_DHCP"), psu.writerToken());

        // Untrusted self-signed certificate: the TLS step fails and shows what to compare.
        const CliRun untrusted =
            run(cli, {QStringLiteral("servers"), QStringLiteral("test-connection"),
                      QStringLiteral("lab-dhcp")});
        CLI_EXPECT(untrusted, 7);
        QVERIFY(untrusted.out.contains(QStringLiteral("[FAIL] TLS")));
        QVERIFY(untrusted.out.contains(fingerprint));
        QVERIFY(untrusted.out.contains(QStringLiteral("SPKI SHA-256 pin")));
        QVERIFY(untrusted.out.contains(QStringLiteral("[ -- ] Token accepted")));

        // A wrong but well-formed fingerprint is refused and nothing is stored.
        const CliRun wrong = run(cli, {QStringLiteral("servers"), QStringLiteral("trust"),
                                       QStringLiteral("lab-dhcp"), QStringLiteral("--fingerprint"),
                                       fingerprintOf(fingerprint)});
        CLI_EXPECT(wrong, 7);
        QVERIFY(wrong.err.contains(QStringLiteral("does not match")));
        const auto listed = [&] {
            return jsonArray(run(cli, {QStringLiteral("servers"), QStringLiteral("list"),
                                       QStringLiteral("--json")})
                                 .out)
                .first()
                .toObject();
        };
        QCOMPARE(listed().value(QStringLiteral("certificate_sha256")).toString(), QString());

        // The right fingerprint, written the admin's way (lower case, no colons), is trusted
        // and the test then passes every step.
        const QString typed = QString(fingerprint).remove(u':').toLower();
        const CliRun trusted =
            run(cli, {QStringLiteral("servers"), QStringLiteral("test-connection"),
                      QStringLiteral("lab-dhcp"), QStringLiteral("--trust-fingerprint"), typed,
                      QStringLiteral("--json")});
        CLI_EXPECT(trusted, 0);
        const QJsonObject report = QJsonDocument::fromJson(trusted.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("steps")).toArray().size(), 6);
        for (const QJsonValue &step : report.value(QStringLiteral("steps")).toArray())
            QCOMPARE(step[QStringLiteral("outcome")].toString(), QStringLiteral("ok"));
        QCOMPARE(listed().value(QStringLiteral("certificate_sha256")).toString(), fingerprint);
        QCOMPARE(listed().value(QStringLiteral("health_status")).toString(),
                 QStringLiteral("healthy"));
        QCOMPARE(listed().value(QStringLiteral("psu_script_version")).toString(),
                 psu.scriptVersion());

        // A reader token passes with a warning on write access.
        cli.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_LAB_DHCP"), psu.readerToken());
        const CliRun reader =
            run(cli, {QStringLiteral("servers"), QStringLiteral("test-connection"),
                      QStringLiteral("lab-dhcp")});
        CLI_EXPECT(reader, 0);
        QVERIFY(reader.out.contains(QStringLiteral("[warn] Write access")));
        QVERIFY(reader.out.contains(QStringLiteral("Read-Only")));

        // A revoked token: the token step fails with the admin's sentence, exit 3.
        cli.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_LAB_DHCP"), psu.revokedToken());
        m_secrets << psu.revokedToken();
        const CliRun revoked =
            run(cli, {QStringLiteral("servers"), QStringLiteral("test-connection"),
                      QStringLiteral("lab-dhcp")});
        CLI_EXPECT(revoked, 3);
        QVERIFY(revoked.out.contains(QStringLiteral("[FAIL] Token accepted")));

        // The server's certificate changes: work stops, both fingerprints are shown.
        cli.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_LAB_DHCP"), psu.writerToken());
        server.rotateCertificate();
        const QString rotated = server.fingerprintSha256();
        QVERIFY(rotated != fingerprint);
        const CliRun changed =
            run(cli, {QStringLiteral("servers"), QStringLiteral("test-connection"),
                      QStringLiteral("lab-dhcp")});
        CLI_EXPECT(changed, 7);
        QVERIFY2(changed.out.contains(fingerprint) && changed.out.contains(rotated),
                 qPrintable(describe(changed)));
        const CliRun show = run(cli, {QStringLiteral("servers"), QStringLiteral("certificate"),
                                      QStringLiteral("lab-dhcp")});
        CLI_EXPECT(show, 0);
        QVERIFY(show.err.contains(QStringLiteral("CHANGED")));
        QCOMPARE(listed().value(QStringLiteral("certificate_sha256")).toString(), fingerprint);

        // Forgetting the certificate needs --yes without a terminal.
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("untrust"),
                             QStringLiteral("lab-dhcp")}),
                   2);
        CLI_EXPECT(run(cli, {QStringLiteral("servers"), QStringLiteral("untrust"),
                             QStringLiteral("lab-dhcp"), QStringLiteral("--yes")}),
                   0);
        QCOMPARE(listed().value(QStringLiteral("certificate_sha256")).toString(), QString());
    }

    void configTokenOverrideNeverFallsBack()
    {
        lab::PsuSim psu;
        lab::LabHttpServer server(&psu);
        QVERIFY(server.start().has_value());
        m_secrets << psu.writerToken();
        const QString config = m_dir.filePath(QStringLiteral("staging.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"server_overrides": {"127.0.0.1": {"token_env": "STAGING_DHCP_TOKEN"}}})");
        file.close();

        CliRunner cli(newDataDir(QStringLiteral("staging")));
        CLI_EXPECT(
            run(cli, {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("staging"),
                      QStringLiteral("--hostname"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("--port"), QString::number(server.baseUrl().port()),
                      QStringLiteral("--http"), QStringLiteral("--no-token")}),
            0);
        // The "production" token is available, but the override names another variable.
        cli.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_STAGING"), psu.writerToken());
        const CliRun unset =
            run(cli, {QStringLiteral("--config"), config, QStringLiteral("servers"),
                      QStringLiteral("test-connection"), QStringLiteral("staging")});
        CLI_EXPECT(unset, 3);
        QVERIFY(unset.err.contains(QStringLiteral("STAGING_DHCP_TOKEN")));
        QVERIFY(unset.out.contains(QStringLiteral("[FAIL] Token accepted")));

        cli.setEnv(QStringLiteral("STAGING_DHCP_TOKEN"), psu.writerToken());
        const CliRun set = run(cli, {QStringLiteral("--config"), config, QStringLiteral("servers"),
                                     QStringLiteral("test-connection"), QStringLiteral("staging")});
        CLI_EXPECT(set, 0);
        QVERIFY(set.out.contains(QStringLiteral("[warn] TLS"))); // plain HTTP is flagged
    }

    void netboxSetTrustAndTest()
    {
        lab::NetBoxSim netbox;
        const int user = netbox.addUser(QStringLiteral("leaselink"), true);
        const QString token = netbox.addTokenV2(user);
        m_secrets << token;
        lab::LabHttpServer server(&netbox);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());
        const QString url = server.baseUrl().toString();

        CliRunner cli(newDataDir(QStringLiteral("netbox")));
        const CliRun before = run(cli, {QStringLiteral("netbox"), QStringLiteral("test")});
        CLI_EXPECT(before, 2);
        QVERIFY(before.err.contains(QStringLiteral("no NetBox connection yet")));
        CLI_EXPECT(run(cli, {QStringLiteral("netbox"), QStringLiteral("set"), url,
                             QStringLiteral("--no-token")}),
                   0);
        cli.setEnv(QStringLiteral("LEASELINK_NETBOX_TOKEN"), token);

        const CliRun untrusted = run(cli, {QStringLiteral("netbox"), QStringLiteral("test")});
        CLI_EXPECT(untrusted, 7);
        QVERIFY(untrusted.out.contains(server.fingerprintSha256()));

        const CliRun trust =
            run(cli, {QStringLiteral("netbox"), QStringLiteral("trust"),
                      QStringLiteral("--fingerprint"), server.fingerprintSha256()});
        CLI_EXPECT(trust, 0);

        // Trusted, token fine, but the custom field is missing: that step fails.
        const CliRun missingField = run(cli, {QStringLiteral("netbox"), QStringLiteral("test")});
        CLI_EXPECT(missingField, 3);
        QVERIFY(missingField.out.contains(QStringLiteral("[ ok ] Token accepted")));
        QVERIFY(missingField.out.contains(QStringLiteral("[FAIL] Custom field dhcp_client_id")));

        netbox.addCustomField(QStringLiteral("dhcp_client_id"), {QStringLiteral("ipam.ipaddress")},
                              QStringLiteral("exact"));
        const CliRun ok = run(cli, {QStringLiteral("netbox"), QStringLiteral("test")});
        CLI_EXPECT(ok, 0);
        QVERIFY(ok.out.contains(QStringLiteral("Result: every step passed.")));

        const CliRun shown =
            run(cli, {QStringLiteral("netbox"), QStringLiteral("show"), QStringLiteral("--json")});
        CLI_EXPECT(shown, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("certificate_sha256")).toString(),
                 server.fingerprintSha256());
        QCOMPARE(json.value(QStringLiteral("token_available")).toBool(), true);

        // A bad token: the token step fails, exit 3.
        cli.setEnv(QStringLiteral("LEASELINK_NETBOX_TOKEN"),
                   QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        const CliRun bad = run(cli, {QStringLiteral("netbox"), QStringLiteral("test")});
        CLI_EXPECT(bad, 3);
        QVERIFY(bad.out.contains(QStringLiteral("[FAIL] Token accepted")));
    }

    void addAndSetTrustBeforeSaving()
    {
        lab::PsuSim psu;
        lab::LabHttpServer psuServer(&psu);
        psuServer.enableTls(lab::LabCertificate::localhost());
        QVERIFY(psuServer.start().has_value());
        lab::NetBoxSim netbox;
        lab::LabHttpServer netboxServer(&netbox);
        netboxServer.enableTls(lab::LabCertificate::localhost());
        QVERIFY(netboxServer.start().has_value());
        const QString fingerprint = psuServer.fingerprintSha256();
        const QString port = QString::number(psuServer.baseUrl().port());
        CliRunner cli(newDataDir(QStringLiteral("addtrust")));

        // A wrong fingerprint on add: exit 7 and no server.
        const QStringList add{QStringLiteral("servers"),
                              QStringLiteral("add"),
                              QStringLiteral("dhcp-t"),
                              QStringLiteral("--hostname"),
                              QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"),
                              port,
                              QStringLiteral("--no-token"),
                              QStringLiteral("--trust-fingerprint")};
        CLI_EXPECT(run(cli, add + QStringList{fingerprintOf(fingerprint)}), 7);
        QCOMPARE(jsonArray(run(cli, {QStringLiteral("servers"), QStringLiteral("list"),
                                     QStringLiteral("--json")})
                               .out)
                     .size(),
                 0);
        CLI_EXPECT(run(cli, add + QStringList{fingerprint}), 0);
        const QJsonArray servers = jsonArray(
            run(cli, {QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")})
                .out);
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first()[QStringLiteral("certificate_sha256")].toString(), fingerprint);

        // netbox set URL --trust-fingerprint: the same rule.
        const QString url = netboxServer.baseUrl().toString();
        CLI_EXPECT(run(cli, {QStringLiteral("netbox"), QStringLiteral("set"), url,
                             QStringLiteral("--no-token"), QStringLiteral("--trust-fingerprint"),
                             fingerprintOf(netboxServer.fingerprintSha256())}),
                   7);
        CLI_EXPECT(run(cli, {QStringLiteral("netbox"), QStringLiteral("show")}), 2);
        CLI_EXPECT(run(cli, {QStringLiteral("netbox"), QStringLiteral("set"), url,
                             QStringLiteral("--no-token"), QStringLiteral("--trust-fingerprint"),
                             netboxServer.fingerprintSha256()}),
                   0);
        const CliRun shown =
            run(cli, {QStringLiteral("netbox"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8())
                     .object()
                     .value(QStringLiteral("certificate_sha256"))
                     .toString(),
                 netboxServer.fingerprintSha256());
    }

    void cleanupTestCase()
    {
        // The suite-wide secret scan reads the recorded traffic: prove the recording works. The
        // CLI runs inherit LEASELINK_TRAFFIC_LOG and append every exchange, redacted.
        const QString trafficPath = qEnvironmentVariable("LEASELINK_TRAFFIC_LOG");
        QVERIFY2(!trafficPath.isEmpty(), "LEASELINK_TRAFFIC_LOG is not set for this test");
        QFile traffic(trafficPath);
        QVERIFY2(traffic.open(QIODevice::ReadOnly), qPrintable(trafficPath));
        const QByteArray recorded = traffic.readAll();
        QVERIFY(recorded.contains("/api/dhcp/health"));
        QVERIFY(recorded.contains("Authorization: Bearer ****"));

        QVERIFY(!m_runs.isEmpty());
        QVERIFY(!m_secrets.isEmpty());
        for (const CliRun &r : std::as_const(m_runs)) {
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!r.all().contains(secret), "a token appeared in leaselink-cli output");
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
