#pragma once

#include "ConfigOverrides.h"

#include "domain/Server.h"
#include "secrets/SecretError.h"

#include <QProcessEnvironment>
#include <QString>

#include <QCoroTask>

namespace leaselink {

class SecretStore;

// The App Token one server's requests carry, and where it came from (for messages; never the
// token itself).
struct ResolvedToken
{
    QString token;
    QString source; // "environment variable STAGING_TOKEN (configuration file)", "keychain", …
};

// Picks a server's App Token by the configuration-file rules (data model §12, decisions O-18):
// 1. server_overrides.<hostname>.token_env names a variable: its value is used. When that
//    variable is unset or empty the lookup fails instead of falling back to the stored token,
//    because the override exists to keep a staging copy from using production credentials.
// 2. Otherwise the secret store (environment LEASELINK_PSU_TOKEN_<NAME>, then the keychain).
class PsuTokenResolver
{
public:
    PsuTokenResolver(const ConfigOverrides &overrides, SecretStore &secrets,
                     QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QCoro::Task<SecretExpected<ResolvedToken>> resolve(Server server);

private:
    const ConfigOverrides &m_overrides;
    SecretStore &m_secrets;
    QProcessEnvironment m_environment;
};

} // namespace leaselink
