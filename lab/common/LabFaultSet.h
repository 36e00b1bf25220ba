#pragma once

#include "domain/Error.h"
#include "LabFault.h"

#include <optional>
#include <QList>

namespace leaselink::lab {

// The faults of one server, with a per-fault counter of matching requests so that "fail only
// the Nth request" can be expressed.
class LabFaultSet
{
public:
    void add(const LabFault &fault);
    void clear();
    qsizetype size() const { return m_entries.size(); }

    // Counts the request against every matching fault and returns the first one that fires.
    std::optional<LabFault> take(const QByteArray &method, const QString &path);

    // Reads {"faults":[{"server":"psu-1","method":"GET","path":"/api/dhcp/leases*",
    // "kind":"status","status":503,"latency_ms":0,"nth":0,"body":"…","content_type":"…"}]}
    // (or a bare list) and adds the entries whose "server" is absent, "*" or serverName.
    Expected<int> loadJson(const QByteArray &json, const QString &serverName);

private:
    struct Entry
    {
        LabFault fault;
        int seen = 0;
    };
    QList<Entry> m_entries;
};

} // namespace leaselink::lab
