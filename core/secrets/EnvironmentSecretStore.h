#pragma once

#include "secrets/SecretStore.h"

#include <QProcessEnvironment>

namespace leaselink {

// Read-only secrets from environment variables, for headless runs (CI, servers, containers)
// where no OS keychain exists:
//
//   LEASELINK_NETBOX_TOKEN               the NetBox API token
//   LEASELINK_PSU_TOKEN_<SERVER>         the PSU App Token of the DHCP server named <SERVER>
//   LEASELINK_FAILOVER_SECRET_<NAME>     the shared secret of the failover relationship <NAME>
//
// <SERVER>/<NAME> is the object's name upper-cased with every character other than an ASCII
// letter or digit replaced by '_' (server "dhcp-01.corp" -> LEASELINK_PSU_TOKEN_DHCP_01_CORP).
// A variable that is set but empty counts as not set. Writing or removing is refused with
// SecretErrorKind::ReadOnly: the process cannot change its parent's environment.
class EnvironmentSecretStore final : public SecretStore
{
public:
    explicit EnvironmentSecretStore(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override;
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override;
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override;
    QString backendName() const override;

    // The variable list above as one sentence, for "no keychain" messages and --help.
    static QString headlessHint();

private:
    QProcessEnvironment m_environment;
};

} // namespace leaselink
