#include "LeaseDuration.h"

#include "ParseText.h"

namespace leaselink {

namespace {

constexpr LeaseDuration::Unit LargestFirst[] = {
    LeaseDuration::Unit::Days, LeaseDuration::Unit::Hours, LeaseDuration::Unit::Minutes};

QString allowedUnits()
{
    return QStringLiteral("Seconds, Minutes, Hours or Days");
}

// Unit words accepted by parse(), case-insensitively. Short forms are what admins type in a
// shell ("90s", "8h").
struct UnitWord
{
    QLatin1String word;
    LeaseDuration::Unit unit;
};

constexpr UnitWord UnitWords[] = {
    {QLatin1String("s"), LeaseDuration::Unit::Seconds},
    {QLatin1String("sec"), LeaseDuration::Unit::Seconds},
    {QLatin1String("secs"), LeaseDuration::Unit::Seconds},
    {QLatin1String("second"), LeaseDuration::Unit::Seconds},
    {QLatin1String("seconds"), LeaseDuration::Unit::Seconds},
    {QLatin1String("m"), LeaseDuration::Unit::Minutes},
    {QLatin1String("min"), LeaseDuration::Unit::Minutes},
    {QLatin1String("mins"), LeaseDuration::Unit::Minutes},
    {QLatin1String("minute"), LeaseDuration::Unit::Minutes},
    {QLatin1String("minutes"), LeaseDuration::Unit::Minutes},
    {QLatin1String("h"), LeaseDuration::Unit::Hours},
    {QLatin1String("hr"), LeaseDuration::Unit::Hours},
    {QLatin1String("hrs"), LeaseDuration::Unit::Hours},
    {QLatin1String("hour"), LeaseDuration::Unit::Hours},
    {QLatin1String("hours"), LeaseDuration::Unit::Hours},
    {QLatin1String("d"), LeaseDuration::Unit::Days},
    {QLatin1String("day"), LeaseDuration::Unit::Days},
    {QLatin1String("days"), LeaseDuration::Unit::Days},
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

Expected<LeaseDuration> LeaseDuration::fromValueAndUnit(std::int64_t value, Unit unit)
{
    // Returns QString, not auto: an auto lambda would return a QStringBuilder of temporaries.
    const auto shown = [&]() -> QString {
        return QString::number(value) + QLatin1Char(' ') + unitName(unit, value != 1);
    };
    if (value < 1)
        return fail(QStringLiteral("A lease time of %1 is not allowed: the value must be at "
                                   "least 1")
                        .arg(shown()));
    // Divide rather than multiply so the check itself cannot overflow.
    if (value > MaxEntrySeconds / unitSeconds(unit))
        return fail(QStringLiteral("A lease time of %1 is longer than the DHCP maximum of %2 "
                                   "seconds (about 136 years)")
                        .arg(shown(), QString::number(MaxEntrySeconds)));
    return LeaseDuration(value * unitSeconds(unit));
}

Expected<LeaseDuration> LeaseDuration::parse(QStringView text)
{
    const auto invalid = [text](const QString &reason) {
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid lease time: ") + reason);
    };
    QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return invalid(QStringLiteral("the value is empty"));
    if (rest.front() == QLatin1Char('-'))
        return invalid(QStringLiteral("it cannot be negative"));

    std::int64_t value = 0;
    qsizetype digits = 0;
    while (digits < rest.size() && detail::isAsciiDigit(rest[digits])) {
        // Stop accumulating once past any acceptable value; the range check below reports it.
        if (value <= MaxEntrySeconds)
            value = value * 10 + (rest[digits].unicode() - u'0');
        ++digits;
    }
    if (digits == 0)
        return invalid(QStringLiteral("expected a whole number of %1, e.g. '3 Days' or '86400'")
                           .arg(allowedUnits()));
    rest = rest.sliced(digits);
    while (!rest.isEmpty() && isBlank(rest.front()))
        rest = rest.sliced(1);

    Unit unit = Unit::Seconds; // a plain number is seconds
    if (!rest.isEmpty()) {
        bool known = false;
        for (const UnitWord &candidate : UnitWords) {
            if (rest.compare(candidate.word, Qt::CaseInsensitive) == 0) {
                unit = candidate.unit;
                known = true;
                break;
            }
        }
        if (!known)
            return invalid(detail::quoted(rest) +
                           QStringLiteral(" is not a unit; use %1").arg(allowedUnits()));
    }
    if (value < 1)
        return invalid(QStringLiteral("it must be at least 1 %1").arg(unitName(unit, false)));
    if (value > MaxEntrySeconds / unitSeconds(unit))
        return invalid(QStringLiteral("it is longer than the DHCP maximum of %1 seconds")
                           .arg(MaxEntrySeconds));
    return LeaseDuration(value * unitSeconds(unit));
}

LeaseDuration LeaseDuration::fromServerSeconds(std::int64_t seconds)
{
    return LeaseDuration(seconds > 0 ? seconds : DefaultSeconds);
}

std::int64_t LeaseDuration::displayValue() const
{
    return m_seconds / unitSeconds(displayUnit());
}

LeaseDuration::Unit LeaseDuration::displayUnit() const
{
    if (m_seconds <= 0)
        return Unit::Seconds;
    for (const Unit unit : LargestFirst) {
        if (m_seconds % unitSeconds(unit) == 0)
            return unit;
    }
    return Unit::Seconds;
}

QString LeaseDuration::toDisplayString() const
{
    const std::int64_t value = displayValue();
    // Only exactly 1 is singular; 0 and negative values read "0 Seconds", "-5 Seconds".
    return QString::number(value) + QLatin1Char(' ') + unitName(displayUnit(), value != 1);
}

QString LeaseDuration::unitName(Unit unit, bool plural)
{
    switch (unit) {
    case Unit::Seconds:
        return plural ? QStringLiteral("Seconds") : QStringLiteral("Second");
    case Unit::Minutes:
        return plural ? QStringLiteral("Minutes") : QStringLiteral("Minute");
    case Unit::Hours:
        return plural ? QStringLiteral("Hours") : QStringLiteral("Hour");
    case Unit::Days:
        return plural ? QStringLiteral("Days") : QStringLiteral("Day");
    }
    return QString();
}

} // namespace leaselink
