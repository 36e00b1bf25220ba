#include "ReservationPushRules.h"

#include "IpAddressRules.h"

#include "domain/MacAddress.h"

namespace leaselink::sync {

namespace {

class ScopePushPlanner
{
public:
    ScopePushPlanner(const PlanOrigin &origin, bool bulk,
                     const QList<PsuReservation> &serverReservations,
                     const ServerClientIdCounts &counts)
        : m_origin(origin)
        , m_bulk(bulk)
        , m_counts(counts)
    {
        for (const PsuReservation &reservation : serverReservations)
            m_onServer.insert(reservation.ipAddress, &reservation);
    }

    void plan(const PushCandidate &ip)
    {
        if (ip.clientId.isEmpty()) {
            // SYN-27 step 3: a reservation needs a MAC; a lease may fill it later.
            m_out.infos << QStringLiteral("%1: no client id, no reservation pushed")
                               .arg(ip.address.toString());
            return;
        }
        const Expected<QString> parsed = MacAddress::canonicalClientId(ip.clientId);
        if (!parsed) {
            // C-18 / LL-57: unparseable text counts as set, is reported and never pushed.
            skip(QStringLiteral("C-18"), ip.address,
                 QStringLiteral("client id \"%1\" is not a MAC address: no reservation pushed")
                     .arg(ip.clientId));
            return;
        }
        const QString clientId = *parsed;
        if (const auto used = m_usedBy.constFind(clientId); used != m_usedBy.constEnd()) {
            // SYN-27 step 4 (Q-09, LL-58: compared on canonical client ids).
            skip(QStringLiteral("SYN-27"), ip.address,
                 QStringLiteral("client id %1 is already used by %2 in this scope: not pushed")
                     .arg(clientId, used->toString()));
            return;
        }
        m_usedBy.insert(clientId, ip.address);

        const PsuReservation *existing = m_onServer.value(ip.address);
        if (!existing) {
            ReservationPush push = base(ReservationPushKind::Create, QStringLiteral("SYN-27"), ip);
            push.clientId = clientId;
            push.name = ip.dnsName;
            push.description = ip.description;
            m_out.pushes << push;
            return;
        }
        planUpdate(ip, clientId, *existing);
    }

    ScopePushPlan take() { return std::move(m_out); }

private:
    // C-08: NetBox wins; only non-blank differing values are pushed (LL-22, LL-26).
    void planUpdate(const PushCandidate &ip, const QString &clientId, const PsuReservation &server)
    {
        const QString serverClientId = canonicalClientIdOrRaw(server.clientId);
        const bool clientIdDiffers = serverClientId != clientId;
        // O-15: dns_name is lower case, server names often are not.
        const bool nameDiffers =
            !ip.dnsName.isEmpty() && ip.dnsName.compare(server.name, Qt::CaseInsensitive) != 0;
        const bool descriptionDiffers =
            !ip.description.isEmpty() && ip.description != server.description;
        if (!clientIdDiffers && !nameDiffers && !descriptionDiffers)
            return;

        ReservationPush push = base(ReservationPushKind::Update, QStringLiteral("C-08"), ip);
        if (nameDiffers)
            push.name = ip.dnsName;
        if (descriptionDiffers)
            push.description = ip.description;
        if (m_bulk) {
            if (clientIdDiffers)
                push.clientId = clientId;
            m_out.pushes << push;
            return;
        }
        // Scripts below 2.0.0 find a reservation by client id and change name and description
        // only (C-08); anything else is reported and nothing is pushed for the address (O-14).
        if (clientIdDiffers) {
            skip(QStringLiteral("O-14"), ip.address,
                 QStringLiteral("the server reserves it for client id %1, NetBox has %2: a script "
                                "below 2.0.0 cannot change it; nothing pushed")
                     .arg(server.clientId, clientId));
            return;
        }
        if (!m_counts.complete) {
            skip(QStringLiteral("C-08"), ip.address,
                 QStringLiteral("a reservation read of this server failed, so client id %1 is "
                                "not known to be reserved only once: name and description not "
                                "pushed")
                     .arg(clientId));
            return;
        }
        const int reserved = m_counts.byClientId.value(clientId);
        if (reserved != 1) {
            skip(QStringLiteral("C-08"), ip.address,
                 QStringLiteral("client id %1 is reserved %2 times on the server: a script below "
                                "2.0.0 cannot update it by client id; name and description not "
                                "pushed")
                     .arg(clientId)
                     .arg(reserved));
            return;
        }
        push.byClientId = clientId;
        m_out.pushes << push;
    }

    ReservationPush base(ReservationPushKind kind, const QString &rule,
                         const PushCandidate &ip) const
    {
        ReservationPush push;
        push.kind = kind;
        push.rule = rule;
        push.origin = m_origin;
        push.address = ip.address;
        push.bulk = m_bulk;
        return push;
    }

    void skip(const QString &rule, Ipv4Address address, const QString &reason)
    {
        m_out.skipped << SkippedItem{rule, m_origin, address, reason};
    }

    PlanOrigin m_origin;
    bool m_bulk = false;
    const ServerClientIdCounts &m_counts;
    QHash<Ipv4Address, const PsuReservation *> m_onServer;
    QHash<QString, Ipv4Address> m_usedBy;
    ScopePushPlan m_out;
};

} // namespace

ScopePushPlan planScopePushes(const PlanOrigin &origin, bool bulk,
                              const QList<PushCandidate> &candidates,
                              const QList<PsuReservation> &serverReservations,
                              const ServerClientIdCounts &counts)
{
    ScopePushPlanner planner(origin, bulk, serverReservations, counts);
    for (const PushCandidate &candidate : candidates)
        planner.plan(candidate);
    return planner.take();
}

} // namespace leaselink::sync
