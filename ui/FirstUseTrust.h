#pragma once

#include "domain/Server.h"
#include "store/NetBoxConnection.h"

#include <QList>
#include <QStringList>

#include <QCoroTask>

#include <optional>

class QWidget;

namespace leaselink {

class Database;

// Trust on first use before an interactive action (Import from Server, Sync Now, Sync All)
// contacts a service whose certificate was never trusted: HTTPS with verification on and no
// stored certificate. Instead of failing with "not trusted", the admin sees the real trust
// dialog (fetchAndAskTrust) for each such service, compares the fingerprint and trusts it; the
// certificate is saved like the Certificate action does. A certificate the system store verifies
// is accepted without a question. Background jobs never come here (they fail that server and
// the tray notification leads to the Certificate action).
class FirstUseTrust
{
public:
    static bool needsTrust(const Server &server);
    static bool needsTrust(const std::optional<NetBoxConnection> &connection);

    // Asks for the named servers (every server when serverNames is empty) and, with
    // includeNetBox, the NetBox connection. Returns false when the admin cancelled a dialog or
    // a certificate could not be fetched (after saying why): the action must not start.
    // Completes without waiting when nothing needs trust.
    static QCoro::Task<bool> ensureTrusted(QWidget *parent, Database &database,
                                           QStringList serverNames, bool includeNetBox);
};

} // namespace leaselink
