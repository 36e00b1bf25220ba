#include "NetBoxSnapshotReader.h"

#include "net/netbox/NetBoxClient.h"

#include <QMap>
#include <QUrlQuery>

#include <algorithm>

namespace leaselink::sync {

namespace {

QList<std::int64_t> scopeIds(const QList<Scope> &scopes)
{
    QList<std::int64_t> ids;
    ids.reserve(scopes.size());
    for (const Scope &scope : scopes)
        ids.append(scope.id);
    return ids;
}

NetBoxReadFailure wholeFailure(const QList<Scope> &scopes, const QString &cause)
{
    NetBoxReadFailure failure;
    failure.whole = true;
    failure.localScopeIds = scopeIds(scopes);
    failure.cause = cause;
    return failure;
}

// A 400 on the tag filter means NetBox does not know the slug ("Select a valid choice"): then no
// prefix can carry it, which protects nothing rather than failing the read.
bool isUnknownTagAnswer(const NetError &error)
{
    return error.kind == NetError::Kind::HttpStatus && error.httpStatus == 400 &&
           error.responseBody.contains("\"tag\"");
}

QString vrfText(std::int64_t vrfId)
{
    return vrfId == 0 ? QStringLiteral("the global table") : QStringLiteral("VRF %1").arg(vrfId);
}

// C-05 / O-22: the cached network, mask and VRF must still be the prefix's.
QString prefixMismatch(const Scope &scope, const NetBoxPrefix &prefix)
{
    if (prefix.prefix != scope.prefix)
        return QStringLiteral("NetBox prefix %1 is now %2 (the scope was linked to %3)")
            .arg(prefix.id)
            .arg(prefix.prefix.toString(), scope.prefix.toString());
    if (vrfKey(prefix.vrfId) != vrfKey(scope.vrfId))
        return QStringLiteral("NetBox prefix %1 (%2) moved from %3 to %4")
            .arg(prefix.id)
            .arg(prefix.prefix.toString(), vrfText(vrfKey(scope.vrfId)),
                 vrfText(vrfKey(prefix.vrfId)));
    return {};
}

} // namespace

bool NetBoxSnapshotRead::wholeFailed() const
{
    for (const NetBoxReadFailure &failure : failures) {
        if (failure.whole)
            return true;
    }
    return false;
}

QSet<std::int64_t> NetBoxSnapshotRead::unusableScopeIds() const
{
    QSet<std::int64_t> ids;
    for (const NetBoxReadFailure &failure : failures) {
        for (const std::int64_t id : failure.localScopeIds)
            ids.insert(id);
    }
    for (const MissingPrefix &missing : missingPrefixes)
        ids.insert(missing.localScopeId);
    return ids;
}

QCoro::Task<NetBoxSnapshotRead> NetBoxSnapshotReader::read(NetBoxSnapshotRequest request)
{
    NetBoxSnapshotRead out;

    // 1. Status choices: writing a status NetBox does not offer fails every item, so a missing S
    //    or R stops the job before any write with a message the admin can act on.
    const auto choices = co_await m_client.ipStatusChoices();
    if (!choices) {
        const QString cause = QStringLiteral("Reading the IP address status choices failed: %1")
                                  .arg(choices.error().toString());
        out.failures.append(wholeFailure(request.scopes, cause));
        co_return out;
    }
    out.ipStatuses = *choices;
    QStringList unknown;
    for (const QString &status : std::as_const(request.requiredStatuses)) {
        const bool offered = std::any_of(choices->cbegin(), choices->cend(),
                                         [&](const NetBoxChoice &c) { return c.value == status; });
        if (!offered && !unknown.contains(status))
            unknown.append(status);
    }
    if (!unknown.isEmpty()) {
        QStringList offered;
        for (const NetBoxChoice &c : *choices)
            offered.append(c.value);
        const QString cause =
            QStringLiteral("NetBox offers no IP address status %1 (it offers %2); add it to "
                           "FIELD_CHOICES['ipam.IPAddress.status+'] or change the sync settings")
                .arg(unknown.join(QStringLiteral(", ")), offered.join(QStringLiteral(", ")));
        out.failures.append(wholeFailure(request.scopes, cause));
        co_return out;
    }

    // 2. Prefixes: the protect-tagged ones (any VRF) and the scopes' own, by id.
    QHash<qint64, NetBoxPrefix> prefixById;
    if (!request.protectTagSlug.isEmpty()) {
        QUrlQuery tagged;
        tagged.addQueryItem(QStringLiteral("tag"), request.protectTagSlug);
        const auto read = co_await m_client.prefixes(tagged);
        if (!read && isUnknownTagAnswer(read.error())) {
            out.warnings.append(
                QStringLiteral("The protect tag \"%1\" does not exist in NetBox; no prefix is "
                               "protected by it")
                    .arg(request.protectTagSlug));
        } else if (!read) {
            const QString cause = QStringLiteral("Reading the prefixes tagged \"%1\" failed: %2")
                                      .arg(request.protectTagSlug, read.error().toString());
            out.failures.append(wholeFailure(request.scopes, cause));
            co_return out;
        } else {
            for (const NetBoxPrefix &prefix : *read)
                prefixById.insert(prefix.id, prefix);
        }
    }
    QList<qint64> wanted;
    for (const Scope &scope : std::as_const(request.scopes)) {
        if (scope.netboxPrefixId > 0 && !prefixById.contains(scope.netboxPrefixId) &&
            !wanted.contains(scope.netboxPrefixId))
            wanted.append(scope.netboxPrefixId);
    }
    for (qsizetype start = 0; start < wanted.size(); start += IdsPerRequest) {
        QUrlQuery byId;
        for (const qint64 id : wanted.mid(start, IdsPerRequest))
            byId.addQueryItem(QStringLiteral("id"), QString::number(id));
        const auto read = co_await m_client.prefixes(byId);
        if (!read) {
            const QString cause = QStringLiteral("Reading the scopes' prefixes failed: %1")
                                      .arg(read.error().toString());
            out.failures.append(wholeFailure(request.scopes, cause));
            co_return out;
        }
        for (const NetBoxPrefix &prefix : *read)
            prefixById.insert(prefix.id, prefix);
    }
    out.snapshot.prefixes = prefixById.values();
    std::sort(out.snapshot.prefixes.begin(), out.snapshot.prefixes.end(),
              [](const NetBoxPrefix &a, const NetBoxPrefix &b) { return a.id < b.id; });

    // 3. IP addresses per VRF group of usable scopes (C-17: only the prefix's VRF).
    QMap<std::int64_t, QList<const Scope *>> byVrf; // ordered: the global table first
    for (const Scope &scope : std::as_const(request.scopes)) {
        const auto it = prefixById.constFind(scope.netboxPrefixId);
        MissingPrefix missing{scope.id, scope.netboxPrefixId, QString()};
        if (it == prefixById.constEnd())
            missing.reason = QStringLiteral("NetBox prefix %1 (%2) no longer exists")
                                 .arg(scope.netboxPrefixId)
                                 .arg(scope.prefix.toString());
        else
            missing.reason = prefixMismatch(scope, *it);
        if (!missing.reason.isEmpty()) {
            out.missingPrefixes.append(missing);
            continue;
        }
        byVrf[vrfKey(scope.vrfId)].append(&scope);
    }
    for (auto group = byVrf.cbegin(); group != byVrf.cend(); ++group) {
        QList<Ipv4Prefix> parents;
        QList<std::int64_t> ids;
        for (const Scope *scope : group.value()) {
            ids.append(scope->id);
            if (!parents.contains(scope->prefix))
                parents.append(scope->prefix);
        }
        const std::optional<qint64> vrf = group.key();
        const auto read = co_await m_client.ipAddresses(parents, vrf);
        if (!read) {
            NetBoxReadFailure failure;
            failure.vrfId = group.key();
            failure.localScopeIds = ids;
            failure.cause =
                QStringLiteral("Reading the IP addresses of %1 prefix(es) in %2 failed: %3")
                    .arg(parents.size())
                    .arg(vrfText(group.key()), read.error().toString());
            out.failures.append(failure);
            continue;
        }
        out.snapshot.ipAddresses.append(*read);
    }
    co_return out;
}

} // namespace leaselink::sync
