#include "secrets/InMemorySecretStore.h"

namespace leaselink {

QCoro::Task<SecretExpected<QString>> InMemorySecretStore::read(SecretKey key)
{
    if (m_failure) {
        co_return std::unexpected(*m_failure);
    }
    const auto it = m_secrets.constFind(key.scopedKey());
    if (it == m_secrets.constEnd()) {
        co_return secretFailure(
            SecretErrorKind::NotFound,
            QStringLiteral("No %1 is stored (key %2).").arg(key.description(), key.scopedKey()));
    }
    co_return *it;
}

QCoro::Task<SecretExpected<void>> InMemorySecretStore::write(SecretKey key, QString secret)
{
    if (m_failure) {
        co_return std::unexpected(*m_failure);
    }
    m_secrets.insert(key.scopedKey(), secret);
    co_return SecretExpected<void>();
}

QCoro::Task<SecretExpected<void>> InMemorySecretStore::remove(SecretKey key)
{
    if (m_failure) {
        co_return std::unexpected(*m_failure);
    }
    m_secrets.remove(key.scopedKey());
    co_return SecretExpected<void>();
}

QString InMemorySecretStore::backendName() const
{
    return QStringLiteral("in-memory (tests only)");
}

} // namespace leaselink
