#pragma once

#include "domain/Ipv4Prefix.h"
#include "net/NetError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <QCoroTask>

#include <functional>
#include <optional>

namespace leaselink {

// The outcome of one item of a bulk write, in the caller's order.
struct BulkItemOutcome
{
    bool ok = false;
    QString error;      // NetBox's message for this item (or the batch's error)
    QJsonObject result; // the object NetBox returned (bulk create), when known
};

// What one bulk request answered, as the bisector needs it.
struct BatchReply
{
    bool ok = false;
    QList<QJsonObject> results;         // bulk create: aligned with the batch
    std::optional<QStringList> perItem; // 400 array aligned with the batch ("" = item fine)
    NetError error;                     // when !ok
};

// Pure batching logic for NetBox, kept apart from HTTP so it is unit-tested with a fake.
class NetBoxBatching
{
public:
    // Splits prefixes into groups whose repeated "&parent=…" items keep the request line within
    // maxRequestLine bytes, given the bytes the rest of the request line already uses
    // (gunicorn's limit is 4094; netbox-api.md §13).
    static QList<QList<Ipv4Prefix>> parentBatches(const QList<Ipv4Prefix> &prefixes,
                                                  int fixedLength, int maxRequestLine);

    // True when splitting a failed batch can isolate a bad item: validation errors (400), a
    // conflict (409) and JSON 500s (4.5's malformed-address bug). Auth, permission, transport
    // and gateway failures hit every item alike, so they are not split.
    static bool isSplittable(const NetError &error);

    using Submit = std::function<QCoro::Task<BatchReply>(QList<int> indices)>;

    // Sends items in batches of batchSize. NetBox bulk writes are all-or-nothing: a batch that
    // fails with a per-item array drops the flagged items and resends the rest; one that fails
    // with a single error is bisected until the bad item is alone, so the good ones land.
    static QCoro::Task<QList<BulkItemOutcome>> run(int itemCount, int batchSize, Submit submit);

    // "LeaseLink: <job> for DHCP server <server>", cut to NetBox's 200 characters.
    static QString changelogMessage(const QString &job, const QString &dhcpServer);
};

} // namespace leaselink
