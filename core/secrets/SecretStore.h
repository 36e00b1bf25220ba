#pragma once

#include "secrets/SecretError.h"
#include "secrets/SecretKey.h"

#include <QCoroTask>
#include <QString>

namespace leaselink {

// Where PSU App Tokens, failover shared secrets and the NetBox API token live. Never SQLite,
// QSettings or logs. Implementations: KeychainSecretStore (the OS keychain), EnvironmentSecretStore
// (read-only, headless runs), ChainedSecretStore (environment first, then keychain) and
// InMemorySecretStore (tests).
//
// Every operation completes exactly once. A missing secret is SecretErrorKind::NotFound, never an
// empty string. remove() of a secret that is not stored succeeds: removal is idempotent so that
// deleting a server never fails just because no token was ever saved.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual QCoro::Task<SecretExpected<QString>> read(SecretKey key) = 0;
    virtual QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) = 0;
    virtual QCoro::Task<SecretExpected<void>> remove(SecretKey key) = 0;

    // For diagnostics ("keychain (QtKeychain, service LeaseLink)"); never contains a secret.
    virtual QString backendName() const = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = default;
    SecretStore &operator=(const SecretStore &) = default;
};

} // namespace leaselink
