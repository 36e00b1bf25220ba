#include "secrets/KeychainSecretStore.h"

#include "secrets/EnvironmentSecretStore.h"
#include "secrets/KeychainJob.h"
#include "secrets/SecretsLog.h"

#include <qt6keychain/keychain.h>

#include <QCoroTimer>

#include <utility>

namespace leaselink {

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds retryDelay,
                                         std::chrono::milliseconds jobTimeout)
    : m_retryDelay(retryDelay)
    , m_jobTimeout(jobTimeout)
{}

QKeychain::Job *KeychainSecretStore::createJob(Operation operation, const QString &scopedKey,
                                               const QString &secret)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName());
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    // Never store secrets in a plaintext QSettings file when no keychain exists.
    job->setInsecureFallback(false);
    job->setKey(scopedKey);
    return job;
}

const char *KeychainSecretStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        break;
    }
    return "remove";
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("LeaseLink");
}

QString KeychainSecretStore::backendName() const
{
    return QStringLiteral("OS keychain (QtKeychain, service \"%1\")").arg(serviceName());
}

QCoro::Task<SecretExpected<QString>> KeychainSecretStore::read(SecretKey key)
{
    const KeychainJobOutcome outcome =
        co_await runWithRetry(Operation::Read, key.scopedKey(), QString());
    if (outcome.timedOut || outcome.error != QKeychain::NoError) {
        co_return std::unexpected(toError(Operation::Read, key, outcome));
    }
    co_return outcome.textData;
}

QCoro::Task<SecretExpected<void>> KeychainSecretStore::write(SecretKey key, QString secret)
{
    const KeychainJobOutcome outcome =
        co_await runWithRetry(Operation::Write, key.scopedKey(), std::move(secret));
    if (outcome.timedOut || outcome.error != QKeychain::NoError) {
        co_return std::unexpected(toError(Operation::Write, key, outcome));
    }
    co_return SecretExpected<void>();
}

QCoro::Task<SecretExpected<void>> KeychainSecretStore::remove(SecretKey key)
{
    const KeychainJobOutcome outcome =
        co_await runWithRetry(Operation::Remove, key.scopedKey(), QString());
    // Removing what is not there leaves the keychain in the wanted state: success.
    if (!outcome.timedOut && outcome.error == QKeychain::EntryNotFound) {
        co_return SecretExpected<void>();
    }
    if (outcome.timedOut || outcome.error != QKeychain::NoError) {
        co_return std::unexpected(toError(Operation::Remove, key, outcome));
    }
    co_return SecretExpected<void>();
}

QCoro::Task<KeychainJobOutcome> KeychainSecretStore::runWithRetry(Operation operation,
                                                                  QString scopedKey, QString secret)
{
    KeychainJobOutcome outcome =
        co_await KeychainJob(createJob(operation, scopedKey, secret), m_jobTimeout);
    if (backendUnavailable(outcome)) {
        qCInfo(lcSecrets) << operationName(operation) << scopedKey
                          << "found no keychain backend; retrying once in" << m_retryDelay.count()
                          << "ms";
        co_await QCoro::sleepFor(m_retryDelay);
        outcome = co_await KeychainJob(createJob(operation, scopedKey, secret), m_jobTimeout);
    }
    if (outcome.timedOut) {
        qCWarning(lcSecrets) << operationName(operation) << scopedKey << "timed out";
    } else if (outcome.error == QKeychain::NoError) {
        qCDebug(lcSecrets) << operationName(operation) << scopedKey << "ok";
    } else {
        qCInfo(lcSecrets) << operationName(operation) << scopedKey << "failed: error"
                          << outcome.error << outcome.errorString;
    }
    co_return outcome;
}

bool KeychainSecretStore::backendUnavailable(const KeychainJobOutcome &outcome)
{
    // QtKeychain reports a missing Secret Service/KWallet as NoBackendAvailable, and a session
    // bus it cannot reach at all (headless Linux) as OtherError.
    return !outcome.timedOut && (outcome.error == QKeychain::NoBackendAvailable ||
                                 outcome.error == QKeychain::OtherError);
}

SecretError KeychainSecretStore::toError(Operation operation, const SecretKey &key,
                                         const KeychainJobOutcome &outcome) const
{
    const QString what = key.description();
    const QString keyText = key.scopedKey();
    const char *verb = operationName(operation);
    if (outcome.timedOut) {
        return SecretError{
            {QStringLiteral("The OS keychain did not answer within %1 seconds when asked to %2 the "
                            "%3 (key %4). Unlock the keyring and try again.")
                 .arg(QString::number(m_jobTimeout.count() / 1000), QLatin1String(verb), what,
                      keyText)},
            SecretErrorKind::BackendFailure};
    }
    const QString detail =
        outcome.errorString.isEmpty() ? QStringLiteral("no details") : outcome.errorString;
    switch (outcome.error) {
    case QKeychain::EntryNotFound:
        return SecretError{
            {QStringLiteral("No %1 is stored in the OS keychain (key %2).").arg(what, keyText)},
            SecretErrorKind::NotFound};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError{
            {QStringLiteral("The OS keychain refused to %1 the %2 (key %3): %4. Unlock the "
                            "keyring or allow LeaseLink access and try again.")
                 .arg(QLatin1String(verb), what, keyText, detail)},
            SecretErrorKind::AccessDenied};
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        return SecretError{
            {QStringLiteral(
                 "No usable OS keychain: could not %1 the %2 (key %3): %4. LeaseLink never stores "
                 "secrets in plain text. Start a keyring with a Secret Service (e.g. "
                 "gnome-keyring or KWallet) in the desktop session, or for a headless run provide "
                 "the secrets in environment variables: %5; this one is %6.")
                 .arg(QLatin1String(verb), what, keyText, detail,
                      EnvironmentSecretStore::headlessHint(), key.environmentVariable())},
            SecretErrorKind::NoBackend};
    default:
        break;
    }
    return SecretError{{QStringLiteral("The OS keychain failed to %1 the %2 (key %3): %4.")
                            .arg(QLatin1String(verb), what, keyText, detail)},
                       SecretErrorKind::BackendFailure};
}

} // namespace leaselink
