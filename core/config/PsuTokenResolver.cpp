#include "PsuTokenResolver.h"

#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

namespace leaselink {

namespace {

// Built outside the coroutine: g++ 12 mishandles braced temporaries in a co_return.
ResolvedToken resolvedToken(QString token, QString source)
{
    ResolvedToken resolved;
    resolved.token = std::move(token);
    resolved.source = std::move(source);
    return resolved;
}

} // namespace

PsuTokenResolver::PsuTokenResolver(const ConfigOverrides &overrides, SecretStore &secrets,
                                   QProcessEnvironment environment)
    : m_overrides(overrides)
    , m_secrets(secrets)
    , m_environment(std::move(environment))
{}

QCoro::Task<SecretExpected<ResolvedToken>> PsuTokenResolver::resolve(Server server)
{
    if (const auto variable = m_overrides.tokenEnvironmentVariableFor(server.hostname)) {
        const QString value = m_environment.value(*variable).trimmed();
        if (value.isEmpty())
            co_return secretFailure(
                SecretErrorKind::NotFound,
                QStringLiteral("The configuration file %1 says the App Token of host %2 is in "
                               "environment variable %3, but %3 is not set. LeaseLink does not "
                               "fall back to the stored token for an overridden server.")
                    .arg(m_overrides.sourcePath(), server.hostname, *variable));
        co_return resolvedToken(
            value, QStringLiteral("environment variable %1 (configuration file)").arg(*variable));
    }
    const SecretKey key = SecretKey::psuAppToken(server.id, server.name);
    auto stored = co_await m_secrets.read(key);
    if (!stored)
        co_return std::unexpected(stored.error());
    co_return resolvedToken(*stored, m_secrets.backendName());
}

} // namespace leaselink
