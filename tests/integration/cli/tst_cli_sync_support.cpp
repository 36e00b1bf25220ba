// leaselink-cli's commands around sync: status, jobs, maintenance (SYN-40), servers edit,
// validate (VAL-02/03 as amended, LL-53) and --demo. Good paths, bad input (exit 2, a specific
// message, nothing changed) and --json parsed. No token may appear in anything the CLI prints.
#include "CliRunner.h"

#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"

#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

#define CLI_EXPECT(expression, code)                                                               \
    do {                                                                                           \
        const CliRun checked_ = (expression);                                                      \
        QVERIFY2(checked_.exitCode == (code), qPrintable(describe(checked_)));                     \
    } while (false)

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *word : words)
        out << QString::fromUtf8(word);
    return out;
}

} // namespace

class TestCliSyncSupport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_secrets;
    QList<CliRun> m_runs;

    CliRun run(const CliRunner &runner, const QStringList &arguments)
    {
        CliRun result = runner.run(arguments);
        m_runs << result;
        return result;
    }

    QString newDataDir(const QString &name) { return m_dir.filePath(name); }

    // A cache with one server added through the CLI (no token).
    CliRunner withServer(const QString &dirName)
    {
        CliRunner cli(newDataDir(dirName));
        cli.setEnv(QStringLiteral("USER"), QStringLiteral("alice"));
        const CliRun added = run(
            cli, args({"servers", "add", "SRV-A", "--hostname", "dhcp-a.example", "--no-token"}));
        if (added.exitCode != 0)
            qWarning("%s", qPrintable(describe(added)));
        return cli;
    }

    std::unique_ptr<Database> openCache(const QString &dirName)
    {
        auto opened = Database::openInDataDir(newDataDir(dirName));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(*opened);
    }

    // "Building A" 10.0.1.0/24 on SRV-A with exclusion 10.0.1.40–10.0.1.55.
    bool addBuildingA(Database &database)
    {
        const auto server = ServerRepository(database).findByName(QStringLiteral("SRV-A"));
        if (!server || !server->has_value())
            return false;
        Scope scope;
        scope.name = QStringLiteral("Building A");
        scope.netboxPrefixId = 1;
        scope.prefix = *Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24"));
        scope.startIp = *Ipv4Address::parse(QStringLiteral("10.0.1.10"));
        scope.endIp = *Ipv4Address::parse(QStringLiteral("10.0.1.254"));
        scope.serverId = (*server)->id;
        ScopeRepository scopes(database);
        const auto created = scopes.create(scope, ValidationMode::Import);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        ExclusionRange range;
        range.scopeId = created->id;
        range.startIp = *Ipv4Address::parse(QStringLiteral("10.0.1.40"));
        range.endIp = *Ipv4Address::parse(QStringLiteral("10.0.1.55"));
        return scopes.addExclusion(range, ValidationMode::Import).has_value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpNamesTheCommands()
    {
        CliRunner cli(newDataDir(QStringLiteral("help")));
        const CliRun help = run(cli, args({"--help"}));
        CLI_EXPECT(help, 0);
        for (const char *text :
             {"status [--json]", "jobs [list]", "jobs show ID", "maintenance on|off OBJECT",
              "validate [--json]", "servers edit NAME", "--demo", "--json", "problems"})
            QVERIFY2(help.out.contains(QLatin1String(text)), text);
    }

    void statusOfAnEmptyCache()
    {
        CliRunner cli(newDataDir(QStringLiteral("status-empty")));
        const CliRun text = run(cli, args({"status"}));
        CLI_EXPECT(text, 0);
        QVERIFY(text.out.contains(QStringLiteral("No DHCP servers.")));
        QVERIFY(text.out.contains(QStringLiteral("Nothing is in maintenance.")));
        const CliRun json = run(cli, args({"--json", "status"}));
        CLI_EXPECT(json, 0);
        const QJsonObject status = jsonObject(json.out);
        QVERIFY(status.value(QStringLiteral("servers")).toArray().isEmpty());
        QCOMPARE(status.value(QStringLiteral("netbox_configured")).toBool(true), false);
        QVERIFY(status.value(QStringLiteral("last_sync_job")).isNull());
        CLI_EXPECT(run(cli, args({"status", "extra"})), 2);
    }

    void jobsListAndShow()
    {
        CliRunner cli(newDataDir(QStringLiteral("jobs")));
        const CliRun empty = run(cli, args({"jobs"}));
        CLI_EXPECT(empty, 0);
        QVERIFY(empty.out.contains(QStringLiteral("No jobs yet.")));
        qint64 id = 0;
        {
            auto database = openCache(QStringLiteral("jobs"));
            QVERIFY(database);
            JobRepository jobs(*database);
            const QDateTime start =
                QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate);
            const auto started =
                jobs.start(QStringLiteral("sync"), {QStringLiteral("SRV-A")}, start);
            QVERIFY(started);
            id = started->id;
            QVERIFY(jobs.finish(id, JobStatus::Partial, QJsonObject{{"created", 3}},
                                start.addSecs(42), QStringLiteral("SRV-A: 3 created\n")));
        }
        const CliRun list = run(cli, args({"jobs", "list", "--json"}));
        CLI_EXPECT(list, 0);
        const QJsonArray jobs = jsonArray(list.out);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("sync"));
        QCOMPARE(jobs[0].toObject().value(QStringLiteral("counts")).toObject().value("created"),
                 QJsonValue(3));
        const CliRun table = run(cli, args({"jobs", "list"}));
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.contains(QStringLiteral("created=3")));

        const CliRun show = run(cli, {QStringLiteral("--json"), QStringLiteral("jobs"),
                                      QStringLiteral("show"), QString::number(id)});
        CLI_EXPECT(show, 0);
        const QJsonObject job = jsonObject(show.out);
        QCOMPARE(job.value(QStringLiteral("log")).toString(), QStringLiteral("SRV-A: 3 created\n"));
        QCOMPARE(job.value(QStringLiteral("started_at")).toString(),
                 QStringLiteral("2026-11-28T10:00:00Z"));
        const CliRun showText =
            run(cli, {QStringLiteral("jobs"), QStringLiteral("show"), QString::number(id)});
        CLI_EXPECT(showText, 0);
        QVERIFY(showText.out.contains(QStringLiteral("SRV-A: 3 created")));

        // The last sync job shows in status.
        const CliRun status = run(cli, args({"status", "--json"}));
        CLI_EXPECT(status, 0);
        QCOMPARE(jsonObject(status.out)
                     .value(QStringLiteral("last_sync_job"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 id);

        const CliRun missing = run(cli, args({"jobs", "show", "999"}));
        CLI_EXPECT(missing, 2);
        QVERIFY(missing.err.contains(QStringLiteral("999")));
        const CliRun notNumber = run(cli, args({"jobs", "show", "abc"}));
        CLI_EXPECT(notNumber, 2);
        QVERIFY(notNumber.err.contains(QStringLiteral("'abc' is not a job id")));
        const CliRun badLimit = run(cli, args({"jobs", "list", "--limit", "0"}));
        CLI_EXPECT(badLimit, 2);
        QVERIFY(badLimit.err.contains(QStringLiteral("--limit '0'")));
        const CliRun unknown = run(cli, args({"jobs", "purge"}));
        CLI_EXPECT(unknown, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown jobs command 'purge'")));
    }

    // SYN-40.1 / 40.2 on a server, the same for a scope; bad objects change nothing.
    void maintenanceOnAndOff()
    {
        CliRunner cli = withServer(QStringLiteral("maintenance"));
        {
            auto database = openCache(QStringLiteral("maintenance"));
            QVERIFY(database);
            QVERIFY(addBuildingA(*database));
        }
        const CliRun on =
            run(cli, args({"maintenance", "on", "server:SRV-A", "--note", "CHG-1234"}));
        CLI_EXPECT(on, 0);
        QVERIFY(on.out.contains(QStringLiteral("Maintenance on for server 'SRV-A' (by alice)")));
        CLI_EXPECT(run(cli, args({"maintenance", "on", "scope:Building A", "--note", "rack move"})),
                   0);
        {
            auto database = openCache(QStringLiteral("maintenance"));
            QVERIFY(database);
            const auto server = ServerRepository(*database).findByName(QStringLiteral("SRV-A"));
            QVERIFY(server && server->has_value());
            const Maintenance m = (*server)->maintenance;
            QVERIFY(m.enabled);
            QCOMPARE(m.enabledBy, QStringLiteral("alice"));
            QCOMPARE(m.notes, QStringLiteral("CHG-1234"));
            QVERIFY(qAbs(m.enabledAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        const CliRun status = run(cli, args({"status", "--json"}));
        CLI_EXPECT(status, 0);
        const QJsonArray inMaintenance =
            jsonObject(status.out).value(QStringLiteral("maintenance")).toArray();
        QCOMPARE(inMaintenance.size(), 2);
        QCOMPARE(inMaintenance[0].toObject().value("type").toString(), QStringLiteral("server"));
        QCOMPARE(inMaintenance[0].toObject().value("notes").toString(), QStringLiteral("CHG-1234"));
        QCOMPARE(inMaintenance[1].toObject().value("type").toString(), QStringLiteral("scope"));
        QCOMPARE(inMaintenance[1].toObject().value("notes").toString(),
                 QStringLiteral("rack move"));

        // Bad input: exit 2, a specific message, nothing changed.
        const CliRun badState = run(cli, args({"maintenance", "maybe", "SRV-A"}));
        CLI_EXPECT(badState, 2);
        QVERIFY(badState.err.contains(QStringLiteral("expected 'on' or 'off', not 'maybe'")));
        const CliRun badType = run(cli, args({"maintenance", "off", "rack:SRV-A"}));
        CLI_EXPECT(badType, 2);
        QVERIFY(badType.err.contains(QStringLiteral("unknown object type 'rack'")));
        const CliRun unknown = run(cli, args({"maintenance", "off", "server:SRV-Z"}));
        CLI_EXPECT(unknown, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no server named 'SRV-Z'")));
        const CliRun noFailover = run(cli, args({"maintenance", "off", "failover:FO1"}));
        CLI_EXPECT(noFailover, 2);
        QVERIFY(noFailover.err.contains(QStringLiteral("no failover named 'FO1'")));
        const CliRun noteOff = run(cli, args({"maintenance", "off", "SRV-A", "--note", "x"}));
        CLI_EXPECT(noteOff, 2);
        QVERIFY(noteOff.err.contains(QStringLiteral("--note goes with 'on'")));
        const CliRun still = run(cli, args({"status", "--json"}));
        QCOMPARE(jsonObject(still.out).value(QStringLiteral("maintenance")).toArray().size(), 2);

        // SYN-40.2: off clears time, user and note. A plain name means a server.
        CLI_EXPECT(run(cli, args({"maintenance", "off", "SRV-A"})), 0);
        CLI_EXPECT(run(cli, args({"maintenance", "off", "scope:10.0.1.0/24"})), 0);
        {
            auto database = openCache(QStringLiteral("maintenance"));
            QVERIFY(database);
            const auto server = ServerRepository(*database).findByName(QStringLiteral("SRV-A"));
            QVERIFY(server && server->has_value());
            QCOMPARE((*server)->maintenance, Maintenance());
            const auto scopes = ScopeRepository(*database).list();
            QVERIFY(scopes && scopes->size() == 1);
            QCOMPARE(scopes->first().maintenance, Maintenance());
        }
    }

    void serversEdit()
    {
        CliRunner cli = withServer(QStringLiteral("edit"));
        const auto listed = [&] {
            return jsonArray(run(cli, args({"servers", "list", "--json"})).out);
        };
        const QJsonArray before = listed();
        QCOMPARE(before.size(), 1);

        // Bad input: exit 2, a specific message, the server unchanged.
        const CliRun badPort = run(cli, args({"servers", "edit", "SRV-A", "--port", "70000"}));
        CLI_EXPECT(badPort, 2);
        QVERIFY(badPort.err.contains(QStringLiteral("--port '70000'")));
        const CliRun both = run(cli, args({"servers", "edit", "SRV-A", "--http", "--https"}));
        CLI_EXPECT(both, 2);
        QVERIFY(both.err.contains(QStringLiteral("--http and --https exclude each other")));
        const CliRun badFlag =
            run(cli, args({"servers", "edit", "SRV-A", "--sync-standalone", "maybe"}));
        CLI_EXPECT(badFlag, 2);
        QVERIFY(badFlag.err.contains(QStringLiteral("--sync-standalone takes 'on' or 'off'")));
        const CliRun unknown = run(cli, args({"servers", "edit", "SRV-Z", "--port", "1"}));
        CLI_EXPECT(unknown, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no server named 'SRV-Z'")));
        const CliRun noVar = run(cli, args({"servers", "edit", "SRV-A", "--token-env", "NOPE_X"}));
        CLI_EXPECT(noVar, 2);
        QVERIFY(noVar.err.contains(QStringLiteral("NOPE_X")));
        QCOMPARE(listed(), before);

        // A blank token keeps the stored one (nothing is written to any keychain).
        cli.setEnv(QStringLiteral("BLANK_TOKEN"), QStringLiteral("  "));
        const CliRun edited =
            run(cli, args({"servers", "edit", "SRV-A", "--port", "8443", "--http", "--no-verify",
                           "--description", "Lobby DHCP", "--sync-standalone", "off", "--token-env",
                           "BLANK_TOKEN"}));
        CLI_EXPECT(edited, 0);
        QVERIFY(edited.out.contains(QStringLiteral("http://dhcp-a.example:8443/api/dhcp")));
        const QJsonObject after = listed().first().toObject();
        QCOMPARE(after.value("port").toInt(), 8443);
        QCOMPARE(after.value("use_https").toBool(true), false);
        QCOMPARE(after.value("verify_ssl").toBool(true), false);
        QCOMPARE(after.value("description").toString(), QStringLiteral("Lobby DHCP"));
        QCOMPARE(after.value("hostname").toString(), QStringLiteral("dhcp-a.example"));
        {
            auto database = openCache(QStringLiteral("edit"));
            QVERIFY(database);
            const auto server = ServerRepository(*database).findByName(QStringLiteral("SRV-A"));
            QVERIFY(server && server->has_value());
            QCOMPARE((*server)->syncStandaloneScopes, false);
        }
    }

    // VAL-02/03 over NetBox's lease-status IPs; amended by DIS-16 and C-17 (LL-53).
    void validateReport()
    {
        lab::NetBoxSim netbox;
        const int user = netbox.addUser(QStringLiteral("leaselink"), true);
        const QString token = netbox.addTokenV2(user);
        m_secrets << token;
        const int blue = netbox.addVrf(QStringLiteral("blue"));
        netbox.addIpAddress(QStringLiteral("10.0.1.20/24"), 0, QStringLiteral("dhcp"));
        netbox.addIpAddress(QStringLiteral("10.0.1.50/24"), 0, QStringLiteral("dhcp"));
        netbox.addIpAddress(QStringLiteral("10.0.2.5/24"), 0, QStringLiteral("dhcp"));
        netbox.addIpAddress(QStringLiteral("10.0.2.6/24"), 0, QStringLiteral("active"));
        netbox.addIpAddress(QStringLiteral("10.0.1.60/24"), blue, QStringLiteral("dhcp"));
        lab::LabHttpServer server(&netbox);
        QVERIFY(server.start().has_value());

        CliRunner cli = withServer(QStringLiteral("validate"));
        const CliRun noNetBox = run(cli, args({"validate"}));
        CLI_EXPECT(noNetBox, 2);
        QVERIFY(noNetBox.err.contains(QStringLiteral("no NetBox connection yet")));
        CLI_EXPECT(run(cli, {QStringLiteral("netbox"), QStringLiteral("set"),
                             server.baseUrl().toString(), QStringLiteral("--no-token")}),
                   0);
        cli.setEnv(QStringLiteral("LEASELINK_NETBOX_TOKEN"), token);
        {
            auto database = openCache(QStringLiteral("validate"));
            QVERIFY(database);
            QVERIFY(addBuildingA(*database));
        }
        const CliRun json = run(cli, args({"validate", "--json"}));
        CLI_EXPECT(json, 1);
        const QJsonObject report = jsonObject(json.out);
        QCOMPARE(report.value("lease_status").toString(), QStringLiteral("dhcp"));
        QCOMPARE(report.value("checked").toInt(), 4);
        const QJsonArray problems = report.value("problems").toArray();
        QCOMPARE(problems.size(), 3);
        QHash<QString, QJsonObject> byAddress;
        for (const auto &p : problems)
            byAddress.insert(p.toObject().value("address").toString(), p.toObject());
        QCOMPARE(byAddress.value("10.0.1.50/24").value("problem").toString(),
                 QStringLiteral("excluded"));
        QCOMPARE(byAddress.value("10.0.1.50/24").value("scope").toString(),
                 QStringLiteral("Building A"));
        QCOMPARE(byAddress.value("10.0.1.50/24").value("exclusion_start").toString(),
                 QStringLiteral("10.0.1.40"));
        QCOMPARE(byAddress.value("10.0.2.5/24").value("problem").toString(),
                 QStringLiteral("outside_scopes"));
        QCOMPARE(byAddress.value("10.0.1.60/24").value("problem").toString(),
                 QStringLiteral("outside_scopes")); // LL-53: Building A is on the global prefix
        QCOMPARE(byAddress.value("10.0.1.60/24").value("vrf_id").toInteger(), blue);

        const CliRun text = run(cli, args({"validate"}));
        CLI_EXPECT(text, 1);
        QVERIFY(text.out.contains(QStringLiteral("3 of 4 IP addresses")));
        QVERIFY(text.out.contains(QStringLiteral("10.0.1.40–10.0.1.55")));
        CLI_EXPECT(run(cli, args({"validate", "now"})), 2);
        // validate changes nothing in NetBox.
        QVERIFY(netbox.changes().empty());
    }

    void demoRunsAgainstTheLab()
    {
        CliRunner cli(newDataDir(QStringLiteral("demo-unused")));
        const CliRun servers = run(cli, args({"--demo", "servers", "list", "--json"}));
        CLI_EXPECT(servers, 0);
        const QJsonArray list = jsonArray(servers.out);
        QVERIFY(list.size() >= 2);
        for (const auto &entry : list) {
            // Trusted by fingerprint over HTTPS, through servers add --trust-fingerprint.
            QCOMPARE(entry.toObject().value("use_https").toBool(), true);
            QVERIFY(!entry.toObject().value("certificate_sha256").toString().isEmpty());
        }
        const CliRun status = run(cli, args({"--demo", "--json", "status"}));
        CLI_EXPECT(status, 0);
        const QJsonObject json = jsonObject(status.out);
        QVERIFY(json.value("netbox_configured").toBool());
        QCOMPARE(json.value("servers").toArray().size(), list.size());
        // The connection works end to end with the in-process tokens.
        const QString first = list.first().toObject().value("name").toString();
        const CliRun test = run(cli, {QStringLiteral("--demo"), QStringLiteral("servers"),
                                      QStringLiteral("test-connection"), first});
        CLI_EXPECT(test, 0);
        QVERIFY(!test.all().contains(QStringLiteral("Bearer ")));
        // Nothing was written to the data directory the runner passed.
        QVERIFY(!QFile::exists(newDataDir(QStringLiteral("demo-unused"))));
    }

    // C-20 / LL-67: Test Connection and certificate fetch on a server in maintenance need a
    // confirmation; without a terminal only --ignore-maintenance gives it.
    void ll67_maintenanceNeedsConfirmation()
    {
        CliRunner cli = withServer(QStringLiteral("ll67"));
        // Nothing listens on 127.0.0.1:1, so a request that is sent fails with exit code 3.
        CLI_EXPECT(
            run(cli, args({"servers", "edit", "SRV-A", "--hostname", "127.0.0.1", "--port", "1"})),
            0);
        CLI_EXPECT(run(cli, args({"maintenance", "on", "SRV-A"})), 0);
        const CliRun refused = run(cli, args({"servers", "test-connection", "SRV-A"}));
        CLI_EXPECT(refused, 2);
        QVERIFY(refused.err.contains(QStringLiteral("in maintenance")));
        QVERIFY(refused.err.contains(QStringLiteral("--ignore-maintenance")));
        const CliRun certificate = run(cli, args({"servers", "certificate", "SRV-A"}));
        CLI_EXPECT(certificate, 2);
        QVERIFY(certificate.err.contains(QStringLiteral("No request was sent")));
        const CliRun confirmed =
            run(cli, args({"servers", "test-connection", "SRV-A", "--ignore-maintenance"}));
        CLI_EXPECT(confirmed, 3);
        CLI_EXPECT(run(cli, args({"maintenance", "off", "SRV-A"})), 0);
        CLI_EXPECT(run(cli, args({"servers", "test-connection", "SRV-A"})), 3);
    }

    void cleanupTestCase()
    {
        QVERIFY(!m_secrets.isEmpty());
        for (const CliRun &r : std::as_const(m_runs)) {
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!r.all().contains(secret), "a token appeared in leaselink-cli output");
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSyncSupport)
#include "tst_cli_sync_support.moc"
