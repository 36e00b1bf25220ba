#pragma once

#include "NetBoxTypes.h"

#include "net/JsonReader.h"

#include <QByteArray>
#include <QJsonArray>

#include <expected>

namespace leaselink {

template <typename T> using NetBoxDecoded = std::expected<T, DecodeFailure>;

// One page of a NetBox list: {"count", "next", "previous", "results"}.
struct NetBoxPage
{
    std::optional<qint64> count; // null with cursor paging (4.6)
    QString next;                // "" at the end
    QJsonArray results;
};

// Strict decoders for NetBox answers; failures name the field path like the PSU decoders.
class NetBoxDecoder
{
public:
    static NetBoxDecoded<NetBoxStatus> status(const QByteArray &body);
    static NetBoxDecoded<NetBoxPage> page(const QByteArray &body);
    static NetBoxDecoded<NetBoxUser> user(const QByteArray &body);
    static NetBoxDecoded<QList<NetBoxChoice>> statusChoices(const QByteArray &optionsBody);

    static NetBoxIpAddress readIpAddress(JsonReader &r);
    static NetBoxPrefix readPrefix(JsonReader &r);
    static NetBoxTag readTag(JsonReader &r);
    static NetBoxVrf readVrf(JsonReader &r);
    static NetBoxCustomField readCustomField(JsonReader &r);

    // Applies an item reader to every element of a results array; path "results[i]…".
    template <typename T>
    static NetBoxDecoded<QList<T>> readAll(const QJsonArray &items, T (*read)(JsonReader &),
                                           qsizetype firstIndex = 0)
    {
        std::optional<DecodeFailure> failure;
        QList<T> out;
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("results[%1]").arg(firstIndex + i);
            if (!items[i].isObject())
                return std::unexpected(DecodeFailure{path, QStringLiteral("expected an object")});
            JsonReader r(items[i].toObject(), path, &failure);
            T value = read(r);
            if (failure)
                return std::unexpected(*failure);
            out << std::move(value);
        }
        return out;
    }

    // "4.6.8", "4.6.0-beta2" → major/minor/patch; false when unparsable.
    static bool parseVersion(const QString &text, NetBoxStatus *status);
};

} // namespace leaselink
