#include "FingerprintMatcher.h"

namespace leaselink {

QString FingerprintMatcher::normalize(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("sha256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    else if (t.startsWith(QStringLiteral("sha-256:"), Qt::CaseInsensitive))
        t = t.mid(8);
    QString hex;
    hex.reserve(64);
    for (const QChar c : std::as_const(t)) {
        if (c == u':' || c == u' ')
            continue;
        const bool isHex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex)
            return {};
        hex += c.toUpper();
    }
    return hex.size() == 64 ? hex : QString();
}

bool FingerprintMatcher::matches(const QString &given, const QString &certificateFingerprint)
{
    const QString a = normalize(given);
    return !a.isEmpty() && a == normalize(certificateFingerprint);
}

} // namespace leaselink
