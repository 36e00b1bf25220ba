#pragma once

#include "secrets/SecretStore.h"

#include <memory>

namespace leaselink {

// Reads from an overlay store first (normally EnvironmentSecretStore) and falls back to the
// primary store (normally KeychainSecretStore) when the overlay has no such secret. Writes and
// removals go to the primary store only, so a headless override never shadows a keychain write
// silently: such a write is logged as overridden by the environment.
class ChainedSecretStore final : public SecretStore
{
public:
    ChainedSecretStore(std::unique_ptr<SecretStore> overlay, std::unique_ptr<SecretStore> primary);

    // The store the applications use: environment variables first, then the OS keychain.
    static std::unique_ptr<SecretStore> environmentThenKeychain();

    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override;
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override;
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override;
    QString backendName() const override;

private:
    std::unique_ptr<SecretStore> m_overlay;
    std::unique_ptr<SecretStore> m_primary;
};

} // namespace leaselink
