#pragma once

#include "sync/SyncInputs.h"
#include "sync/SyncPlanner.h"
#include "sync/SyncPlanText.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace leaselink::sync::test {

// Baseline fixture "F" of sync-rules.md §0.2 (with F′ of amended-examples.md §1.1): SRV-A (id 1)
// owns "Building A" (local scope 1, NetBox prefix 1 = 10.0.1.0/24, global, no tenant) and
// reports it with no leases and reservations; IP sync on, S=dhcp, R=reserved, no protect tag.
// NetBox IPs get ids 11, 12, … in the order they are added.
class SyncFixture
{
public:
    static constexpr std::int64_t SrvA = 1;
    static constexpr std::int64_t BuildingA = 1;
    static constexpr std::int64_t BlueVrf = 5;
    static constexpr std::int64_t RedVrf = 7;
    static constexpr std::int64_t SrvB = 2;
    static QDateTime runTime() { return QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC); }
    static QDateTime earlier() { return QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC); }
    static QString expiry2030() { return QStringLiteral("2030-01-01T00:00:00Z"); }

    SyncFixture();

    // L(ip, client id, hostname, expiry); an unparseable expiry is what the decoder reports as
    // none.
    SyncFixture &lease(const QString &ip, const QString &clientId, const QString &hostname,
                       const QString &expiry = expiry2030());
    // RV(ip, client id, name, desc)
    SyncFixture &reservation(const QString &ip, const QString &clientId, const QString &name,
                             const QString &description = {});
    // IP address/len · status · dns · cid · tags; returns its NetBox id.
    std::int64_t ip(const QString &cidr, const QString &status, const QString &dns = {},
                    const QString &clientId = {}, const QStringList &tags = {},
                    std::int64_t vrfId = 0);
    SyncFixture &sideInfo(std::int64_t ipId, const QString &host, bool active,
                          const QDateTime &expiry = {}, bool createdBySync = false,
                          bool prestaged = false);
    SyncFixture &protectTag();         // slug dhcp-protect
    SyncFixture &invalidHostnameTag(); // C-11: slug invalid-hostname
    // C-14: S and R are now `lease` / `reservation`; the old ones are pending and Building A
    // still has to relabel.
    SyncFixture &statusChanged(const QString &lease, const QString &oldLease,
                               const QString &reservation = QStringLiteral("reserved"),
                               const QString &oldReservation = {});
    SyncFixture &taggedPrefix(const QString &cidr, std::int64_t vrfId = 0);
    SyncFixture &failLeases();
    SyncFixture &failReservations();
    SyncFixture &failScopeList();
    // SRV-B (id 2) owns local scope 2 "Building A (B)" on the same prefix (Q-07, C-04); when
    // reachable it reports that scope, otherwise it is absent from the snapshot.
    SyncFixture &addServerB(bool reachable);
    SyncFixture &leaseOnB(const QString &ip, const QString &clientId, const QString &hostname);
    // "Building A"'s prefix lives in this VRF (and so do its IPs, C-17).
    SyncFixture &scopeVrf(std::int64_t vrfId);

    // C-01: SRV-A's script version (F′ has none reported = old) and Building A's previous read.
    SyncFixture &scriptVersion(const QString &version);
    SyncFixture &previousRead(int leaseCount, int reservationCount, bool emptyUnconfirmed = false);
    // The scope read records of the plan as "read scope N: leases=L reservations=R[ unconfirmed]".
    QStringList scopeReadLines() const;

    // B.10: Push Reservations on, SRV-A's script `version` (F′: 1.0.2) and POST /health → 200.
    SyncFixture &pushReservations(const QString &version = QStringLiteral("1.0.2"));
    // SRV-A also reports scope 10.0.2.0 (no local scope) holding this reservation (LL-25).
    SyncFixture &reservationInOtherScope(const QString &ip, const QString &clientId,
                                         const QString &name);
    // The description of the NetBox IP added last.
    SyncFixture &lastIpDescription(const QString &description);

    SyncInputs inputs;

    QStringList planLines() const;

private:
    DhcpScopeSnapshot &scopeA();
    static void addLease(DhcpScopeSnapshot &scope, const QString &ip, const QString &clientId,
                         const QString &hostname, const QString &expiry);
    std::int64_t m_nextIpId = 11;
    std::int64_t m_nextPrefixId = 2;
};

using Setup = std::function<void(SyncFixture &)>;

} // namespace leaselink::sync::test
