#include "SyncJobTypes.h"

namespace leaselink::sync {

bool SyncJobResult::changedNothing() const
{
    // The counters of things written somewhere (NetBox, the DHCP servers, the local store);
    // reads, skips, failures and per-server bookkeeping are not changes.
    static const char *const written[] = {
        "ip_created",        "ip_updated",          "ip_deleted",         "side_info_written",
        "side_info_deleted", "scope_fields_pulled", "exclusions_created", "exclusions_deleted",
        "scopes_deleted",    "scopes_pushed",       "exclusions_pushed",  "scopes_created",
        "failovers_created", "prefixes_created",    "reservations_pushed"};
    for (const char *key : written) {
        if (counts.value(QLatin1String(key)).toInteger() != 0)
            return false;
    }
    return true;
}

QString jobStatusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Succeeded:
        return QStringLiteral("completed");
    case JobStatus::Partial:
        return QStringLiteral("completed with errors");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace leaselink::sync
