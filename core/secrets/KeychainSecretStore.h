#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace leaselink {

struct KeychainJobOutcome;

// Secrets in the OS keychain through QtKeychain (Secret Service/KWallet on Linux, Keychain on
// macOS, Credential Manager on Windows), one entry per secret under the service name "LeaseLink"
// and the scoped key of SecretKey. QtKeychain's plaintext fallback is always off: without a
// keychain every operation fails with SecretErrorKind::NoBackend and a message naming the
// environment variables a headless run can use (see EnvironmentSecretStore).
//
// The session keyring may start after LeaseLink (login races), so an operation that finds no
// backend is retried once after retryDelay before it fails.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto DefaultRetryDelay = std::chrono::milliseconds(1500);
    // Long enough for an admin to answer an unlock prompt, short enough not to hang a sync.
    static constexpr auto DefaultJobTimeout = std::chrono::milliseconds(120000);

    explicit KeychainSecretStore(std::chrono::milliseconds retryDelay = DefaultRetryDelay,
                                 std::chrono::milliseconds jobTimeout = DefaultJobTimeout);

    static QString serviceName();

    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override;
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override;
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override;
    QString backendName() const override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    QCoro::Task<KeychainJobOutcome> runWithRetry(Operation operation, QString scopedKey,
                                                 QString secret);
    static QKeychain::Job *createJob(Operation operation, const QString &scopedKey,
                                     const QString &secret);
    static const char *operationName(Operation operation);
    static bool backendUnavailable(const KeychainJobOutcome &outcome);
    SecretError toError(Operation operation, const SecretKey &key,
                        const KeychainJobOutcome &outcome) const;

    std::chrono::milliseconds m_retryDelay;
    std::chrono::milliseconds m_jobTimeout;
};

} // namespace leaselink
