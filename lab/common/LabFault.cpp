#include "LabFault.h"

#include <QStringList>

#include <array>
#include <utility>

namespace leaselink::lab {

namespace {

constexpr std::array<std::pair<LabFault::Kind, const char *>, 10> kindNames{{
    {LabFault::Kind::Latency, "latency"},
    {LabFault::Kind::Status, "status"},
    {LabFault::Kind::MalformedJson, "malformed_json"},
    {LabFault::Kind::Empty200, "empty_200"},
    {LabFault::Kind::LoneObject, "lone_object"},
    {LabFault::Kind::Truncated, "truncated"},
    {LabFault::Kind::Reset, "reset"},
    {LabFault::Kind::Hang, "hang"},
    {LabFault::Kind::HugeBody, "huge_body"},
    {LabFault::Kind::HugeStream, "huge_stream"},
}};

// Glob match where '*' spans any characters; iterative with backtracking to the last star, so
// it is linear for the short patterns faults use.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace

bool LabFault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (method != "*" && method != requestMethod)
        return false;
    return globMatch(pathPattern, path);
}

QString LabFault::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

Expected<LabFault::Kind> LabFault::kindFromName(const QString &name)
{
    QStringList known;
    for (const auto &[k, text] : kindNames) {
        if (name == QLatin1StringView(text))
            return k;
        known.append(QString::fromLatin1(text));
    }
    return fail(QStringLiteral("Unknown fault kind '%1'; use one of: %2")
                    .arg(name, known.join(QStringLiteral(", "))));
}

} // namespace leaselink::lab
