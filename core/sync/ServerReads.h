#pragma once

#include "ScopePlanner.h"
#include "SyncInputs.h"

#include "net/psu/PsuClient.h"

#include <QCoroTask>
#include <QHash>
#include <QStringList>

namespace leaselink::sync {

// What one server reported before scope planning: its scope list, its failovers (when scope
// discovery may need them, G-5) and every reported scope's exclusions.
struct ScopeListRead
{
    bool scopeListFailed = false;
    QList<RemoteScopeRead> scopes;
    DhcpRead<PsuFailover> failovers;
    QStringList errors; // one line per failed read, e.g. "GET scopes: HTTP 503 …" (G-2)
};

// The lease and reservation reads of the scopes a server syncs in this run.
struct IpDataRead
{
    QHash<Ipv4Address, DhcpRead<PsuLease>> leases;
    QHash<Ipv4Address, DhcpRead<PsuReservation>> reservations;
    QStringList errors;
};

// The PSU reads of a sync (SYN-09, SYN-15, C-06): per-server bulk forms on scripts >= 2.0.0,
// one request per scope otherwise (PsuClient decides). A failed read is marked failed, never
// turned into an empty list, and its error is kept for the server's last_sync_error (G-2).
class ServerReads
{
public:
    static QCoro::Task<ScopeListRead> readScopeList(PsuClient &client, bool activeOnly,
                                                    bool withFailovers);
    // Leases and reservations of scopeIds; reservationsOnly adds scopes whose reservations
    // alone are needed (C-08's "reserved exactly once" on scripts below 2.0.0).
    static QCoro::Task<IpDataRead> readIpData(PsuClient &client, QList<Ipv4Address> scopeIds,
                                              QList<Ipv4Address> reservationsOnly = {});
};

} // namespace leaselink::sync
