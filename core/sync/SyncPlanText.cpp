#include "SyncPlanText.h"

namespace leaselink::sync {

namespace {

QString timeText(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return QStringLiteral("empty");
    if (time == now)
        return QStringLiteral("T");
    return time.toUTC().toString(Qt::ISODate);
}

QString fieldsText(const IpFields &fields)
{
    QStringList parts;
    if (fields.status)
        parts << QStringLiteral("status=") + *fields.status;
    if (fields.dnsName)
        parts << QStringLiteral("dns=") + *fields.dnsName;
    if (fields.dhcpClientId)
        parts << QStringLiteral("cid=") + *fields.dhcpClientId;
    if (fields.tagSlugs)
        parts << QStringLiteral("tags=[%1]").arg(fields.tagSlugs->join(QLatin1Char(',')));
    return parts.join(QLatin1Char(' '));
}

QString placeText(const IpKey &key, std::optional<std::int64_t> tenantId)
{
    QString text;
    if (key.vrfId != 0)
        text += QStringLiteral(" vrf=%1").arg(key.vrfId);
    if (tenantId)
        text += QStringLiteral(" tenant=%1").arg(*tenantId);
    return text;
}

QString ipChangeLine(const IpChange &change)
{
    const QString host = change.key.host.toString();
    const QString id = change.ipId ? QStringLiteral("#%1 ").arg(*change.ipId) : QString();
    switch (change.kind) {
    case IpChangeKind::Create:
        return QStringLiteral("create %1/%2%3 %4 (%5)")
            .arg(host)
            .arg(change.prefixLength)
            .arg(placeText(change.key, change.tenantId), fieldsText(change.fields), change.rule);
    case IpChangeKind::Update:
        return QStringLiteral("update %1%2 %3 (%4)")
            .arg(id, host, fieldsText(change.fields), change.rule);
    case IpChangeKind::Delete:
        return QStringLiteral("delete %1%2 (%3)").arg(id, host, change.rule);
    }
    return {};
}

QString sideInfoText(const LeaseSideInfo &info, const QDateTime &now)
{
    QStringList parts;
    parts << QStringLiteral("host=") + info.host +
                 (info.hostCut ? QStringLiteral("[cut]") : QString());
    parts << (info.active ? QStringLiteral("active") : QStringLiteral("inactive"));
    parts << QStringLiteral("since=") + timeText(info.since, now);
    parts << QStringLiteral("exp=") + timeText(info.expiry, now);
    if (info.createdBySync)
        parts << QStringLiteral("cbs");
    if (info.prestaged)
        parts << QStringLiteral("pre");
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString sideInfoLine(const SideInfoChange &change, const QDateTime &now)
{
    const QString host = change.key.host.toString();
    if (change.kind == SideInfoChangeKind::Delete)
        return QStringLiteral("side-info delete %1 (%2)").arg(host, change.rule);
    return QStringLiteral("side-info %1 %2 (%3)")
        .arg(host, sideInfoText(change.value, now), change.rule);
}

QString reservationPushLine(const ReservationPush &push)
{
    QStringList parts;
    if (!push.byClientId.isEmpty())
        parts << QStringLiteral("by-cid=") + push.byClientId;
    if (push.clientId)
        parts << QStringLiteral("cid=") + *push.clientId;
    if (push.name)
        parts << QStringLiteral("name=\"%1\"").arg(*push.name);
    if (push.description)
        parts << QStringLiteral("desc=\"%1\"").arg(*push.description);
    if (push.kind == ReservationPushKind::Create)
        parts << QStringLiteral("type=") + push.type;
    if (push.bulk)
        parts << QStringLiteral("bulk");
    const QString kind = push.kind == ReservationPushKind::Create ? QStringLiteral("create")
                                                                  : QStringLiteral("update");
    return QStringLiteral("push %1 %2 scope=%3 %4 (%5)")
        .arg(kind, push.address.toString(), push.origin.scopeNetwork.toString(),
             parts.join(QLatin1Char(' ')), push.rule);
}

QString skippedLine(const SkippedItem &item)
{
    const QString what = item.address
                             ? item.address->toString()
                             : QStringLiteral("scope %1").arg(item.origin.scopeNetwork.toString());
    return QStringLiteral("skip %1: %2 (%3)").arg(what, item.reason, item.rule);
}

} // namespace

QStringList planLines(const SyncPlan &plan, const QDateTime &now)
{
    QStringList lines;
    for (const IpChange &change : plan.ipChanges)
        lines << ipChangeLine(change);
    for (const SideInfoChange &change : plan.sideInfoChanges)
        lines << sideInfoLine(change, now);
    for (const ReservationPush &push : plan.reservationPushes)
        lines << reservationPushLine(push);
    for (std::int64_t scopeId : plan.relabelledScopeIds)
        lines << QStringLiteral("relabelled scope %1 (C-14)").arg(scopeId);
    for (const SkippedItem &item : plan.skipped)
        lines << skippedLine(item);
    return lines;
}

QString ipChangeText(const IpChange &change)
{
    return ipChangeLine(change);
}

} // namespace leaselink::sync
