#pragma once

#include "store/JobRecord.h"
#include "store/NetBoxConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace leaselink {

// The NetBox part of the main window's status bar (issue 6): not only where NetBox is but
// whether LeaseLink can use it, from what is known without a network call: the stored
// connection and the NetBox lines of the last recorded sync job.
struct NetBoxStatusText
{
    Q_DECLARE_TR_FUNCTIONS(NetBoxStatusText)

public:
    enum class State
    {
        NotConfigured,
        NotTrustedYet,  // HTTPS with verification and no certificate checked yet
        NotContacted,   // configured, no sync has used it yet
        LastSyncFailed, // the last sync could not connect to or read NetBox
        LastSyncOk      // the last sync read and wrote NetBox
    };

    State state = State::NotConfigured;
    QString text;    // "NetBox: https://netbox.example/ · reached by the last sync (…)"
    QString toolTip; // the failing log line, or what to do next

    // The newest finished "sync" job of the history (newest first), if any.
    static std::optional<JobRecord> lastSync(const QList<JobRecord> &jobs);
    static NetBoxStatusText describe(const std::optional<NetBoxConnection> &connection,
                                     const std::optional<JobRecord> &lastSync);
};

} // namespace leaselink
