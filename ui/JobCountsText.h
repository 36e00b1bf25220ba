#pragma once

#include <QJsonObject>
#include <QString>

namespace leaselink {

// A job's counts as an admin reads them: "120 created, 3 deleted in NetBox · 10,000 leases read"
// for a sync, "20 scopes created, 2 skipped · 1 failover created" for an import. The engine's
// keys (ip_created, {"scopes": {"created": …}}) are stable identifiers, not text; zero counts are
// left out, unknown keys are kept (as "key: n") so nothing the engine reports is hidden.
QString jobCountsText(const QJsonObject &counts);

} // namespace leaselink
