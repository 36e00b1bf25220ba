#include "FirstUseTrust.h"

#include "CertificateTrust.h"

#include "store/NetBoxConnectionRepository.h"
#include "store/ServerRepository.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

namespace leaselink {

namespace {

// Shows why a certificate could not be fetched or saved; the action does not start.
void warn(QWidget *parent, const QString &service, const QString &why)
{
    QMessageBox::warning(
        parent, QCoreApplication::translate("leaselink::FirstUseTrust", "Certificate"),
        QCoreApplication::translate("leaselink::FirstUseTrust",
                                    "The certificate of %1 could not be checked: %2")
            .arg(service, why));
}

} // namespace

bool FirstUseTrust::needsTrust(const Server &server)
{
    return server.useHttps && server.verifySsl && server.certificate.isEmpty();
}

bool FirstUseTrust::needsTrust(const std::optional<NetBoxConnection> &connection)
{
    return connection && connection->url.scheme() == QLatin1String("https") &&
           connection->verifySsl && connection->certificate.isEmpty();
}

QCoro::Task<bool> FirstUseTrust::ensureTrusted(QWidget *parent, Database &database,
                                               QStringList serverNames, bool includeNetBox)
{
    QPointer<QWidget> guard(parent);
    QList<Server> pending;
    if (const auto servers = ServerRepository(database).list()) {
        for (const Server &server : *servers) {
            const bool wanted = serverNames.isEmpty() || serverNames.contains(server.name);
            if (wanted && needsTrust(server))
                pending.append(server);
        }
    }
    for (const Server &server : std::as_const(pending)) {
        const QString name = server.name;
        const QString host = server.hostname;
        const quint16 port = quint16(server.port);
        const StoredCertificate none;
        const TrustDecision decision =
            co_await fetchAndAskTrust(parent, name, host, port, none, true);
        if (!guard)
            co_return false;
        if (decision.systemTrusted)
            continue;
        if (!decision.error.isEmpty()) {
            warn(parent, name, decision.error);
            co_return false;
        }
        if (!decision.trusted)
            co_return false; // Cancel really cancels the action
        const auto stored = ServerRepository(database).setCertificate(server.id, *decision.trusted);
        if (!stored) {
            warn(parent, name, stored.error().message);
            co_return false;
        }
    }

    if (!includeNetBox)
        co_return true;
    const auto connection = NetBoxConnectionRepository(database).get();
    if (!connection || !needsTrust(*connection))
        co_return true;
    NetBoxConnection netBox = **connection;
    const QString service = QStringLiteral("NetBox");
    const QString host = netBox.url.host();
    const quint16 port = quint16(netBox.url.port(443));
    const StoredCertificate none;
    const TrustDecision decision =
        co_await fetchAndAskTrust(parent, service, host, port, none, true);
    if (!guard)
        co_return false;
    if (decision.systemTrusted)
        co_return true;
    if (!decision.error.isEmpty()) {
        warn(parent, service, decision.error);
        co_return false;
    }
    if (!decision.trusted)
        co_return false;
    netBox.certificate = *decision.trusted;
    if (const auto saved = NetBoxConnectionRepository(database).save(netBox); !saved) {
        warn(parent, service, saved.error().message);
        co_return false;
    }
    co_return true;
}

} // namespace leaselink
