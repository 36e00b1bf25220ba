#include "SyncConnections.h"

#include "config/PsuTokenResolver.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/NetBoxConnectionRepository.h"

namespace leaselink::sync {

SyncConnections::SyncConnections(Database &database, SecretStore &secrets,
                                 const ConfigOverrides &overrides,
                                 NetBoxClientOptions netBoxOptions,
                                 std::function<void(HttpSessionConfig &)> tuneSession)
    : m_database(database)
    , m_secrets(secrets)
    , m_overrides(overrides)
    , m_netBoxOptions(netBoxOptions)
    , m_tuneSession(std::move(tuneSession))
{}

QCoro::Task<ClientOrError<NetBoxClient>> SyncConnections::netBox()
{
    ClientOrError<NetBoxClient> out;
    auto connection = NetBoxConnectionRepository(m_database).get();
    if (!connection) {
        out.error = connection.error().message;
        co_return out;
    }
    if (!connection->has_value()) {
        out.error = QStringLiteral("No NetBox connection is configured. Set it with "
                                   "'leaselink-cli netbox set URL' or Admin → NetBox "
                                   "Connection.");
        co_return out;
    }
    const NetBoxConnection saved = **connection;
    auto token = co_await m_secrets.read(SecretKey::netBoxApiToken());
    if (!token) {
        const QString why = token.error().message;
        out.error = QStringLiteral("The NetBox API token is not available: %1").arg(why);
        co_return out;
    }
    HttpSessionConfig config = NetBoxClient::sessionConfig(saved, *token);
    if (m_tuneSession)
        m_tuneSession(config);
    out.client = std::make_unique<NetBoxClient>(config, m_netBoxOptions);
    co_return out;
}

QCoro::Task<ClientOrError<PsuClient>> SyncConnections::psu(Server server)
{
    ClientOrError<PsuClient> out;
    PsuTokenResolver resolver(m_overrides, m_secrets);
    auto token = co_await resolver.resolve(server);
    if (!token) {
        const QString why = token.error().message;
        out.error = QStringLiteral("No App Token for %1: %2").arg(server.name, why);
        co_return out;
    }
    HttpSessionConfig config = PsuClient::sessionConfig(server, token->token);
    if (m_tuneSession)
        m_tuneSession(config);
    out.client = std::make_unique<PsuClient>(config);
    out.client->setScriptVersion(server.psuScriptVersion);
    co_return out;
}

} // namespace leaselink::sync
