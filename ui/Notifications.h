#pragma once

#include "domain/Server.h"
#include "store/NetBoxConnection.h"
#include "sync/SyncJobTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace leaselink {

// One desktop notification (the tray's balloon). Clicking it does what `kind` asks: a
// certificate notification opens the Servers view's Certificate action for `serverName`.
struct Notification
{
    enum class Kind
    {
        SyncFailed,          // a scheduled sync failed or completed with errors
        ServerUnreachable,   // a server could not be reached (not a certificate problem)
        CertificateProblem,  // untrusted or changed certificate: the trust dialog is needed
        CertificateExpiring, // a trusted certificate expires within 90 days (or has expired)
        Info,                // a hint (e.g. "LeaseLink keeps running"); clicking shows the window
    };
    Kind kind = Kind::SyncFailed;
    QString serverName; // "" for job-wide notifications; "NetBox" for the NetBox connection
    QString title;
    QString message;
    bool warning = true; // shown with the warning icon (else information)

    // Identifies the notification for "already shown" (kind + server + message).
    QString key() const;
    bool operator==(const Notification &) const = default;
};

// Which notifications a scheduled sync's result and the stored certificates deserve. Pure
// logic (no QSystemTrayIcon): the tray shows what this returns, the tests check it row by row.
// The same problem is announced once per session (shownBefore / filterNew), so a server that
// stays unreachable does not pop up every interval.
class Notifications
{
    Q_DECLARE_TR_FUNCTIONS(leaselink::Notifications)

public:
    // A finished background sync: failed or partial -> SyncFailed; each server skipped as
    // unreachable -> ServerUnreachable, or CertificateProblem when the cause is its certificate
    // (never trusted, changed, or refused by TLS verification). servers: the store's servers
    // after the run (their last health error says why).
    static QList<Notification> forSyncResult(const sync::SyncJobResult &result,
                                             const QList<Server> &servers);

    // Trusted certificates expiring within 90 days or expired (the threshold of the Servers
    // view's warning: StoredCertificate::expiryState), servers first, then NetBox.
    static QList<Notification> forCertificates(const QList<Server> &servers,
                                               const std::optional<NetBoxConnection> &netBox,
                                               const QDateTime &now);

    // True when a server's recorded error is about its certificate rather than the network.
    static bool isCertificateError(const Server &server);

    // The ones not shown yet in this session (and remembers them). A problem that went away and
    // comes back is shown again once forget() was called for its server.
    QList<Notification> filterNew(const QList<Notification> &notifications);
    void forgetServer(const QString &serverName);

    // Closing the window hides it to the tray only when a tray exists and the admin chose so;
    // otherwise closing quits (the scheduler must not run invisibly without a tray icon).
    static bool closeHidesToTray(bool trayAvailable, bool keepRunningSetting);

private:
    QSet<QString> m_shown;
};

} // namespace leaselink
