#include "NetBoxAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace leaselink::lab {

namespace {

// Mask with the lowest `bits` bits set, as (hi, lo).
std::pair<quint64, quint64> lowBits(int bits)
{
    if (bits <= 0)
        return {0, 0};
    if (bits >= 128)
        return {~quint64(0), ~quint64(0)};
    if (bits >= 64)
        return {bits == 64 ? 0 : (~quint64(0) >> (128 - bits)), ~quint64(0)};
    return {0, ~quint64(0) >> (64 - bits)};
}

std::optional<NetBoxAddress> parseHost(const QString &text)
{
    NetBoxAddress address;
    if (text.contains(u':')) {
        // QHostAddress also takes scope ids ("fe80::1%eth0") which NetBox does not store.
        if (text.contains(u'%'))
            return std::nullopt;
        QHostAddress host;
        if (!host.setAddress(text) || host.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        for (int i = 0; i < 8; ++i)
            address.hi = (address.hi << 8) | bytes[i];
        for (int i = 8; i < 16; ++i)
            address.lo = (address.lo << 8) | bytes[i];
        address.family = 6;
        address.length = 128;
        return address;
    }
    // Strict dotted quad: netaddr (INET_PTON) rejects "10.1" and octal-looking shorthand forms.
    static const QRegularExpression dotted(
        QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"));
    const auto match = dotted.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    quint64 value = 0;
    for (int i = 1; i <= 4; ++i) {
        const int octet = match.captured(i).toInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint64(octet);
    }
    address.lo = value;
    return address;
}

} // namespace

std::optional<NetBoxAddress> NetBoxAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype slash = text.indexOf(u'/');
    auto address = parseHost(slash < 0 ? text : text.left(slash));
    if (!address)
        return std::nullopt;
    if (slash >= 0) {
        const QString lengthText = text.mid(slash + 1);
        static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
        if (!digits.match(lengthText).hasMatch())
            return std::nullopt;
        const int length = lengthText.toInt();
        if (length > address->maxLength())
            return std::nullopt;
        address->length = length;
        address->hadMask = true;
    }
    return address;
}

QString NetBoxAddress::hostText() const
{
    if (family == 4) {
        return QStringLiteral("%1.%2.%3.%4")
            .arg((lo >> 24) & 0xff)
            .arg((lo >> 16) & 0xff)
            .arg((lo >> 8) & 0xff)
            .arg(lo & 0xff);
    }
    Q_IPV6ADDR bytes;
    for (int i = 0; i < 8; ++i)
        bytes[i] = quint8(hi >> (56 - 8 * i));
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(lo >> (56 - 8 * i));
    return QHostAddress(bytes).toString().toLower();
}

NetBoxAddress NetBoxAddress::network() const
{
    NetBoxAddress result = *this;
    const auto [maskHi, maskLo] = lowBits(maxLength() - length);
    result.hi &= ~maskHi;
    result.lo &= ~maskLo;
    if (family == 4)
        result.lo &= 0xffffffffULL;
    return result;
}

NetBoxAddress NetBoxAddress::broadcast() const
{
    NetBoxAddress result = *this;
    const auto [maskHi, maskLo] = lowBits(maxLength() - length);
    result.hi |= maskHi;
    result.lo |= maskLo;
    return result;
}

bool NetBoxAddress::containsHost(const NetBoxAddress &other) const
{
    if (other.family != family)
        return false;
    const auto first = network();
    const auto last = broadcast();
    return std::pair(other.hi, other.lo) >= std::pair(first.hi, first.lo) &&
           std::pair(other.hi, other.lo) <= std::pair(last.hi, last.lo);
}

bool NetBoxAddress::containsNetwork(const NetBoxAddress &other) const
{
    return other.family == family && other.length >= length && containsHost(other.network());
}

} // namespace leaselink::lab
