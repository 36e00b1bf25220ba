#include "SyncReport.h"

#include "SyncPlanText.h"

#include <QJsonArray>
#include <QMap>

namespace leaselink::sync {

namespace {

QString serverState(const PlannedServer &server)
{
    if (!server.synced)
        return QStringLiteral("skipped: ") + server.skipReason;
    if (!server.readErrors.isEmpty())
        return QStringLiteral("failed: ") + server.readErrors.join(QStringLiteral("; "));
    return QStringLiteral("synced");
}

QString fieldList(const QList<ScopeField> &fields)
{
    QStringList names;
    for (ScopeField field : fields)
        names << scopeFieldName(field);
    return names.join(QStringLiteral(", "));
}

// The scope planner's decisions as lines (they are few; every one is listed).
QStringList scopeLines(const ScopePlan &plan, const QHash<std::int64_t, QString> &names)
{
    auto scopeName = [&](std::int64_t id, const Ipv4Address &network) -> QString {
        const QString name = names.value(id);
        if (name.isEmpty())
            return network.toString();
        return QStringLiteral("%1 (%2)").arg(name, network.toString());
    };
    QStringList lines;
    for (const FailoverToCreate &failover : plan.failoversToCreate)
        lines << QStringLiteral("create failover %1").arg(failover.remote.name);
    for (const ScopeToCreate &create : plan.toCreate)
        lines << QStringLiteral("create scope %1 (%2)")
                     .arg(create.remote.name, create.remote.scopeId.toString());
    for (const ScopeFieldPull &pull : plan.pulls) {
        lines << QStringLiteral("scope %1: %2 \"%3\" -> \"%4\"")
                     .arg(names.value(pull.localScopeId), scopeFieldName(pull.field), pull.oldValue,
                          pull.newValue);
    }
    for (const ScopeUpdatePush &push : plan.updates)
        lines << QStringLiteral("push scope %1: %2")
                     .arg(scopeName(push.localScopeId, push.network), fieldList(push.fields));
    for (const ScopeCreatePush &push : plan.creates)
        lines << QStringLiteral("create scope on the server: %1")
                     .arg(scopeName(push.localScopeId, push.scope.scopeId));
    for (const ExclusionChange &change : plan.exclusionChanges) {
        QString verb;
        switch (change.kind) {
        case ExclusionChangeKind::PushCreate:
            verb = QStringLiteral("push exclusion");
            break;
        case ExclusionChangeKind::PushDelete:
            verb = QStringLiteral("delete exclusion on the server");
            break;
        case ExclusionChangeKind::LocalCreate:
            verb = QStringLiteral("add exclusion");
            break;
        case ExclusionChangeKind::LocalDelete:
            verb = QStringLiteral("DELETE exclusion");
            break;
        }
        lines << QStringLiteral("%1 %2-%3 in %4")
                     .arg(verb, change.startIp.toString(), change.endIp.toString(),
                          scopeName(change.localScopeId, change.network));
    }
    for (std::int64_t id : plan.scopesToDelete)
        lines << QStringLiteral("DELETE local scope %1 (the server no longer reports it)")
                     .arg(names.value(id, QString::number(id)));
    return lines;
}

QJsonObject changeJson(const IpChange &change)
{
    QJsonObject out;
    switch (change.kind) {
    case IpChangeKind::Create:
        out.insert(QStringLiteral("action"), QStringLiteral("create"));
        break;
    case IpChangeKind::Update:
        out.insert(QStringLiteral("action"), QStringLiteral("update"));
        break;
    case IpChangeKind::Delete:
        out.insert(QStringLiteral("action"), QStringLiteral("delete"));
        break;
    }
    out.insert(QStringLiteral("address"), change.key.host.toString());
    if (change.key.vrfId != 0)
        out.insert(QStringLiteral("vrf_id"), qint64(change.key.vrfId));
    if (change.ipId)
        out.insert(QStringLiteral("id"), qint64(*change.ipId));
    if (change.fields.status)
        out.insert(QStringLiteral("status"), *change.fields.status);
    if (change.fields.dnsName)
        out.insert(QStringLiteral("dns_name"), *change.fields.dnsName);
    if (change.fields.dhcpClientId)
        out.insert(QStringLiteral("dhcp_client_id"), *change.fields.dhcpClientId);
    out.insert(QStringLiteral("rule"), change.rule);
    return out;
}

} // namespace

QString SyncReport::changeLine(const IpChange &change)
{
    return ipChangeText(change);
}

QList<ServerChangeGroup> SyncReport::group(const SyncJobResult &result)
{
    QList<ServerChangeGroup> out;
    QHash<std::int64_t, qsizetype> serverIndex;
    for (const PlannedServer &server : result.servers) {
        ServerChangeGroup group;
        group.serverId = server.serverId;
        group.name = server.name;
        group.state = serverState(server);
        if (!server.synced) {
            group.outcome = ServerChangeGroup::Outcome::Skipped;
            group.reason = server.skipReason;
        } else if (!server.readErrors.isEmpty()) {
            group.outcome = ServerChangeGroup::Outcome::Failed;
            group.reason = server.readErrors.join(QStringLiteral("; "));
        }
        group.scopeChanges = scopeLines(server.scopePlan, result.scopeNames);
        for (const ReservationPush &push : result.ipPlan.reservationPushes) {
            if (push.origin.serverId != server.serverId)
                continue;
            const QString verb = push.kind == ReservationPushKind::Create
                                     ? QStringLiteral("push new reservation")
                                     : QStringLiteral("push reservation update");
            QStringList fields;
            if (push.clientId)
                fields << QStringLiteral("client id ") + *push.clientId;
            if (push.name)
                fields << QStringLiteral("name \"%1\"").arg(*push.name);
            if (push.description)
                fields << QStringLiteral("description \"%1\"").arg(*push.description);
            group.scopeChanges << QStringLiteral("%1 %2 to the server (%3; %4)")
                                      .arg(verb, push.address.toString(),
                                           fields.join(QStringLiteral(", ")), push.rule);
        }
        serverIndex.insert(server.serverId, out.size());
        out << group;
    }
    // Scopes in network order within each server.
    QHash<std::int64_t, QMap<quint32, ScopeChangeGroup>> scopes;
    for (const IpChange &change : result.ipPlan.ipChanges) {
        auto &byNetwork = scopes[change.origin.serverId];
        ScopeChangeGroup &group = byNetwork[change.origin.scopeNetwork.toUInt()];
        group.localScopeId = change.origin.localScopeId;
        group.name = result.scopeNames.value(change.origin.localScopeId);
        group.network = change.origin.scopeNetwork.toString();
        group.ips << change;
        switch (change.kind) {
        case IpChangeKind::Create:
            ++group.creates;
            break;
        case IpChangeKind::Update:
            ++group.updates;
            break;
        case IpChangeKind::Delete:
            ++group.deletes;
            break;
        }
    }
    for (auto it = scopes.cbegin(); it != scopes.cend(); ++it) {
        const auto index = serverIndex.constFind(it.key());
        if (index == serverIndex.cend())
            continue;
        out[*index].scopes = it.value().values();
    }
    return out;
}

QString SyncReport::text(const SyncJobResult &result, bool verbose)
{
    QString out;
    const QList<ServerChangeGroup> groups = group(result);
    int creates = 0;
    int updates = 0;
    int deletes = 0;
    for (const ServerChangeGroup &server : groups) {
        out += QStringLiteral("%1: %2\n").arg(server.name, server.state);
        for (const QString &line : server.scopeChanges)
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
        for (const ScopeChangeGroup &scope : server.scopes) {
            creates += scope.creates;
            updates += scope.updates;
            deletes += scope.deletes;
            const QString label = scope.name.isEmpty()
                                      ? scope.network
                                      : QStringLiteral("%1 (%2)").arg(scope.name, scope.network);
            out += QStringLiteral("  scope %1: %2 to create, %3 to update, %4 to delete\n")
                       .arg(label)
                       .arg(scope.creates)
                       .arg(scope.updates)
                       .arg(scope.deletes);
            for (const IpChange &change : scope.ips) {
                // Every delete is listed: it is what an admin checks before applying.
                if (change.kind == IpChangeKind::Delete || verbose)
                    out += QStringLiteral("    ") + changeLine(change) + QLatin1Char('\n');
            }
        }
    }
    out += QStringLiteral("NetBox IP addresses: %1 to create, %2 to update, %3 to delete\n")
               .arg(creates)
               .arg(updates)
               .arg(deletes);
    return out;
}

QJsonObject SyncReport::json(const SyncJobResult &result)
{
    QJsonObject out;
    out.insert(QStringLiteral("status"), jobStatusText(result.status));
    out.insert(QStringLiteral("dry_run"), result.dryRun);
    if (result.jobId != 0)
        out.insert(QStringLiteral("job_id"), qint64(result.jobId));
    out.insert(QStringLiteral("seconds"), result.seconds);
    out.insert(QStringLiteral("counts"), result.counts);
    out.insert(QStringLiteral("errors"), QJsonArray::fromStringList(result.runErrors));
    QJsonArray failures;
    for (const ItemFailure &failure : result.failures) {
        failures.append(QJsonObject{{QStringLiteral("server"), failure.server},
                                    {QStringLiteral("what"), failure.what},
                                    {QStringLiteral("cause"), failure.cause}});
    }
    out.insert(QStringLiteral("failures"), failures);
    QJsonArray servers;
    for (const ServerChangeGroup &server : group(result)) {
        QJsonArray scopes;
        for (const ScopeChangeGroup &scope : server.scopes) {
            QJsonArray changes;
            for (const IpChange &change : scope.ips)
                changes.append(changeJson(change));
            scopes.append(QJsonObject{{QStringLiteral("name"), scope.name},
                                      {QStringLiteral("network"), scope.network},
                                      {QStringLiteral("create"), scope.creates},
                                      {QStringLiteral("update"), scope.updates},
                                      {QStringLiteral("delete"), scope.deletes},
                                      {QStringLiteral("changes"), changes}});
        }
        servers.append(QJsonObject{
            {QStringLiteral("name"), server.name},
            {QStringLiteral("state"), server.state},
            {QStringLiteral("scope_changes"), QJsonArray::fromStringList(server.scopeChanges)},
            {QStringLiteral("scopes"), scopes}});
    }
    out.insert(QStringLiteral("servers"), servers);
    return out;
}

} // namespace leaselink::sync
