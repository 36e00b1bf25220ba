#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

// Helpers shared by the domain parsers. Internal to core/domain: the success paths of the
// parsers allocate nothing, so these only build text when something is wrong.
namespace leaselink::detail {

// The input as an admin should see it inside an error message: in single quotes, cut short
// when it is very long so a pasted file cannot flood a dialog.
QString quoted(QStringView input);

// Describes one offending character ("' '", "'/'", "U+00A0") for a reason text.
QString describeChar(QChar c);

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Value 0..15 of an ASCII hex digit, or -1.
inline int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Strict dotted quad. On success stores the host-order value and returns true; otherwise
// returns false and, when reason is not null, stores why ("expected 4 octets, found 3").
bool parseDottedQuad(QStringView text, std::uint32_t &value, QString *reason);

// Dotted-quad text of a host-order value ("10.0.0.1").
QString dottedQuad(std::uint32_t value);

} // namespace leaselink::detail
