#include "PsuScriptVersion.h"

#include <QRegularExpression>

namespace leaselink {

std::optional<PsuScriptVersion> PsuScriptVersion::parse(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PsuScriptVersion v;
    v.m_major = m.captured(1).toInt();
    v.m_minor = m.captured(2).toInt();
    v.m_patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    return v;
}

QString PsuScriptVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
}

bool PsuScriptVersion::supportsBulk(const QString &reported)
{
    const auto v = parse(reported);
    return v && v->major() >= 2;
}

PsuScriptVersion::Match PsuScriptVersion::compareWithShipped(const QString &reported,
                                                             const QString &shipped)
{
    if (reported.trimmed().isEmpty())
        return Match::Unknown;
    // Exact string equality, as the plugin does (psu-api.md §4).
    return reported.trimmed() == shipped ? Match::Equal : Match::Different;
}

QString PsuScriptVersion::advisory(const QString &reported, const QString &shipped)
{
    switch (compareWithShipped(reported, shipped)) {
    case Match::Equal:
        return {};
    case Match::Unknown:
        return QStringLiteral("The PSU script reports no version: it is treated as 1.0.2 and "
                              "used read-only; update it with the scripts LeaseLink ships (%1)")
            .arg(shipped);
    case Match::Different:
        return QStringLiteral("The PSU script is version %1, LeaseLink ships %2: syncing "
                              "continues; update the scripts when convenient")
            .arg(reported.trimmed(), shipped);
    }
    return {};
}

} // namespace leaselink
