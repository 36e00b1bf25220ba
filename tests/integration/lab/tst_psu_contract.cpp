// psu-api.md §7 checklist against PsuSim::handle (script 1.0.2), with the spec's examples.
#include "PsuContractRows.h"
#include "PsuValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::lab::test;

Q_DECLARE_METATYPE(leaselink::lab::test::Who)

class TestPsuContract : public QObject
{
    Q_OBJECT

private:
    LabResponse call(PsuSim &sim, const QByteArray &method, const QString &path,
                     const QByteArray &body = {}, Who who = Who::Writer)
    {
        return sim.handle(request(method, path, body, tokenFor(sim, who)));
    }

private Q_SLOTS:
    void endpoint_data();
    void endpoint();
    void lenientIpv4_data();
    void lenientIpv4();
    void truthiness_data();
    void truthiness();
    void clientIdNormalisation_data();
    void clientIdNormalisation();
    void createdScopeIsVisibleAndRouterRemovable();
    void reservationLifecycleAndFirstScopeWins();
    void exclusionLifecycle();
    void failoverCreateAppliesDefaults();
    void failoverPairSharesState();
    void healthVersionConfigurable();
    void powerShell51Escaping();
    void managementEndpointsAndRestart();
    void rolesQuirks();
    void appTokens();
};

void TestPsuContract::endpoint_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Who>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");

    psuContractRows([](const char *name, const char *method, const char *path,
                       const QByteArray &body, Who who, int status, const QByteArray &expected) {
        QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << body << who
                            << status << expected;
    });
}

void TestPsuContract::endpoint()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Who, who);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    PsuSim sim(withHost(QStringLiteral("dhcp01.example.com")));
    seedSpecExample(sim);
    const LabResponse response = call(sim, method, path, body, who);
    QCOMPARE(response.status, status);
    checkBody(response.body, expected);
}

void TestPsuContract::lenientIpv4_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("dotted quad") << "10.0.1.0"
                                 << "10.0.1.0";
    QTest::newRow("two parts") << "10.1"
                               << "10.0.0.1";
    QTest::newRow("three parts") << "10.0.1"
                                 << "10.0.0.1";
    QTest::newRow("one number") << "167772417"
                                << "10.0.1.1";
    QTest::newRow("hex part") << "0x0A.0.1.0"
                              << "10.0.1.0";
    QTest::newRow("octal part") << "012.0.0.1"
                                << "10.0.0.1";
    QTest::newRow("octal digit 8") << "08.0.0.1"
                                   << "";
    QTest::newRow("octet over 255") << "10.0.1.256"
                                    << "";
    QTest::newRow("five parts") << "1.2.3.4.5"
                                << "";
    QTest::newRow("empty part") << "1..2.3"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("mask suffix") << "10.0.1.0/24"
                                 << "";
    QTest::newRow("space") << " 10.0.1.0"
                           << "";
    QTest::newRow("IPv6") << "::1"
                          << "";
}

void TestPsuContract::lenientIpv4()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = PsuValidation::parseIpv4Lenient(text);
    QCOMPARE(parsed ? parsed->toString() : QString(), expected);
}

void TestPsuContract::truthiness_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("truthy");
    QTest::newRow("null") << QByteArray(R"({"v":null})") << false;
    QTest::newRow("missing") << QByteArray(R"({})") << false;
    QTest::newRow("empty string") << QByteArray(R"({"v":""})") << false;
    QTest::newRow("zero") << QByteArray(R"({"v":0})") << false;
    QTest::newRow("false") << QByteArray(R"({"v":false})") << false;
    QTest::newRow("empty list") << QByteArray(R"({"v":[]})") << false;
    QTest::newRow("string 0") << QByteArray(R"({"v":"0"})") << true;
    QTest::newRow("list") << QByteArray(R"({"v":["10.0.1.0"]})") << true;
    QTest::newRow("one") << QByteArray(R"({"v":1})") << true;
}

void TestPsuContract::truthiness()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, truthy);
    QCOMPARE(PsuValidation::truthy(QJsonDocument::fromJson(json).object().value(u"v")), truthy);
}

void TestPsuContract::clientIdNormalisation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("colons") << "00:11:22:AA:BB:CC"
                            << "00-11-22-aa-bb-cc";
    QTest::newRow("cisco dots") << "0011.22aa.bbcc"
                                << "00-11-22-aa-bb-cc";
    QTest::newRow("bare upper") << "001122AABBCC"
                                << "00-11-22-aa-bb-cc";
    QTest::newRow("length not checked") << "01:00:11:22:aa:bb:cc"
                                        << "01-00-11-22-aa-bb-cc";
}

void TestPsuContract::clientIdNormalisation()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QCOMPARE(PsuValidation::normaliseClientId(input), normalised);
}

void TestPsuContract::createdScopeIsVisibleAndRouterRemovable()
{
    PsuSim sim;
    seedSpecExample(sim);
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/dhcp/scopes"), specCreateScope).status, 201);
    const QJsonArray scopes =
        QJsonDocument::fromJson(call(sim, "GET", QStringLiteral("/api/dhcp/scopes")).body).array();
    QCOMPARE(scopes.size(), 3);
    QCOMPARE(scopes.at(2).toObject().value(u"router").toString(), QStringLiteral("10.0.3.1"));
    // PUT with router:"" removes option 3; a PUT without router leaves it.
    QCOMPARE(
        call(sim, "PUT", QStringLiteral("/api/dhcp/scopes/10.0.3.0"), R"({"name":"C2"})").status,
        200);
    QCOMPARE(sim.model().scope(*Ipv4Address::parse(u"10.0.3.0"))->router(),
             QStringLiteral("10.0.3.1"));
    QCOMPARE(
        call(sim, "PUT", QStringLiteral("/api/dhcp/scopes/10.0.3.0"), R"({"router":""})").status,
        200);
    const QJsonArray after =
        QJsonDocument::fromJson(call(sim, "GET", QStringLiteral("/api/dhcp/scopes")).body).array();
    QVERIFY(after.at(2).toObject().value(u"router").isNull());
    QCOMPARE(after.at(2).toObject().value(u"name").toString(), QStringLiteral("C2"));
    QCOMPARE(
        call(sim, "GET", QStringLiteral("/api/dhcp/options/scope/10.0.3.0")).body,
        QByteArray(
            R"([{"code":51,"name":"Lease","value":["86400"],"type":"DWord","vendor_class":""}])"));
    // lease_duration_seconds 0 keeps Windows' default on create.
    QCOMPARE(
        call(
            sim, "POST", QStringLiteral("/api/dhcp/scopes"),
            R"({"scope_id":"10.0.4.0","name":"D","start_ip":"10.0.4.10","end_ip":"10.0.4.20","subnet_mask":"255.255.255.0","lease_duration_seconds":0})")
            .body,
        QByteArray(
            R"({"scope_id":"10.0.4.0","name":"D","start_ip":"10.0.4.10","end_ip":"10.0.4.20","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":691200})"));
}

void TestPsuContract::reservationLifecycleAndFirstScopeWins()
{
    PsuSim sim;
    seedSpecExample(sim);
    // The same MAC reserved in a later scope: PUT/DELETE by MAC reach the first scope only.
    sim.model()
        .scope(*Ipv4Address::parse(u"10.0.2.0"))
        ->reservations.append(PsuReservation{*Ipv4Address::parse(u"10.0.2.60"),
                                             QStringLiteral("aa-bb-cc-dd-ee-ff"),
                                             QStringLiteral("lab-printer"),
                                             {},
                                             QStringLiteral("Both")});
    QCOMPARE(call(sim, "PUT", QStringLiteral("/api/dhcp/reservations/aa-bb-cc-dd-ee-ff"),
                  R"({"description":"first"})")
                 .status,
             200);
    QCOMPARE(sim.model().scope(*Ipv4Address::parse(u"10.0.1.0"))->reservations.first().description,
             QStringLiteral("first"));
    QCOMPARE(sim.model().scope(*Ipv4Address::parse(u"10.0.2.0"))->reservations.first().description,
             QString());
    QCOMPARE(call(sim, "DELETE", QStringLiteral("/api/dhcp/reservations/aa-bb-cc-dd-ee-ff")).status,
             204);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/reservations?scope_id=10.0.1.0")).body,
             QByteArray("[]"));
    QCOMPARE(call(sim, "DELETE", QStringLiteral("/api/dhcp/reservations/aa-bb-cc-dd-ee-ff")).status,
             204);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/reservations")).body, QByteArray("[]"));
    // A created reservation shows in later reads.
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/dhcp/reservations"),
                  R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.110","client_id":"001122334499"})")
                 .status,
             201);
    QCOMPARE(
        call(sim, "GET", QStringLiteral("/api/dhcp/reservations?scope_id=10.0.1.0")).body,
        QByteArray(
            R"([{"ip_address":"10.0.1.110","client_id":"00-11-22-33-44-99","name":"","description":"","type":"Both","scope_id":"10.0.1.0"}])"));
}

void TestPsuContract::exclusionLifecycle()
{
    PsuSim sim;
    seedSpecExample(sim);
    const QByteArray body =
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})";
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/dhcp/exclusions"), body).status, 201);
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/dhcp/exclusions"),
                  R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.55","end_ip":"10.0.1.70"})")
                 .status,
             500); // overlap
    QCOMPARE(
        call(sim, "GET", QStringLiteral("/api/dhcp/exclusions?scope_id=10.0.1.0"), {}, Who::Reader)
            .body,
        QByteArray("[") + body + "]");
    QCOMPARE(call(sim, "DELETE", QStringLiteral("/api/dhcp/exclusions"), body).status, 204);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/exclusions?scope_id=10.0.1.0")).body,
             QByteArray("[]"));
    QCOMPARE(call(sim, "DELETE", QStringLiteral("/api/dhcp/exclusions"), body).status, 500);
}

void TestPsuContract::failoverCreateAppliesDefaults()
{
    PsuSim sim(withHost(QStringLiteral("dhcp01.example.com")));
    seedSpecExample(sim);
    const LabResponse created = call(
        sim, "POST", QStringLiteral("/api/dhcp/failover"),
        R"({"name":"FO-LAB","primary_server":"ignored","secondary_server":"dhcp03.example.com","scope_ids":["10.0.2.0"],"max_client_lead_time":0,"enable_auth":"yes"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(
        created.body,
        QByteArray(
            R"({"name":"FO-LAB","primary_server":"dhcp01.example.com","secondary_server":"dhcp03.example.com","mode":"LoadBalance","scope_ids":["10.0.2.0"],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":false})"));
    // No relationships: [] (the script turns Windows' exception into an empty list).
    PsuSim empty;
    QCOMPARE(call(empty, "GET", QStringLiteral("/api/dhcp/failover")).body, QByteArray("[]"));
}

void TestPsuContract::failoverPairSharesState()
{
    PsuSim primary(withHost(QStringLiteral("dhcp01.example.com")));
    seedSpecExample(primary);
    PsuSimOptions secondaryOptions = withHost(QStringLiteral("dhcp02.example.com"));
    secondaryOptions.model = primary.sharedModel();
    PsuSim secondary(secondaryOptions);
    QCOMPARE(call(secondary, "GET", QStringLiteral("/api/dhcp/scopes")).body,
             call(primary, "GET", QStringLiteral("/api/dhcp/scopes")).body);
    const QJsonObject seen =
        QJsonDocument::fromJson(call(secondary, "GET", QStringLiteral("/api/dhcp/failover")).body)
            .array()
            .first()
            .toObject();
    // primary_server is always the answering host.
    QCOMPARE(seen.value(u"primary_server").toString(), QStringLiteral("dhcp02.example.com"));
    QCOMPARE(seen.value(u"secondary_server").toString(), QStringLiteral("dhcp01.example.com"));
    // A write through the primary is visible on the secondary.
    QCOMPARE(
        call(primary, "POST", QStringLiteral("/api/dhcp/reservations"),
             R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.111","client_id":"00-11-22-33-44-aa"})")
            .status,
        201);
    QVERIFY(call(secondary, "GET", QStringLiteral("/api/dhcp/reservations?scope_id=10.0.1.0"))
                .body.contains("10.0.1.111"));
}

void TestPsuContract::healthVersionConfigurable()
{
    PsuSimOptions options;
    options.scriptVersion = QStringLiteral("1.0.1");
    PsuSim sim(options);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/health"), {}, Who::Reader).body,
             QByteArray(R"({"status":"ok","version":"1.0.1"})"));
    sim.setScriptVersion(QString());
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/health"), {}, Who::Reader).body,
             QByteArray(R"({"status":"ok","version":""})"));
}

void TestPsuContract::powerShell51Escaping()
{
    PsuSimOptions options;
    options.powerShell51Escaping = true;
    PsuSim sim(options);
    QCOMPARE(
        call(sim, "PUT", QStringLiteral("/api/dhcp/reservations/a<b"), "{}").body,
        QByteArray(R"({"error":"Reservation with client_id \u0027a\u003cb\u0027 not found."})"));
}

void TestPsuContract::managementEndpointsAndRestart()
{
    PsuSim sim;
    const LabResponse list = call(sim, "GET", QStringLiteral("/api/v1/endpoint"));
    QCOMPARE(list.status, 200);
    const QJsonArray records = QJsonDocument::fromJson(list.body).array();
    QCOMPARE(records.size(), 19);
    int dhcp = 0;
    QJsonObject health;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const char *key : {"id", "url", "method", "scriptBlock", "authentication", "role",
                                "regEx", "errorAction", "timeout", "disabled"})
            QVERIFY2(record.contains(QLatin1StringView(key)), key);
        if (record.value(u"url").toString().startsWith(u"/api/dhcp/"))
            ++dhcp;
        if (record.value(u"url").toString() == u"/api/dhcp/health" &&
            record.value(u"method").toArray().contains(QStringLiteral("GET")))
            health = record;
    }
    QCOMPARE(dhcp, 18);
    QVERIFY(list.body.startsWith(
        R"([{"id":1,"url":"/api/dhcp/health","method":["GET"],"scriptBlock":)"));
    // Update PSU Scripts: PUT the whole record with a new scriptBlock, restart, health follows.
    health.insert(QStringLiteral("scriptBlock"),
                  PsuEndpointRegistry::scriptBlock(QStringLiteral("2.0.1"),
                                                   QStringLiteral("/api/dhcp/health"),
                                                   QStringLiteral("GET")));
    const int id = health.value(u"id").toInt();
    QCOMPARE(call(sim, "PUT", QStringLiteral("/api/v1/endpoint/%1").arg(id),
                  QJsonDocument(health).toJson())
                 .status,
             200);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/health"), {}, Who::Reader).body,
             QByteArray(R"({"status":"ok","version":"1.0.2"})"));
    const LabResponse restart = call(sim, "POST", QStringLiteral("/api/v1/endpoint/restart"), "{}");
    QVERIFY(restart.status >= 200 && restart.status < 300);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/dhcp/health"), {}, Who::Reader).body,
             QByteArray(R"({"status":"ok","version":"2.0.1"})"));
    QVERIFY(sim.isV2());
    // POST returns the record with a new id; DELETE removes it.
    const LabResponse created = call(
        sim, "POST", QStringLiteral("/api/v1/endpoint"),
        R"({"url":"/api/dhcp/metrics","method":["GET"],"scriptBlock":"x","authentication":true,"role":["DHCPReader","DHCPWriter"],"regEx":false,"errorAction":0,"timeout":30,"disabled":false})");
    QCOMPARE(created.status, 200);
    const int newId = QJsonDocument::fromJson(created.body).object().value(u"id").toInt();
    QCOMPARE(newId, 20);
    QVERIFY(call(sim, "DELETE", QStringLiteral("/api/v1/endpoint/%1").arg(newId)).status < 300);
    QCOMPARE(QJsonDocument::fromJson(call(sim, "GET", QStringLiteral("/api/v1/endpoint")).body)
                 .array()
                 .size(),
             19);
    QCOMPARE(call(sim, "DELETE", QStringLiteral("/api/v1/endpoint/%1").arg(newId)).status, 404);
}

void TestPsuContract::rolesQuirks()
{
    PsuSim sim;
    const QByteArray reader =
        R"({"name":"DHCPReader","description":"Read-only access to DHCP API GET endpoints."})";
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/v1/role"), reader, Who::Admin).status, 500);
    QCOMPARE(call(sim, "POST", QStringLiteral("/api/v1/role"), R"({"name":"Auditors"})", Who::Admin)
                 .status,
             200);
    const QJsonArray roles =
        QJsonDocument::fromJson(
            call(sim, "GET", QStringLiteral("/api/v1/role"), {}, Who::Admin).body)
            .array();
    QJsonObject writer;
    for (const QJsonValue &role : roles) {
        if (role.toObject().value(u"name").toString() == u"DHCPWriter")
            writer = role.toObject();
    }
    QVERIFY(!writer.isEmpty());
    QCOMPARE(roles.size(), 4);
    const LabResponse single =
        call(sim, "GET", QStringLiteral("/api/v1/role/DHCPWriter"), {}, Who::Admin);
    QCOMPARE(single.status, 200);
    QCOMPARE(single.body, QByteArray());
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/v1/role/NoSuchRole"), {}, Who::Admin).status,
             200);
    // Without apis/* the writer loses the management API; PUT keeps what it is given.
    writer.insert(QStringLiteral("permissions"), QJsonArray());
    QCOMPARE(call(sim, "PUT", QStringLiteral("/api/v1/role/%1").arg(writer.value(u"id").toInt()),
                  QJsonDocument(writer).toJson(), Who::Admin)
                 .status,
             200);
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/v1/endpoint"), {}, Who::Writer).status, 403);
    writer.insert(QStringLiteral("permissions"), QJsonArray{QStringLiteral("apis/*")});
    const LabResponse put =
        call(sim, "PUT", QStringLiteral("/api/v1/role/%1").arg(writer.value(u"id").toInt()),
             QJsonDocument(writer).toJson(), Who::Admin);
    QVERIFY(put.body.contains("\"permissions\":[\"apis/\x2a\"]"));
    QCOMPARE(call(sim, "GET", QStringLiteral("/api/v1/endpoint"), {}, Who::Writer).status, 200);
}

void TestPsuContract::appTokens()
{
    PsuSim sim;
    const QJsonArray tokens =
        QJsonDocument::fromJson(
            call(sim, "GET", QStringLiteral("/api/v1/apptoken"), {}, Who::Admin).body)
            .array();
    bool sawRevoked = false;
    for (const QJsonValue &token : tokens) {
        QVERIFY(token.toObject().value(u"identity").toObject().contains(u"name"));
        QVERIFY(!token.toObject().contains(u"token")); // values are never listed
        if (token.toObject().value(u"revoked").toBool()) {
            sawRevoked = true;
            QCOMPARE(token.toObject().value(u"identity").toObject().value(u"name").toString(),
                     QStringLiteral("Old-Write"));
        }
    }
    QVERIFY(sawRevoked);
    const LabResponse grant = call(
        sim, "POST", QStringLiteral("/api/v1/apptoken/grant"),
        R"({"identity":{"name":"NetBox-DHCP-Read-2","system":true},"role":"DHCPReader","expiration":"2099-01-01T00:00:00Z"})",
        Who::Admin);
    QCOMPARE(grant.status, 200);
    const QString token = QJsonDocument::fromJson(grant.body).object().value(u"token").toString();
    QVERIFY(token.count(u'.') == 2);
    QCOMPARE(sim.handle(request("GET", QStringLiteral("/api/dhcp/health"), {}, token)).status, 200);
    QCOMPARE(sim.handle(request("POST", QStringLiteral("/api/dhcp/health"), "{}", token)).status,
             403);
    QVERIFY(sim.secrets().contains(token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestPsuContract)
#include "tst_psu_contract.moc"
