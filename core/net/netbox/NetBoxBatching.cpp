#include "NetBoxBatching.h"

#include "net/NetLogging.h"

#include <QUrl>

#include <deque>

namespace leaselink {

QList<QList<Ipv4Prefix>> NetBoxBatching::parentBatches(const QList<Ipv4Prefix> &prefixes,
                                                       int fixedLength, int maxRequestLine)
{
    QList<QList<Ipv4Prefix>> batches;
    QList<Ipv4Prefix> current;
    int length = fixedLength;
    for (const Ipv4Prefix &prefix : prefixes) {
        // "&parent=10.0.0.0%2F24": the slash is percent-encoded by QUrlQuery's full encoding.
        const int item = 8 + int(QUrl::toPercentEncoding(prefix.toString()).size());
        if (!current.isEmpty() && length + item > maxRequestLine) {
            batches << current;
            current.clear();
            length = fixedLength;
        }
        current << prefix;
        length += item;
    }
    if (!current.isEmpty())
        batches << current;
    return batches;
}

bool NetBoxBatching::isSplittable(const NetError &error)
{
    if (error.kind != NetError::Kind::HttpStatus)
        return false;
    return error.httpStatus == 400 || error.httpStatus == 409 || error.httpStatus == 500;
}

QCoro::Task<QList<BulkItemOutcome>> NetBoxBatching::run(int itemCount, int batchSize, Submit submit)
{
    QList<BulkItemOutcome> outcomes(itemCount);
    std::deque<QList<int>> queue;
    batchSize = qMax(1, batchSize);
    for (int start = 0; start < itemCount; start += batchSize) {
        QList<int> batch;
        for (int i = start; i < qMin(itemCount, start + batchSize); ++i)
            batch << i;
        queue.push_back(batch);
    }
    while (!queue.empty()) {
        const QList<int> batch = queue.front();
        queue.pop_front();
        const BatchReply reply = co_await submit(batch);
        if (reply.ok) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                outcomes[batch[i]].ok = true;
                outcomes[batch[i]].result = reply.results.value(i);
            }
            continue;
        }
        const QString batchError =
            reply.error.serverText.isEmpty() ? reply.error.toString() : reply.error.serverText;
        if (reply.perItem && reply.perItem->size() == batch.size()) {
            QList<int> good;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                if (reply.perItem->at(i).isEmpty()) {
                    good << batch[i];
                } else {
                    outcomes[batch[i]].ok = false;
                    outcomes[batch[i]].error = reply.perItem->at(i);
                }
            }
            if (good.size() == batch.size()) {
                // Nothing flagged although the batch failed: do not loop, report it.
                for (int index : good)
                    outcomes[index].error = batchError;
            } else if (!good.isEmpty()) {
                queue.push_front(good);
            }
            continue;
        }
        if (batch.size() > 1 && isSplittable(reply.error)) {
            const qsizetype half = batch.size() / 2;
            qCInfo(lcNetBox).noquote()
                << QStringLiteral(
                       "Bulk batch of %1 failed (%2); splitting it to isolate the bad item")
                       .arg(batch.size())
                       .arg(batchError);
            queue.push_front(batch.mid(half));
            queue.push_front(batch.first(half));
            continue;
        }
        for (int index : batch) {
            outcomes[index].ok = false;
            outcomes[index].error = batchError;
        }
    }
    co_return outcomes;
}

QString NetBoxBatching::changelogMessage(const QString &job, const QString &dhcpServer)
{
    QString message = QStringLiteral("LeaseLink: %1").arg(job);
    if (!dhcpServer.isEmpty())
        message += QStringLiteral(" for DHCP server %1").arg(dhcpServer);
    if (message.size() > 200)
        message = message.left(199) + QChar(0x2026);
    return message;
}

} // namespace leaselink
