#pragma once

#include "SyncJobTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace leaselink::sync {

// One scope's planned (or applied) NetBox IP changes.
struct ScopeChangeGroup
{
    std::int64_t localScopeId = 0;
    QString name;        // local scope name ("" when unknown)
    QString network;     // the scope's network address
    QList<IpChange> ips; // in plan order
    int creates = 0;
    int updates = 0;
    int deletes = 0;
};

// One server's part of a run, for a dry run's listing and the GUI's preview tree.
struct ServerChangeGroup
{
    std::int64_t serverId = 0;
    QString name;
    QString state; // "synced", "skipped: maintenance", "failed: …"
    // The same as state, for a user interface that words it in its own language.
    enum class Outcome
    {
        Synced,
        Skipped,
        Failed
    };
    Outcome outcome = Outcome::Synced;
    QString reason; // why skipped or failed
    QList<ScopeChangeGroup> scopes;
    QStringList scopeChanges; // scope plan lines: pulls, pushes, scope deletes, creations
};

// Renders a sync result grouped by server and scope (issue 5: a dry run lists every delete).
class SyncReport
{
public:
    static QList<ServerChangeGroup> group(const SyncJobResult &result);
    // Human-readable: per server and scope the counts, and every delete on its own line.
    // Creates and updates are listed too when `verbose`.
    static QString text(const SyncJobResult &result, bool verbose = false);
    static QJsonObject json(const SyncJobResult &result);
    // "create 10.0.1.51/24 status=dhcp … (SYN-17)"
    static QString changeLine(const IpChange &change);
};

} // namespace leaselink::sync
