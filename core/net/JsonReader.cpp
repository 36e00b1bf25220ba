#include "JsonReader.h"

#include <cmath>

namespace leaselink {

JsonReader::JsonReader(QJsonObject object, QString path, std::optional<DecodeFailure> *failure)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_failure(failure)
{}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("unknown");
}

QString JsonReader::pathOf(Names names) const
{
    const QString name = QLatin1String(*names.begin());
    return m_path.isEmpty() ? name : m_path % u'.' % name;
}

void JsonReader::fail(Names names, const QString &reason)
{
    failAt(pathOf(names), reason);
}

void JsonReader::failAt(const QString &path, const QString &reason)
{
    if (!m_failure->has_value())
        *m_failure = DecodeFailure{path, reason};
}

bool JsonReader::has(Names names) const
{
    QString used;
    return find(names, &used).has_value();
}

std::optional<QJsonValue> JsonReader::find(Names names, QString *usedName) const
{
    for (const char *name : names) {
        const auto it = m_object.constFind(QLatin1String(name));
        if (it != m_object.constEnd()) {
            *usedName = QLatin1String(name);
            return it.value();
        }
    }
    return std::nullopt;
}

std::optional<QJsonValue> JsonReader::require(Names names)
{
    if (failed())
        return std::nullopt;
    QString used;
    auto value = find(names, &used);
    if (!value)
        fail(names, QStringLiteral("missing field"));
    return value;
}

QString JsonReader::string(Names names)
{
    const auto v = require(names);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(names, QStringLiteral("expected a string, got %1").arg(typeName(*v)));
        return {};
    }
    return v->toString();
}

std::optional<QString> JsonReader::nullableString(Names names)
{
    const auto v = require(names);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isString()) {
        fail(names, QStringLiteral("expected a string or null, got %1").arg(typeName(*v)));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<QString> JsonReader::optionalString(Names names)
{
    if (failed() || !has(names))
        return std::nullopt;
    return nullableString(names);
}

qint64 JsonReader::integer(Names names, qint64 min, qint64 max)
{
    const auto v = require(names);
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (!v->isDouble() || std::floor(d) != d) {
        fail(names, QStringLiteral("expected a whole number, got %1").arg(typeName(*v)));
        return 0;
    }
    if (d < double(min) || d > double(max)) {
        fail(names,
             QStringLiteral("%1 is outside %2..%3")
                 .arg(QString::number(d, 'f', 0), QString::number(min), QString::number(max)));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::nullableInteger(Names names, qint64 min, qint64 max)
{
    const auto v = require(names);
    if (!v || v->isNull())
        return std::nullopt;
    return integer(names, min, max);
}

double JsonReader::number(Names names)
{
    const auto v = require(names);
    if (!v)
        return 0;
    if (!v->isDouble()) {
        fail(names, QStringLiteral("expected a number, got %1").arg(typeName(*v)));
        return 0;
    }
    return v->toDouble();
}

bool JsonReader::boolean(Names names)
{
    const auto v = require(names);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(names, QStringLiteral("expected true or false, got %1").arg(typeName(*v)));
        return false;
    }
    return v->toBool();
}

Ipv4Address JsonReader::ipv4(Names names)
{
    const QString text = string(names);
    if (failed())
        return {};
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed) {
        fail(names, parsed.error().message);
        return {};
    }
    return *parsed;
}

QDateTime JsonReader::utcTimestamp(Names names, bool nullable, bool *isNull)
{
    *isNull = false;
    const auto v = require(names);
    if (!v)
        return {};
    if (v->isNull() && nullable) {
        *isNull = true;
        return {};
    }
    if (!v->isString()) {
        fail(names, QStringLiteral("expected a UTC timestamp string, got %1").arg(typeName(*v)));
        return {};
    }
    QDateTime t = QDateTime::fromString(v->toString(), Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() != Qt::UTC) {
        // Offsets other than Z are accepted when explicit; a naive time is ambiguous.
        if (t.isValid() && t.timeSpec() == Qt::OffsetFromUTC)
            return t.toUTC();
        fail(names, QStringLiteral("\"%1\" is not a UTC timestamp (yyyy-MM-ddTHH:mm:ssZ)")
                        .arg(v->toString().left(40)));
        return {};
    }
    return t;
}

QJsonArray JsonReader::array(Names names)
{
    const auto v = require(names);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(names, QStringLiteral("expected a list, got %1").arg(typeName(*v)));
        return {};
    }
    return v->toArray();
}

QJsonObject JsonReader::object(Names names)
{
    const auto v = require(names);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(names, QStringLiteral("expected an object, got %1").arg(typeName(*v)));
        return {};
    }
    return v->toObject();
}

std::optional<QJsonObject> JsonReader::nullableObject(Names names)
{
    const auto v = require(names);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isObject()) {
        fail(names, QStringLiteral("expected an object or null, got %1").arg(typeName(*v)));
        return std::nullopt;
    }
    return v->toObject();
}

QStringList JsonReader::stringList(Names names)
{
    const QJsonArray items = array(names);
    QStringList out;
    for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
        if (!items[i].isString()) {
            failAt(pathOf(names) % u'[' % QString::number(i) % u']',
                   QStringLiteral("expected a string, got %1").arg(typeName(items[i])));
            break;
        }
        out << items[i].toString();
    }
    return out;
}

} // namespace leaselink
