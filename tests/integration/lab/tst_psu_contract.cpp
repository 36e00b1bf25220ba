// psu-api.md §7 checklist against PsuSim::handle (script 1.0.2), with the spec's examples.
#include "PsuTestSupport.h"
#include "PsuValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace leaselink;
using namespace leaselink::lab;
using namespace leaselink::lab::test;

Q_DECLARE_METATYPE(leaselink::lab::test::Who)

namespace {

constexpr auto specScopes =
    R"([{"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400,"router":"10.0.1.1","failover_name":"FAILOVER-BUILDING-A"},)"
    R"({"scope_id":"10.0.2.0","name":"Lab","start_ip":"10.0.2.50","end_ip":"10.0.2.99","subnet_mask":"255.255.255.0","description":"lab","state":"InActive","lease_duration_seconds":691200,"router":null,"failover_name":null}])";
constexpr auto specScopeA =
    R"({"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400})";
constexpr auto specLeases =
    R"([{"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":"DESKTOP-ABC123.corp.example.com","scope_id":"10.0.1.0","lease_expiry":"2026-04-12T00:00:00Z","address_state":"Active"},)"
    R"({"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","hostname":"printer-01","scope_id":"10.0.1.0","lease_expiry":null,"address_state":"ActiveReservation"}])";
constexpr auto specReservations =
    R"([{"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","name":"printer-01","description":"","type":"Dhcp","scope_id":"10.0.1.0"}])";
constexpr auto specFailover =
    R"([{"name":"FAILOVER-BUILDING-A","primary_server":"dhcp01.example.com","secondary_server":"dhcp02.example.com","mode":"LoadBalance","scope_ids":["10.0.1.0"],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":false}])";
constexpr auto specCreateScope =
    R"({"scope_id":"10.0.3.0","name":"Building C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","router":"10.0.3.1","lease_duration_seconds":86400,"description":""})";

// "" = empty body, "*error" = a JSON object with an "error" string, else the exact bytes.
void checkBody(const QByteArray &actual, const QByteArray &expected)
{
    if (expected == "*error") {
        const QJsonObject object = QJsonDocument::fromJson(actual).object();
        QVERIFY2(object.value(u"error").isString() && !object.value(u"error").toString().isEmpty(),
                 actual.constData());
        return;
    }
    QCOMPARE(actual, expected);
}

} // namespace

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

    const QByteArray none;
    auto row = [](const char *name, const char *method, const char *path, const QByteArray &body,
                  Who who, int status, const QByteArray &expected) {
        QTest::newRow(name) << QByteArray(method) << QString::fromLatin1(path) << body << who
                            << status << expected;
    };
    // Tokens and roles (§1, §7): PSU answers with empty bodies.
    row("auth: no header", "GET", "/api/dhcp/health", none, Who::Nobody, 401, "");
    row("auth: unknown token", "GET", "/api/dhcp/health", none, Who::Garbage, 401, "");
    row("auth: revoked", "GET", "/api/dhcp/health", none, Who::Revoked, 401, "");
    row("auth: expired", "GET", "/api/dhcp/health", none, Who::Expired, 401, "");
    row("auth: no role", "GET", "/api/dhcp/scopes", none, Who::NoRole, 401, "");
    row("auth: reader on POST /health", "POST", "/api/dhcp/health", "{}", Who::Reader, 403, "");
    row("auth: reader on PUT scope", "PUT", "/api/dhcp/scopes/10.0.1.0", "{}", Who::Reader, 403,
        "");
    row("auth: reader on DELETE exclusions", "DELETE", "/api/dhcp/exclusions", "{}", Who::Reader,
        403, "");
    row("auth: administrator on DHCP", "GET", "/api/dhcp/health", none, Who::Admin, 403, "");
    row("auth: reader on management", "GET", "/api/v1/endpoint", none, Who::Reader, 403, "");
    row("auth: unknown route", "GET", "/api/dhcp/nothing", none, Who::Writer, 401, "");
    row("auth: unknown method", "PATCH", "/api/dhcp/scopes", "{}", Who::Writer, 401, "");
    // Health (§3, §4).
    row("health GET reader", "GET", "/api/dhcp/health", none, Who::Reader, 200,
        R"({"status":"ok","version":"1.0.2"})");
    row("health POST writer", "POST", "/api/dhcp/health", "{}", Who::Writer, 200,
        R"({"status":"ok"})");
    // Scopes.
    row("scopes list", "GET", "/api/dhcp/scopes", none, Who::Reader, 200, specScopes);
    row("scopes active_only=TRUE", "GET", "/api/dhcp/scopes?active_only=TRUE", none, Who::Reader,
        200, QByteArray(specScopes).left(QByteArray(specScopes).indexOf(",{")) + "]");
    row("scopes active_only=yes ignored", "GET", "/api/dhcp/scopes?active_only=yes", none,
        Who::Reader, 200, specScopes);
    row("scope by id", "GET", "/api/dhcp/scopes/10.0.1.0", none, Who::Reader, 200, specScopeA);
    row("scope by id bad IPv4", "GET", "/api/dhcp/scopes/abc", none, Who::Reader, 400,
        R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("scope by id lenient 10.1 is 10.0.0.1: 404", "GET", "/api/dhcp/scopes/10.1", none,
        Who::Reader, 404, R"({"error":"Scope not found."})");
    row("scope by id unknown", "GET", "/api/dhcp/scopes/10.9.9.0", none, Who::Reader, 404,
        R"({"error":"Scope not found."})");
    row("create scope", "POST", "/api/dhcp/scopes", specCreateScope, Who::Writer, 201,
        R"({"scope_id":"10.0.3.0","name":"Building C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400})");
    row("create scope: missing mask", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","start_ip":"10.0.3.10","end_ip":"10.0.3.254","name":"C"})",
        Who::Writer, 400,
        R"({"error":"scope_id, start_ip, end_ip, and subnet_mask are required."})");
    row("create scope: empty mask is missing", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"","name":"C"})",
        Who::Writer, 400,
        R"({"error":"scope_id, start_ip, end_ip, and subnet_mask are required."})");
    row("create scope: 0 is missing", "POST", "/api/dhcp/scopes",
        R"({"scope_id":0,"start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0"})",
        Who::Writer, 400,
        R"({"error":"scope_id, start_ip, end_ip, and subnet_mask are required."})");
    row("create scope: required before IPv4", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"bad","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0"})", Who::Writer,
        400, R"({"error":"scope_id, start_ip, end_ip, and subnet_mask are required."})");
    row("create scope: IPv4 order", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","start_ip":"10.0.3.300","end_ip":"bad","subnet_mask":"255.255.255.0"})",
        Who::Writer, 400, R"({"error":"'start_ip' must be a valid IPv4 address."})");
    row("create scope: bad router", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","name":"C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","router":"gw"})",
        Who::Writer, 400, R"({"error":"'router' must be a valid IPv4 address."})");
    row("create scope: duplicate", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.1.0","name":"A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0"})",
        Who::Writer, 500, "*error");
    row("create scope: no name", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0"})",
        Who::Writer, 500, "*error");
    row("create scope: bad range", "POST", "/api/dhcp/scopes",
        R"({"scope_id":"10.0.3.0","name":"C","start_ip":"10.0.3.200","end_ip":"10.0.3.10","subnet_mask":"255.255.255.0"})",
        Who::Writer, 500, "*error");
    row("create scope: invalid JSON", "POST", "/api/dhcp/scopes", "{not json", Who::Writer, 500,
        "*error");
    row("update scope", "PUT", "/api/dhcp/scopes/10.0.1.0",
        R"({"name":"Building A2","description":"","lease_duration_seconds":3600,"subnet_mask":"255.0.0.0","scope_id":"10.9.9.9"})",
        Who::Writer, 200,
        R"({"scope_id":"10.0.1.0","name":"Building A2","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":3600})");
    row("update scope: bad path", "PUT", "/api/dhcp/scopes/x", R"({"start_ip":"bad"})", Who::Writer,
        400, R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("update scope: unknown before body", "PUT", "/api/dhcp/scopes/10.9.9.0",
        R"({"start_ip":"bad"})", Who::Writer, 404, R"({"error":"Scope not found."})");
    row("update scope: bad body IPv4", "PUT", "/api/dhcp/scopes/10.0.1.0",
        R"({"start_ip":"10.0.1.10","end_ip":"x"})", Who::Writer, 400,
        R"({"error":"'end_ip' must be a valid IPv4 address."})");
    row("update scope: rejected is 404", "PUT", "/api/dhcp/scopes/10.0.1.0",
        R"({"start_ip":"10.0.7.10"})", Who::Writer, 404, R"({"error":"Scope not found."})");
    // Leases and reservations.
    row("leases of scope", "GET", "/api/dhcp/leases?scope_id=10.0.1.0", none, Who::Reader, 200,
        specLeases);
    row("leases of all scopes", "GET", "/api/dhcp/leases", none, Who::Reader, 200, specLeases);
    row("leases empty scope", "GET", "/api/dhcp/leases?scope_id=10.0.2.0", none, Who::Reader, 200,
        "[]");
    row("leases bad IPv4", "GET", "/api/dhcp/leases?scope_id=10.0.1.x", none, Who::Reader, 400,
        R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("leases unknown scope is 500", "GET", "/api/dhcp/leases?scope_id=10.9.9.0", none,
        Who::Reader, 500, "*error");
    row("reservations of scope", "GET", "/api/dhcp/reservations?scope_id=10.0.1.0", none,
        Who::Reader, 200, specReservations);
    row("reservations unknown scope is 500", "GET", "/api/dhcp/reservations?scope_id=10.9.9.0",
        none, Who::Reader, 500, "*error");
    row("create reservation normalises", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.101","client_id":"00:11:22:AA:BB:CC","name":"printer-02"})",
        Who::Writer, 201,
        R"({"ip_address":"10.0.1.101","client_id":"00-11-22-aa-bb-cc","name":"printer-02","description":"","type":"Both","scope_id":"10.0.1.0"})");
    row("create reservation dotted form", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.102","client_id":"0011.22aa.bbcd","type":"Dhcp"})",
        Who::Writer, 201,
        R"({"ip_address":"10.0.1.102","client_id":"00-11-22-aa-bb-cd","name":"","description":"","type":"Dhcp","scope_id":"10.0.1.0"})");
    row("create reservation: required", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"bad"})", Who::Writer, 400,
        R"({"error":"scope_id, ip_address, and client_id are required."})");
    row("create reservation: scope_id IPv4 first", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"x","ip_address":"y","client_id":"00-11-22-33-44-77"})", Who::Writer, 400,
        R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("create reservation: ip IPv4", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"y","client_id":"00-11-22-33-44-77"})", Who::Writer,
        400, R"({"error":"'ip_address' must be a valid IPv4 address."})");
    row("create reservation: duplicate IP", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.100","client_id":"00-11-22-33-44-77"})",
        Who::Writer, 500, "*error");
    row("create reservation: duplicate MAC", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.120","client_id":"AA-BB-CC-DD-EE-FF"})",
        Who::Writer, 500, "*error");
    row("create reservation: outside scope", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.2.0","ip_address":"10.0.2.10","client_id":"00-11-22-33-44-77"})",
        Who::Writer, 500, "*error");
    row("create reservation: unknown scope", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.9.9.0","ip_address":"10.9.9.10","client_id":"00-11-22-33-44-77"})",
        Who::Writer, 500, "*error");
    row("create reservation: bad type", "POST", "/api/dhcp/reservations",
        R"({"scope_id":"10.0.1.0","ip_address":"10.0.1.120","client_id":"00-11-22-33-44-77","type":"Static"})",
        Who::Writer, 500, "*error");
    row("update reservation ignores case", "PUT", "/api/dhcp/reservations/AA-BB-CC-DD-EE-FF",
        R"({"name":"printer-01b","type":"both"})", Who::Writer, 200,
        R"({"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","name":"printer-01b","description":"","type":"Both","scope_id":"10.0.1.0"})");
    row("update reservation: colons are not normalised", "PUT",
        "/api/dhcp/reservations/aa:bb:cc:dd:ee:ff", R"({"name":"x"})", Who::Writer, 404,
        R"({"error":"Reservation with client_id 'aa:bb:cc:dd:ee:ff' not found."})");
    row("update reservation: bad type", "PUT", "/api/dhcp/reservations/aa-bb-cc-dd-ee-ff",
        R"({"type":"Static"})", Who::Writer, 500, "*error");
    row("delete reservation", "DELETE", "/api/dhcp/reservations/aa-bb-cc-dd-ee-ff", none,
        Who::Writer, 204, "");
    row("delete reservation: unknown", "DELETE", "/api/dhcp/reservations/00-00-00-00-00-01", none,
        Who::Writer, 404,
        R"({"error":"Reservation with client_id '00-00-00-00-00-01' not found."})");
    // Failover.
    row("failover list", "GET", "/api/dhcp/failover", none, Who::Reader, 200, specFailover);
    row("failover create: required", "POST", "/api/dhcp/failover",
        R"({"name":"FO-LAB","secondary_server":"dhcp02.example.com","scope_ids":[]})", Who::Writer,
        400, R"({"error":"name, secondary_server, and scope_ids are required."})");
    row("failover create: scope already in one", "POST", "/api/dhcp/failover",
        R"({"name":"FO-LAB","secondary_server":"dhcp02.example.com","scope_ids":["10.0.1.0"]})",
        Who::Writer, 500, "*error");
    // Options.
    row("server options", "GET", "/api/dhcp/options/server", none, Who::Reader, 200,
        R"([{"code":6,"name":"DNS Servers","value":["10.0.0.53","10.0.0.54"],"type":"IPv4Address","vendor_class":""}])");
    row("scope options include 3 and 51", "GET", "/api/dhcp/options/scope/10.0.1.0", none,
        Who::Reader, 200,
        R"([{"code":3,"name":"Router","value":["10.0.1.1"],"type":"IPv4Address","vendor_class":""},{"code":51,"name":"Lease","value":["86400"],"type":"DWord","vendor_class":""}])");
    row("scope options bad IPv4", "GET", "/api/dhcp/options/scope/nope", none, Who::Reader, 400,
        R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("scope options unknown", "GET", "/api/dhcp/options/scope/10.9.9.0", none, Who::Reader, 404,
        R"({"error":"Scope not found."})");
    // Exclusions.
    row("exclusions: scope_id required", "GET", "/api/dhcp/exclusions", none, Who::Reader, 400,
        R"({"error":"scope_id query parameter is required."})");
    row("exclusions: bad IPv4", "GET", "/api/dhcp/exclusions?scope_id=1.2.3.4.5", none, Who::Reader,
        400, R"({"error":"'scope_id' must be a valid IPv4 address."})");
    row("exclusions: unknown scope", "GET", "/api/dhcp/exclusions?scope_id=10.9.9.0", none,
        Who::Reader, 404, R"({"error":"Scope not found."})");
    row("exclusions: empty", "GET", "/api/dhcp/exclusions?scope_id=10.0.1.0", none, Who::Reader,
        200, "[]");
    row("exclusion create", "POST", "/api/dhcp/exclusions",
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})", Who::Writer, 201,
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})");
    row("exclusion create: required", "POST", "/api/dhcp/exclusions",
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50"})", Who::Writer, 400,
        R"({"error":"scope_id, start_ip, and end_ip are required."})");
    row("exclusion create: IPv4 order", "POST", "/api/dhcp/exclusions",
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.500","end_ip":"x"})", Who::Writer, 400,
        R"({"error":"'start_ip' must be a valid IPv4 address."})");
    row("exclusion create: unknown scope is 500", "POST", "/api/dhcp/exclusions",
        R"({"scope_id":"10.9.9.0","start_ip":"10.9.9.50","end_ip":"10.9.9.59"})", Who::Writer, 500,
        "*error");
    row("exclusion create: outside range", "POST", "/api/dhcp/exclusions",
        R"({"scope_id":"10.0.2.0","start_ip":"10.0.2.10","end_ip":"10.0.2.20"})", Who::Writer, 500,
        "*error");
    row("exclusion delete: missing range is 500", "DELETE", "/api/dhcp/exclusions",
        R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.50","end_ip":"10.0.1.59"})", Who::Writer, 500,
        "*error");
    row("exclusion delete: required", "DELETE", "/api/dhcp/exclusions", "{}", Who::Writer, 400,
        R"({"error":"scope_id, start_ip, and end_ip are required."})");
    // 2.x endpoints do not exist in 1.0.2: PSU's unknown-route answer.
    row("1.0.2 has no bulk reservation PUT", "PUT", "/api/dhcp/reservations", "[]", Who::Writer,
        401, "");
    row("1.0.2 has no metrics", "GET", "/api/dhcp/metrics", none, Who::Reader, 401, "");
    row("1.0.2 has no scope DELETE", "DELETE", "/api/dhcp/scopes/10.0.1.0", none, Who::Writer, 401,
        "");
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
