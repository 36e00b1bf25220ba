// PSU decoders over the contract's JSON fixtures and every class of malformed input.
#include "net/psu/PsuDecoder.h"
#include "net/psu/PsuScriptVersion.h"

#include <QFile>
#include <QTest>

using namespace leaselink;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(LEASELINK_NET_FIXTURES "/psu/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

} // namespace

class TestPsuDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopes()
    {
        const auto r = PsuDecoder::scopes(fixture(QStringLiteral("scopes.json")));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().path + u' ' + r.error().reason));
        QCOMPARE(r->size(), 2);
        const PsuScope &a = r->at(0);
        QCOMPARE(a.scopeId, ip("10.0.1.0"));
        QCOMPARE(a.name, QStringLiteral("Building A"));
        QCOMPARE(a.startIp, ip("10.0.1.10"));
        QCOMPARE(a.endIp, ip("10.0.1.254"));
        QCOMPARE(a.subnetMask, ip("255.255.255.0"));
        QVERIFY(a.active);
        QCOMPARE(a.leaseDurationSeconds, 86400);
        QVERIFY(a.hasRouter);
        QCOMPARE(a.router, std::optional<Ipv4Address>(ip("10.0.1.1")));
        QCOMPARE(a.failoverName, std::optional<QString>(QStringLiteral("FAILOVER-BUILDING-A")));
        const PsuScope &b = r->at(1);
        QVERIFY(!b.active); // "InActive"
        QVERIFY(b.hasRouter);
        QVERIFY(!b.router);
        QVERIFY(b.hasFailoverName);
        QVERIFY(!b.failoverName);
        QCOMPARE(b.leaseDurationSeconds, 691200);
    }

    void pascalCaseAliases()
    {
        const auto r = PsuDecoder::scopes(fixture(QStringLiteral("scopes-pascal.json")));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().path + u' ' + r.error().reason));
        QCOMPARE(r->first().scopeId, ip("10.0.3.0"));
        QCOMPARE(r->first().leaseDurationSeconds, 86400); // 0 → 86400 (§6)
        QVERIFY(!r->first().router);                      // "0.0.0.0" → none
        QVERIFY(!r->first().hasFailoverName);
    }

    void leasesAndReservations()
    {
        const auto leases = PsuDecoder::leases(fixture(QStringLiteral("leases.json")));
        QVERIFY(leases);
        QCOMPARE(leases->size(), 2);
        QCOMPARE(leases->at(0).clientId, QStringLiteral("00-11-22-33-44-55"));
        QCOMPARE(leases->at(0).leaseExpiry,
                 std::optional<QDateTime>(QDateTime(QDate(2026, 4, 12), QTime(0, 0), Qt::UTC)));
        QVERIFY(!leases->at(1).leaseExpiry);
        QCOMPARE(leases->at(1).state, PsuLeaseState::ActiveReservation);

        const auto res = PsuDecoder::reservations(fixture(QStringLiteral("reservations.json")));
        QVERIFY(res);
        QCOMPARE(res->first().type, PsuReservationType::Dhcp);
        QCOMPARE(res->first().name, QStringLiteral("printer-01"));
    }

    void failoverOptionsExclusions()
    {
        const auto fo = PsuDecoder::failovers(fixture(QStringLiteral("failover.json")));
        QVERIFY(fo);
        QCOMPARE(fo->first().scopeIds, (QList<Ipv4Address>{ip("10.0.1.0"), ip("10.0.2.0")}));
        QCOMPARE(fo->first().mode, PsuFailoverMode::LoadBalance);
        QVERIFY(!fo->first().stateSwitchoverInterval);
        const auto opts = PsuDecoder::options(fixture(QStringLiteral("options-scope.json")));
        QVERIFY(opts);
        QCOMPARE(opts->at(1).value, QStringList{QStringLiteral("86400")});
        QCOMPARE(opts->at(1).type, QStringLiteral("DWord"));
        const auto ex = PsuDecoder::exclusions(fixture(QStringLiteral("exclusions.json")));
        QVERIFY(ex);
        QCOMPARE(ex->first().endIp, ip("10.0.1.59"));
    }

    void bulkForms()
    {
        const auto grouped =
            PsuDecoder::groupedLeases(fixture(QStringLiteral("leases-grouped.json")));
        QVERIFY(grouped);
        QCOMPARE(grouped->size(), 2);
        QCOMPARE(grouped->value(ip("10.0.1.0")).size(), 1);
        QVERIFY(grouped->contains(ip("10.0.2.0")));
        QVERIFY(grouped->value(ip("10.0.2.0")).isEmpty());

        const auto options =
            PsuDecoder::optionsSnapshot(fixture(QStringLiteral("options-all.json")));
        QVERIFY(options);
        QCOMPARE(options->scopeOptions.value(ip("10.0.1.0")).size(), 2);

        const auto bulk = PsuDecoder::bulkResults(fixture(QStringLiteral("bulk-put.json")));
        QVERIFY2(bulk,
                 qPrintable(bulk ? QString() : bulk.error().path + u' ' + bulk.error().reason));
        QCOMPARE(bulk->size(), 2);
        QCOMPARE(bulk->at(0).status, PsuBulkStatus::Ok);
        QVERIFY(bulk->at(0).reservation);
        QCOMPARE(bulk->at(0).reservation->type, PsuReservationType::Both);
        QCOMPARE(bulk->at(1).status, PsuBulkStatus::NotFound);
        QVERIFY(bulk->at(1).error.contains(QStringLiteral("No reservation")));

        const auto metrics = PsuDecoder::metrics(fixture(QStringLiteral("metrics.json")));
        QVERIFY2(
            metrics,
            qPrintable(metrics ? QString() : metrics.error().path + u' ' + metrics.error().reason));
        QCOMPARE(metrics->scopes.first().addressesReserved, 4);
        QCOMPARE(metrics->failoverStates, QStringList{QStringLiteral("FO-A: normal")});
        QVERIFY(metrics->hasServer);
    }

    // Every malformed class names the field; nothing becomes an empty list.
    void malformed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        const QByteArray scope =
            R"({"scope_id":"10.0.1.0","name":"A","start_ip":"10.0.1.10","end_ip":"10.0.1.254","subnet_mask":"255.255.255.0","description":"","state":"Active","lease_duration_seconds":86400})";
        QTest::newRow("empty body") << "scopes" << QByteArray("") << ""
                                    << "the body is empty";
        QTest::newRow("html") << "scopes" << QByteArray("<html>oops</html>") << ""
                              << "not JSON";
        QTest::newRow("truncated json") << "scopes" << QByteArray(R"([{"scope_id":"10.0)") << ""
                                        << "not JSON";
        QTest::newRow("lone object") << "scopes" << scope << ""
                                     << "single object";
        QTest::newRow("item not object") << "scopes" << QByteArray(R"([1])") << "[0]"
                                         << "expected an object";
        QTest::newRow("missing field")
            << "scopes" << QByteArray(R"([{"scope_id":"10.0.1.0","name":"A"}])") << "[0].start_ip"
            << "missing field";
        QTest::newRow("wrong type")
            << "scopes"
            << QByteArray("[" +
                          QByteArray(scope).replace(R"("lease_duration_seconds":86400)",
                                                    R"("lease_duration_seconds":"86400")") +
                          "]")
            << "[0].lease_duration_seconds"
            << "expected a whole number";
        QTest::newRow("bad ip")
            << "scopes"
            << QByteArray("[" + QByteArray(scope).replace("10.0.1.254", "10.0.1.300") + "]")
            << "[0].end_ip"
            << "300";
        QTest::newRow("lenient .NET ip refused")
            << "scopes"
            << QByteArray(
                   "[" +
                   QByteArray(scope).replace(R"("scope_id":"10.0.1.0")", R"("scope_id":"10.1")") +
                   "]")
            << "[0].scope_id"
            << "";
        QTest::newRow("unknown state")
            << "scopes" << QByteArray("[" + QByteArray(scope).replace("Active", "Paused") + "]")
            << "[0].state"
            << "unknown value \"Paused\"";
        QTest::newRow("bad router")
            << "scopes"
            << QByteArray("[" + QByteArray(scope).replace("}", R"(,"router":"gateway"})") + "]")
            << "[0].router"
            << "";
        QTest::newRow("lease state")
            << "leases"
            << QByteArray(
                   R"([{"ip_address":"10.0.1.50","client_id":"x","hostname":"","scope_id":"10.0.1.0","lease_expiry":null,"address_state":"Declined"}])")
            << "[0].address_state"
            << "unknown value";
        QTest::newRow("lease expiry")
            << "leases"
            << QByteArray(
                   R"([{"ip_address":"10.0.1.50","client_id":"x","hostname":"","scope_id":"10.0.1.0","lease_expiry":"tomorrow","address_state":"Active"}])")
            << "[0].lease_expiry"
            << "not a UTC timestamp";
        QTest::newRow("reservation type")
            << "reservations"
            << QByteArray(
                   R"([{"ip_address":"10.0.1.100","client_id":"aa","name":"","description":"","type":"Static","scope_id":"10.0.1.0"}])")
            << "[0].type"
            << "unknown value";
        QTest::newRow("option value not list")
            << "options"
            << QByteArray(
                   R"([{"code":6,"name":"DNS","value":"10.0.0.53","type":"IPv4Address","vendor_class":""}])")
            << "[0].value"
            << "expected a list";
        QTest::newRow("option value item")
            << "options"
            << QByteArray(
                   R"([{"code":6,"name":"DNS","value":[53],"type":"IPv4Address","vendor_class":""}])")
            << "[0].value[0]"
            << "expected a string";
        QTest::newRow("option type")
            << "options"
            << QByteArray(
                   R"([{"code":6,"name":"DNS","value":[],"type":"Fancy","vendor_class":""}])")
            << "[0].type"
            << "unknown option type";
        QTest::newRow("option code range")
            << "options"
            << QByteArray(
                   R"([{"code":300,"name":"DNS","value":[],"type":"String","vendor_class":""}])")
            << "[0].code"
            << "outside";
        QTest::newRow("failover scope id")
            << "failover"
            << QByteArray(
                   R"([{"name":"F","primary_server":"a","secondary_server":"b","mode":"LoadBalance","scope_ids":["10.0.1.0","x"],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":false}])")
            << "[0].scope_ids[1]"
            << "";
        QTest::newRow("failover bool")
            << "failover"
            << QByteArray(
                   R"([{"name":"F","primary_server":"a","secondary_server":"b","mode":"LoadBalance","scope_ids":[],"max_client_lead_time":3600,"max_response_delay":30,"state_switchover_interval":null,"enable_auth":"no"}])")
            << "[0].enable_auth"
            << "expected true or false";
        QTest::newRow("grouped flat list") << "grouped" << QByteArray("[{}]") << ""
                                           << "older than 2.0.0";
        QTest::newRow("grouped bad key")
            << "grouped" << QByteArray(R"({"scope-a":[]})") << "scope-a"
            << "scope key";
        QTest::newRow("grouped not list")
            << "grouped" << QByteArray(R"({"10.0.1.0":{}})") << "10.0.1.0"
            << "expected a list";
        QTest::newRow("bulk no results") << "bulk" << QByteArray(R"({"ok":true})") << "results"
                                         << "missing field";
        QTest::newRow("bulk status")
            << "bulk"
            << QByteArray(
                   R"({"results":[{"scope_id":"10.0.1.0","ip_address":"10.0.1.5","status":"maybe"}]})")
            << "results[0].status"
            << "unknown value";
        QTest::newRow("health status")
            << "health" << QByteArray(R"({"status":"degraded"})") << "status"
            << "expected \"ok\"";
        QTest::newRow("health list") << "health" << QByteArray(R"([])") << ""
                                     << "expected an object";
    }

    void malformed()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        std::optional<DecodeFailure> failure;
        const auto capture = [&](const auto &r) {
            if (!r)
                failure = r.error();
            else
                failure.reset();
        };
        if (kind == u"scopes")
            capture(PsuDecoder::scopes(body));
        else if (kind == u"leases")
            capture(PsuDecoder::leases(body));
        else if (kind == u"reservations")
            capture(PsuDecoder::reservations(body));
        else if (kind == u"options")
            capture(PsuDecoder::options(body));
        else if (kind == u"failover")
            capture(PsuDecoder::failovers(body));
        else if (kind == u"grouped")
            capture(PsuDecoder::groupedLeases(body));
        else if (kind == u"bulk")
            capture(PsuDecoder::bulkResults(body));
        else if (kind == u"health")
            capture(PsuDecoder::health(body));
        QVERIFY2(failure.has_value(), "malformed input was accepted");
        QCOMPARE(failure->path, path);
        QVERIFY2(failure->reason.contains(reason), qPrintable(failure->reason));
    }

    // Import reads record by record: bad records are set aside, named, with their place.
    void recordByRecord()
    {
        const QByteArray body =
            R"([{"scope_id":"10.0.1.0","start_ip":"10.0.1.200","end_ip":"10.0.1.210"},)"
            R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.220"},)"
            R"(7,)"
            R"({"scope_id":"10.0.1.0","start_ip":"10.0.1.230","end_ip":"10.0.1.231"}])";
        const auto records = PsuDecoder::exclusionRecords(body);
        QVERIFY(records);
        QCOMPARE(records->items.size(), 2);
        QCOMPARE(records->items[0].startIp, ip("10.0.1.200"));
        QCOMPARE(records->items[1].endIp, ip("10.0.1.231"));
        QCOMPARE(records->rejected.size(), 2);
        QCOMPARE(records->rejected[0].identity, QStringLiteral("10.0.1.220"));
        QCOMPARE(records->rejected[0].failure.path, QStringLiteral("[1].end_ip"));
        QCOMPARE(records->rejected[1].identity, QString());
        QCOMPARE(records->rejected[1].failure.path, QStringLiteral("[2]"));
        // The same body read strictly (sync) fails as a whole.
        QVERIFY(!PsuDecoder::exclusions(body));

        const auto scopes = PsuDecoder::scopeRecords(
            R"([{"scope_id":"10.0.4.0","name":"X","start_ip":"10.0.4.10","end_ip":"10.0.4.200",)"
            R"("subnet_mask":"","description":"","state":"Active","lease_duration_seconds":3600,)"
            R"("router":null}])");
        QVERIFY(scopes);
        QVERIFY(scopes->items.isEmpty());
        QCOMPARE(scopes->rejected.size(), 1);
        QCOMPARE(scopes->rejected[0].identity, QStringLiteral("10.0.4.0"));
        QCOMPARE(scopes->rejected[0].failure.path, QStringLiteral("[0].subnet_mask"));

        // The list itself must still be a list (C-01).
        QVERIFY(!PsuDecoder::failoverRecords(R"({"name":"FO1"})"));
        QVERIFY(!PsuDecoder::failoverRecords(""));
    }

    // Records kept whole (the management API's endpoint list): the list rules, no fields.
    void objectsKeptWhole()
    {
        const auto records = PsuDecoder::objects(R"([{"id":1,"url":"/x"},{"id":2}])");
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).value(QStringLiteral("url")).toString(), QStringLiteral("/x"));
        QVERIFY(PsuDecoder::objects("[]"));
        QVERIFY(!PsuDecoder::objects(R"({"id":1})"));
        QVERIFY(!PsuDecoder::objects(""));
        QVERIFY(!PsuDecoder::objects("not json"));
        const auto notObject = PsuDecoder::objects(R"([{"id":1},7])");
        QVERIFY(!notObject);
        QCOMPARE(notObject.error().path, QStringLiteral("[1]"));
    }

    void emptyListIsAList()
    {
        const auto r = PsuDecoder::leases("[]");
        QVERIFY(r);
        QVERIFY(r->isEmpty());
    }

    void scriptVersion_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<bool>("bulk");
        QTest::addColumn<int>("match");
        QTest::newRow("1.0.2") << "1.0.2" << false << int(PsuScriptVersion::Match::Different);
        QTest::newRow("1.1.1") << "1.1.1" << false << int(PsuScriptVersion::Match::Different);
        QTest::newRow("2.0.0") << "2.0.0" << true << int(PsuScriptVersion::Match::Different);
        QTest::newRow("2.0.1") << "2.0.1" << true << int(PsuScriptVersion::Match::Equal);
        QTest::newRow("10.0") << "10.0" << true << int(PsuScriptVersion::Match::Different);
        QTest::newRow("empty") << "" << false << int(PsuScriptVersion::Match::Unknown);
        QTest::newRow("garbage") << "two" << false << int(PsuScriptVersion::Match::Different);
    }

    void scriptVersion()
    {
        QFETCH(QString, reported);
        QFETCH(bool, bulk);
        QFETCH(int, match);
        QCOMPARE(PsuScriptVersion::supportsBulk(reported), bulk);
        QCOMPARE(int(PsuScriptVersion::compareWithShipped(reported)), match);
        QCOMPARE(PsuScriptVersion::advisory(reported).isEmpty(),
                 match == int(PsuScriptVersion::Match::Equal));
        QVERIFY(*PsuScriptVersion::parse(QStringLiteral("2.0.10")) >
                *PsuScriptVersion::parse(QStringLiteral("2.0.9")));
    }
};

QTEST_GUILESS_MAIN(TestPsuDecoder)
#include "tst_psudecoder.moc"
