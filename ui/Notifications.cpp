#include "Notifications.h"

#include "net/CertificateInfo.h"
#include "sync/ServerSelection.h"

#include <QCoreApplication>

#include <algorithm>

namespace leaselink {

namespace {

const QString NetBoxName = QStringLiteral("NetBox");

bool mentionsCertificate(const QString &text)
{
    return text.contains(QLatin1String("certificate"), Qt::CaseInsensitive);
}

Notification certificateProblem(const QString &service, const QString &why)
{
    Notification n;
    n.kind = Notification::Kind::CertificateProblem;
    n.serverName = service;
    n.title = Notifications::tr("Certificate of %1 needs your decision").arg(service);
    n.message = why.isEmpty()
                    ? Notifications::tr(
                          "Its certificate is not trusted: the scheduled sync skips it. Click to "
                          "compare the fingerprint and trust it.")
                    : Notifications::tr("%1 Click to review the certificate.").arg(why);
    return n;
}

} // namespace

QString Notification::key() const
{
    return QString::number(int(kind)) + QLatin1Char('|') + serverName + QLatin1Char('|') + message;
}

bool Notifications::isCertificateError(const Server &server)
{
    const bool neverTrusted = server.useHttps && server.verifySsl && server.certificate.isEmpty();
    return neverTrusted || mentionsCertificate(server.healthError);
}

QList<Notification> Notifications::forSyncResult(const sync::SyncJobResult &result,
                                                 const QList<Server> &servers)
{
    QList<Notification> out;
    if (result.dryRun)
        return out;
    const QString unreachable =
        sync::ServerSelectionRules::skipReasonText(sync::ServerSkipReason::Unreachable);
    for (const sync::PlannedServer &planned : result.servers) {
        if (planned.synced || planned.skipReason != unreachable)
            continue;
        const auto server = std::find_if(servers.cbegin(), servers.cend(),
                                         [&](const Server &s) { return s.id == planned.serverId; });
        const QString why = server != servers.cend() ? server->healthError : QString();
        if (server != servers.cend() && isCertificateError(*server)) {
            out << certificateProblem(planned.name, why);
            continue;
        }
        Notification n;
        n.kind = Notification::Kind::ServerUnreachable;
        n.serverName = planned.name;
        n.title = tr("%1 is unreachable").arg(planned.name);
        n.message = why.isEmpty() ? tr("The scheduled sync could not reach it.") : why;
        out << n;
    }
    for (const QString &error : result.runErrors) {
        if (error.startsWith(NetBoxName + QLatin1Char(':')) && mentionsCertificate(error))
            out << certificateProblem(NetBoxName, error.mid(NetBoxName.size() + 1).trimmed());
    }
    if (result.status == JobStatus::Failed || result.status == JobStatus::Partial) {
        Notification n;
        n.kind = Notification::Kind::SyncFailed;
        n.title = tr("Scheduled sync %1").arg(sync::jobStatusText(result.status));
        const QString first = result.runErrors.isEmpty() ? QString() : result.runErrors.first();
        n.message = first.isEmpty() ? tr("See Admin → Jobs for the details.")
                                    : tr("%1 (see Admin → Jobs for the details)").arg(first);
        out << n;
    }
    return out;
}

QList<Notification> Notifications::forCertificates(const QList<Server> &servers,
                                                   const std::optional<NetBoxConnection> &netBox,
                                                   const QDateTime &now)
{
    QList<Notification> out;
    const auto add = [&out, &now](const StoredCertificate &certificate, const QString &name) {
        const auto state = certificate.expiryState(now);
        if (state != StoredCertificate::ExpiryState::ExpiringSoon &&
            state != StoredCertificate::ExpiryState::Expired)
            return;
        Notification n;
        n.kind = Notification::Kind::CertificateExpiring;
        n.serverName = name;
        n.title = state == StoredCertificate::ExpiryState::Expired
                      ? tr("Certificate of %1 has expired").arg(name)
                      : tr("Certificate of %1 expires soon").arg(name);
        n.message = CertificateInfo::storedExpiryNotice(certificate, name, now);
        out << n;
    };
    for (const Server &server : servers) {
        if (server.useHttps)
            add(server.certificate, server.name);
    }
    if (netBox)
        add(netBox->certificate, NetBoxName);
    return out;
}

QList<Notification> Notifications::filterNew(const QList<Notification> &notifications)
{
    QList<Notification> fresh;
    for (const Notification &n : notifications) {
        if (m_shown.contains(n.key()))
            continue;
        m_shown.insert(n.key());
        fresh << n;
    }
    return fresh;
}

void Notifications::forgetServer(const QString &serverName)
{
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (it->section(QLatin1Char('|'), 1, 1) == serverName)
            it = m_shown.erase(it);
        else
            ++it;
    }
}

bool Notifications::closeHidesToTray(bool trayAvailable, bool keepRunningSetting)
{
    return trayAvailable && keepRunningSetting;
}

} // namespace leaselink
