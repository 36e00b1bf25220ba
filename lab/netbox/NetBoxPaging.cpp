#include "NetBoxPaging.h"

#include "NetBoxJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace leaselink::lab {

namespace {

// Python's urllib.parse.quote_plus.
QString quotePlus(const QString &text)
{
    QString out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
            c == '_' || c == '.' || c == '-' || c == '~')
            out.append(QChar(u));
        else if (c == ' ')
            out.append(u'+');
        else
            out.append(QStringLiteral("%%1").arg(u, 2, 16, QChar(u'0')).toUpper());
    }
    return out;
}

std::optional<qint64> positiveInt(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<QByteArray> NetBoxPaging::parse(const NetBoxFilters::Items &items,
                                              const NetBoxConfig &config, NetBoxPaging &paging)
{
    QString limitText;
    QString offsetText;
    QString startText;
    bool hasLimit = false;
    bool hasOffset = false;
    bool hasStart = false;
    bool hasOrdering = false;
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("limit") && !hasLimit) {
            limitText = value;
            hasLimit = true;
        } else if (key == QLatin1String("offset") && !hasOffset) {
            offsetText = value;
            hasOffset = true;
        } else if (key == QLatin1String("start") && !hasStart) {
            startText = value;
            hasStart = true;
        } else if (key == QLatin1String("ordering")) {
            hasOrdering = true;
        }
    }
    const qint64 maxPage = config.maxPageSize;
    const qint64 defaultLimit =
        maxPage > 0 ? std::min<qint64>(config.paginateCount, maxPage) : config.paginateCount;
    paging.limit = defaultLimit;
    if (hasLimit) {
        const auto limit = positiveInt(limitText);
        if (limit && *limit == 0) {
            if (maxPage > 0)
                paging.limit = maxPage;
            else
                paging.unlimited = true;
        } else if (limit && *limit > 0) {
            paging.limit = maxPage > 0 ? std::min(*limit, maxPage) : *limit;
        }
    }
    if (hasOffset) {
        const auto offset = positiveInt(offsetText);
        paging.offset = offset && *offset > 0 ? *offset : 0;
    }
    if (hasStart && config.atLeast(4, 6, 0)) {
        if (hasOffset)
            return QJsonDocument(
                       QJsonArray{QStringLiteral("'start' and 'offset' are mutually exclusive.")})
                .toJson(QJsonDocument::Compact);
        if (hasOrdering)
            return QJsonDocument(
                       QJsonArray{QStringLiteral("Ordering cannot be specified in conjunction with "
                                                 "cursor-based pagination.")})
                .toJson(QJsonDocument::Compact);
        const auto start = positiveInt(startText);
        if (!start || *start < 0)
            return QJsonDocument(QJsonArray{QStringLiteral(
                                     "Invalid 'start' parameter: must be a non-negative integer.")})
                .toJson(QJsonDocument::Compact);
        paging.cursor = true;
        paging.start = *start;
        paging.unlimited = false;
        if (paging.limit <= 0)
            paging.limit = defaultLimit;
    }
    return std::nullopt;
}

QString NetBoxPaging::link(const QString &base, const QString &path,
                           const NetBoxFilters::Items &items,
                           const QList<QPair<QString, QString>> &replace, const QStringList &remove)
{
    // parse_qs groups values by key (dropping blank ones); sorted() orders the keys.
    QList<QPair<QString, QStringList>> grouped;
    for (const auto &[key, value] : items) {
        if (value.isEmpty())
            continue;
        auto it = std::find_if(grouped.begin(), grouped.end(),
                               [&](const auto &g) { return g.first == key; });
        if (it == grouped.end())
            grouped.append({key, {value}});
        else
            it->second.append(value);
    }
    for (const auto &[key, value] : replace) {
        auto it = std::find_if(grouped.begin(), grouped.end(),
                               [&](const auto &g) { return g.first == key; });
        if (it == grouped.end())
            grouped.append({key, {value}});
        else
            it->second = QStringList{value};
    }
    grouped.removeIf([&](const auto &g) { return remove.contains(g.first); });
    std::stable_sort(grouped.begin(), grouped.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &[key, values] : grouped) {
        for (const QString &value : values)
            parts.append(quotePlus(key) + u'=' + quotePlus(value));
    }
    return base + path + (parts.isEmpty() ? QString() : u'?' + parts.join(u'&'));
}

QByteArray NetBoxPaging::envelope(std::optional<qint64> count, const QByteArray &results,
                                  qsizetype resultCount, qint64 lastId, const QString &base,
                                  const QString &path, const NetBoxFilters::Items &items) const
{
    NetBoxJsonObject page;
    if (count)
        page.add(QStringLiteral("count"), QJsonValue(*count));
    else
        page.addNull(QStringLiteral("count"));
    const QString limitText = QString::number(limit);
    if (cursor) {
        if (resultCount < limit)
            page.addNull(QStringLiteral("next"));
        else
            page.add(QStringLiteral("next"),
                     link(base, path, items,
                          {{QStringLiteral("limit"), limitText},
                           {QStringLiteral("start"), QString::number(lastId + 1)}}));
        page.addNull(QStringLiteral("previous"));
    } else if (unlimited) {
        page.addNull(QStringLiteral("next"));
        page.addNull(QStringLiteral("previous"));
    } else {
        if (offset + limit >= count.value_or(0))
            page.addNull(QStringLiteral("next"));
        else
            page.add(QStringLiteral("next"),
                     link(base, path, items,
                          {{QStringLiteral("limit"), limitText},
                           {QStringLiteral("offset"), QString::number(offset + limit)}}));
        if (offset <= 0)
            page.addNull(QStringLiteral("previous"));
        else if (offset - limit <= 0)
            page.add(QStringLiteral("previous"),
                     link(base, path, items, {{QStringLiteral("limit"), limitText}},
                          {QStringLiteral("offset")}));
        else
            page.add(QStringLiteral("previous"),
                     link(base, path, items,
                          {{QStringLiteral("limit"), limitText},
                           {QStringLiteral("offset"), QString::number(offset - limit)}}));
    }
    page.addRaw(QStringLiteral("results"), results);
    return page.toJson();
}

} // namespace leaselink::lab
