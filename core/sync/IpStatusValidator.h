#pragma once

#include "domain/ExclusionRange.h"
#include "domain/Ipv4Address.h"
#include "domain/Scope.h"
#include "domain/Settings.h"
#include "net/netbox/NetBoxTypes.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// A local scope with its exclusion ranges, as the validator needs them.
struct ValidationScope
{
    Scope scope;
    QList<ExclusionRange> exclusions;
};

// Who is writing the IP address: sync writes are never validated (VAL-01).
enum class IpWriteOrigin
{
    User,
    Sync
};

// The outcome of checking one IP address against the lease-status rule.
struct IpStatusVerdict
{
    enum class Reason
    {
        None,          // accepted
        OutsideScopes, // VAL-02: no scope prefix in the IP's VRF contains it
        Excluded,      // VAL-03: inside an exclusion range of a scope on its prefix
    };

    Reason reason = Reason::None;
    QString scopeName;      // Excluded: the scope whose range contains the address
    Ipv4Address rangeStart; // Excluded: the range's bounds
    Ipv4Address rangeEnd;
    QString message; // the sentence shown to the user; empty when accepted

    bool accepted() const { return reason == Reason::None; }
};

// One lease-status IP address that breaks the rule, for `leaselink-cli validate`.
struct IpStatusProblem
{
    qint64 netboxId = 0;
    QString address; // as NetBox prints it, "10.0.1.50/24"
    std::optional<qint64> vrfId;
    IpStatusVerdict verdict;
};

// IP status validation (sync-rules.md C, VAL-01…04, as amended): an IP address whose status is
// the configured lease status S must lie inside the prefix of a local scope in the same VRF
// (C-17, LL-53) and outside every exclusion range of every scope on that prefix (DIS-16). Pure:
// no store, no network.
class IpStatusValidator
{
public:
    // Checks a user's create or edit before LeaseLink writes it (VAL-01). vrfId nullopt (or 0)
    // is NetBox's global table.
    static IpStatusVerdict check(const Ipv4Address &address, std::optional<qint64> vrfId,
                                 const QString &status, const QList<ValidationScope> &scopes,
                                 const Settings &settings,
                                 IpWriteOrigin origin = IpWriteOrigin::User);

    // Every IP with status S in `addresses` that check() would reject, in the given order.
    static QList<IpStatusProblem> report(const QList<NetBoxIpAddress> &addresses,
                                         const QList<ValidationScope> &scopes,
                                         const Settings &settings);
};

} // namespace leaselink::sync
