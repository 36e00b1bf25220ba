#include "PlanApplier.h"

#include "net/CancellationToken.h"
#include "net/netbox/NetBoxClient.h"
#include "store/LeaseInfoRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSet>

#include <array>
#include <deque>

namespace leaselink::sync {

Q_LOGGING_CATEGORY(lcApply, "leaselink.sync.apply")

QJsonObject IpChangeJson(const IpChange &change)
{
    QJsonObject json;
    if (change.kind != IpChangeKind::Create)
        json.insert(QStringLiteral("id"), qint64(change.ipId.value_or(0)));
    if (change.kind == IpChangeKind::Delete)
        return json;
    if (change.kind == IpChangeKind::Create) {
        json.insert(
            QStringLiteral("address"),
            QStringLiteral("%1/%2").arg(change.key.host.toString()).arg(change.prefixLength));
        json.insert(QStringLiteral("vrf"), change.key.vrfId == 0
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(qint64(change.key.vrfId)));
        if (change.tenantId)
            json.insert(QStringLiteral("tenant"), qint64(*change.tenantId));
    }
    const IpFields &fields = change.fields;
    if (fields.status)
        json.insert(QStringLiteral("status"), *fields.status);
    if (fields.dnsName)
        json.insert(QStringLiteral("dns_name"), *fields.dnsName);
    if (fields.tagSlugs) {
        // C-11: the complete list (it replaces the IP's tags), each tag named by slug (§5.4).
        QJsonArray tags;
        for (const QString &slug : *fields.tagSlugs)
            tags.append(QJsonObject{{QStringLiteral("slug"), slug}});
        json.insert(QStringLiteral("tags"), tags);
    }
    if (fields.dhcpClientId) {
        // An empty client id clears the field: NetBox stores null for "no value" (§5.5).
        const QJsonValue value = fields.dhcpClientId->isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(*fields.dhcpClientId);
        json.insert(QStringLiteral("custom_fields"),
                    QJsonObject{{QLatin1String(NetBoxClient::ClientIdField), value}});
    }
    return json;
}

namespace {

enum class WriteState
{
    Unsent,
    Landed,
    Failed
};

// Cleanup last (SYN-14): an address is never deleted before the creates of the run landed.
constexpr std::array<IpChangeKind, 3> KindOrder{IpChangeKind::Create, IpChangeKind::Update,
                                                IpChangeKind::Delete};

QString kindName(IpChangeKind kind)
{
    switch (kind) {
    case IpChangeKind::Create:
        return QStringLiteral("create");
    case IpChangeKind::Update:
        return QStringLiteral("update");
    case IpChangeKind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

ApplyFailure failureOf(const IpChange &change, const QString &cause)
{
    ApplyFailure failure;
    failure.kind = change.kind;
    failure.key = change.key;
    failure.ipId = change.ipId;
    failure.rule = change.rule;
    failure.origin = change.origin;
    failure.cause = cause;
    return failure;
}

} // namespace

QCoro::Task<QList<BulkItemOutcome>> PlanApplier::sendChunk(IpChangeKind kind, QList<IpChange> chunk,
                                                           QString changelogMessage)
{
    const QString path = QStringLiteral("/ipam/ip-addresses/");
    if (kind == IpChangeKind::Delete) {
        QList<qint64> ids;
        ids.reserve(chunk.size());
        for (const IpChange &change : std::as_const(chunk))
            ids.append(*change.ipId);
        co_return co_await m_client.bulkDelete(path, ids, changelogMessage);
    }
    QList<QJsonObject> items;
    items.reserve(chunk.size());
    for (const IpChange &change : std::as_const(chunk))
        items.append(IpChangeJson(change));
    if (kind == IpChangeKind::Create)
        co_return co_await m_client.bulkCreate(path, items, changelogMessage);
    co_return co_await m_client.bulkUpdate(path, items, changelogMessage);
}

QCoro::Task<PlanApplyResult> PlanApplier::apply(SyncPlan plan, PlanApplyOptions options,
                                                CancellationToken *cancel)
{
    QElapsedTimer timer;
    timer.start();
    PlanApplyResult result;
    const int batchSize =
        qMax(1, options.batchSize > 0 ? options.batchSize : m_client.options().batchSize);
    const QList<IpChange> &changes = plan.ipChanges;
    QList<WriteState> states(changes.size(), WriteState::Unsent);

    // Creates, updates, deletes: each kind is one bulk endpoint verb. NetBox does not notice two
    // equal addresses inside one bulk create (§6), so a key planned twice is refused here.
    std::array<QList<int>, 3> byKind;
    QSet<IpKey> createKeys;
    for (int i = 0; i < changes.size(); ++i) {
        const IpChange &change = changes.at(i);
        if (change.kind == IpChangeKind::Create) {
            if (createKeys.contains(change.key)) {
                states[i] = WriteState::Failed;
                result.failures.append(failureOf(
                    change, QStringLiteral("planned twice; only the first create is sent")));
                continue;
            }
            createKeys.insert(change.key);
        } else if (!change.ipId || *change.ipId <= 0) {
            states[i] = WriteState::Failed;
            result.failures.append(failureOf(change, QStringLiteral("no NetBox id to write to")));
            continue;
        }
        byKind[std::size_t(change.kind)].append(i);
    }

    // Batches of one kind go a few at a time (the latency of one is hidden behind the others);
    // their answers are taken in order. A cancel stops new batches; those in flight finish.
    const int inFlightLimit = qMax(1, m_client.options().writesInFlight);
    for (const IpChangeKind kind : KindOrder) {
        const QList<int> &indices = byKind[std::size_t(kind)];
        std::deque<std::pair<QList<int>, QCoro::Task<QList<BulkItemOutcome>>>> inFlight;
        qsizetype start = 0;
        while (start < indices.size() || !inFlight.empty()) {
            while (start < indices.size() && qsizetype(inFlight.size()) < inFlightLimit) {
                if (cancel && cancel->isCancelled()) {
                    result.cancelled = true;
                    break;
                }
                const QList<int> chunk = indices.mid(start, batchSize);
                start += batchSize;
                QList<IpChange> items;
                items.reserve(chunk.size());
                for (int i : chunk)
                    items.append(changes.at(i));
                inFlight.emplace_back(chunk,
                                      sendChunk(kind, std::move(items), options.changelogMessage));
            }
            if (inFlight.empty())
                break; // cancelled before anything else was sent
            const QList<int> chunk = inFlight.front().first;
            const QList<BulkItemOutcome> outcomes = co_await std::move(inFlight.front().second);
            inFlight.pop_front();
            for (qsizetype n = 0; n < chunk.size(); ++n) {
                const int i = chunk.at(n);
                const IpChange &change = changes.at(i);
                const BulkItemOutcome outcome = outcomes.value(n);
                if (!outcome.ok) {
                    states[i] = WriteState::Failed;
                    // No ?: here: g++ 12 mishandles class temporaries of ?: in coroutines.
                    QString cause = outcome.error;
                    if (cause.isEmpty())
                        cause = QStringLiteral("no answer for this item");
                    result.failures.append(failureOf(change, cause));
                    qCWarning(lcApply).noquote()
                        << QStringLiteral("Could not %1 %2 in NetBox: %3")
                               .arg(kindName(kind), change.key.host.toString(), cause);
                    continue;
                }
                states[i] = WriteState::Landed;
                if (kind == IpChangeKind::Create) {
                    ++result.created;
                    const qint64 id = outcome.result.value(QStringLiteral("id")).toInteger();
                    if (id > 0) {
                        result.createdIds.insert(change.key, id);
                    } else {
                        result.failures.append(failureOf(
                            change, QStringLiteral("created, but NetBox returned no id; its "
                                                   "side-info follows on the next run")));
                    }
                } else if (kind == IpChangeKind::Update) {
                    ++result.updated;
                } else {
                    ++result.deleted;
                }
            }
        }
        if (result.cancelled)
            break;
    }
    for (const WriteState state : std::as_const(states)) {
        if (state == WriteState::Unsent)
            ++result.notAttempted;
    }

    // Side-info for what landed. A change tied to an update or delete that failed or was not
    // sent is left out, so the store keeps describing what NetBox holds (a failed delete keeps
    // its row: the IP stays DHCP-managed and cleanup tries again next run).
    QHash<std::int64_t, WriteState> stateById;
    for (int i = 0; i < changes.size(); ++i) {
        if (changes.at(i).kind != IpChangeKind::Create && changes.at(i).ipId)
            stateById.insert(*changes.at(i).ipId, states.at(i));
    }
    QList<SideInfoUpsert> upserts;
    QList<std::int64_t> deletes;
    QSet<std::int64_t> deleting;
    for (const SideInfoChange &change : std::as_const(plan.sideInfoChanges)) {
        std::int64_t id = change.ipId.value_or(0);
        if (!change.ipId) {
            const auto created = result.createdIds.constFind(change.key);
            if (created == result.createdIds.constEnd())
                continue; // the create failed or was not sent: already reported
            id = *created;
        } else if (const auto s = stateById.constFind(id);
                   s != stateById.constEnd() && *s != WriteState::Landed) {
            continue;
        }
        if (id <= 0) {
            // One bad row would refuse the whole transaction; the planner never sends one.
            qCWarning(lcApply).noquote()
                << QStringLiteral("Side-info of %1 has no NetBox id; not saved")
                       .arg(change.key.host.toString());
            continue;
        }
        if (change.kind == SideInfoChangeKind::Upsert) {
            SideInfoUpsert row;
            row.netboxIpId = id;
            row.address = change.key.host.toString();
            row.info = change.value;
            if (row.info.host.size() > LeaseSideInfo::MaxHostLength) {
                // O-12, defensively: an over-long name must not refuse the whole batch.
                row.info.host.truncate(LeaseSideInfo::MaxHostLength);
                row.info.hostCut = true;
            }
            upserts.append(row);
        } else if (!deleting.contains(id)) {
            deleting.insert(id);
            deletes.append(id);
        }
    }
    for (int i : std::as_const(byKind[std::size_t(IpChangeKind::Delete)])) {
        const std::int64_t id = *changes.at(i).ipId;
        if (states.at(i) == WriteState::Landed && !deleting.contains(id)) {
            deleting.insert(id);
            deletes.append(id);
        }
    }
    if (!upserts.isEmpty() || !deletes.isEmpty()) {
        LeaseInfoRepository repository(m_database);
        const auto written = repository.applySideInfo(upserts, deletes);
        if (written) {
            result.sideInfoUpserted = written->upserted;
            result.sideInfoDeleted = written->deleted;
        } else {
            result.storeError = written.error().message;
            qCWarning(lcApply).noquote()
                << QStringLiteral("Saving lease side-info failed: %1").arg(result.storeError);
        }
    }

    result.duration = std::chrono::milliseconds(timer.elapsed());
    qCInfo(lcApply).noquote()
        << QStringLiteral("Applied plan: %1 created, %2 updated, %3 deleted, %4 failed, %5 not "
                          "sent; side-info %6 saved, %7 removed; %8 ms")
               .arg(result.created)
               .arg(result.updated)
               .arg(result.deleted)
               .arg(result.failures.size())
               .arg(result.notAttempted)
               .arg(result.sideInfoUpserted)
               .arg(result.sideInfoDeleted)
               .arg(result.duration.count());
    co_return result;
}

} // namespace leaselink::sync
