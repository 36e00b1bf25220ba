#include "secrets/ChainedSecretStore.h"

#include "secrets/EnvironmentSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsLog.h"

#include <utility>

namespace leaselink {

ChainedSecretStore::ChainedSecretStore(std::unique_ptr<SecretStore> overlay,
                                       std::unique_ptr<SecretStore> primary)
    : m_overlay(std::move(overlay))
    , m_primary(std::move(primary))
{}

std::unique_ptr<SecretStore> ChainedSecretStore::environmentThenKeychain()
{
    return std::make_unique<ChainedSecretStore>(std::make_unique<EnvironmentSecretStore>(),
                                                std::make_unique<KeychainSecretStore>());
}

QCoro::Task<SecretExpected<QString>> ChainedSecretStore::read(SecretKey key)
{
    SecretExpected<QString> fromOverlay = co_await m_overlay->read(key);
    if (fromOverlay || fromOverlay.error().kind != SecretErrorKind::NotFound) {
        co_return fromOverlay;
    }
    SecretExpected<QString> fromPrimary = co_await m_primary->read(key);
    co_return fromPrimary;
}

QCoro::Task<SecretExpected<void>> ChainedSecretStore::write(SecretKey key, QString secret)
{
    SecretExpected<void> written = co_await m_primary->write(key, std::move(secret));
    if (written) {
        const SecretExpected<QString> shadow = co_await m_overlay->read(key);
        if (shadow) {
            qCWarning(lcSecrets) << "stored" << key.scopedKey() << "in" << m_primary->backendName()
                                 << "but" << m_overlay->backendName()
                                 << "still overrides it for this process";
        }
    }
    co_return written;
}

QCoro::Task<SecretExpected<void>> ChainedSecretStore::remove(SecretKey key)
{
    SecretExpected<void> removed = co_await m_primary->remove(key);
    co_return removed;
}

QString ChainedSecretStore::backendName() const
{
    return m_overlay->backendName() + QStringLiteral(", then ") + m_primary->backendName();
}

} // namespace leaselink
