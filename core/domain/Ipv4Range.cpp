#include "Ipv4Range.h"

#include "ParseText.h"

namespace leaselink {

namespace {

constexpr char16_t EnDash = 0x2013;

bool isSeparator(QChar c)
{
    return c == QLatin1Char('-') || c.unicode() == EnDash;
}

} // namespace

Expected<Ipv4Range> Ipv4Range::create(Ipv4Address start, Ipv4Address end)
{
    if (end < start)
        return fail(QStringLiteral("The range start %1 is after its end %2")
                        .arg(start.toString(), end.toString()));
    return Ipv4Range(start, end);
}

Expected<Ipv4Range> Ipv4Range::parse(QStringView text)
{
    const auto invalid = [text](const QString &reason) {
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid IPv4 range: ") + reason);
    };
    if (text.isEmpty())
        return invalid(QStringLiteral("the value is empty"));

    qsizetype separator = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isSeparator(text[i]))
            continue;
        if (separator >= 0)
            return invalid(QStringLiteral("expected exactly one '-' between two addresses"));
        separator = i;
    }
    if (separator < 0)
        return invalid(QStringLiteral("expected <start>-<end>"));

    // Spaces are allowed next to the separator only ("a - b", the display form "a – b").
    QStringView startText = text.first(separator);
    while (!startText.isEmpty() && startText.back() == QLatin1Char(' '))
        startText.chop(1);
    QStringView endText = text.sliced(separator + 1);
    while (!endText.isEmpty() && endText.front() == QLatin1Char(' '))
        endText = endText.sliced(1);

    QString reason;
    std::uint32_t start = 0;
    if (!detail::parseDottedQuad(startText, start, &reason))
        return invalid(QStringLiteral("the start address ") + detail::quoted(startText) +
                       QStringLiteral(" is invalid: ") + reason);
    std::uint32_t end = 0;
    if (!detail::parseDottedQuad(endText, end, &reason))
        return invalid(QStringLiteral("the end address ") + detail::quoted(endText) +
                       QStringLiteral(" is invalid: ") + reason);
    if (end < start)
        return invalid(QStringLiteral("the start %1 is after the end %2")
                           .arg(detail::dottedQuad(start), detail::dottedQuad(end)));
    return Ipv4Range(Ipv4Address(start), Ipv4Address(end));
}

bool Ipv4Range::contains(Ipv4Address address) const
{
    return m_start <= address && address <= m_end;
}

bool Ipv4Range::contains(const Ipv4Range &other) const
{
    return m_start <= other.m_start && other.m_end <= m_end;
}

bool Ipv4Range::overlaps(const Ipv4Range &other) const
{
    return m_start <= other.m_end && other.m_start <= m_end;
}

QString Ipv4Range::toString() const
{
    return m_start.toString() + QStringLiteral(" \u2013 ") + m_end.toString();
}

} // namespace leaselink
