#pragma once

#include <functional>

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
// A client, or why there is none. (A plain struct: std::expected of a move-only type inside a
// QCoro::Task does not compile with GCC 12's <expected>.)
template <typename Client> struct ClientOrError
{
    std::unique_ptr<Client> client;
    QString error;

    explicit operator bool() const { return bool(client); }
};

class SyncConnections
{
public:
    // tuneSession, when set, adjusts every session before its client is built (the fault tests
    // shorten timeouts and retry delays through it).
    SyncConnections(Database &database, SecretStore &secrets, const ConfigOverrides &overrides,
                    NetBoxClientOptions netBoxOptions = {},
                    std::function<void(HttpSessionConfig &)> tuneSession = {});

    QCoro::Task<ClientOrError<NetBoxClient>> netBox();
    QCoro::Task<ClientOrError<PsuClient>> psu(Server server);

private:
    Database &m_database;
    SecretStore &m_secrets;
    const ConfigOverrides &m_overrides;
    NetBoxClientOptions m_netBoxOptions;
    std::function<void(HttpSessionConfig &)> m_tuneSession;
};

} // namespace leaselink::sync
