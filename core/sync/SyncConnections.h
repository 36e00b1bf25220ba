#pragma once

#include "config/ConfigOverrides.h"
#include "domain/Error.h"
#include "domain/Server.h"
#include "net/netbox/NetBoxClient.h"
#include "net/psu/PsuClient.h"

#include <QCoroTask>

#include <memory>

namespace leaselink {
class Database;
class SecretStore;
} // namespace leaselink

namespace leaselink::sync {

// Builds the clients a job talks through: the NetBox client of the saved connection and one PSU
// client per server, each with its token from the keychain or the environment (never from the
// configuration file, O-18) and the stored certificate as its only trust anchor. The messages
// say what is missing and how to fix it; they never contain a token.
class SyncConnections
{
public:
    SyncConnections(Database &database, SecretStore &secrets, const ConfigOverrides &overrides,
                    NetBoxClientOptions netBoxOptions = {});

    QCoro::Task<Expected<std::unique_ptr<NetBoxClient>>> netBox();
    QCoro::Task<Expected<std::unique_ptr<PsuClient>>> psu(Server server);

private:
    Database &m_database;
    SecretStore &m_secrets;
    const ConfigOverrides &m_overrides;
    NetBoxClientOptions m_netBoxOptions;
};

} // namespace leaselink::sync
