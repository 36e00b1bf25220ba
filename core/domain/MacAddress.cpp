#include "MacAddress.h"

#include "ParseText.h"

namespace leaselink {

namespace {

constexpr int MacBytes = 6;

// Validates hex text in one of the accepted layouts - pairs split by ':' or '-', groups of
// four split by '.', or bare digits - and hands each byte to sink. expectedBytes 0 means any
// length. On failure stores the reason and returns false; the success path allocates nothing.
template <typename Sink>
bool parseHexBytes(QStringView text, int expectedBytes, QString &reason, Sink &&sink)
{
    if (text.isEmpty()) {
        reason = QStringLiteral("the value is empty");
        return false;
    }
    QChar separator;
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (detail::hexValue(c) >= 0) {
            ++digits;
            continue;
        }
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            if (separator.isNull()) {
                separator = c;
            } else if (separator != c) {
                reason = QStringLiteral("it mixes the separators '%1' and '%2'")
                             .arg(QString(separator), QString(c));
                return false;
            }
            continue;
        }
        if (c.isSpace())
            reason = QStringLiteral("it contains whitespace");
        else if (c.isLetterOrNumber())
            reason = QStringLiteral("%1 is not a hex digit").arg(detail::describeChar(c));
        else
            reason =
                QStringLiteral("it contains the invalid character %1").arg(detail::describeChar(c));
        return false;
    }
    if (expectedBytes > 0 && digits != 2 * expectedBytes) {
        reason = QStringLiteral("expected %1 hex digits, found %2")
                     .arg(QString::number(2 * expectedBytes), QString::number(digits));
        return false;
    }
    if (digits == 0 || digits % 2 != 0) {
        reason = QStringLiteral("expected whole bytes (an even number of hex digits), found %1 "
                                "hex digits")
                     .arg(digits);
        return false;
    }

    // Every group between separators must have the layout's width.
    const qsizetype groupWidth = separator.isNull()              ? digits
                                 : separator == QLatin1Char('.') ? 4
                                                                 : 2;
    qsizetype groupLength = 0;
    const auto groupOk = [&] { return groupLength == groupWidth; };
    for (const QChar c : text) {
        if (c != separator) {
            ++groupLength;
            continue;
        }
        if (!groupOk())
            break;
        groupLength = 0;
    }
    if (!groupOk()) {
        reason = separator == QLatin1Char('.')
                     ? QStringLiteral("'.' must separate groups of four hex digits")
                     : QStringLiteral("'%1' must separate pairs of hex digits").arg(separator);
        return false;
    }

    int high = -1;
    for (const QChar c : text) {
        const int value = detail::hexValue(c);
        if (value < 0)
            continue;
        if (high < 0) {
            high = value;
        } else {
            sink(std::uint8_t(high << 4 | value));
            high = -1;
        }
    }
    return true;
}

constexpr char lowerHex(int nibble)
{
    return "0123456789abcdef"[nibble & 0xf];
}

} // namespace

Expected<MacAddress> MacAddress::parse(QStringView text)
{
    MacAddress mac;
    int index = 0;
    QString reason;
    if (!parseHexBytes(text, MacBytes, reason,
                       [&](std::uint8_t byte) { mac.m_bytes[index++] = byte; }))
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid MAC address: ") +
                    reason);
    return mac;
}

Expected<QString> MacAddress::canonicalClientId(QStringView text)
{
    QString canonical;
    QString reason;
    const auto append = [&](std::uint8_t byte) {
        if (!canonical.isEmpty())
            canonical += QLatin1Char('-');
        canonical += QLatin1Char(lowerHex(byte >> 4));
        canonical += QLatin1Char(lowerHex(byte));
    };
    canonical.reserve(text.size() + text.size() / 2);
    if (!parseHexBytes(text, 0, reason, append))
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid DHCP client id: ") +
                    reason);
    return canonical;
}

QString MacAddress::toString() const
{
    char buffer[3 * MacBytes - 1];
    for (int i = 0; i < MacBytes; ++i) {
        buffer[3 * i] = lowerHex(m_bytes[i] >> 4);
        buffer[3 * i + 1] = lowerHex(m_bytes[i]);
        if (i + 1 < MacBytes)
            buffer[3 * i + 2] = '-';
    }
    return QString::fromLatin1(buffer, sizeof buffer);
}

} // namespace leaselink
