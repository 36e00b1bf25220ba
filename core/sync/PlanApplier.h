#pragma once

#include "SyncPlan.h"

#include "net/netbox/NetBoxBatching.h"

#include <QCoroTask>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <cstdint>
#include <optional>

namespace leaselink {
class CancellationToken;
class Database;
class NetBoxClient;
} // namespace leaselink

namespace leaselink::sync {

// The JSON item of one IP change for a bulk write (netbox-api.md §5, §6, §8): creates carry the
// address with the scope prefix's mask, the VRF and the prefix's tenant (G-7, upstream §1.10);
// updates carry the id and only the fields IpFields sets; deletes only the id.
QJsonObject IpChangeJson(const IpChange &change);

struct PlanApplyOptions
{
    QString changelogMessage; // NetBoxBatching::changelogMessage(job, server); names LeaseLink
    int batchSize = 0;        // items per bulk request; 0 = the client's batchSize
};

// One IP write NetBox refused or that could not be sent; never fatal (upstream §1.14).
struct ApplyFailure
{
    IpChangeKind kind = IpChangeKind::Create;
    IpKey key; // key.host is the address
    std::optional<std::int64_t> ipId;
    QString rule;
    PlanOrigin origin;
    QString cause; // NetBox's message for the item, or why it was not sent
};

struct PlanApplyResult
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int sideInfoUpserted = 0;
    int sideInfoDeleted = 0; // rows that existed
    int notAttempted = 0;    // IP changes left unsent by a cancel
    bool cancelled = false;
    QString storeError; // the side-info transaction failed; the NetBox writes stand
    QList<ApplyFailure> failures;
    QHash<IpKey, std::int64_t> createdIds; // new NetBox id of every create that landed
    std::chrono::milliseconds duration{0};

    // Write failures make the job "completed with errors" (C-19).
    bool hasErrors() const { return !failures.isEmpty() || !storeError.isEmpty(); }
};

// Writes a plan's IP changes to NetBox and its side-info changes to the store. IP writes go as
// bulk creates, then updates, then deletes (cleanup last, SYN-14), in batches (a few in flight at
// once within one kind; each kind finishes before the next starts); a failed batch is
// split until the failing items are isolated (C-19, LL-62) and writes are never retried. The
// cancel token is checked between batches. Side-info is written afterwards in one transaction
// for what landed only: creates resolved to their new ids, nothing for a failed or unsent IP
// write, and the side-info of every deleted IP removed.
class PlanApplier
{
public:
    PlanApplier(NetBoxClient &client, Database &database)
        : m_client(client)
        , m_database(database)
    {}

    QCoro::Task<PlanApplyResult> apply(SyncPlan plan, PlanApplyOptions options,
                                       CancellationToken *cancel = nullptr);

private:
    // One bulk request of one kind (the items of `chunk`, indices into changes).
    QCoro::Task<QList<BulkItemOutcome>> sendChunk(IpChangeKind kind, QList<IpChange> chunk,
                                                  QString changelogMessage);

    NetBoxClient &m_client;
    Database &m_database;
};

} // namespace leaselink::sync
