#include "PsuValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace leaselink::lab {

namespace {

// One part of a non-canonical IPv4 text, as inet_aton/.NET read it.
std::optional<quint64> parsePart(QStringView part)
{
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    if (part.size() > 1 && part[0] == u'0' && (part[1] == u'x' || part[1] == u'X')) {
        base = 16;
        part = part.mid(2);
        if (part.isEmpty())
            return std::nullopt;
    } else if (part.size() > 1 && part[0] == u'0') {
        base = 8;
        part = part.mid(1);
    }
    if (part.size() > 10)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar ch : part) {
        const int digit = ch.isDigit() ? ch.digitValue()
                          : (ch.toLower() >= u'a' && ch.toLower() <= u'f')
                              ? 10 + (ch.toLower().unicode() - u'a')
                              : 99;
        if (digit >= base)
            return std::nullopt;
        value = value * base + digit;
        if (value > 0xFFFFFFFFull)
            return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<Ipv4Address> PsuValidation::parseIpv4Lenient(const QString &text)
{
    const QList<QStringView> parts = QStringView(text).split(u'.');
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    QList<quint64> values;
    for (QStringView part : parts) {
        const auto value = parsePart(part);
        if (!value)
            return std::nullopt;
        values.append(*value);
    }
    quint64 result = 0;
    for (qsizetype i = 0; i + 1 < values.size(); ++i) {
        if (values[i] > 255)
            return std::nullopt;
        result |= values[i] << (8 * (3 - i));
    }
    const int remainingBytes = 4 - int(values.size() - 1);
    const quint64 limit = remainingBytes == 4 ? 0xFFFFFFFFull : (1ull << (8 * remainingBytes)) - 1;
    if (values.last() > limit)
        return std::nullopt;
    result |= values.last();
    return Ipv4Address(quint32(result));
}

bool PsuValidation::truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array: {
        // A one-element array is as truthy as its element, like PowerShell's -not @(x).
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return false;
        return array.size() > 1 || truthy(array.first());
    }
    case QJsonValue::Object:
        return true;
    }
    return false;
}

QString PsuValidation::asString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == qint64(number) ? QString::number(qint64(number)) : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(asString(item));
        return items.join(u' ');
    }
    case QJsonValue::Object:
        return QStringLiteral("@{}");
    default:
        return {};
    }
}

QString PsuValidation::normaliseClientId(const QString &text)
{
    QString hex;
    for (const QChar ch : text.toLower()) {
        if ((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f'))
            hex.append(ch);
    }
    QString result;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            result.append(u'-');
        result.append(hex.mid(i, 2));
    }
    return result;
}

std::optional<QString> PsuValidation::reservationType(const QString &text)
{
    for (const char *known : {"Dhcp", "Bootp", "Both"}) {
        if (text.compare(QLatin1StringView(known), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known);
    }
    return std::nullopt;
}

} // namespace leaselink::lab
