#include "secrets/EnvironmentSecretStore.h"

#include "secrets/SecretsLog.h"

#include <utility>

namespace leaselink {

EnvironmentSecretStore::EnvironmentSecretStore(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QCoro::Task<SecretExpected<QString>> EnvironmentSecretStore::read(SecretKey key)
{
    const QString variable = key.environmentVariable();
    const QString value = m_environment.value(variable);
    if (value.isEmpty()) {
        co_return secretFailure(SecretErrorKind::NotFound,
                                QStringLiteral("The environment variable %1 (%2) is not set.")
                                    .arg(variable, key.description()));
    }
    qCDebug(lcSecrets) << "read" << key.scopedKey() << "from environment variable" << variable;
    co_return value;
}

QCoro::Task<SecretExpected<void>> EnvironmentSecretStore::write(SecretKey key, QString secret)
{
    Q_UNUSED(secret)
    co_return secretFailure(
        SecretErrorKind::ReadOnly,
        QStringLiteral("Cannot store the %1: secrets from environment variables are read-only. "
                       "Set %2 in the environment of the process instead.")
            .arg(key.description(), key.environmentVariable()));
}

QCoro::Task<SecretExpected<void>> EnvironmentSecretStore::remove(SecretKey key)
{
    co_return secretFailure(
        SecretErrorKind::ReadOnly,
        QStringLiteral("Cannot remove the %1: secrets from environment variables are read-only. "
                       "Unset %2 in the environment of the process instead.")
            .arg(key.description(), key.environmentVariable()));
}

QString EnvironmentSecretStore::backendName() const
{
    return QStringLiteral("environment variables");
}

QString EnvironmentSecretStore::headlessHint()
{
    return QStringLiteral(
        "LEASELINK_NETBOX_TOKEN for the NetBox API token, LEASELINK_PSU_TOKEN_<SERVER NAME> for "
        "each DHCP server's App Token and LEASELINK_FAILOVER_SECRET_<FAILOVER NAME> for failover "
        "shared secrets (names upper-cased, other characters than A-Z and 0-9 replaced by '_')");
}

} // namespace leaselink
