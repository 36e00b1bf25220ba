// upstream-v2.md §2: the PSU script 2.x contract (errors, scopes, bulk reads, bulk
// reservations, metrics) against PsuSim in 2.x mode.
#include "PsuTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::lab::test;

class TestPsuV2 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PsuSim> m_sim;

    LabResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     Who who = Who::Writer)
    {
        return m_sim->handle(request(method, path, body, tokenFor(*m_sim, who)));
    }
    PsuScope &scopeA() { return *m_sim->model().scope(*Ipv4Address::parse(u"10.0.1.0")); }

private Q_SLOTS:
    void init()
    {
        PsuSimOptions options = withHost(QStringLiteral("dhcp01.example.com"));
        options.scriptVersion = QStringLiteral("2.0.1");
        m_sim = std::make_unique<PsuSim>(options);
        seedSpecExample(*m_sim);
    }

    void healthReportsVersion()
    {
        QCOMPARE(call("GET", QStringLiteral("/api/dhcp/health"), {}, Who::Reader).body,
                 QByteArray(R"({"status":"ok","version":"2.0.1"})"));
        QCOMPARE(call("POST", QStringLiteral("/api/dhcp/health"), "{}").body,
                 QByteArray(R"({"status":"ok"})"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("invalid JSON is 400")
            << QByteArray("POST") << "/api/dhcp/scopes" << QByteArray("{nope") << 400
            << QByteArray(R"({"error":"Body is not valid JSON."})");
        QTest::newRow("state checked")
            << QByteArray("PUT") << "/api/dhcp/scopes/10.0.1.0"
            << QByteArray(R"({"state":"Enabled"})") << 400
            << QByteArray(R"({"error":"'state' must be Active or InActive."})");
        QTest::newRow("router 400 on PUT")
            << QByteArray("PUT") << "/api/dhcp/scopes/10.0.1.0"
            << QByteArray(R"({"router":"gateway"})") << 400
            << QByteArray(R"({"error":"'router' must be a valid IPv4 address."})");
        QTest::newRow("rejected PUT is 500")
            << QByteArray("PUT") << "/api/dhcp/scopes/10.0.1.0"
            << QByteArray(R"({"start_ip":"10.0.9.10"})") << 500 << QByteArray("*");
        QTest::newRow("PUT unknown scope 404")
            << QByteArray("PUT") << "/api/dhcp/scopes/10.9.9.0" << QByteArray("{}") << 404
            << QByteArray(R"({"error":"Scope not found."})");
        QTest::newRow("replicate needs scope_ids")
            << QByteArray("POST") << "/api/dhcp/failover/replicate"
            << QByteArray(R"({"scope_ids":[]})") << 400
            << QByteArray(R"({"error":"scope_ids is required and must be a non-empty array."})");
        QTest::newRow("replicate IPv4")
            << QByteArray("POST") << "/api/dhcp/failover/replicate"
            << QByteArray(R"({"scope_ids":["10.0.1.x"]})") << 400
            << QByteArray(R"({"error":"'scope_ids' must be a valid IPv4 address."})");
        QTest::newRow("bulk PUT needs a list")
            << QByteArray("PUT") << "/api/dhcp/reservations"
            << QByteArray(R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.100"})") << 400
            << QByteArray(R"({"error":"Body must be a JSON list of items."})");
        QTest::newRow("bulk DELETE needs a list")
            << QByteArray("DELETE") << "/api/dhcp/reservations" << QByteArray("{}") << 400
            << QByteArray(R"({"error":"Body must be a JSON list of items."})");
        QTest::newRow("PUT by client id removed")
            << QByteArray("PUT") << "/api/dhcp/reservations/aa-bb-cc-dd-ee-ff" << QByteArray("{}")
            << 401 << QByteArray();
        QTest::newRow("DELETE by client id removed")
            << QByteArray("DELETE") << "/api/dhcp/reservations/aa-bb-cc-dd-ee-ff" << QByteArray()
            << 401 << QByteArray();
        QTest::newRow("delete scope unknown")
            << QByteArray("DELETE") << "/api/dhcp/scopes/10.9.9.0" << QByteArray() << 404
            << QByteArray(R"({"error":"Scope not found."})");
        QTest::newRow("delete failover scope refused")
            << QByteArray("DELETE") << "/api/dhcp/scopes/10.0.1.0" << QByteArray() << 500
            << QByteArray("*");
        QTest::newRow("exclusion unknown scope is 404")
            << QByteArray("POST") << "/api/dhcp/exclusions"
            << QByteArray(R"({"scope_id":"10.9.9.0","start_ip":"10.9.9.50","end_ip":"10.9.9.59"})")
            << 404 << QByteArray(R"({"error":"Scope not found."})");
        QTest::newRow("exclusion delete missing range is 500")
            << QByteArray("DELETE") << "/api/dhcp/exclusions"
            << QByteArray(R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})")
            << 500 << QByteArray("*");
        QTest::newRow("delete standalone scope")
            << QByteArray("DELETE") << "/api/dhcp/scopes/10.0.2.0" << QByteArray() << 204
            << QByteArray();
    }

    void errors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, expected);
        const LabResponse response = call(method, path, body);
        QCOMPARE(response.status, status);
        if (expected == "*")
            QVERIFY(QJsonDocument::fromJson(response.body).object().value(u"error").isString());
        else
            QCOMPARE(response.body, expected);
    }

    void scopesIncludeRouterSwitch()
    {
        const QByteArray without =
            call("GET", QStringLiteral("/api/dhcp/scopes?include_router=false"), {}, Who::Reader)
                .body;
        QVERIFY(without.startsWith(
            R"([{"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400,"failover_name":"FAILOVER-BUILDING-A"})"));
        QVERIFY(call("GET", QStringLiteral("/api/dhcp/scopes"), {}, Who::Reader)
                    .body.contains(R"("router":"10.0.1.1","failover_name")"));
    }

    void groupedReads()
    {
        QCOMPARE(
            call("GET", QStringLiteral("/api/dhcp/leases?format=grouped"), {}, Who::Reader).body,
            QByteArray(
                R"({"10.0.1.0":[{"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":"DESKTOP-ABC123.corp.example.com","scope_id":"10.0.1.0","lease_expiry":"2026-04-12T00:00:00Z","address_state":"Active"},)"
                R"({"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","hostname":"printer-01","scope_id":"10.0.1.0","lease_expiry":null,"address_state":"ActiveReservation"}],"10.0.2.0":[]})"));
        QCOMPARE(call("GET",
                      QStringLiteral("/api/dhcp/reservations?format=grouped&scope_id=10.0.2.0"), {},
                      Who::Reader)
                     .body,
                 QByteArray(R"({"10.0.2.0":[]})"));
        QCOMPARE(call("GET", QStringLiteral("/api/dhcp/exclusions"), {}, Who::Reader).body,
                 QByteArray("{}"));
        QCOMPARE(call("POST", QStringLiteral("/api/dhcp/exclusions"),
                      R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})")
                     .status,
                 201);
        QCOMPARE(
            call("GET", QStringLiteral("/api/dhcp/exclusions"), {}, Who::Reader).body,
            QByteArray(
                R"({"10.0.1.0":[{"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"}]})"));
        QCOMPARE(
            call("GET", QStringLiteral("/api/dhcp/options"), {}, Who::Reader).body,
            QByteArray(
                R"({"scope_options":{"10.0.1.0":[{"code":3,"name":"Router","value":["10.0.1.1"],"type":"IPv4Address","vendor_class":""},{"code":51,"name":"Lease","value":["86400"],"type":"DWord","vendor_class":""}],)"
                R"("10.0.2.0":[{"code":51,"name":"Lease","value":["691200"],"type":"DWord","vendor_class":""}]},)"
                R"("server_options":[{"code":6,"name":"DNS Servers","value":["10.0.0.53","10.0.0.54"],"type":"IPv4Address","vendor_class":""}],"option_definitions":[]})"));
    }

    void scopeWritesWithStateOptionsFailover()
    {
        PsuFailover other;
        other.name = QStringLiteral("FO-NEW");
        other.serverA = m_sim->hostname();
        other.serverB = QStringLiteral("dhcp03.example.com");
        m_sim->model().failovers.append(other);
        PsuOption pxe = PsuModel::optionTemplate(66);
        pxe.value = {QStringLiteral("pxe")};
        scopeA().setOption(pxe);
        const LabResponse put = call(
            "PUT", QStringLiteral("/api/dhcp/scopes/10.0.1.0"),
            R"({"description":"Lobby","state":"InActive","router":"","options":{"set":[{"code":6,"value":["10.0.0.1","10.0.0.2"]}],"remove":[66]},"failover":{"remove":"FAILOVER-BUILDING-A","enroll":"FO-NEW"}})");
        QCOMPARE(put.status, 200);
        QCOMPARE(
            put.body,
            QByteArray(
                R"({"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"Lobby","state":"InActive","lease_duration_seconds":86400})"));
        QCOMPARE(
            call("GET", QStringLiteral("/api/dhcp/options/scope/10.0.1.0"), {}, Who::Reader).body,
            QByteArray(
                R"([{"code":6,"name":"DNS Servers","value":["10.0.0.1","10.0.0.2"],"type":"IPv4Address","vendor_class":""},{"code":51,"name":"Lease","value":["86400"],"type":"DWord","vendor_class":""}])"));
        QCOMPARE(m_sim->model().failoverOf(scopeA().scopeId)->name, QStringLiteral("FO-NEW"));
        // Options/failover-only bodies are fine; a failed enroll is a 500.
        QCOMPARE(call("PUT", QStringLiteral("/api/dhcp/scopes/10.0.2.0"),
                      R"({"failover":{"enroll":"FO-MISSING"}})")
                     .status,
                 500);
        const LabResponse created = call(
            "POST", QStringLiteral("/api/dhcp/scopes"),
            R"({"scope_id":"10.0.3.0","name":"Building C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","description":"Lobby","lease_duration_seconds":86400,"router":"10.0.3.1","state":"InActive","options":{"set":[{"code":6,"value":["10.0.0.1"]}]},"failover":{"enroll":"FO-NEW"}})");
        QCOMPARE(created.status, 201);
        QCOMPARE(
            created.body,
            QByteArray(
                R"({"scope_id":"10.0.3.0","name":"Building C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","description":"Lobby","state":"InActive","lease_duration_seconds":86400})"));
        QCOMPARE(m_sim->model().failover(QStringLiteral("FO-NEW"))->scopeIds,
                 (QStringList{QStringLiteral("10.0.1.0"), QStringLiteral("10.0.3.0")}));
        const LabResponse replicated = call("POST", QStringLiteral("/api/dhcp/failover/replicate"),
                                            R"({"scope_ids":["10.0.1.0","10.0.3.0"]})");
        QCOMPARE(replicated.status, 200);
        QCOMPARE(replicated.body, QByteArray(R"({"replicated":["10.0.1.0","10.0.3.0"]})"));
        QCOMPARE(call("POST", QStringLiteral("/api/dhcp/failover/replicate"),
                      R"({"scope_ids":["10.0.2.0"]})")
                     .status,
                 500);
    }

    void bulkReservationsSpecExamples()
    {
        PsuReservation &held = scopeA().reservations.first();
        held.clientId = QStringLiteral("aa-bb-cc-dd-ee-01");
        held.type = QStringLiteral("Both");
        held.name = QStringLiteral("old");
        const LabResponse put = call(
            "PUT", QStringLiteral("/api/dhcp/reservations"),
            R"([{"scope_id":"10.0.1.0","ip_address":"10.0.1.100","name":"printer"},{"scope_id":"10.0.1.0","ip_address":"10.0.1.101","client_id":"aa-bb-cc-dd-ee-02"}])");
        QCOMPARE(put.status, 200);
        QCOMPARE(
            put.body,
            QByteArray(
                R"({"results":[{"scope_id":"10.0.1.0","ip_address":"10.0.1.100","status":"ok","reservation":{"ip_address":"10.0.1.100",)"
                R"("client_id":"aa-bb-cc-dd-ee-01","name":"printer","description":"","type":"Both","scope_id":"10.0.1.0"}},)"
                R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.101","status":"not_found","error":"No reservation at 10.0.1.101 in scope 10.0.1.0."}]})"));
        // POST: one result per item in order, an item without client id is an error.
        const LabResponse post = call(
            "POST", QStringLiteral("/api/dhcp/reservations"),
            R"([{"scope_id":"10.0.1.0","ip_address":"10.0.1.150","client_id":"AA:BB:CC:DD:EE:03","type":"Both"},{"scope_id":"10.0.1.0","ip_address":"10.0.1.151"},"junk"])");
        QCOMPARE(post.status, 200);
        const QJsonArray results =
            QJsonDocument::fromJson(post.body).object().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(
            results[0].toObject().value(u"reservation").toObject().value(u"client_id").toString(),
            QStringLiteral("aa-bb-cc-dd-ee-03"));
        QCOMPARE(
            QJsonDocument(results[1].toObject()).toJson(QJsonDocument::Compact),
            QJsonDocument::fromJson(
                R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.151","status":"error","error":"client_id is required."})")
                .toJson(QJsonDocument::Compact));
        QCOMPARE(results[2].toObject().value(u"status").toString(), QStringLiteral("error"));
        // A client id held by another reservation in the scope is refused.
        const LabResponse taken = call(
            "PUT", QStringLiteral("/api/dhcp/reservations"),
            R"([{"scope_id":"10.0.1.0","ip_address":"10.0.1.150","client_id":"aa-bb-cc-dd-ee-01"}])");
        QVERIFY(taken.body.contains(
            R"("status":"error","error":"client_id aa-bb-cc-dd-ee-01 is already used by IP in scope 10.0.1.0.")"));
        const LabResponse deleted = call("DELETE", QStringLiteral("/api/dhcp/reservations"),
                                         R"([{"scope_id":"10.0.1.0","ip_address":"10.0.1.150"}])");
        QCOMPARE(
            deleted.body,
            QByteArray(
                R"({"results":[{"scope_id":"10.0.1.0","ip_address":"10.0.1.150","status":"ok"}]})"));
        QCOMPARE(scopeA().reservations.size(), 1);
        // The single-object POST form still answers 201.
        QCOMPARE(
            call("POST", QStringLiteral("/api/dhcp/reservations"),
                 R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.160","client_id":"001122334460"})")
                .status,
            201);
    }

    void postActivatesHeldLease()
    {
        // Script 2.0.1: reserving the IP of an Active lease for the same client.
        QCOMPARE(
            call(
                "POST", QStringLiteral("/api/dhcp/reservations"),
                R"([{"scope_id":"10.0.1.0","ip_address":"10.0.1.50","client_id":"00:11:22:33:44:55"}])")
                .status,
            200);
        QCOMPARE(scopeA().leaseAt(*Ipv4Address::parse(u"10.0.1.50"))->addressState,
                 QStringLiteral("ActiveReservation"));
    }

    void metrics()
    {
        const LabResponse plain = call("GET", QStringLiteral("/api/dhcp/metrics"), {}, Who::Reader);
        QCOMPARE(plain.status, 200);
        const QJsonObject root = QJsonDocument::fromJson(plain.body).object();
        QCOMPARE(root.value(u"schema_version").toInt(), 1);
        QVERIFY(plain.body.startsWith("{\"schema_version\":1,\"generated_at\":\""));
        const QJsonObject server = root.value(u"server").toObject();
        QCOMPARE(server.value(u"scopes_total").toInt(), 2);
        QCOMPARE(server.value(u"scopes_active").toInt(), 1);
        QCOMPARE(server.value(u"addresses_total").toInt(), 245 + 50);
        QCOMPARE(server.value(u"addresses_in_use").toInt(), 2);
        const QJsonObject scope = root.value(u"scopes").toArray().first().toObject();
        QCOMPARE(scope.value(u"state").toString(), QStringLiteral("active"));
        QCOMPARE(scope.value(u"addresses_reserved").toInt(), 0); // flag off
        QCOMPARE(scope.value(u"percent_in_use").toDouble(), 0.82);
        QCOMPARE(root.value(u"failover")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"partner_server")
                     .toString(),
                 QStringLiteral("dhcp02.example.com"));
        QVERIFY(root.value(u"failover").toArray().first().toObject().value(u"in_sync").isNull());
        const QJsonObject flagged =
            QJsonDocument::fromJson(
                call("GET", QStringLiteral("/api/dhcp/metrics?reservations=yes"), {}, Who::Reader)
                    .body)
                .object();
        const QJsonObject scopeFlagged = flagged.value(u"scopes").toArray().first().toObject();
        QCOMPARE(scopeFlagged.value(u"addresses_reserved").toInt(), 1);
        QCOMPARE(scopeFlagged.value(u"reservations_active").toInt(), 1);
        QVERIFY(flagged.value(u"database").isObject());
    }
};

QTEST_GUILESS_MAIN(TestPsuV2)
#include "tst_psu_v2.moc"
