#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink::lab {

class NetBoxSim;

// Where a DHCP scope's addresses live in NetBox: the scope's network and optionally a VRF.
struct NetBoxScopeSpec
{
    QString cidr; // "10.20.0.0/24"
    QString vrf;  // VRF name; empty = global table
    QString rd;   // route distinguisher for that VRF (optional)
};

// Credentials every pre-state creates, for printing and for tests.
struct NetBoxPreStateTokens
{
    QString admin;    // v2, superuser, write-enabled ("Bearer …")
    QString sync;     // v2, user dhcp-sync, write-enabled
    QString readOnly; // v1, user reader, write_enabled=false ("Token …")
};

// Deterministic NetBox starting points for datasets and tests (issue 3: "NetBox pre-states").
// The same kind, scopes and seed always give the same objects, ids and tokens.
class NetBoxPreStates
{
public:
    enum class Kind
    {
        Empty,           // users and tokens only
        PartlyPopulated, // prefixes of the scopes plus some manually entered addresses
        ProtectedTags,   // as PartlyPopulated, with a "protected" tag on some IPs and prefixes
        CustomStatuses,  // FIELD_CHOICES adds statuses; some addresses use them
        InVrf            // the scopes' prefixes and addresses live in VRFs
    };

    static NetBoxPreStateTokens apply(NetBoxSim &sim, Kind kind,
                                      const QList<NetBoxScopeSpec> &scopes, quint32 seed);
    static std::optional<Kind> kindFromName(const QString &name); // "empty", "partly-populated", …
    static QStringList kindNames();
};

} // namespace leaselink::lab
