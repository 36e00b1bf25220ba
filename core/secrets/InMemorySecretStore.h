#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

#include <optional>

namespace leaselink {

// A secret store in process memory, for tests. setFailure() makes every operation fail with
// the given error until cleared, so callers' error paths can be tested without a keychain.
class InMemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override;
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override;
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override;
    QString backendName() const override;

    void setFailure(std::optional<SecretError> failure) { m_failure = std::move(failure); }
    bool contains(const SecretKey &key) const { return m_secrets.contains(key.scopedKey()); }
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets; // scoped key -> secret
    std::optional<SecretError> m_failure;
};

} // namespace leaselink
