#include "CertificateTrustFlow.h"
#include "CliText.h"

#include "CertificateText.h"
#include "ExitCode.h"

#include "net/CertificateProbe.h"
#include "net/FingerprintMatcher.h"
#include "net/FingerprintTrustPrompt.h"

namespace leaselink::cli {

namespace {

// Built outside the coroutine: g++ 12 destroys braced temporaries in a coroutine body twice.
CertificateTrustFlow::Result makeResult(int exitCode, std::optional<StoredCertificate> toStore)
{
    CertificateTrustFlow::Result result;
    result.exitCode = exitCode;
    result.toStore = std::move(toStore);
    return result;
}

} // namespace

QCoro::Task<CertificateTrustFlow::Result>
CertificateTrustFlow::run(CliOutput &output, QString serviceName, QString host, quint16 port,
                          StoredCertificate current, QString expectedFingerprint)
{
    CertificateProbe probe;
    const auto probed = co_await probe.probe(host, port);
    if (!probed) {
        output.error(probed.error().adminMessage);
        co_return makeResult(ExitCode::Unreachable, std::nullopt);
    }
    output.out() << CertificateText::describe(*probed);
    if (probed->chain.isEmpty())
        co_return makeResult(ExitCode::CertificateNotTrusted, std::nullopt);

    const QString presented = probed->leaf().sha256Fingerprint;
    const bool changed = !current.isEmpty() && FingerprintMatcher::normalize(current.sha256) !=
                                                   FingerprintMatcher::normalize(presented);
    if (!current.isEmpty() && !changed) {
        output.line(
            CliText::tr("This is the certificate already trusted for %1.").arg(serviceName));
        co_return makeResult(ExitCode::Ok, std::nullopt);
    }
    if (changed) {
        output.error(
            CliText::tr("WARNING: the certificate of %1 has CHANGED since it was trusted.\n"
                        "  trusted:   %2\n  presented: %3\n"
                        "Someone may be intercepting the connection, or the server got a new "
                        "certificate. Confirm the new fingerprint with the server's admin "
                        "before trusting it.")
                .arg(serviceName, current.sha256, presented));
    }
    if (expectedFingerprint.isEmpty() && probed->trustedBySystem && !changed) {
        output.line(CliText::tr("This computer already trusts the certificate; nothing to "
                                "store."));
        co_return makeResult(ExitCode::Ok, std::nullopt);
    }

    QString reason;
    if (!CertificateTrustFlow::fingerprintMatches(expectedFingerprint, serviceName, *probed,
                                                  current.sha256, &reason)) {
        output.error(reason);
        co_return makeResult(ExitCode::CertificateNotTrusted, std::nullopt);
    }
    output.line(
        CliText::tr("The fingerprint matches: trusting this certificate for %1.").arg(serviceName));
    co_return makeResult(ExitCode::Ok, probed->toStored());
}

bool CertificateTrustFlow::fingerprintMatches(const QString &expected, const QString &serviceName,
                                              const CertificateProbeResult &probe,
                                              const QString &previous, QString *reason)
{
    FingerprintTrustPrompt prompt(expected);
    CertificateTrustPrompt::Question question;
    question.serverName = serviceName;
    question.probe = probe;
    question.previousFingerprint = previous;
    const bool trusted = prompt.decide(question) == CertificateTrustPrompt::Decision::Trust;
    *reason = prompt.lastReason();
    return trusted;
}

} // namespace leaselink::cli
