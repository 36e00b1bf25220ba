#pragma once

#include "PsuEndpointScript.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace leaselink {

// What "Update PSU Scripts" will do on one server (psu-api.md §5 steps 2-3, decisions.md C-10):
// update the defined endpoints that exist, create the missing ones, and leave every other
// /api/dhcp/ record alone. Nothing is ever deleted.
struct PsuEndpointPlan
{
    struct Update
    {
        int id = 0;
        QString url;
        QString method;
        QJsonObject record;        // the whole record as GET returned it, only scriptBlock replaced
        bool scriptChanges = true; // false: the stored scriptBlock is already LeaseLink's
        bool operator==(const Update &) const = default;
    };
    struct Create
    {
        QString url;
        QString method;
        QJsonObject record;
        bool operator==(const Create &) const = default;
    };
    enum class Reason
    {
        NotDefined,    // LeaseLink's script has no such endpoint (an older script, or not ours)
        Duplicate,     // a second record for an endpoint another record already holds
        SeveralDefined // one record serves several defined methods, which need their own blocks
    };
    struct LeftAlone
    {
        int id = 0;
        QString url;
        QString methods; // "GET" or "GET, POST"
        Reason reason = Reason::NotDefined;
        bool operator==(const LeftAlone &) const = default;
    };

    QList<Update> updates;
    QList<Create> creates;
    QList<LeftAlone> leftAlone;
    int otherRecords = 0; // records outside /api/dhcp/: never looked at

    int changingUpdates() const;
    bool operator==(const PsuEndpointPlan &) const = default;
};

// Pure: the current GET /api/v1/endpoint records and the definitions in, the plan out.
// - Only records whose url starts with "/api/dhcp/" are considered.
// - The key is (url, METHOD); "method" may be a string or an array of strings.
// - A record matching one defined endpoint is updated (PUT, once per record). A record whose
//   methods match several defined endpoints is left alone: PSU keeps one scriptBlock per record
//   and each of LeaseLink's endpoints has its own body (the plugin PUTs such a record twice and
//   the last body wins). The defined endpoints it holds are not created either, so PSU never
//   sees two records for one route.
// - A second record for a key already matched is left alone (Duplicate).
class PsuEndpointPlanner
{
public:
    static PsuEndpointPlan plan(const QList<PsuEndpointDefinition> &definitions,
                                const QList<QJsonObject> &records);

    static QStringList methodsOf(const QJsonObject &record); // upper case, in record order
    static bool isDhcpRecord(const QJsonObject &record);
};

} // namespace leaselink
