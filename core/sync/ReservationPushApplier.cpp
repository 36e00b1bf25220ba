#include "ReservationPushApplier.h"

#include "net/CancellationToken.h"
#include "net/psu/PsuClient.h"

#include <QJsonObject>

namespace leaselink::sync {

namespace {

QString cancelledText()
{
    return QStringLiteral("cancelled: not sent");
}

bool isCancelled(const CancellationToken *cancel)
{
    return cancel && cancel->isCancelled();
}

PsuReservationType reservationType(const QString &type)
{
    if (type.compare(QStringLiteral("Bootp"), Qt::CaseInsensitive) == 0)
        return PsuReservationType::Bootp;
    if (type.compare(QStringLiteral("Both"), Qt::CaseInsensitive) == 0)
        return PsuReservationType::Both;
    return PsuReservationType::Dhcp;
}

QString describe(const ReservationPush &push)
{
    const QString method =
        push.kind == ReservationPushKind::Create ? QStringLiteral("POST") : QStringLiteral("PUT");
    const QString path = push.byClientId.isEmpty()
                             ? QStringLiteral("reservations")
                             : QStringLiteral("reservations/") + push.byClientId;
    return QStringLiteral("%1 %2 %3 (scope %4)")
        .arg(method, path, push.address.toString(), push.origin.scopeNetwork.toString());
}

void recordFailure(ReservationPushResult &result, const ReservationPush &push, const QString &cause)
{
    ReservationPushFailure failure;
    failure.push = push;
    failure.what = describe(push);
    failure.cause = cause;
    result.failures.append(failure);
}

void recordSuccess(ReservationPushResult &result, const ReservationPush &push)
{
    if (push.kind == ReservationPushKind::Create)
        ++result.created;
    else
        ++result.updated;
}

QString bulkItemError(const PsuBulkItemResult &item)
{
    const QString status = item.status == PsuBulkStatus::NotFound ? QStringLiteral("not_found")
                                                                  : QStringLiteral("error");
    if (item.error.isEmpty())
        return status;
    return status + QStringLiteral(": ") + item.error;
}

// One bulk call (chunked by the client) for pushes of one kind. The client answers one result per
// item in order, so results are matched by position.
QCoro::Task<void> sendBulk(PsuClient &client, QByteArray method, QList<ReservationPush> pushes,
                           const CancellationToken *cancel, ReservationPushResult &result)
{
    if (pushes.isEmpty())
        co_return;
    if (isCancelled(cancel)) {
        for (const ReservationPush &push : pushes)
            recordFailure(result, push, cancelledText());
        co_return;
    }
    QList<QJsonObject> items;
    items.reserve(pushes.size());
    for (const ReservationPush &push : pushes)
        items.append(ReservationPushApplier::bulkItem(push));
    const QList<PsuBulkItemResult> answers =
        co_await client.bulkReservations(std::move(method), std::move(items));
    for (qsizetype i = 0; i < pushes.size(); ++i) {
        if (i >= answers.size()) {
            const QString cause = QStringLiteral("No result returned for this item");
            recordFailure(result, pushes[i], cause);
            continue;
        }
        const PsuBulkItemResult &answer = answers[i];
        if (answer.status == PsuBulkStatus::Ok)
            recordSuccess(result, pushes[i]);
        else
            recordFailure(result, pushes[i], bulkItemError(answer));
    }
}

QCoro::Task<void> sendSingle(PsuClient &client, ReservationPush push, ReservationPushResult &result)
{
    if (push.kind == ReservationPushKind::Create) {
        PsuReservation reservation;
        reservation.scopeId = push.origin.scopeNetwork;
        reservation.ipAddress = push.address;
        reservation.clientId = push.clientId.value_or(QString());
        reservation.name = push.name.value_or(QString());
        reservation.description = push.description.value_or(QString());
        reservation.type = reservationType(push.type);
        const NetResult<PsuReservation> created = co_await client.createReservation(reservation);
        if (created) {
            recordSuccess(result, push);
        } else {
            const QString cause = created.error().toString();
            recordFailure(result, push, cause);
        }
        co_return;
    }
    const QJsonObject body = ReservationPushApplier::updateBody(push);
    const QString clientId = push.byClientId;
    const NetResult<PsuReservation> updated = co_await client.updateReservation(clientId, body);
    if (updated) {
        recordSuccess(result, push);
    } else {
        const QString cause = updated.error().toString();
        recordFailure(result, push, cause);
    }
}

} // namespace

QJsonObject ReservationPushApplier::bulkItem(const ReservationPush &push)
{
    QJsonObject item;
    item.insert(QStringLiteral("scope_id"), push.origin.scopeNetwork.toString());
    item.insert(QStringLiteral("ip_address"), push.address.toString());
    if (push.clientId)
        item.insert(QStringLiteral("client_id"), *push.clientId);
    if (push.name)
        item.insert(QStringLiteral("name"), *push.name);
    if (push.description)
        item.insert(QStringLiteral("description"), *push.description);
    if (push.kind == ReservationPushKind::Create)
        item.insert(QStringLiteral("type"), push.type);
    return item;
}

QJsonObject ReservationPushApplier::updateBody(const ReservationPush &push)
{
    QJsonObject body;
    if (push.name)
        body.insert(QStringLiteral("name"), *push.name);
    if (push.description)
        body.insert(QStringLiteral("description"), *push.description);
    return body;
}

QList<ReservationPush> ReservationPushApplier::forServer(const QList<ReservationPush> &pushes,
                                                         std::int64_t serverId)
{
    QList<ReservationPush> mine;
    for (const ReservationPush &push : pushes) {
        if (push.origin.serverId == serverId)
            mine.append(push);
    }
    return mine;
}

QCoro::Task<ReservationPushResult> ReservationPushApplier::apply(PsuClient &client,
                                                                 QList<ReservationPush> pushes,
                                                                 const CancellationToken *cancel)
{
    ReservationPushResult result;
    QList<ReservationPush> bulkUpdates;
    QList<ReservationPush> bulkCreates;
    QList<ReservationPush> single;
    for (const ReservationPush &push : pushes) {
        if (!push.bulk)
            single.append(push);
        else if (push.kind == ReservationPushKind::Update)
            bulkUpdates.append(push);
        else
            bulkCreates.append(push);
    }
    // Named locals: g++ 12 mishandles temporaries in co_await arguments (common brief).
    const QByteArray put("PUT");
    const QByteArray post("POST");
    co_await sendBulk(client, put, bulkUpdates, cancel, result);
    co_await sendBulk(client, post, bulkCreates, cancel, result);
    for (const ReservationPush &push : single) {
        if (isCancelled(cancel)) {
            recordFailure(result, push, cancelledText());
            continue;
        }
        co_await sendSingle(client, push, result);
    }
    result.failed = int(result.failures.size());
    co_return result;
}

} // namespace leaselink::sync
