#include "SyncConnections.h"

#include "config/PsuTokenResolver.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/NetBoxConnectionRepository.h"

namespace leaselink::sync {

SyncConnections::SyncConnections(Database &database, SecretStore &secrets,
                                 const ConfigOverrides &overrides,
                                 NetBoxClientOptions netBoxOptions)
    : m_database(database)
    , m_secrets(secrets)
    , m_overrides(overrides)
    , m_netBoxOptions(netBoxOptions)
{}

QCoro::Task<Expected<std::unique_ptr<NetBoxClient>>> SyncConnections::netBox()
{
    auto connection = NetBoxConnectionRepository(m_database).get();
    if (!connection)
        co_return fail(connection.error().message);
    if (!connection->has_value())
        co_return fail(QStringLiteral("No NetBox connection is configured. Set it with "
                                      "'leaselink-cli netbox set URL' or Admin → NetBox "
                                      "Connection."));
    const NetBoxConnection saved = **connection;
    auto token = co_await m_secrets.read(SecretKey::netBoxApiToken());
    if (!token) {
        const QString why = token.error().message;
        co_return fail(QStringLiteral("The NetBox API token is not available: %1").arg(why));
    }
    const HttpSessionConfig config = NetBoxClient::sessionConfig(saved, *token);
    auto client = std::make_unique<NetBoxClient>(config, m_netBoxOptions);
    co_return client;
}

QCoro::Task<Expected<std::unique_ptr<PsuClient>>> SyncConnections::psu(Server server)
{
    PsuTokenResolver resolver(m_overrides, m_secrets);
    auto token = co_await resolver.resolve(server);
    if (!token) {
        const QString why = token.error().message;
        co_return fail(QStringLiteral("No App Token for %1: %2").arg(server.name, why));
    }
    const HttpSessionConfig config = PsuClient::sessionConfig(server, token->token);
    auto client = std::make_unique<PsuClient>(config);
    client->setScriptVersion(server.psuScriptVersion);
    co_return client;
}

} // namespace leaselink::sync
