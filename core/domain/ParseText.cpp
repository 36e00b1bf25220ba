#include "ParseText.h"

namespace leaselink::detail {

namespace {

// Long enough for any address, prefix, MAC or duration; longer input is not worth echoing.
constexpr qsizetype MaxEchoedChars = 64;

} // namespace

QString quoted(QStringView input)
{
    QString text = input.size() > MaxEchoedChars
                       ? input.first(MaxEchoedChars - 1).toString() + QChar(0x2026) // …
                       : input.toString();
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString describeChar(QChar c)
{
    if (c.unicode() >= 0x21 && c.unicode() <= 0x7e)
        return QLatin1Char('\'') + QString(c) + QLatin1Char('\'');
    if (c == QLatin1Char(' '))
        return QStringLiteral("a space");
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

bool parseDottedQuad(QStringView text, std::uint32_t &value, QString *reason)
{
    const auto failWith = [reason](QString why) {
        if (reason)
            *reason = std::move(why);
        return false;
    };
    if (text.isEmpty())
        return failWith(QStringLiteral("the value is empty"));

    // Pass 1: only digits and dots may appear. Name the first stranger, with a hint for the
    // usual mistakes (a pasted CIDR, a sign, surrounding spaces).
    int dots = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('.')) {
            ++dots;
        } else if (!isAsciiDigit(c)) {
            if (c == QLatin1Char('/'))
                return failWith(
                    QStringLiteral("a prefix length or mask ('/') is not allowed here"));
            if (c.isSpace())
                return failWith(QStringLiteral("it contains whitespace"));
            if (c == QLatin1Char('+') || c == QLatin1Char('-'))
                return failWith(QStringLiteral("octets cannot have a sign"));
            return failWith(
                QStringLiteral("it contains the invalid character %1").arg(describeChar(c)));
        }
    }
    // Checked before counting: "10.0.0.1." is a stray dot, not a fifth octet.
    if (text.front() == QLatin1Char('.'))
        return failWith(QStringLiteral("it starts with a dot"));
    if (text.back() == QLatin1Char('.'))
        return failWith(QStringLiteral("it ends with a dot"));
    if (dots != 3)
        return failWith(QStringLiteral("expected 4 octets, found %1").arg(dots + 1));

    // Pass 2: exactly four octets of 1-3 digits, 0..255, no leading zero (010 is octal to some
    // tools and decimal to others, so it is refused rather than guessed).
    std::uint32_t result = 0;
    qsizetype start = 0;
    for (int octet = 1; octet <= 4; ++octet) {
        qsizetype end = start;
        while (end < text.size() && text[end] != QLatin1Char('.'))
            ++end;
        const QStringView digits = text.sliced(start, end - start);
        if (digits.isEmpty())
            return failWith(QStringLiteral("octet %1 is empty").arg(octet));
        if (digits.size() > 1 && digits.front() == QLatin1Char('0'))
            return failWith(QStringLiteral("octet %1 (%2) has a leading zero")
                                .arg(QString::number(octet), quoted(digits)));
        if (digits.size() > 3)
            return failWith(QStringLiteral("octet %1 is greater than 255").arg(octet));
        std::uint32_t number = 0;
        for (const QChar c : digits)
            number = number * 10 + (c.unicode() - u'0');
        if (number > 255)
            return failWith(QStringLiteral("octet %1 (%2) is greater than 255")
                                .arg(QString::number(octet), QString::number(number)));
        result = (result << 8) | number;
        start = end + 1;
    }
    value = result;
    return true;
}

QString dottedQuad(std::uint32_t value)
{
    char buffer[16];
    int length = 0;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (value >> shift) & 0xffu;
        if (octet >= 100)
            buffer[length++] = char('0' + octet / 100);
        if (octet >= 10)
            buffer[length++] = char('0' + octet / 10 % 10);
        buffer[length++] = char('0' + octet % 10);
        if (shift > 0)
            buffer[length++] = '.';
    }
    return QString::fromLatin1(buffer, length);
}

} // namespace leaselink::detail
