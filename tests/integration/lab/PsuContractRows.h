#pragma once

// The psu-api.md §3/§7 contract table (script 1.0.2) with the spec's examples, shared by the
// direct PsuSim::handle test and the HTTP/HTTPS transport test so both check the same rows.
#include "PsuTestSupport.h"

#include <QJsonObject>

namespace leaselink::lab::test {

inline constexpr auto specScopes =
    R"([{"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400,"router":"10.0.1.1","failover_name":"FAILOVER-BUILDING-A"},)"
    R"({"scope_id":"10.0.2.0","name":"Lab","start_ip":"10.0.2.50","end_ip":"10.0.2.99","subnet_mask":"255.255.255.0","description":"lab","state":"InActive","lease_duration_seconds":691200,"router":null,"failover_name":null}])";
inline constexpr auto specScopeA =
    R"({"scope_id":"10.0.1.0","name":"Building A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400})";
inline constexpr auto specLeases =
    R"([{"ip_address":"10.0.1.50","client_id":"00-11-22-33-44-55","hostname":"DESKTOP-ABC123.corp.example.com","scope_id":"10.0.1.0","lease_expiry":"2026-04-12T00:00:00Z","address_state":"Active"},)"
    R"({"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","hostname":"printer-01","scope_id":"10.0.1.0","lease_expiry":null,"address_state":"ActiveReservation"}])";
inline constexpr auto specReservations =
    R"([{"ip_address":"10.0.1.100","client_id":"aa-bb-cc-dd-ee-ff","name":"printer-01","description":"","type":"Dhcp","scope_id":"10.0.1.0"}])";
inline constexpr auto specFailover =
    R"([{"name":"FAILOVER-BUILDING-A","primary_server":"dhcp01.example.com","secondary_server":"dhcp02.example.com","mode":"LoadBalance","scope_ids":["10.0.1.0"],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":false}])";
inline constexpr auto specCreateScope =
    R"({"scope_id":"10.0.3.0","name":"Building C","start_ip":"10.0.3.10","end_ip":"10.0.3.254","subnet_mask":"255.255.255.0","router":"10.0.3.1","lease_duration_seconds":86400,"description":""})";

// "" = empty body, "*error" = a JSON object with an "error" string, else the exact bytes.
inline void checkBody(const QByteArray &actual, const QByteArray &expected)
{
    if (expected == "*error") {
        const QJsonObject object = QJsonDocument::fromJson(actual).object();
        QVERIFY2(object.value(u"error").isString() && !object.value(u"error").toString().isEmpty(),
                 actual.constData());
        return;
    }
    QCOMPARE(actual, expected);
}

// Calls row(name, method, path, body, who, status, expectedBody) for every contract row; each
// row runs against a fresh PsuSim (hostname dhcp01.example.com) seeded with seedSpecExample().
template <typename Row> void psuContractRows(Row row)
{
    const QByteArray none;
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

} // namespace leaselink::lab::test
