// Worked examples of sync-rules.md B.6 (SYN-15…19), B.7 (SYN-20…22), B.8 (SYN-24), B.9
// (SYN-25, SYN-26) and B.10 (SYN-27, SYN-28), as amended by decisions.md / amended-examples.md,
// plus the new examples LL-xx of C-01, C-03, C-04, C-07, C-08, C-11, C-12, C-14, C-15, C-17 and
// C-18: each a row named by its example id asserting the exact plan (IP writes, side-info writes,
// reservation pushes, relabelled scopes, skipped items).
//
// Not encoded here, with the reason:
// - SYN-12.x, SYN-13.x (B.5 eligibility): resolved before planning (a DhcpScopeSnapshot names
//   the local scope it feeds); the planner encodes only the scope-maintenance skip (DIS-12).
// - SYN-23.1: a write failure happens in the applier, not the planner. Likewise the server side
//   of SYN-27.6 and LL-61 (a failed create reported, never retried): planned here, their failure
//   is asserted by tests/integration/sync/tst_reservationpush.cpp; the job outcome ("completed
//   with errors") belongs to the job.
// - SYN-01.x, SYN-02.1: job triggers and the settings snapshot belong to the jobs (SYN-01.1 is
//   in tst_serverselection, SYN-01.2 in tests/integration/sync/tst_jobexamples.cpp).
// - SYN-15.2's scope rename and last_sync_at: scope attributes (B.11) and timestamps (B.13)
//   belong to the scope planner and the job; the "no IP writes, no cleanup" half is asserted.
// - LL-19 and LL-35: only their reservation and IP halves are here (the Push Scope Info halves
//   belong to the scope planner). LL-20/LL-21: whether POST /health is sent and access_level is
//   stored is the job's; the rows assert the planner's push gate (writerConfirmed).
// - LL-41 (S = R refused) is a settings rule: tests/unit/store/tst_relabel.cpp and
//   tst_domainentities. O-21's "relabel pending for N scopes": RelabelRepository, same file.
// - LL-10 T1 and T4 are SYN-19.3 and SYN-19.4 with other names.
//
// Readings of this file where the specs leave room (safer reading):
// - C-01: an unconfirmed empty read of an old script also holds back that scope's reservation
//   pushes ("C-01 push held"); the relabel of C-14 still happens (it does not use the lists).
// - C-14: a protected IP keeps its old status and is reported ("C-14 protected").
// - C-08 on scripts below 2.0.0: "reserved exactly once" is counted over every reservation list
//   of the server in the snapshot; if one of them failed to read, nothing is updated by MAC.

#include "SyncFixture.h"

#include <QTest>

using namespace leaselink::sync::test;

Q_DECLARE_METATYPE(Setup)

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    // C-01 two-run confirmation: the plan lines followed by the scope read records.
    void confirmation_data();
    void confirmation();
    // B.10 Push Reservations (SYN-27, SYN-28 as amended; C-07, C-08, C-12, C-18, O-4, O-14).
    void push_data();
    void push();
    // C-11: the invalid-hostname report lists each address once, protected ones included.
    void invalidHostnameReport();
};

namespace {

const QString T30 = QStringLiteral("2030-01-01T00:00:00Z");

QDateTime exp2030()
{
    return QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00Z"), Qt::ISODate);
}

void row(const char *id, Setup setup, const QStringList &expected)
{
    QTest::newRow(id) << setup << expected;
}

} // namespace

void TestSyncPlanner::plan_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QStringList>("expected");

    // --- B.6: SYN-15 switch and failed reads --------------------------------------------------
    row("SYN-15.1",
        [](SyncFixture &f) {
            f.inputs.settings.syncIpAddresses = false;
            f.lease("10.0.1.50", "00-11-22-33-44-55", "DESKTOP-ABC");
            f.ip("10.0.1.77/24", "dhcp");
        },
        {});
    row("SYN-15.2",
        [](SyncFixture &f) {
            f.failReservations();
            f.ip("10.0.1.77/24", "dhcp");
        },
        {"skip scope 10.0.1.0: reservations read failed: no IP writes and no cleanup for this "
         "scope (SYN-15)"});
    row("SYN-35.1",
        [](SyncFixture &f) {
            f.failScopeList();
            f.ip("10.0.1.77/24", "dhcp");
        },
        {"skip scope 0.0.0.0: scope list of SRV-A could not be read: no IP sync and no cleanup "
         "(SYN-35)"});
    row("SYN-35.2",
        [](SyncFixture &f) {
            f.failLeases();
            f.ip("10.0.1.77/24", "dhcp");
        },
        {"skip scope 10.0.1.0: leases read failed: no IP writes and no cleanup for this scope "
         "(SYN-15)"});

    // --- SYN-16: finding the NetBox IP ------------------------------------------------------
    const QStringList created50{
        "create 10.0.1.50/24 status=dhcp dns=desktop-abc cid=00-11-22-33-44-55 (SYN-17)",
        "side-info 10.0.1.50 {host=DESKTOP-ABC, active, since=T, exp=" + T30 + ", cbs} (SYN-24)"};
    row(
        "SYN-16.1",
        [](SyncFixture &f) { f.lease("10.0.1.50", "00-11-22-33-44-55", "DESKTOP-ABC"); },
        created50);
    row(
        "SYN-16.2",
        [](SyncFixture &f) { // amended: the blue /32 is not in the prefix's VRF (C-17)
            f.lease("10.0.1.50", "00-11-22-33-44-55", "DESKTOP-ABC");
            f.ip("10.0.1.50/32", "active", {}, {}, {}, SyncFixture::BlueVrf);
        },
        created50);

    // --- SYN-17: create / update table --------------------------------------------------------
    row("SYN-17.1",
        [](SyncFixture &f) { f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer-01"); },
        {"create 10.0.1.100/24 status=reserved dns=printer-01 cid=aa-bb-cc-dd-ee-ff (SYN-17)",
         "side-info 10.0.1.100 {host=Printer-01, inactive, since=T, exp=empty, cbs} (SYN-24)"});
    row("SYN-17.2",
        [](SyncFixture &f) {
            f.lease("10.0.1.50", "00-11-22-33-44-55", "");
            f.ip("10.0.1.50/24", "dhcp", "old-name", "00-11-22-33-44-55");
        },
        {"side-info 10.0.1.50 {host=, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-17.3",
        [](SyncFixture &f) {
            f.lease("10.0.1.60", "00-00-00-00-00-60", "KIOSK");
            f.ip("10.0.1.60/24", "active", "srv1");
        },
        {"update #11 10.0.1.60 status=dhcp dns=kiosk cid=00-00-00-00-00-60 (SYN-17)",
         "side-info 10.0.1.60 {host=KIOSK, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-17.4",
        [](SyncFixture &f) { // amended: canonical client ids are equal (C-18)
            f.lease("10.0.1.61", "aa-bb-cc-dd-ee-61", "pc61");
            f.ip("10.0.1.61/24", "dhcp", "pc61", "AA-BB-CC-DD-EE-61");
        },
        {"side-info 10.0.1.61 {host=pc61, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-17.5",
        [](SyncFixture &f) {
            f.reservation("10.0.1.62", "0a-00-00-00-00-62", "Cam-62");
            f.ip("10.0.1.62/24", "dhcp", "cam-62", "0a-00-00-00-00-62");
        },
        {"update #11 10.0.1.62 status=reserved (SYN-17)",
         "side-info 10.0.1.62 {host=Cam-62, inactive, since=T, exp=empty} (SYN-24)"});
    row("SYN-17.6",
        [](SyncFixture &f) {
            f.lease("10.0.1.63", "", "host63");
            f.ip("10.0.1.63/24", "dhcp", {}, "11-22-33-44-55-63");
        },
        {"update #11 10.0.1.63 dns=host63 (SYN-17)",
         "side-info 10.0.1.63 {host=host63, active, since=T, exp=" + T30 + "} (SYN-24)"});
    const QString longName = QStringLiteral("AbCd").repeated(75); // 300 characters, mixed case
    row("SYN-17.7",
        [longName](SyncFixture &f) { // amended: too long for dns_name (C-11)
            f.lease("10.0.1.57", "00-00-00-00-00-57", longName);
        },
        {"create 10.0.1.57/24 status=dhcp cid=00-00-00-00-00-57 (SYN-17)",
         "side-info 10.0.1.57 {host=" + longName + ", active, since=T, exp=" + T30 +
             ", cbs} (SYN-24)",
         "skip 10.0.1.57: hostname \"" + longName +
             "\" is not a valid DNS name: dns_name not written (C-11)"});
    row("SYN-17.8",
        [](SyncFixture &f) {
            f.reservation("10.0.1.64", "0a-00-00-00-00-64", "Badge-64");
            f.ip("10.0.1.64/24", "deprecated");
        },
        {"update #11 10.0.1.64 status=reserved dns=badge-64 cid=0a-00-00-00-00-64 (SYN-17)",
         "side-info 10.0.1.64 {host=Badge-64, inactive, since=T, exp=empty} (SYN-24)"});

    // --- SYN-18: reservation precedence -------------------------------------------------------
    row("SYN-18.1",
        [](SyncFixture &f) { // amended: the filled client id makes the IP pre-staged (C-03)
            f.lease("10.0.1.100", "aa-bb-cc-dd-ee-01", "lease-host");
            f.ip("10.0.1.100/24", "reserved", "printer");
        },
        {"update #11 10.0.1.100 cid=aa-bb-cc-dd-ee-01 (SYN-18)",
         "side-info 10.0.1.100 {host=lease-host, active, since=T, exp=" + T30 + ", pre} (SYN-24)"});
    row("SYN-18.2",
        [](SyncFixture &f) {
            f.lease("10.0.1.100", "22-22-22-22-22-22", "lease-host");
            f.ip("10.0.1.100/24", "reserved", {}, "11-11-11-11-11-11");
        },
        {"side-info 10.0.1.100 {host=lease-host, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-18.3",
        [](SyncFixture &f) {
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "Printer-01");
            f.lease("10.0.1.100", "aa-bb-cc-dd-ee-01", "PRN01.corp");
        },
        {"create 10.0.1.100/24 status=reserved dns=printer-01 cid=aa-bb-cc-dd-ee-01 (SYN-17)",
         "side-info 10.0.1.100 {host=PRN01.corp, active, since=T, exp=" + T30 + ", cbs} (SYN-24)"});

    // --- SYN-19: pre-staged reserved IPs (DIS-05, C-03) --------------------------------------
    const Setup prestagedLease = [](SyncFixture &f) {
        f.lease("10.0.1.120", "0a-00-00-00-00-20", "MININT-X7");
        f.ip("10.0.1.120/24", "reserved", "kiosk-7");
    };
    const QStringList prestagedLeaseResult{
        "update #11 10.0.1.120 cid=0a-00-00-00-00-20 (SYN-18)",
        "side-info 10.0.1.120 {host=MININT-X7, active, since=T, exp=" + T30 + ", pre} (SYN-24)"};
    row("SYN-19.1",
        [prestagedLease](SyncFixture &f) { // with the server half: step 2 creates the reservation
            f.pushReservations();
            prestagedLease(f);
        },
        {prestagedLeaseResult[0], prestagedLeaseResult[1],
         "push create 10.0.1.120 scope=10.0.1.0 cid=0a-00-00-00-00-20 name=\"kiosk-7\" desc=\"\" "
         "type=Dhcp (SYN-27)"});
    row("SYN-19.2",
        [](SyncFixture &f) { // the server's reservation matches: nothing pushed
            f.pushReservations();
            f.reservation("10.0.1.120", "0a-00-00-00-00-20", "kiosk-7");
            const auto id = f.ip("10.0.1.120/24", "reserved", "kiosk-7", "0a-00-00-00-00-20");
            f.sideInfo(id, "MININT-X7", true, exp2030(), false, true);
        },
        {"side-info 10.0.1.120 {host=kiosk-7, inactive, since=T, exp=empty, pre} (SYN-24)"});
    row("SYN-19.3", prestagedLease, prestagedLeaseResult);
    row("SYN-19.4",
        [](SyncFixture &f) { // amended: kept (pre-staged); script >= 2.0.0 variant
            const auto id = f.ip("10.0.1.120/24", "reserved", "kiosk-7", "0a-00-00-00-00-20");
            f.sideInfo(id, "MININT-X7", true, exp2030(), false, true);
        },
        {"side-info 10.0.1.120 {host=MININT-X7, inactive, since=T, exp=" + T30 + ", pre} (C-15)"});
    row("SYN-19.5",
        [](SyncFixture &f) { // amended: only the client id is filled
            f.reservation("10.0.1.121", "0a-00-00-00-00-21", "WIN-OLDNAME");
            f.ip("10.0.1.121/24", "reserved", "kiosk-8");
        },
        {"update #11 10.0.1.121 cid=0a-00-00-00-00-21 (SYN-19)",
         "side-info 10.0.1.121 {host=WIN-OLDNAME, inactive, since=T, exp=empty, pre} (SYN-24)"});
    row("SYN-19.6", [](SyncFixture &f) { f.ip("10.0.1.122/24", "reserved", "kiosk-9"); }, {});

    // --- B.7: SYN-20 which IPs are protected (shown through cleanup, row 1 vs row 3) ----------
    row("SYN-20.1",
        [](SyncFixture &f) {
            f.protectTag();
            f.ip("10.0.1.50/24", "dhcp", {}, {}, {"dhcp-protect"});
        },
        {});
    row("SYN-20.2",
        [](SyncFixture &f) {
            f.protectTag().taggedPrefix("10.0.0.0/16");
            f.ip("10.0.1.50/24", "dhcp");
        },
        {});
    row("SYN-20.3",
        [](SyncFixture &f) {
            f.protectTag();
            f.ip("10.0.1.50/24", "dhcp", {}, {}, {"other"});
        },
        {"delete #11 10.0.1.50 (SYN-25 row 3)"});
    row("SYN-20.4", [](SyncFixture &f) { f.ip("10.0.1.50/24", "dhcp", {}, {}, {"dhcp-protect"}); },
        {"delete #11 10.0.1.50 (SYN-25 row 3)"});

    // --- SYN-21: what protection blocks -------------------------------------------------------
    row("SYN-21.1",
        [](SyncFixture &f) {
            f.protectTag();
            f.lease("10.0.1.50", "0c-0c-0c-0c-0c-0c", "changed");
            f.ip("10.0.1.50/24", "active", "keep", {}, {"dhcp-protect"});
        },
        {"side-info 10.0.1.50 {host=changed, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-21.2",
        [](SyncFixture &f) {
            f.protectTag().taggedPrefix("10.0.1.0/24");
            f.lease("10.0.1.51", "00-00-00-00-00-51", "pc51");
        },
        {"skip 10.0.1.51: inside a protected prefix: not created (SYN-21)"});
    row("SYN-21.3",
        [](SyncFixture &f) {
            f.protectTag();
            f.lease("10.0.1.52", "00-00-00-00-00-52", "pc52");
        },
        {"create 10.0.1.52/24 status=dhcp dns=pc52 cid=00-00-00-00-00-52 (SYN-17)",
         "side-info 10.0.1.52 {host=pc52, active, since=T, exp=" + T30 + ", cbs} (SYN-24)"});
    row("SYN-21.4",
        [](SyncFixture &f) {
            f.protectTag();
            f.ip("10.0.1.53/24", "dhcp", {}, {}, {"dhcp-protect"});
        },
        {});

    // --- SYN-22: update-client-id exception (DIS-06) ------------------------------------------
    const auto protectedIp = [](SyncFixture &f, bool updateClientId, const QString &status,
                                const QString &dns, const QStringList &tags) {
        f.protectTag();
        f.inputs.settings.syncProtectUpdateClientId = updateClientId;
        f.ip("10.0.1.50/24", status, dns, "00-00-00-00-00-01", tags);
    };
    const QString newMac = QStringLiteral("00-00-00-00-00-02");
    const QString leaseInfo50 =
        "side-info 10.0.1.50 {host=changed, active, since=T, exp=" + T30 + "} (SYN-24)";
    row("SYN-22.1",
        [protectedIp](SyncFixture &f) {
            protectedIp(f, true, "dhcp", "keep", {"dhcp-protect"});
            f.lease("10.0.1.50", "00-00-00-00-00-02", "changed");
        },
        {"update #11 10.0.1.50 cid=" + newMac + " (SYN-22)", leaseInfo50});
    row("SYN-22.2",
        [protectedIp](SyncFixture &f) {
            protectedIp(f, false, "dhcp", "keep", {"dhcp-protect"});
            f.lease("10.0.1.50", "00-00-00-00-00-02", "changed");
        },
        {leaseInfo50});
    row("SYN-22.3",
        [protectedIp](SyncFixture &f) { // amended: prefix protection qualifies too
            protectedIp(f, true, "dhcp", "keep", {});
            f.taggedPrefix("10.0.0.0/16");
            f.lease("10.0.1.50", "00-00-00-00-00-02", "changed");
        },
        {"update #11 10.0.1.50 cid=" + newMac + " (SYN-22)", leaseInfo50});
    row("SYN-22.4",
        [protectedIp](SyncFixture &f) {
            protectedIp(f, true, "dhcp", "keep", {"dhcp-protect"});
            f.reservation("10.0.1.50", "00-00-00-00-00-02", "changed");
        },
        {"side-info 10.0.1.50 {host=changed, inactive, since=T, exp=empty} (SYN-24)"});
    row("SYN-22.5",
        [protectedIp](SyncFixture &f) {
            protectedIp(f, true, "reserved", "printer", {"dhcp-protect"});
            f.lease("10.0.1.50", "00-00-00-00-00-02", "changed");
        },
        {"update #11 10.0.1.50 cid=" + newMac + " (SYN-22)", leaseInfo50});
    row("SYN-22.6",
        [protectedIp](SyncFixture &f) {
            protectedIp(f, true, "dhcp", "keep", {"dhcp-protect"});
            f.lease("10.0.1.50", "", "changed");
        },
        {leaseInfo50});

    // --- B.8: SYN-24 lease side-info (G-1) ----------------------------------------------------
    row(
        "SYN-24.1",
        [](SyncFixture &f) { f.lease("10.0.1.50", "00-11-22-33-44-55", "DESKTOP-ABC"); },
        created50);
    row("SYN-24.2",
        [](SyncFixture &f) { // amended: not in the lease list, so inactive since T
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer-01");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer-01", "aa-bb-cc-dd-ee-ff");
            f.sideInfo(id, "old", true, QDateTime(QDate(2029, 6, 1), QTime(0, 0), Qt::UTC));
        },
        {"side-info 10.0.1.100 {host=Printer-01, inactive, since=T, exp=empty} (SYN-24)"});
    row("SYN-24.3",
        [](SyncFixture &f) { f.lease("10.0.1.56", "00-00-00-00-00-56", "h56", "not-a-date"); },
        {"create 10.0.1.56/24 status=dhcp dns=h56 cid=00-00-00-00-00-56 (SYN-17)",
         "side-info 10.0.1.56 {host=h56, active, since=T, exp=empty, cbs} (SYN-24)"});
    row("SYN-24.4",
        [](SyncFixture &f) { // amended: inactive since T, expiry kept (O-11)
            f.protectTag();
            const auto id = f.ip("10.0.1.50/24", "dhcp", {}, {}, {"dhcp-protect"});
            f.sideInfo(id, "DESKTOP-ABC", true, exp2030());
        },
        {"side-info 10.0.1.50 {host=DESKTOP-ABC, inactive, since=T, exp=" + T30 + "} (C-15)"});

    // --- B.9: SYN-25 cleanup table (amended: "managed" = cbs, prefix VRF only) ----------------
    row("SYN-25.1",
        [](SyncFixture &f) {
            f.lease("10.0.1.50", "", "");
            f.ip("10.0.1.50/24", "dhcp");
        },
        {"side-info 10.0.1.50 {host=, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("SYN-25.2", [](SyncFixture &f) { f.ip("10.0.1.50/24", "dhcp"); },
        {"delete #11 10.0.1.50 (SYN-25 row 3)"});
    row("SYN-25.3", [](SyncFixture &f) { f.ip("10.0.1.5/24", "dhcp"); },
        {"delete #11 10.0.1.5 (SYN-25 row 3)"});
    row("SYN-25.4", [](SyncFixture &f) { f.ip("10.0.1.100/24", "reserved"); }, {});
    row("SYN-25.5",
        [](SyncFixture &f) { f.ip("10.0.1.101/24", "reserved", {}, "aa-bb-cc-dd-ee-01"); }, {});
    row("SYN-25.6",
        [](SyncFixture &f) {
            f.lease("10.0.1.102", "aa-bb-cc-dd-ee-02", "pc102");
            const auto id = f.ip("10.0.1.102/24", "reserved", "pc102", "aa-bb-cc-dd-ee-02");
            f.sideInfo(id, "pc102", true, exp2030(), true);
        },
        {"update #11 10.0.1.102 status=dhcp (SYN-25 row 7)"});
    row("SYN-25.6 side-info without cbs",
        [](SyncFixture &f) {
            f.lease("10.0.1.102", "aa-bb-cc-dd-ee-02", "pc102");
            const auto id = f.ip("10.0.1.102/24", "reserved", "pc102", "aa-bb-cc-dd-ee-02");
            f.sideInfo(id, "pc102", true, exp2030());
        },
        {});
    row("SYN-25.7",
        [](SyncFixture &f) {
            const auto id = f.ip("10.0.1.103/24", "reserved", {}, "aa-bb-cc-dd-ee-03");
            f.sideInfo(id, "pc103", false, {}, true);
        },
        {"delete #11 10.0.1.103 (SYN-25 row 8)", "side-info delete 10.0.1.103 (SYN-25 row 8)"});
    row("SYN-25.7 side-info without cbs",
        [](SyncFixture &f) {
            const auto id = f.ip("10.0.1.103/24", "reserved", {}, "aa-bb-cc-dd-ee-03");
            f.sideInfo(id, "pc103", false);
        },
        {});
    row("SYN-25.8",
        [](SyncFixture &f) { // kept (row 9) and pushed (SYN-27)
            f.pushReservations();
            const auto id = f.ip("10.0.1.103/24", "reserved", {}, "aa-bb-cc-dd-ee-03");
            f.sideInfo(id, "pc103", false, {}, true);
        },
        {"push create 10.0.1.103 scope=10.0.1.0 cid=aa-bb-cc-dd-ee-03 name=\"\" desc=\"\" "
         "type=Dhcp (SYN-27)"});
    row("SYN-25.9",
        [](SyncFixture &f) {
            f.protectTag().taggedPrefix("10.0.0.0/16");
            f.ip("10.0.1.104/24", "dhcp");
        },
        {});
    row("SYN-25.10", [](SyncFixture &f) { f.ip("10.0.1.105/24", "active"); }, {});
    row("SYN-25.11",
        [](SyncFixture &f) { f.ip("10.0.1.106/24", "dhcp", {}, {}, {}, SyncFixture::BlueVrf); },
        {});

    // --- SYN-26: "DHCP-managed" (amended: created by the sync) --------------------------------
    row("SYN-26.1",
        [](SyncFixture &f) { f.ip("10.0.1.110/24", "reserved", {}, "aa-bb-cc-dd-ee-10"); }, {});
    row("SYN-26.2",
        [](SyncFixture &f) {
            const auto id = f.ip("10.0.1.110/24", "reserved", "x", "aa-bb-cc-dd-ee-10");
            f.sideInfo(id, "x", false);
        },
        {});

    // --- New examples of amended-examples.md §5 that concern these sections -------------------
    row("LL-08 T1",
        [](SyncFixture &f) { f.reservation("10.0.1.130", "0a-00-00-00-00-30", "Scanner"); },
        {"create 10.0.1.130/24 status=reserved dns=scanner cid=0a-00-00-00-00-30 (SYN-17)",
         "side-info 10.0.1.130 {host=Scanner, inactive, since=T, exp=empty, cbs} (SYN-24)"});
    row("LL-08 T2",
        [](SyncFixture &f) {
            const auto id = f.ip("10.0.1.130/24", "reserved", "scanner", "0a-00-00-00-00-30");
            f.sideInfo(id, "Scanner", false, {}, true);
        },
        {"delete #11 10.0.1.130 (SYN-25 row 8)", "side-info delete 10.0.1.130 (SYN-25 row 8)"});
    row("LL-09 T1",
        [](SyncFixture &f) {
            f.reservation("10.0.1.131", "0a-00-00-00-00-31", "Scanner2");
            f.ip("10.0.1.131/24", "reserved", "scanner2", "0a-00-00-00-00-31");
        },
        {"side-info 10.0.1.131 {host=Scanner2, inactive, since=T, exp=empty} (SYN-24)"});
    row("LL-09 T2",
        [](SyncFixture &f) {
            const auto id = f.ip("10.0.1.131/24", "reserved", "scanner2", "0a-00-00-00-00-31");
            f.sideInfo(id, "Scanner2", false);
        },
        {});
    row("LL-10 T2",
        [](SyncFixture &f) { // pre-staged: the reservation's name does not replace dns_name
            f.reservation("10.0.1.120", "0a-00-00-00-00-20", "WIN-7");
            f.lease("10.0.1.120", "0a-00-00-00-00-20", "MININT-X7");
            const auto id = f.ip("10.0.1.120/24", "reserved", "kiosk-7", "0a-00-00-00-00-20");
            f.sideInfo(id, "MININT-X7", true, exp2030(), false, true);
        },
        {});
    row("LL-10 T3",
        [](SyncFixture &f) { // no downgrade: not created by the sync
            f.lease("10.0.1.120", "0a-00-00-00-00-20", "MININT-X7");
            const auto id = f.ip("10.0.1.120/24", "reserved", "kiosk-7", "0a-00-00-00-00-20");
            f.sideInfo(id, "MININT-X7", true, exp2030(), false, true);
        },
        {});
    const auto sharedPrefix = [](SyncFixture &f, bool serverBReachable) {
        f.addServerB(serverBReachable);
        f.lease("10.0.1.50", "00-00-00-00-00-50", "PC50");
        if (serverBReachable)
            f.leaseOnB("10.0.1.200", "00-00-00-00-00-c8", "PC200");
        f.sideInfo(f.ip("10.0.1.50/24", "dhcp", "pc50", "00-00-00-00-00-50"), "PC50", true,
                   exp2030(), true);
        f.sideInfo(f.ip("10.0.1.200/24", "dhcp", "pc200", "00-00-00-00-00-c8"), "PC200", true,
                   exp2030(), true);
        f.sideInfo(f.ip("10.0.1.60/24", "dhcp", "pc60", "00-00-00-00-00-60"), "PC60", false, {},
                   true);
    };
    row("LL-11", [sharedPrefix](SyncFixture &f) { sharedPrefix(f, true); },
        {"delete #13 10.0.1.60 (SYN-25 row 3)", "side-info delete 10.0.1.60 (SYN-25 row 3)"});
    row("LL-12", [sharedPrefix](SyncFixture &f) { sharedPrefix(f, false); },
        {"skip scope 10.0.1.0: scope \"Building A (B)\" on the same prefix was not read: no "
         "cleanup (C-04)"});
    row("LL-13",
        [](SyncFixture &f) {
            f.addServerB(true);
            f.lease("10.0.1.70", "00-00-00-00-00-01", "A70");
            f.leaseOnB("10.0.1.70", "00-00-00-00-00-02", "B70");
            const auto id = f.ip("10.0.1.70/24", "dhcp", {}, "00-00-00-00-00-01");
            f.sideInfo(id, "A70", true, exp2030(), true);
        },
        {"skip 10.0.1.70: claimed with different client ids by scopes of this prefix (C-04)"});
    row("LL-34",
        [](SyncFixture &f) { f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer #1"); },
        {"create 10.0.1.100/24 status=reserved cid=aa-bb-cc-dd-ee-ff (SYN-17)",
         "side-info 10.0.1.100 {host=Printer #1, inactive, since=T, exp=empty, cbs} (SYN-24)",
         "skip 10.0.1.100: hostname \"Printer #1\" is not a valid DNS name: dns_name not written "
         "(C-11)"});
    // C-11 with the tag `invalid-hostname` configured (LL-30…LL-33).
    row("LL-30",
        [](SyncFixture &f) {
            f.invalidHostnameTag();
            f.lease("10.0.1.50", "00-11-22-33-44-50", "Bob's iPhone");
        },
        {"create 10.0.1.50/24 status=dhcp cid=00-11-22-33-44-50 tags=[invalid-hostname] "
         "(SYN-17)",
         "side-info 10.0.1.50 {host=Bob's iPhone, active, since=T, exp=" + T30 + ", cbs} (SYN-24)",
         "skip 10.0.1.50: hostname \"Bob's iPhone\" is not a valid DNS name: dns_name not "
         "written (C-11)"});
    row("LL-31",
        [](SyncFixture &f) { // a valid name arrives: dns set, tag removed, no longer listed
            f.invalidHostnameTag();
            f.lease("10.0.1.50", "00-11-22-33-44-50", "bobs-iphone");
            const auto id =
                f.ip("10.0.1.50/24", "dhcp", {}, "00-11-22-33-44-50", {"invalid-hostname"});
            f.sideInfo(id, "Bob's iPhone", true, exp2030(), true);
        },
        {"update #11 10.0.1.50 dns=bobs-iphone tags=[] (SYN-17)",
         "side-info 10.0.1.50 {host=bobs-iphone, active, since=2026-11-01T08:00:00Z, exp=" + T30 +
             ", cbs} (SYN-24)"});
    row("LL-32",
        [](SyncFixture &f) { // the existing valid name is kept; the tag is added
            f.invalidHostnameTag();
            f.lease("10.0.1.60", "00-00-00-00-00-60", "KIOSK 2");
            f.ip("10.0.1.60/24", "dhcp", "kiosk", "00-00-00-00-00-60", {"building-a"});
        },
        {"update #11 10.0.1.60 tags=[building-a,invalid-hostname] (SYN-17)",
         "side-info 10.0.1.60 {host=KIOSK 2, active, since=T, exp=" + T30 + "} (SYN-24)",
         "skip 10.0.1.60: hostname \"KIOSK 2\" is not a valid DNS name: dns_name not written "
         "(C-11)"});
    row("LL-33",
        [](SyncFixture &f) { // a protected IP is never tagged, but the name is listed
            f.invalidHostnameTag().protectTag();
            f.lease("10.0.1.70", "00-00-00-00-00-70", "bad name");
            f.ip("10.0.1.70/24", "active", "keep", {}, {"dhcp-protect"});
        },
        {"side-info 10.0.1.70 {host=bad name, active, since=T, exp=" + T30 + "} (SYN-24)",
         "skip 10.0.1.70: hostname \"bad name\" is not a valid DNS name: dns_name not written "
         "(C-11)"});
    row("C-11 reservation name",
        [](SyncFixture &f) { // "same for reservation names"
            f.invalidHostnameTag();
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer #1");
        },
        {"create 10.0.1.100/24 status=reserved cid=aa-bb-cc-dd-ee-ff tags=[invalid-hostname] "
         "(SYN-17)",
         "side-info 10.0.1.100 {host=Printer #1, inactive, since=T, exp=empty, cbs} (SYN-24)",
         "skip 10.0.1.100: hostname \"Printer #1\" is not a valid DNS name: dns_name not "
         "written (C-11)"});
    // C-14 / DIS-09: S changed from dhcp to dhcp-lease; Building A has not relabelled yet.
    const auto relabelRun = [](SyncFixture &f) {
        f.statusChanged("dhcp-lease", "dhcp");
        f.lease("10.0.1.50", "00-00-00-00-00-50", "pc50");
        f.sideInfo(f.ip("10.0.1.50/24", "dhcp", "pc50", "00-00-00-00-00-50"), "pc50", true,
                   exp2030(), true);
        f.sideInfo(f.ip("10.0.1.51/24", "dhcp", "pc51", "00-00-00-00-00-51"), "pc51", false, {},
                   true);
        f.ip("10.0.1.52/24", "dhcp"); // hand-made: never relabelled, no longer S
    };
    row("LL-40, SET-02.1", relabelRun,
        {"update #11 10.0.1.50 status=dhcp-lease (C-14)", "delete #12 10.0.1.51 (SYN-25 row 3)",
         "side-info delete 10.0.1.51 (SYN-25 row 3)", "relabelled scope 1 (C-14)"});
    row("LL-42",
        [relabelRun](SyncFixture &f) { // the read failed: no relabel, still pending
            relabelRun(f);
            f.failLeases();
        },
        {"skip scope 10.0.1.0: leases read failed: no IP writes and no cleanup for this scope "
         "(SYN-15)"});
    row("C-14 reservation status",
        [](SyncFixture &f) { // R changed from reserved to dhcp-reserved
            f.statusChanged("dhcp", {}, "dhcp-reserved", "reserved");
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "printer");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer", "aa-bb-cc-dd-ee-01");
            f.sideInfo(id, "printer", false, {}, true);
        },
        {"update #11 10.0.1.100 status=dhcp-reserved (C-14)", "relabelled scope 1 (C-14)"});
    row("C-14 protected",
        [](SyncFixture &f) { // protection wins: the status stays, the IP is reported
            f.statusChanged("dhcp-lease", "dhcp").protectTag();
            const auto id = f.ip("10.0.1.50/24", "dhcp", {}, {}, {"dhcp-protect"});
            f.sideInfo(id, "pc50", false, {}, true);
        },
        {"relabelled scope 1 (C-14)",
         "skip 10.0.1.50: protected: keeps the old status \"dhcp\" (C-14)"});
    row("C-14 scope already relabelled",
        [](SyncFixture &f) { // O-21: another scope is pending, Building A is done
            f.statusChanged("dhcp-lease", "dhcp");
            f.inputs.relabelPendingScopeIds = {42};
            const auto id = f.ip("10.0.1.51/24", "dhcp");
            f.sideInfo(id, "pc51", false, {}, true);
        },
        {});
    row("LL-43 T2",
        [](SyncFixture &f) {
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "Printer-01");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer-01", "aa-bb-cc-dd-ee-01");
            f.sideInfo(id, "PRN01", true, exp2030(), true);
        },
        {"side-info 10.0.1.100 {host=Printer-01, inactive, since=T, exp=empty, cbs} (SYN-24)"});
    row("LL-43 T3",
        [](SyncFixture &f) {
            f.failLeases().reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "Printer-01");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer-01", "aa-bb-cc-dd-ee-01");
            f.sideInfo(id, "Printer-01", false, {}, true);
        },
        {"skip scope 10.0.1.0: leases read failed: no IP writes and no cleanup for this scope "
         "(SYN-15)"});
    row("LL-43 T4",
        [](SyncFixture &f) {
            f.inputs.localScopes.first().maintenance.enabled = true;
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "Printer-01");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer-01", "aa-bb-cc-dd-ee-01");
            f.sideInfo(id, "Printer-01", false, {}, true);
        },
        {"skip scope 10.0.1.0: scope \"Building A\" is in maintenance (DIS-12)"});
    row("LL-43 T5",
        [](SyncFixture &f) {
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-02", "Printer-01");
            const auto id = f.ip("10.0.1.100/24", "reserved", "printer-01", "aa-bb-cc-dd-ee-01");
            f.sideInfo(id, "Printer-01", false, {}, true);
        },
        {"update #11 10.0.1.100 cid=aa-bb-cc-dd-ee-02 (SYN-17)",
         "side-info 10.0.1.100 {host=Printer-01, inactive, since=T, exp=empty, cbs} (SYN-24)"});
    row("LL-44",
        [](SyncFixture &f) { // a renewal does not move `since`
            f.lease("10.0.1.50", "00-00-00-00-00-50", "PC50", "2030-01-02T00:00:00Z");
            const auto id = f.ip("10.0.1.50/24", "dhcp", "pc50", "00-00-00-00-00-50");
            f.sideInfo(id, "PC50", true, exp2030(), true);
        },
        {"side-info 10.0.1.50 {host=PC50, active, since=2026-11-01T08:00:00Z, "
         "exp=2030-01-02T00:00:00Z, cbs} (SYN-24)"});
    row("LL-50",
        [](SyncFixture &f) {
            f.scopeVrf(SyncFixture::RedVrf);
            f.lease("10.0.1.50", "00-11-22-33-44-55", "desktop-abc");
            f.ip("10.0.1.50/24", "active", "global");
            f.ip("10.0.1.50/24", "active", "red", {}, {}, SyncFixture::RedVrf);
        },
        {"update #12 10.0.1.50 status=dhcp dns=desktop-abc cid=00-11-22-33-44-55 (SYN-17)",
         "side-info 10.0.1.50 {host=desktop-abc, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("LL-51",
        [](SyncFixture &f) {
            f.lease("10.0.1.50", "00-11-22-33-44-55", "desktop-abc");
            const auto id = f.ip("10.0.1.50/24", "dhcp");
            f.sideInfo(id, "desktop-abc", true, exp2030(), true);
            f.ip("10.0.1.50/32", "active");
        },
        {"skip 10.0.1.50: several NetBox IPs have this address in the prefix's VRF (C-17)"});
    row("LL-52",
        [](SyncFixture &f) {
            f.protectTag().taggedPrefix("10.0.0.0/16", SyncFixture::BlueVrf);
            f.ip("10.0.1.50/24", "dhcp");
        },
        {});
    row("LL-54",
        [](SyncFixture &f) {
            f.lease("10.0.1.61", "00-11-22-aa-bb-cc", "pc61");
            f.ip("10.0.1.61/24", "dhcp", "pc61", "00:11:22:AA:BB:CC");
        },
        {"side-info 10.0.1.61 {host=pc61, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("LL-55",
        [](SyncFixture &f) {
            f.lease("10.0.1.61", "00-11-22-aa-bb-cc", "pc61");
            f.ip("10.0.1.61/24", "dhcp", "pc61", "0011.22aa.bbcc");
        },
        {"side-info 10.0.1.61 {host=pc61, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("LL-56",
        [](SyncFixture &f) {
            f.lease("10.0.1.62", "01-00-11-22-aa-bb-cc", "pc62");
            f.ip("10.0.1.62/24", "dhcp", "pc62", "00-11-22-aa-bb-cc");
        },
        {"update #11 10.0.1.62 cid=01-00-11-22-aa-bb-cc (SYN-17)",
         "side-info 10.0.1.62 {host=pc62, active, since=T, exp=" + T30 + "} (SYN-24)"});
    row("LL-76",
        [](SyncFixture &f) {
            f.inputs.netBox.prefixes.first().tenantId = 3;
            f.lease("10.0.1.50", "00-00-00-00-00-50", "pc50");
            f.lease("10.0.1.51", "00-00-00-00-00-51", "pc51");
            f.ip("10.0.1.51/24", "dhcp");
            f.inputs.netBox.ipAddresses.last().tenantId = 4;
        },
        {"create 10.0.1.50/24 tenant=3 status=dhcp dns=pc50 cid=00-00-00-00-00-50 (SYN-17)",
         "update #11 10.0.1.51 dns=pc51 cid=00-00-00-00-00-51 (SYN-17)",
         "side-info 10.0.1.50 {host=pc50, active, since=T, exp=" + T30 + ", cbs} (SYN-24)",
         "side-info 10.0.1.51 {host=pc51, active, since=T, exp=" + T30 + "} (SYN-24)"});
}

void TestSyncPlanner::plan()
{
    QFETCH(Setup, setup);
    QFETCH(QStringList, expected);
    SyncFixture fixture;
    setup(fixture);
    const QStringList actual = fixture.planLines();
    if (actual != expected) {
        qWarning().noquote() << "actual plan:\n  " + actual.join(QStringLiteral("\n  "));
        qWarning().noquote() << "expected plan:\n  " + expected.join(QStringLiteral("\n  "));
    }
    QCOMPARE(actual, expected);
}

void TestSyncPlanner::confirmation_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QStringList>("expected");

    // LL-01 on the 1.0.2 script of F′. T1 reads the lease of .50 and creates it.
    row("LL-01 T1",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2");
            f.lease("10.0.1.50", "00-11-22-33-44-50", "PC50");
        },
        {"create 10.0.1.50/24 status=dhcp dns=pc50 cid=00-11-22-33-44-50 (SYN-17)",
         "side-info 10.0.1.50 {host=PC50, active, since=T, exp=" + T30 + ", cbs} (SYN-24)",
         "read scope 1: leases=1 reservations=0"});
    // T2: both lists empty after having entries: no cleanup, .50 kept, awaits confirmation.
    row("LL-01 T2",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2").previousRead(1, 0);
            const auto id = f.ip("10.0.1.50/24", "dhcp", "pc50", "00-11-22-33-44-50");
            f.sideInfo(id, "PC50", true, exp2030(), true);
        },
        {"skip scope 10.0.1.0: leases and reservations are both empty after having entries on "
         "the previous run (script 1.0.2): no cleanup until the next run confirms it (C-01)",
         "read scope 1: leases=0 reservations=0 unconfirmed"});
    // T3: empty again, so confirmed: .50 deleted (row 3) with its side-info.
    row("LL-01 T3",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2").previousRead(0, 0, true);
            const auto id = f.ip("10.0.1.50/24", "dhcp", "pc50", "00-11-22-33-44-50");
            f.sideInfo(id, "PC50", true, exp2030(), true);
        },
        {"delete #11 10.0.1.50 (SYN-25 row 3)", "side-info delete 10.0.1.50 (SYN-25 row 3)",
         "read scope 1: leases=0 reservations=0"});
    row("LL-02",
        [](SyncFixture &f) {
            f.scriptVersion("2.0.1").previousRead(1, 0);
            const auto id = f.ip("10.0.1.50/24", "dhcp", "pc50", "00-11-22-33-44-50");
            f.sideInfo(id, "PC50", true, exp2030(), true);
        },
        {"delete #11 10.0.1.50 (SYN-25 row 3)", "side-info delete 10.0.1.50 (SYN-25 row 3)",
         "read scope 1: leases=0 reservations=0"});
    row("LL-03",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2").previousRead(1, 0);
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer-01");
            const auto id = f.ip("10.0.1.50/24", "dhcp", "pc50", "00-11-22-33-44-50");
            f.sideInfo(id, "PC50", true, exp2030(), true);
        },
        {"create 10.0.1.100/24 status=reserved dns=printer-01 cid=aa-bb-cc-dd-ee-ff (SYN-17)",
         "delete #11 10.0.1.50 (SYN-25 row 3)",
         "side-info 10.0.1.100 {host=Printer-01, inactive, since=T, exp=empty, cbs} (SYN-24)",
         "side-info delete 10.0.1.50 (SYN-25 row 3)", "read scope 1: leases=0 reservations=1"});
    // SYN-19.4 on F′'s 1.0.2 script: run 2 is an unconfirmed empty run; O-10: the side-info
    // keeps `active` (no C-15 flip) and the pre-staged IP is kept.
    row("SYN-19.4 (1.0.2)",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2").previousRead(0, 1);
            const auto id = f.ip("10.0.1.120/24", "reserved", "kiosk-7", "0a-00-00-00-00-20");
            f.sideInfo(id, "MININT-X7", true, exp2030(), false, true);
        },
        {"skip scope 10.0.1.0: leases and reservations are both empty after having entries on "
         "the previous run (script 1.0.2): no cleanup until the next run confirms it (C-01)",
         "read scope 1: leases=0 reservations=0 unconfirmed"});
    // O-10: the unconfirmed run changes no `active` flags; an unknown version counts as old.
    row("O-10",
        [](SyncFixture &f) {
            f.previousRead(2, 0);
            const auto id = f.ip("10.0.1.60/24", "dhcp", "pc60", "00-11-22-33-44-60");
            f.sideInfo(id, "PC60", true, exp2030(), false);
        },
        {"skip scope 10.0.1.0: leases and reservations are both empty after having entries on "
         "the previous run (script unknown): no cleanup until the next run confirms it (C-01)",
         "read scope 1: leases=0 reservations=0 unconfirmed"});
    // A scope that was empty before stays believed: nothing to confirm.
    row("C-01 empty before",
        [](SyncFixture &f) {
            f.scriptVersion("1.0.2").previousRead(0, 0);
            f.ip("10.0.1.50/24", "dhcp", "pc50", "00-11-22-33-44-50");
        },
        {"delete #11 10.0.1.50 (SYN-25 row 3)", "read scope 1: leases=0 reservations=0"});
    // A failed read records nothing (the previous record stays for the next run).
    row("C-01 failed read",
        [](SyncFixture &f) { f.scriptVersion("1.0.2").previousRead(1, 0).failLeases(); },
        {"skip scope 10.0.1.0: leases read failed: no IP writes and no cleanup for this scope "
         "(SYN-15)"});
}

void TestSyncPlanner::confirmation()
{
    QFETCH(Setup, setup);
    QFETCH(QStringList, expected);
    SyncFixture fixture;
    setup(fixture);
    const QStringList actual = fixture.planLines() + fixture.scopeReadLines();
    if (actual != expected)
        qWarning().noquote() << "actual:\n  " + actual.join(QStringLiteral("\n  "));
    QCOMPARE(actual, expected);
}

void TestSyncPlanner::push_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QStringList>("expected");

    const auto create = [](const QString &ip, const QString &cid, const QString &name = {},
                           const QString &desc = {}, const QString &rule = "SYN-27") -> QString {
        return "push create " + ip + " scope=10.0.1.0 cid=" + cid + " name=\"" + name +
               "\" desc=\"" + desc + "\" type=Dhcp (" + rule + ")";
    };

    row("SYN-14.1",
        [](SyncFixture &f) { // step 1 cleanup keeps the IP (row 9), step 2 creates it
            f.pushReservations();
            const auto id = f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-50");
            f.sideInfo(id, "cam", false, {}, true);
        },
        {create("10.0.1.150", "0a-00-00-00-00-50")});
    row("SYN-27.1",
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.150/24", "reserved", "cam-01", "0a-00-00-00-00-01");
            f.lastIpDescription("Lobby camera");
        },
        {create("10.0.1.150", "0a-00-00-00-00-01", "cam-01", "Lobby camera")});
    row("SYN-27.2",
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.151/24", "reserved");
        },
        {});
    row("SYN-27.3",
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.152/24", "reserved", {}, "0a-00-00-00-00-52");
            f.ip("10.0.1.153/24", "reserved", {}, "0a-00-00-00-00-52");
        },
        {create("10.0.1.152", "0a-00-00-00-00-52"),
         "skip 10.0.1.153: client id 0a-00-00-00-00-52 is already used by 10.0.1.152 in this "
         "scope: not pushed (SYN-27)"});
    // Amended (C-08): NetBox wins; step 1 fills nothing; the differences are pushed. 2.x: bulk
    // PUT by scope and address, no description (a blank never blanks the server).
    const auto printer = [](SyncFixture &f, const QString &version) {
        f.pushReservations(version);
        f.reservation("10.0.1.100", "22-22-22-22-22-22", "PRN");
        f.ip("10.0.1.100/24", "reserved", "printer", "11-11-11-11-11-11");
    };
    const QString printerInfo =
        "side-info 10.0.1.100 {host=PRN, inactive, since=T, exp=empty} (SYN-24)";
    row("SYN-27.4 (2.0.1)", [printer](SyncFixture &f) { printer(f, "2.0.1"); },
        {printerInfo, "push update 10.0.1.100 scope=10.0.1.0 cid=11-11-11-11-11-11 "
                      "name=\"printer\" bulk (C-08)"});
    // F′'s 1.0.2: the client id difference cannot be pushed; O-14: report only, push nothing.
    row("SYN-27.4 (1.0.2), O-14", [printer](SyncFixture &f) { printer(f, "1.0.2"); },
        {printerInfo,
         "skip 10.0.1.100: the server reserves it for client id 22-22-22-22-22-22, NetBox has "
         "11-11-11-11-11-11: a script below 2.0.0 cannot change it; nothing pushed (O-14)"});
    // O-13: a server-only reservation is still pulled into NetBox; push never deletes it.
    row("SYN-27.5, O-13",
        [](SyncFixture &f) {
            f.pushReservations();
            f.reservation("10.0.1.160", "0a-00-00-00-00-60", "Cam-60");
        },
        {"create 10.0.1.160/24 status=reserved dns=cam-60 cid=0a-00-00-00-00-60 (SYN-17)",
         "side-info 10.0.1.160 {host=Cam-60, inactive, since=T, exp=empty, cbs} (SYN-24)"});
    row("SYN-27.6", // the planner half: the create is planned (its failure: the applier test)
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.161/24", "reserved", {}, "0a-00-00-00-00-61");
        },
        {create("10.0.1.161", "0a-00-00-00-00-61")});
    row("SYN-27.7",
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.5/24", "reserved", {}, "0a-00-00-00-00-05");
        },
        {create("10.0.1.5", "0a-00-00-00-00-05")});
    row("SYN-27.8",
        [](SyncFixture &f) {
            f.pushReservations();
            f.inputs.settings.syncIpAddresses = false;
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {create("10.0.1.150", "0a-00-00-00-00-01")});
    row("SYN-27.9",
        [](SyncFixture &f) {
            f.pushReservations().protectTag();
            f.ip("10.0.1.162/24", "reserved", {}, "0a-00-00-00-00-62", {"dhcp-protect"});
        },
        {create("10.0.1.162", "0a-00-00-00-00-62")});
    row("SYN-27 reservations read failed",
        [](SyncFixture &f) {
            f.pushReservations().failReservations();
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"skip scope 10.0.1.0: reservations read failed: no IP writes and no cleanup for this "
         "scope (SYN-15)",
         "skip scope 10.0.1.0: reservations read failed: no reservation pushed (SYN-27)"});
    row("SYN-27 leases read failed", // SYN-15: step 2 still runs
        [](SyncFixture &f) {
            f.pushReservations().failLeases();
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {create("10.0.1.150", "0a-00-00-00-00-01"),
         "skip scope 10.0.1.0: leases read failed: no IP writes and no cleanup for this scope "
         "(SYN-15)"});
    row("SYN-28.1",
        [](SyncFixture &f) {
            f.pushReservations();
            const auto id = f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
            f.sideInfo(id, "cam", false, {}, true);
        },
        {create("10.0.1.150", "0a-00-00-00-00-01")});
    row("LL-19 (reservations)", // reader token: IP sync proceeds, nothing is pushed
        [](SyncFixture &f) {
            f.pushReservations();
            f.inputs.dhcp.servers.first().writerConfirmed = false;
            f.lease("10.0.1.50", "00-00-00-00-00-50", "pc50");
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"create 10.0.1.50/24 status=dhcp dns=pc50 cid=00-00-00-00-00-50 (SYN-17)",
         "side-info 10.0.1.50 {host=pc50, active, since=T, exp=" + T30 + ", cbs} (SYN-24)",
         "skip scope 0.0.0.0: Push Reservations is on, but POST /health of SRV-A did not answer "
         "200 in this run (read-only or unknown access): no reservation is pushed, the run stays "
         "pull-only (C-07)"});
    row("LL-20", // POST /health → 500: unknown; .150 kept (row 9), nothing pushed
        [](SyncFixture &f) {
            f.pushReservations();
            f.inputs.dhcp.servers.first().writerConfirmed = false;
            const auto id = f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
            f.sideInfo(id, "cam", false, {}, true);
        },
        {"skip scope 0.0.0.0: Push Reservations is on, but POST /health of SRV-A did not answer "
         "200 in this run (read-only or unknown access): no reservation is pushed, the run stays "
         "pull-only (C-07)"});
    row("LL-21", // both push settings off: no push gate at all (no POST /health was sent)
        [](SyncFixture &f) { f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01"); }, {});
    row("LL-22",
        [](SyncFixture &f) {
            f.pushReservations();
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "printer-01");
            f.ip("10.0.1.100/24", "reserved", {}, "aa-bb-cc-dd-ee-01");
        },
        {"update #11 10.0.1.100 dns=printer-01 (C-08)",
         "side-info 10.0.1.100 {host=printer-01, inactive, since=T, exp=empty} (SYN-24)"});
    const auto copier = [](SyncFixture &f, const QString &version) {
        f.pushReservations(version);
        f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "copier");
        f.ip("10.0.1.100/24", "reserved", "printer", "aa-bb-cc-dd-ee-01");
        f.lastIpDescription("desk");
    };
    const QString copierInfo =
        "side-info 10.0.1.100 {host=copier, inactive, since=T, exp=empty} (SYN-24)";
    row("LL-23", [copier](SyncFixture &f) { copier(f, "2.0.1"); },
        {copierInfo,
         "push update 10.0.1.100 scope=10.0.1.0 name=\"printer\" desc=\"desk\" bulk (C-08)"});
    row("LL-24", [copier](SyncFixture &f) { copier(f, "1.0.2"); },
        {copierInfo, "push update 10.0.1.100 scope=10.0.1.0 by-cid=aa-bb-cc-dd-ee-01 "
                     "name=\"printer\" desc=\"desk\" (C-08)"});
    row("LL-25",
        [copier](SyncFixture &f) {
            copier(f, "1.0.2");
            f.reservationInOtherScope("10.0.2.60", "aa-bb-cc-dd-ee-01", "other");
        },
        {copierInfo, "skip scope 10.0.2.0: scope 10.0.2.0 is not matched to a local scope (SYN-10)",
         "skip 10.0.1.100: client id aa-bb-cc-dd-ee-01 is reserved 2 times on the server: a "
         "script below 2.0.0 cannot update it by client id; name and description not pushed "
         "(C-08)"});
    row("LL-26",
        [](SyncFixture &f) {
            f.pushReservations();
            f.reservation("10.0.1.101", "aa-bb-cc-dd-ee-02", "cam", "Lobby");
            f.ip("10.0.1.101/24", "reserved", "cam", "aa-bb-cc-dd-ee-02");
        },
        {"side-info 10.0.1.101 {host=cam, inactive, since=T, exp=empty} (SYN-24)"});
    row("LL-35 (C-12)", // a stand-in secondary writes NetBox, pushes wait for the primary
        [](SyncFixture &f) {
            f.pushReservations();
            f.inputs.dhcp.servers.first().scopes.first().viaFallback = true;
            f.lease("10.0.1.50", "00-00-00-00-00-50", "PC350");
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"create 10.0.1.50/24 status=dhcp dns=pc350 cid=00-00-00-00-00-50 (SYN-17)",
         "side-info 10.0.1.50 {host=PC350, active, since=T, exp=" + T30 + ", cbs} (SYN-24)",
         "skip scope 10.0.1.0: read through SRV-A standing in for the primary: reservation "
         "pushes wait for the primary (C-12)"});
    row("LL-57",
        [](SyncFixture &f) {
            f.pushReservations();
            f.lease("10.0.1.100", "00-11-22-aa-bb-01", "prn");
            f.ip("10.0.1.100/24", "reserved", "printer", "see ticket 42");
        },
        {"side-info 10.0.1.100 {host=prn, active, since=T, exp=" + T30 + "} (SYN-24)",
         "skip 10.0.1.100: client id \"see ticket 42\" is not a MAC address: no reservation "
         "pushed (C-18)"});
    row("LL-58",
        [](SyncFixture &f) {
            f.pushReservations();
            f.ip("10.0.1.152/24", "reserved", {}, "0A-00-00-00-00-52");
            f.ip("10.0.1.153/24", "reserved", {}, "0a:00:00:00:00:52");
        },
        {create("10.0.1.152", "0a-00-00-00-00-52"),
         "skip 10.0.1.153: client id 0a-00-00-00-00-52 is already used by 10.0.1.152 in this "
         "scope: not pushed (SYN-27)"});
    row("LL-61", // the planner half: one create (sent once and failing: the applier test)
        [](SyncFixture &f) {
            f.pushReservations("2.0.1");
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"push create 10.0.1.150 scope=10.0.1.0 cid=0a-00-00-00-00-01 name=\"\" desc=\"\" "
         "type=Dhcp bulk (SYN-27)"});
    row("O-4",
        [](SyncFixture &f) {
            f.pushReservations(QString());
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"skip scope 0.0.0.0: the PSU script of SRV-A reports no version: pull-only, no "
         "reservation is pushed; update the script (O-4)"});
    row("Q-09",
        [](SyncFixture &f) { // MACs compare canonically: nothing differs
            f.pushReservations();
            f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-01", "Printer");
            f.ip("10.0.1.100/24", "reserved", "printer", "AA:BB:CC:DD:EE:01");
        },
        {"side-info 10.0.1.100 {host=Printer, inactive, since=T, exp=empty} (SYN-24)"});
    row("C-01 push held", // an unconfirmed empty read of an old script pushes nothing
        [](SyncFixture &f) {
            f.pushReservations().previousRead(1, 0);
            f.ip("10.0.1.150/24", "reserved", {}, "0a-00-00-00-00-01");
        },
        {"skip scope 10.0.1.0: leases and reservations are both empty after having entries on "
         "the previous run (script 1.0.2): no cleanup until the next run confirms it (C-01)",
         "skip scope 10.0.1.0: unconfirmed empty read: no reservation pushed until the next run "
         "confirms it (C-01)"});
}

void TestSyncPlanner::push()
{
    plan();
}

void TestSyncPlanner::invalidHostnameReport()
{
    SyncFixture f;
    f.invalidHostnameTag().protectTag();
    f.reservation("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer #1");
    f.lease("10.0.1.100", "aa-bb-cc-dd-ee-ff", "Printer #1");
    f.lease("10.0.1.70", "00-00-00-00-00-70", "bad name");
    const auto protectedId = f.ip("10.0.1.70/24", "active", "keep", {}, {"dhcp-protect"});
    f.lease("10.0.1.71", "00-00-00-00-00-71", "good-name");
    const leaselink::sync::SyncPlan result = leaselink::sync::SyncPlanner::plan(f.inputs);
    QCOMPARE(result.invalidHostnames.size(), 2);
    QCOMPARE(result.invalidHostnames[0].address.toString(), QStringLiteral("10.0.1.100"));
    QCOMPARE(result.invalidHostnames[0].ipId, std::nullopt);
    QCOMPARE(result.invalidHostnames[0].name, QStringLiteral("Printer #1"));
    QCOMPARE(result.invalidHostnames[1].address.toString(), QStringLiteral("10.0.1.70"));
    QCOMPARE(result.invalidHostnames[1].ipId, std::optional<std::int64_t>(protectedId));
    QCOMPARE(result.invalidHostnames[1].origin.localScopeId, SyncFixture::BuildingA);
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
