#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace leaselink::lab {

// A JSON object that keeps its keys in insertion order. NetBox's serializers emit fields in
// declaration order and QJsonObject sorts keys, so the simulator builds its responses with this
// and only parses them back (in tests) with QJsonDocument.
class NetBoxJsonObject
{
public:
    NetBoxJsonObject &add(const QString &key, const QJsonValue &value);
    NetBoxJsonObject &add(const QString &key, const NetBoxJsonObject &value);
    NetBoxJsonObject &add(const QString &key, const QString &value);
    NetBoxJsonObject &addNull(const QString &key);
    NetBoxJsonObject &addRaw(const QString &key, QByteArray rawJson);

    bool contains(const QString &key) const;
    void keepOnly(const QSet<QString> &keys);
    void remove(const QSet<QString> &keys);
    QByteArray toJson() const;

    static QByteArray arrayToJson(const QList<NetBoxJsonObject> &objects);
    static QByteArray valueToJson(const QJsonValue &value);
    static QByteArray stringToJson(const QString &text);

private:
    QList<QPair<QString, QByteArray>> m_items;
};

} // namespace leaselink::lab
