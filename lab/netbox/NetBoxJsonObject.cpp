#include "NetBoxJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::lab {

NetBoxJsonObject &NetBoxJsonObject::add(const QString &key, const QJsonValue &value)
{
    m_items.append({key, valueToJson(value)});
    return *this;
}

NetBoxJsonObject &NetBoxJsonObject::add(const QString &key, const NetBoxJsonObject &value)
{
    m_items.append({key, value.toJson()});
    return *this;
}

NetBoxJsonObject &NetBoxJsonObject::add(const QString &key, const QString &value)
{
    m_items.append({key, stringToJson(value)});
    return *this;
}

NetBoxJsonObject &NetBoxJsonObject::addNull(const QString &key)
{
    m_items.append({key, QByteArrayLiteral("null")});
    return *this;
}

NetBoxJsonObject &NetBoxJsonObject::addRaw(const QString &key, QByteArray rawJson)
{
    m_items.append({key, std::move(rawJson)});
    return *this;
}

bool NetBoxJsonObject::contains(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

void NetBoxJsonObject::keepOnly(const QSet<QString> &keys)
{
    m_items.removeIf([&](const auto &item) { return !keys.contains(item.first); });
}

void NetBoxJsonObject::remove(const QSet<QString> &keys)
{
    m_items.removeIf([&](const auto &item) { return keys.contains(item.first); });
}

QByteArray NetBoxJsonObject::toJson() const
{
    QByteArray out;
    out.reserve(64 * m_items.size());
    out += '{';
    bool first = true;
    for (const auto &[key, raw] : m_items) {
        if (!first)
            out += ',';
        first = false;
        out += stringToJson(key);
        out += ':';
        out += raw;
    }
    out += '}';
    return out;
}

QByteArray NetBoxJsonObject::arrayToJson(const QList<NetBoxJsonObject> &objects)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += ',';
        out += objects.at(i).toJson();
    }
    out += ']';
    return out;
}

QByteArray NetBoxJsonObject::valueToJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::String:
        return stringToJson(value.toString());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QByteArray::number(qint64(number));
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }
    return QByteArrayLiteral("null");
}

QByteArray NetBoxJsonObject::stringToJson(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace leaselink::lab
