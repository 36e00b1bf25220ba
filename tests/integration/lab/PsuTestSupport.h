#pragma once

// Helpers shared by the PSU lab tests: build requests for PsuSim::handle and compare bodies.
#include "LabService.h"
#include "PsuSim.h"

#include <QJsonDocument>
#include <QTest>

namespace leaselink::lab::test {

enum class Who
{
    Reader,
    Writer,
    Admin,
    NoRole,
    Revoked,
    Expired,
    Garbage,
    Nobody
};

inline QString tokenFor(const PsuSim &sim, Who who)
{
    switch (who) {
    case Who::Reader:
        return sim.readerToken();
    case Who::Writer:
        return sim.writerToken();
    case Who::Admin:
        return sim.administratorToken();
    case Who::NoRole:
        return sim.noRoleToken();
    case Who::Revoked:
        return sim.revokedToken();
    case Who::Expired:
        return sim.expiredToken();
    case Who::Garbage:
        return QStringLiteral("eyJhbGciOiJIUzI1NiJ9.garbage.signature");
    case Who::Nobody:
        break;
    }
    return {};
}

inline PsuSimOptions withHost(const QString &hostname)
{
    PsuSimOptions options;
    options.hostname = hostname;
    return options;
}

inline LabRequest request(const QByteArray &method, const QString &pathAndQuery,
                          const QByteArray &body = {}, const QString &token = {})
{
    LabRequest r;
    r.method = method;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    r.path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (question >= 0)
        r.query = QUrlQuery(pathAndQuery.mid(question + 1));
    r.body = body;
    // The plugin sends these on every request, GET included (psu-api.md §1).
    r.headers.insert("accept", "application/json");
    r.headers.insert("content-type", "application/json");
    if (!token.isEmpty())
        r.headers.insert("authorization", "Bearer " + token.toLatin1());
    return r;
}

// A small fixture with the spec's examples: scopes 10.0.1.0 (Building A, router, failover) and
// 10.0.2.0 (Lab, inactive), leases and a reservation.
inline void seedSpecExample(PsuSim &sim)
{
    PsuModel &model = sim.model();
    PsuScope a;
    a.scopeId = *Ipv4Address::parse(u"10.0.1.0");
    a.name = QStringLiteral("Building A");
    a.startIp = *Ipv4Address::parse(u"10.0.1.10");
    a.endIp = *Ipv4Address::parse(u"10.0.1.254");
    a.subnetMask = *Ipv4Address::parse(u"255.255.255.0");
    a.leaseDurationSeconds = 86400;
    a.setRouter(QStringLiteral("10.0.1.1"));
    a.leases = {
        PsuLease{*Ipv4Address::parse(u"10.0.1.50"), QStringLiteral("00-11-22-33-44-55"),
                 QStringLiteral("DESKTOP-ABC123.corp.example.com"),
                 QDateTime(QDate(2026, 4, 12), QTime(0, 0), Qt::UTC), QStringLiteral("Active")},
        PsuLease{*Ipv4Address::parse(u"10.0.1.60"), QStringLiteral("00-11-22-33-44-66"),
                 QStringLiteral("gone"), QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC),
                 QStringLiteral("Expired")},
        PsuLease{*Ipv4Address::parse(u"10.0.1.100"), QStringLiteral("aa-bb-cc-dd-ee-ff"),
                 QStringLiteral("printer-01"), QDateTime(), QStringLiteral("ActiveReservation")},
    };
    a.reservations = {
        PsuReservation{*Ipv4Address::parse(u"10.0.1.100"), QStringLiteral("aa-bb-cc-dd-ee-ff"),
                       QStringLiteral("printer-01"), QString(), QStringLiteral("Dhcp")}};
    model.addScope(a);
    PsuScope b;
    b.scopeId = *Ipv4Address::parse(u"10.0.2.0");
    b.name = QStringLiteral("Lab");
    b.description = QStringLiteral("lab");
    b.startIp = *Ipv4Address::parse(u"10.0.2.50");
    b.endIp = *Ipv4Address::parse(u"10.0.2.99");
    b.subnetMask = *Ipv4Address::parse(u"255.255.255.0");
    b.state = QStringLiteral("InActive");
    b.leaseDurationSeconds = 691200;
    model.addScope(b);
    PsuFailover failover;
    failover.name = QStringLiteral("FAILOVER-BUILDING-A");
    failover.serverA = sim.hostname();
    failover.serverB = QStringLiteral("dhcp02.example.com");
    failover.scopeIds = {QStringLiteral("10.0.1.0")};
    model.failovers.append(failover);
    PsuOption dns = PsuModel::optionTemplate(6);
    dns.value = {QStringLiteral("10.0.0.53"), QStringLiteral("10.0.0.54")};
    model.serverOptions = {dns};
}

} // namespace leaselink::lab::test
