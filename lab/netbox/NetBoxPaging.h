#pragma once

#include "NetBoxConfig.h"
#include "NetBoxFilters.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace leaselink::lab {

// NetBox's list pagination (netbox/api/pagination.py): offset paging everywhere, cursor paging
// (`start`) from 4.6, and DRF's way of building next/previous links.
class NetBoxPaging
{
public:
    bool cursor = false;
    qint64 start = 0;
    qint64 limit = 50;
    qint64 offset = 0;
    bool unlimited = false; // MAX_PAGE_SIZE = 0 and limit=0: everything, no links

    // Returns the 400 body (a bare JSON array of strings) for cursor misuse.
    static std::optional<QByteArray> parse(const NetBoxFilters::Items &items,
                                           const NetBoxConfig &config, NetBoxPaging &paging);
    // The request's absolute URL with its query re-encoded in sorted key order (Python's
    // urlencode) after replacing/removing the given keys; blank values are dropped like
    // parse_qs does.
    static QString link(const QString &base, const QString &path, const NetBoxFilters::Items &items,
                        const QList<QPair<QString, QString>> &replace,
                        const QStringList &remove = {});
    // {"count":…,"next":…,"previous":…,"results":[…]} with the page's links filled in.
    QByteArray envelope(std::optional<qint64> count, const QByteArray &results,
                        qsizetype resultCount, qint64 lastId, const QString &base,
                        const QString &path, const NetBoxFilters::Items &items) const;
};

} // namespace leaselink::lab
