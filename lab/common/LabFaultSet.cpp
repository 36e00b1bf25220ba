#include "LabFaultSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::lab {

void LabFaultSet::add(const LabFault &fault)
{
    m_entries.append(Entry{fault, 0});
}

void LabFaultSet::clear()
{
    m_entries.clear();
}

std::optional<LabFault> LabFaultSet::take(const QByteArray &method, const QString &path)
{
    std::optional<LabFault> fired;
    for (Entry &entry : m_entries) {
        if (!entry.fault.matches(method, path))
            continue;
        ++entry.seen;
        const bool fires = entry.fault.onlyNth == 0 || entry.fault.onlyNth == entry.seen;
        if (fires && !fired)
            fired = entry.fault;
    }
    return fired;
}

Expected<int> LabFaultSet::loadJson(const QByteArray &json, const QString &serverName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("The faults file is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonArray list =
        document.isArray() ? document.array() : document.object().value(u"faults").toArray();
    if (!document.isArray() && !document.object().value(u"faults").isArray())
        return fail(QStringLiteral("The faults file must be a list or {\"faults\":[…]}"));
    QList<LabFault> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QString where = QStringLiteral("fault #%1").arg(i + 1);
        if (item.isEmpty())
            return fail(where + QStringLiteral(" is not an object"));
        const QString server = item.value(u"server").toString();
        if (!server.isEmpty() && server != u"*" && server != serverName)
            continue;
        LabFault fault;
        const auto kind = LabFault::kindFromName(item.value(u"kind").toString());
        if (!kind)
            return fail(where + QStringLiteral(": ") + kind.error().message);
        fault.kind = *kind;
        fault.method = item.value(u"method").toString(QStringLiteral("*")).toUpper().toLatin1();
        fault.pathPattern = item.value(u"path").toString(QStringLiteral("*"));
        fault.status = item.value(u"status").toInt(500);
        fault.latencyMs = item.value(u"latency_ms").toInt(0);
        fault.onlyNth = item.value(u"nth").toInt(0);
        fault.body = item.value(u"body").toString().toUtf8();
        fault.contentType = item.value(u"content_type").toString().toLatin1();
        fault.bodyBytes = qint64(item.value(u"bytes").toDouble(double(fault.bodyBytes)));
        if (fault.status < 100 || fault.status > 599)
            return fail(where +
                        QStringLiteral(": status %1 is not an HTTP status").arg(fault.status));
        if (fault.latencyMs < 0 || fault.onlyNth < 0)
            return fail(where + QStringLiteral(": latency_ms and nth must not be negative"));
        parsed.append(fault);
    }
    for (const LabFault &fault : parsed)
        add(fault);
    return int(parsed.size());
}

} // namespace leaselink::lab
