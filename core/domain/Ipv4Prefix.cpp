#include "Ipv4Prefix.h"

#include "ParseText.h"

#include <bit>

namespace leaselink {

namespace {

constexpr std::uint32_t maskBits(int length)
{
    // A shift by 32 is undefined, so /0 is spelled out.
    return length == 0 ? 0u : ~std::uint32_t(0) << (32 - length);
}

QString prefixText(std::uint32_t network, int length)
{
    return detail::dottedQuad(network) + QLatin1Char('/') + QString::number(length);
}

// True when the HostBits policy refuses this address/length pair.
bool refusesHostBits(std::uint32_t address, int length, Ipv4Prefix::HostBits hostBits)
{
    return hostBits == Ipv4Prefix::HostBits::Reject && (address & ~maskBits(length)) != 0;
}

// subject names the input ("'10.0.1.5/24'"); the message shows the stray bits and the prefix
// the admin probably meant.
QString hostBitsError(const QString &subject, std::uint32_t address, int length)
{
    return subject + QStringLiteral(" has host bits set (%1); use %2")
                         .arg(detail::dottedQuad(address & ~maskBits(length)),
                              prefixText(address & maskBits(length), length));
}

// Prefix length after the '/': 0..32 in plain decimal, no sign, no leading zero.
bool parseLength(QStringView text, int &length, QString &reason)
{
    if (text.isEmpty()) {
        reason = QStringLiteral("the prefix length after '/' is missing");
        return false;
    }
    int value = 0;
    for (const QChar c : text) {
        if (!detail::isAsciiDigit(c)) {
            reason = QStringLiteral("the prefix length %1 is not a whole number from 0 to 32")
                         .arg(detail::quoted(text));
            return false;
        }
        value = value * 10 + (c.unicode() - u'0');
        if (value > 32) {
            reason =
                QStringLiteral("the prefix length %1 is greater than 32").arg(detail::quoted(text));
            return false;
        }
    }
    if (text.size() > 1 && text.front() == QLatin1Char('0')) {
        reason =
            QStringLiteral("the prefix length %1 has a leading zero").arg(detail::quoted(text));
        return false;
    }
    length = value;
    return true;
}

} // namespace

Expected<Ipv4Prefix> Ipv4Prefix::parse(QStringView text, HostBits hostBits)
{
    const auto invalid = [text](const QString &reason) {
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid IPv4 prefix: ") +
                    reason);
    };
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (text.isEmpty())
        return invalid(QStringLiteral("the value is empty"));
    if (slash < 0)
        return invalid(QStringLiteral("expected <address>/<length> or <address>/<mask>"));

    QString reason;
    std::uint32_t address = 0;
    const QStringView addressText = text.first(slash);
    if (!detail::parseDottedQuad(addressText, address, &reason))
        return invalid(QStringLiteral("the address ") + detail::quoted(addressText) +
                       QStringLiteral(" is invalid: ") + reason);

    const QStringView lengthText = text.sliced(slash + 1);
    int length = 0;
    if (lengthText.contains(QLatin1Char('.'))) {
        std::uint32_t mask = 0;
        if (!detail::parseDottedQuad(lengthText, mask, &reason))
            return invalid(QStringLiteral("the mask ") + detail::quoted(lengthText) +
                           QStringLiteral(" is invalid: ") + reason);
        const auto maskLength = maskToLength(Ipv4Address(mask));
        if (!maskLength)
            return invalid(maskLength.error().message);
        length = *maskLength;
    } else if (!parseLength(lengthText, length, reason)) {
        return invalid(reason);
    }
    if (refusesHostBits(address, length, hostBits))
        return invalid(hostBitsError(QStringLiteral("it"), address, length));
    return Ipv4Prefix(Ipv4Address(address & maskBits(length)), length);
}

Expected<Ipv4Prefix> Ipv4Prefix::fromAddressAndMask(Ipv4Address address, Ipv4Address mask,
                                                    HostBits hostBits)
{
    const auto length = maskToLength(mask);
    if (!length)
        return fail(
            QStringLiteral("Network %1: %2").arg(address.toString(), length.error().message));
    if (refusesHostBits(address.toUInt(), *length, hostBits))
        return fail(hostBitsError(
            QStringLiteral("Network %1 with mask %2").arg(address.toString(), mask.toString()),
            address.toUInt(), *length));
    return Ipv4Prefix(Ipv4Address(address.toUInt() & maskBits(*length)), *length);
}

Expected<int> Ipv4Prefix::maskToLength(Ipv4Address mask)
{
    // A contiguous mask is ones followed by zeros, i.e. its complement is 2^k - 1.
    const std::uint32_t inverted = ~mask.toUInt();
    if ((inverted & (inverted + 1)) != 0)
        return fail(QStringLiteral("'%1' is not a valid subnet mask: its one bits are not "
                                   "contiguous")
                        .arg(mask.toString()));
    return std::popcount(mask.toUInt());
}

Ipv4Address Ipv4Prefix::mask() const
{
    return Ipv4Address(maskBits(m_length));
}

Ipv4Address Ipv4Prefix::broadcast() const
{
    return Ipv4Address(m_network.toUInt() | ~maskBits(m_length));
}

bool Ipv4Prefix::contains(Ipv4Address address) const
{
    return (address.toUInt() & maskBits(m_length)) == m_network.toUInt();
}

bool Ipv4Prefix::contains(const Ipv4Prefix &other) const
{
    return other.m_length >= m_length && contains(other.m_network);
}

QString Ipv4Prefix::toString() const
{
    return prefixText(m_network.toUInt(), m_length);
}

} // namespace leaselink
