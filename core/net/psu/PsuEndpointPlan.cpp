#include "PsuEndpointPlan.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace leaselink {

namespace {

QString keyOf(const QString &url, const QString &method)
{
    return method + u' ' + url;
}

} // namespace

int PsuEndpointPlan::changingUpdates() const
{
    int n = 0;
    for (const Update &u : updates)
        n += u.scriptChanges ? 1 : 0;
    return n;
}

QStringList PsuEndpointPlanner::methodsOf(const QJsonObject &record)
{
    QStringList methods;
    const QJsonValue value = record.value(u"method");
    if (value.isString()) {
        methods << value.toString().trimmed().toUpper();
    } else {
        for (const QJsonValue &m : value.toArray()) {
            if (m.isString())
                methods << m.toString().trimmed().toUpper();
        }
    }
    methods.removeAll(QString());
    return methods;
}

bool PsuEndpointPlanner::isDhcpRecord(const QJsonObject &record)
{
    return record.value(u"url").toString().startsWith(QStringLiteral("/api/dhcp/"));
}

PsuEndpointPlan PsuEndpointPlanner::plan(const QList<PsuEndpointDefinition> &definitions,
                                         const QList<QJsonObject> &records)
{
    QHash<QString, const PsuEndpointDefinition *> defined;
    for (const PsuEndpointDefinition &d : definitions)
        defined.insert(keyOf(d.url, d.method), &d);

    PsuEndpointPlan plan;
    QSet<QString> held; // keys some record already holds (updated or blocked)
    for (const QJsonObject &record : records) {
        if (!isDhcpRecord(record)) {
            ++plan.otherRecords;
            continue;
        }
        const int id = record.value(u"id").toInt();
        const QString url = record.value(u"url").toString();
        const QStringList methods = methodsOf(record);
        QStringList matching;
        for (const QString &method : methods) {
            if (defined.contains(keyOf(url, method)))
                matching << method;
        }
        const auto leaveAlone = [&](PsuEndpointPlan::Reason reason) {
            plan.leftAlone << PsuEndpointPlan::LeftAlone{
                id, url, methods.join(QStringLiteral(", ")), reason};
        };
        if (matching.isEmpty()) {
            leaveAlone(PsuEndpointPlan::Reason::NotDefined);
            continue;
        }
        if (matching.size() > 1) {
            leaveAlone(PsuEndpointPlan::Reason::SeveralDefined);
            for (const QString &method : matching)
                held.insert(keyOf(url, method));
            continue;
        }
        const QString key = keyOf(url, matching.first());
        if (held.contains(key)) {
            leaveAlone(PsuEndpointPlan::Reason::Duplicate);
            continue;
        }
        held.insert(key);
        const PsuEndpointDefinition *definition = defined.value(key);
        PsuEndpointPlan::Update update;
        update.id = id;
        update.url = url;
        update.method = matching.first();
        update.scriptChanges = record.value(u"scriptBlock").toString() != definition->scriptBlock;
        update.record = record;
        update.record.insert(QStringLiteral("scriptBlock"), definition->scriptBlock);
        plan.updates << update;
    }
    for (const PsuEndpointDefinition &d : definitions) {
        if (held.contains(keyOf(d.url, d.method)))
            continue;
        plan.creates << PsuEndpointPlan::Create{d.url, d.method, d.createRecord()};
    }
    return plan;
}

} // namespace leaselink
