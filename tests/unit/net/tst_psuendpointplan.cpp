// "Update PSU Scripts" without a network (issue 9; psu-api.md §5, decisions.md C-10, C-20):
// the shipped endpoint script split into PSU endpoint records, and the planner's rows.
// Examples: LL-29 (planner row and integration test tst_net_psuscriptdeploy), LL-66 (the
// refusal here; "no request" is checked against the lab's request log in the integration test).
#include "net/psu/PsuEndpointPlan.h"
#include "net/psu/PsuEndpointScript.h"
#include "net/psu/PsuScriptDeployer.h"
#include "net/psu/PsuScriptVersion.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace leaselink;

namespace {

PsuEndpointDefinition definition(const QString &url, const QString &method)
{
    PsuEndpointDefinition d;
    d.url = url;
    d.method = method;
    d.roles = method == u"GET"
                  ? QStringList{QStringLiteral("DHCPReader"), QStringLiteral("DHCPWriter")}
                  : QStringList{QStringLiteral("DHCPWriter")};
    d.scriptBlock = QStringLiteral("new %1 %2").arg(method, url);
    return d;
}

// The small script the planner rows use: five endpoints.
QList<PsuEndpointDefinition> definitions()
{
    return {definition(QStringLiteral("/api/dhcp/health"), QStringLiteral("GET")),
            definition(QStringLiteral("/api/dhcp/health"), QStringLiteral("POST")),
            definition(QStringLiteral("/api/dhcp/scopes"), QStringLiteral("GET")),
            definition(QStringLiteral("/api/dhcp/scopes/:scope_id"), QStringLiteral("PUT")),
            definition(QStringLiteral("/api/dhcp/reservations"), QStringLiteral("PUT"))};
}

QList<QJsonObject> records(const char *json)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(json)).array())
        out << v.toObject();
    return out;
}

// "U3 GET /api/dhcp/health", "C POST /api/dhcp/health", "L7 GET, PUT /api/dhcp/x NotDefined".
QStringList describe(const PsuEndpointPlan &plan)
{
    QStringList out;
    for (const auto &u : plan.updates)
        out << QStringLiteral("U%1 %2 %3%4")
                   .arg(u.id)
                   .arg(u.method, u.url, QLatin1String(u.scriptChanges ? "" : " same"));
    for (const auto &c : plan.creates)
        out << QStringLiteral("C %1 %2").arg(c.method, c.url);
    for (const auto &l : plan.leftAlone) {
        const char *reason = l.reason == PsuEndpointPlan::Reason::NotDefined  ? "NotDefined"
                             : l.reason == PsuEndpointPlan::Reason::Duplicate ? "Duplicate"
                                                                              : "SeveralDefined";
        out << QStringLiteral("L%1 %2 %3 %4")
                   .arg(l.id)
                   .arg(l.methods, l.url, QLatin1String(reason));
    }
    return out;
}

QString diskScript()
{
    QFile file(QStringLiteral(LEASELINK_SOURCE_DIR "/psu/dhcp_api_endpoints.ps1"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestPsuEndpointPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedScriptIsTheRepositoryScript()
    {
        const QString disk = diskScript();
        QVERIFY(!disk.isEmpty());
        QCOMPARE(PsuEndpointScript::shippedText(), disk);
    }

    void shippedScriptSplitsIntoEveryEndpoint()
    {
        const auto parsed = PsuEndpointScript::parse(diskScript());
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(PsuEndpointScript::shipped(), *parsed);
        // One definition per New-PSUEndpoint call of the script.
        static const QRegularExpression call(QStringLiteral("^New-PSUEndpoint "),
                                             QRegularExpression::MultilineOption);
        QCOMPARE(parsed->size(), int(diskScript().count(call)));
        QSet<QString> keys;
        for (const PsuEndpointDefinition &d : *parsed) {
            QVERIFY2(!keys.contains(d.method + d.url), qPrintable(d.url));
            keys.insert(d.method + d.url);
            QVERIFY(d.url.startsWith(QStringLiteral("/api/dhcp/")));
            QVERIFY(d.authentication);
            const QStringList roles =
                d.method == u"GET"
                    ? QStringList{QStringLiteral("DHCPReader"), QStringLiteral("DHCPWriter")}
                    : QStringList{QStringLiteral("DHCPWriter")};
            QCOMPARE(d.roles, roles);
            // Self-contained: the helpers (with the version), a newline, then the body.
            QVERIFY(d.scriptBlock.startsWith(QStringLiteral("$PSU_SCRIPT_VERSION = '")));
            QVERIFY(d.scriptBlock.contains(QStringLiteral("function Send-LLJson")));
            QCOMPARE(PsuEndpointScript::versionIn(d.scriptBlock),
                     QString::fromLatin1(PsuScriptVersion::Shipped));
            QVERIFY(!d.scriptBlock.contains(QStringLiteral("'@")));
            QVERIFY(!d.scriptBlock.contains(QStringLiteral("New-PSUEndpoint")));
        }
        // The 1.0.2 routes the lab's registry holds that 2.x still has, and the 2.x additions.
        for (const char *key :
             {"GET/api/dhcp/health", "POST/api/dhcp/health", "PUT/api/dhcp/scopes/:scope_id",
              "DELETE/api/dhcp/exclusions", "PUT/api/dhcp/reservations", "GET/api/dhcp/metrics"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(!keys.contains(QStringLiteral("PUT/api/dhcp/reservations/:client_id")));
    }

    void healthBodyFollowsTheHelpers()
    {
        const auto defs = PsuEndpointScript::shipped();
        const auto health = std::find_if(defs.begin(), defs.end(), [](const auto &d) {
            return d.url == u"/api/dhcp/health" && d.method == u"GET";
        });
        QVERIFY(health != defs.end());
        QVERIFY(health->scriptBlock.endsWith(
            QStringLiteral("\n\n    Send-LLJson 200 ([ordered]@{ status = 'ok'; version = "
                           "$PSU_SCRIPT_VERSION })\n")));
    }

    void createRecordHasTheSpecShape()
    {
        const PsuEndpointDefinition d =
            definition(QStringLiteral("/api/dhcp/leases"), QStringLiteral("GET"));
        const QJsonObject expected = QJsonDocument::fromJson(
                                         R"({"url":"/api/dhcp/leases","method":["GET"],
            "scriptBlock":"new GET /api/dhcp/leases","authentication":true,
            "role":["DHCPReader","DHCPWriter"],"regEx":false,"errorAction":0,"timeout":30,
            "disabled":false})")
                                         .object();
        QCOMPARE(d.createRecord(), expected);
        const QJsonObject write =
            definition(QStringLiteral("/api/dhcp/leases"), QStringLiteral("POST")).createRecord();
        QCOMPARE(write.value(u"role").toArray(), QJsonArray{QStringLiteral("DHCPWriter")});
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("error");
        const QString helpers = QStringLiteral("$LeaseLinkHelpers = @'\n$PSU_SCRIPT_VERSION = "
                                               "'9.9.9'\n'@\n");
        QTest::newRow("no helpers") << QStringLiteral("New-PSUEndpoint -Url '/a'\n")
                                    << QStringLiteral("no $LeaseLinkHelpers");
        QTest::newRow("helpers not closed")
            << QStringLiteral("$LeaseLinkHelpers = @'\nx\n") << QStringLiteral("not closed");
        QTest::newRow("no endpoint") << helpers << QStringLiteral("defines no endpoint");
        QTest::newRow("unsplittable call")
            << helpers + QStringLiteral("New-PSUEndpoint -Url '/api/dhcp/x' -Method 'GET' "
                                        "-Endpoint {\n    1\n}\n")
            << QStringLiteral("line 4: a New-PSUEndpoint call LeaseLink cannot split");
        QTest::newRow("body not closed")
            << helpers + QStringLiteral("New-PSUEndpoint -Url '/api/dhcp/x' -Method 'GET' "
                                        "-Authentication -Role @('DHCPWriter') -Endpoint "
                                        "(Join-LeaseLinkEndpoint {\n    1\n")
            << QStringLiteral("line 4: the endpoint body has no closing");
    }

    void parseErrors()
    {
        QFETCH(QString, script);
        QFETCH(QString, error);
        const auto parsed = PsuEndpointScript::parse(script);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
    }

    void parseCrLf()
    {
        const QString script =
            QStringLiteral("$LeaseLinkHelpers = @'\r\n$PSU_SCRIPT_VERSION = '9.9.9'\r\n'@\r\n"
                           "New-PSUEndpoint -Url '/api/dhcp/x' -Method 'get' -Authentication -Role "
                           "@('DHCPReader', \"DHCPWriter\") -Endpoint (Join-LeaseLinkEndpoint "
                           "{\r\n    1\r\n})\r\n");
        const auto parsed = PsuEndpointScript::parse(script);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->first().method, QStringLiteral("GET"));
        QCOMPARE(parsed->first().roles,
                 (QStringList{QStringLiteral("DHCPReader"), QStringLiteral("DHCPWriter")}));
        QCOMPARE(parsed->first().scriptBlock,
                 QStringLiteral("$PSU_SCRIPT_VERSION = '9.9.9'\n\n    1\n"));
        QCOMPARE(PsuEndpointScript::versionIn(parsed->first().scriptBlock),
                 QStringLiteral("9.9.9"));
    }

    void plan_data()
    {
        QTest::addColumn<QByteArray>("current");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("others");

        QTest::newRow("empty server: everything created")
            << QByteArray("[]")
            << QStringList{"C GET /api/dhcp/health", "C POST /api/dhcp/health",
                           "C GET /api/dhcp/scopes", "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations"}
            << 0;
        QTest::newRow("all present: each updated once, nothing created")
            << QByteArray(R"([{"id":1,"url":"/api/dhcp/health","method":["GET"]},
                 {"id":2,"url":"/api/dhcp/health","method":["POST"]},
                 {"id":3,"url":"/api/dhcp/scopes","method":["GET"]},
                 {"id":4,"url":"/api/dhcp/scopes/:scope_id","method":["PUT"]},
                 {"id":5,"url":"/api/dhcp/reservations","method":["PUT"]}])")
            << QStringList{"U1 GET /api/dhcp/health", "U2 POST /api/dhcp/health",
                           "U3 GET /api/dhcp/scopes", "U4 PUT /api/dhcp/scopes/:scope_id",
                           "U5 PUT /api/dhcp/reservations"}
            << 0;
        // LL-29: an /api/dhcp/ endpoint LeaseLink's script does not define is left alone, never
        // deleted; the rest is updated or created.
        QTest::newRow("LL-29")
            << QByteArray(R"([{"id":1,"url":"/api/dhcp/health","method":["GET"]},
                 {"id":2,"url":"/api/dhcp/reservations/:client_id","method":["DELETE"]},
                 {"id":3,"url":"/api/dhcp/scopes","method":["GET"]}])")
            << QStringList{"U1 GET /api/dhcp/health",
                           "U3 GET /api/dhcp/scopes",
                           "C POST /api/dhcp/health",
                           "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations",
                           "L2 DELETE /api/dhcp/reservations/:client_id NotDefined"}
            << 0;
        QTest::newRow("records outside /api/dhcp/ are not looked at")
            << QByteArray(R"([{"id":7,"url":"/api/inventory/hosts","method":"GET"},
                 {"id":8,"url":"/api/dhcpx/health","method":["GET"]},
                 {"id":9,"url":"/api/dhcp","method":["GET"]}])")
            << QStringList{"C GET /api/dhcp/health", "C POST /api/dhcp/health",
                           "C GET /api/dhcp/scopes", "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations"}
            << 3;
        QTest::newRow("method as a plain string, any case")
            << QByteArray(R"([{"id":4,"url":"/api/dhcp/scopes/:scope_id","method":"put"},
                 {"id":5,"url":"/api/dhcp/reservations","method":[" Put "]}])")
            << QStringList{"U4 PUT /api/dhcp/scopes/:scope_id", "U5 PUT /api/dhcp/reservations",
                           "C GET /api/dhcp/health", "C POST /api/dhcp/health",
                           "C GET /api/dhcp/scopes"}
            << 0;
        QTest::newRow("one record, one defined method among others: updated")
            << QByteArray(R"([{"id":3,"url":"/api/dhcp/scopes","method":["GET","PATCH"]}])")
            << QStringList{"U3 GET /api/dhcp/scopes", "C GET /api/dhcp/health",
                           "C POST /api/dhcp/health", "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations"}
            << 0;
        QTest::newRow("one record holding two defined methods: left alone, not duplicated")
            << QByteArray(R"([{"id":1,"url":"/api/dhcp/health","method":["GET","POST"]}])")
            << QStringList{"C GET /api/dhcp/scopes", "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations",
                           "L1 GET, POST /api/dhcp/health SeveralDefined"}
            << 0;
        QTest::newRow("two records for one endpoint: the first is updated")
            << QByteArray(R"([{"id":3,"url":"/api/dhcp/scopes","method":["GET"]},
                 {"id":9,"url":"/api/dhcp/scopes","method":"GET"}])")
            << QStringList{"U3 GET /api/dhcp/scopes",      "C GET /api/dhcp/health",
                           "C POST /api/dhcp/health",      "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations", "L9 GET /api/dhcp/scopes Duplicate"}
            << 0;
        QTest::newRow("already current: still PUT, marked unchanged")
            << QByteArray(R"([{"id":3,"url":"/api/dhcp/scopes","method":["GET"],
                 "scriptBlock":"new GET /api/dhcp/scopes"}])")
            << QStringList{"U3 GET /api/dhcp/scopes same", "C GET /api/dhcp/health",
                           "C POST /api/dhcp/health", "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations"}
            << 0;
        QTest::newRow("url differs in case: not the same endpoint")
            << QByteArray(R"([{"id":3,"url":"/api/dhcp/Scopes","method":["GET"]}])")
            << QStringList{"C GET /api/dhcp/health",       "C POST /api/dhcp/health",
                           "C GET /api/dhcp/scopes",       "C PUT /api/dhcp/scopes/:scope_id",
                           "C PUT /api/dhcp/reservations", "L3 GET /api/dhcp/Scopes NotDefined"}
            << 0;
    }

    void plan()
    {
        QFETCH(QByteArray, current);
        QFETCH(QStringList, expected);
        QFETCH(int, others);
        const PsuEndpointPlan plan = PsuEndpointPlanner::plan(definitions(), records(current));
        QCOMPARE(describe(plan), expected);
        QCOMPARE(plan.otherRecords, others);
        // C-10: whatever the server holds, the plan has no way to delete; every defined
        // endpoint is either updated, created or held by a record left alone.
        QCOMPARE(plan.updates.size() + plan.creates.size() +
                     std::count_if(plan.leftAlone.begin(), plan.leftAlone.end(),
                                   [](const auto &l) {
                                       return l.reason == PsuEndpointPlan::Reason::SeveralDefined;
                                   }) *
                         2,
                 definitions().size());
    }

    void updateKeepsTheWholeRecord()
    {
        const auto current = records(R"([{"id":4,"url":"/api/dhcp/scopes/:scope_id",
            "method":["PUT"],"scriptBlock":"old","authentication":true,"role":["Custom"],
            "regEx":false,"errorAction":1,"timeout":90,"disabled":false,"environment":"7.4"}])");
        const PsuEndpointPlan plan = PsuEndpointPlanner::plan(definitions(), current);
        QCOMPARE(plan.updates.size(), 1);
        QJsonObject expected = current.first();
        expected.insert(QStringLiteral("scriptBlock"),
                        QStringLiteral("new PUT /api/dhcp/scopes/:scope_id"));
        QCOMPARE(plan.updates.first().record, expected);
        QVERIFY(plan.updates.first().scriptChanges);
        QCOMPARE(plan.changingUpdates(), 1);
    }

    void countsTextNamesNoDeletes()
    {
        PsuScriptDeployReport report;
        report.updated = 16;
        report.created = 5;
        report.leftAlone = 2;
        QCOMPARE(report.countsText(), QStringLiteral("16 updated, 5 created"));
    }

    // LL-66: Update PSU Scripts on a server in maintenance is refused.
    void LL66_maintenanceRefuses()
    {
        Server server;
        server.name = QStringLiteral("SRV-A");
        QVERIFY(!PsuScriptDeployer::refusal(server));
        server.maintenance.enabled = true;
        const auto refused = PsuScriptDeployer::refusal(server);
        QVERIFY(refused);
        QVERIFY(refused->contains(QStringLiteral("SRV-A")));
        QVERIFY(refused->contains(QStringLiteral("maintenance")));
    }
};

QTEST_GUILESS_MAIN(TestPsuEndpointPlan)
#include "tst_psuendpointplan.moc"
