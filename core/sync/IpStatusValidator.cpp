#include "IpStatusValidator.h"

#include <algorithm>

namespace leaselink::sync {

namespace {

// 0 and "no VRF" both mean the global table (NetBox ids start at 1).
qint64 vrfKey(std::optional<qint64> vrfId)
{
    return vrfId.value_or(0);
}

QString rangeText(const ExclusionRange &range)
{
    return range.startIp.toString() + QStringLiteral("–") + range.endIp.toString();
}

} // namespace

IpStatusVerdict IpStatusValidator::check(const Ipv4Address &address, std::optional<qint64> vrfId,
                                         const QString &status,
                                         const QList<ValidationScope> &scopes,
                                         const Settings &settings, IpWriteOrigin origin)
{
    IpStatusVerdict verdict;
    // VAL-01 / VAL-04: only a user's write of the current lease status is validated.
    if (origin == IpWriteOrigin::Sync || status != settings.leaseStatus)
        return verdict;

    // Scopes in name order so messages name them predictably when several share a prefix.
    QList<const ValidationScope *> onPrefix;
    for (const auto &candidate : scopes) {
        if (vrfKey(candidate.scope.vrfId) == vrfKey(vrfId) &&
            candidate.scope.prefix.contains(address))
            onPrefix.append(&candidate);
    }
    if (onPrefix.isEmpty()) {
        verdict.reason = IpStatusVerdict::Reason::OutsideScopes;
        const QString vrfText = vrfKey(vrfId) == 0 ? QStringLiteral("the global table")
                                                   : QStringLiteral("VRF %1").arg(vrfKey(vrfId));
        verdict.message = QStringLiteral("An IP address with status '%1' must fall inside a "
                                         "configured DHCP scope prefix: no scope prefix in %2 "
                                         "contains %3.")
                              .arg(settings.leaseStatus, vrfText, address.toString());
        return verdict;
    }
    std::stable_sort(onPrefix.begin(), onPrefix.end(),
                     [](const auto *a, const auto *b) { return a->scope.name < b->scope.name; });
    // DIS-16: every scope on the prefix counts, not only the first by name.
    for (const auto *candidate : std::as_const(onPrefix)) {
        for (const auto &range : candidate->exclusions) {
            if (range.startIp <= address && address <= range.endIp) {
                verdict.reason = IpStatusVerdict::Reason::Excluded;
                verdict.scopeName = candidate->scope.name;
                verdict.rangeStart = range.startIp;
                verdict.rangeEnd = range.endIp;
                verdict.message = QStringLiteral("%1 lies in the exclusion range %2 of scope "
                                                 "\"%3\": an IP address with status '%4' must "
                                                 "not be excluded.")
                                      .arg(address.toString(), rangeText(range),
                                           candidate->scope.name, settings.leaseStatus);
                return verdict;
            }
        }
    }
    return verdict;
}

QList<IpStatusProblem> IpStatusValidator::report(const QList<NetBoxIpAddress> &addresses,
                                                 const QList<ValidationScope> &scopes,
                                                 const Settings &settings)
{
    QList<IpStatusProblem> problems;
    for (const auto &ip : addresses) {
        IpStatusVerdict verdict = check(ip.host, ip.vrfId, ip.status.value, scopes, settings);
        if (verdict.accepted())
            continue;
        IpStatusProblem problem;
        problem.netboxId = ip.id;
        problem.address = ip.address;
        if (problem.address.isEmpty())
            problem.address =
                ip.host.toString() + QLatin1Char('/') + QString::number(ip.prefixLength);
        problem.vrfId = ip.vrfId;
        problem.verdict = std::move(verdict);
        problems.append(problem);
    }
    return problems;
}

} // namespace leaselink::sync
