#pragma once

#include "SyncPlan.h"

#include <QCoroTask>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace leaselink {
class CancellationToken;
class PsuClient;
} // namespace leaselink

namespace leaselink::sync {

struct ReservationPushFailure
{
    ReservationPush push;
    QString what;  // "POST reservations 10.0.1.150 (scope 10.0.1.0)"
    QString cause; // the server's item error or the network error, already redacted

    bool operator==(const ReservationPushFailure &) const = default;
};

struct ReservationPushResult
{
    int created = 0;
    int updated = 0;
    int failed = 0; // == failures.size()
    QList<ReservationPushFailure> failures;

    bool operator==(const ReservationPushResult &) const = default;
};

// Sends the reservation pushes of one server (SyncPlan::reservationPushes of that server, see
// forServer) with its PsuClient, after the NetBox apply (SYN-14 step 2). Bulk pushes (scripts >=
// 2.0.0) go as one bulk PUT /reservations for the updates, then one bulk POST for the creates
// (chunks of 100 inside the client; updates first so a client id an update gives up is free for
// a create, upstream-v2.md §1.7). Other pushes are single POST /reservations and PUT
// /reservations/{client id} calls in plan order. Writes are never retried (C-19); each failure
// is recorded with the address and cause and the rest go on (G-3, LL-61). A cancelled run sends
// nothing more; the unsent pushes are recorded as failures "cancelled".
class ReservationPushApplier
{
public:
    static QCoro::Task<ReservationPushResult> apply(PsuClient &client,
                                                    QList<ReservationPush> pushes,
                                                    const CancellationToken *cancel = nullptr);

    // The pushes of one server, in plan order.
    static QList<ReservationPush> forServer(const QList<ReservationPush> &pushes,
                                            std::int64_t serverId);

    // The JSON item of a bulk push (upstream-v2.md §2.4): creates carry every key, updates only
    // scope_id, ip_address and the changed keys.
    static QJsonObject bulkItem(const ReservationPush &push);
    // The 1.x PUT /reservations/{client id} body: name and/or description.
    static QJsonObject updateBody(const ReservationPush &push);
};

} // namespace leaselink::sync
