#pragma once

#include "SyncInputs.h"

#include "domain/Scope.h"
#include "net/netbox/NetBoxTypes.h"

#include <QCoroTask>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace leaselink {
class NetBoxClient;
}

namespace leaselink::sync {

// What the job wants read from NetBox: its local scopes, the protect tag and the statuses it
// will write (settings S and R).
struct NetBoxSnapshotRequest
{
    QList<Scope> scopes;
    QString protectTagSlug;       // "" = no protect tag configured
    QStringList requiredStatuses; // e.g. {"dhcp", "reserved"}
};

// A part of NetBox that could not be read. O-2 / C-19 / LL-63: the caller drops the NetBox writes
// (IP work and cleanup) of exactly these scopes; `whole` means nothing may be written at all.
struct NetBoxReadFailure
{
    bool whole = false;
    std::int64_t vrfId = 0;            // the VRF group that failed (0 = global), when !whole
    QList<std::int64_t> localScopeIds; // every affected scope
    QString cause;
};

// C-05 / O-22: a scope whose NetBox prefix is gone or no longer has the cached network, mask or
// VRF; it is skipped until the user relinks it.
struct MissingPrefix
{
    std::int64_t localScopeId = 0;
    std::int64_t netboxPrefixId = 0;
    QString reason;
};

struct NetBoxSnapshotRead
{
    NetBoxSnapshot snapshot;
    QList<NetBoxChoice> ipStatuses;
    QList<NetBoxReadFailure> failures;
    QList<MissingPrefix> missingPrefixes;
    QStringList warnings; // log lines that fail nothing (e.g. the protect tag does not exist)

    bool ok() const { return failures.isEmpty(); }
    bool wholeFailed() const;
    // Scopes whose NetBox plan parts must be dropped: failed reads and missing prefixes.
    QSet<std::int64_t> unusableScopeIds() const;
};

// Reads the NetBox side of a sync (SYN-02) in few requests: the scopes' prefixes by id, every
// prefix carrying the protect tag (protection is inherited in any VRF, C-17 / SYN-21), the IP
// addresses inside the scopes' prefixes per VRF, and the IP status choices. A failed page or a
// count that changes during a read fails that VRF group (LL-63), never silently shrinks it.
class NetBoxSnapshotReader
{
public:
    explicit NetBoxSnapshotReader(NetBoxClient &client)
        : m_client(client)
    {}

    // Ids per prefix request; keeps "?id=…&id=…" well under gunicorn's 4094-byte request line.
    static constexpr int IdsPerRequest = 150;

    QCoro::Task<NetBoxSnapshotRead> read(NetBoxSnapshotRequest request);

private:
    NetBoxClient &m_client;
};

} // namespace leaselink::sync
