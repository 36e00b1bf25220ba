#include "FingerprintTrustPrompt.h"

#include "FingerprintMatcher.h"

namespace leaselink {

FingerprintTrustPrompt::FingerprintTrustPrompt(QString expectedFingerprint)
    : m_expected(std::move(expectedFingerprint))
{}

CertificateTrustPrompt::Decision FingerprintTrustPrompt::decide(const Question &question)
{
    if (question.probe.chain.isEmpty()) {
        m_lastReason = QStringLiteral("No certificate returned by %1:%2")
                           .arg(question.probe.host, QString::number(question.probe.port));
        return Decision::Reject;
    }
    const QString actual = question.probe.leaf().sha256Fingerprint;
    if (m_expected.trimmed().isEmpty()) {
        m_lastReason = QStringLiteral("Not trusted: pass --trust-fingerprint %1 after checking it "
                                      "with the server's admin")
                           .arg(actual);
        return Decision::Reject;
    }
    if (!FingerprintMatcher::isValid(m_expected)) {
        m_lastReason = QStringLiteral("\"%1\" is not a complete SHA-256 fingerprint (64 hex "
                                      "digits, colons optional)")
                           .arg(m_expected.left(120));
        return Decision::Reject;
    }
    if (!FingerprintMatcher::matches(m_expected, actual)) {
        m_lastReason = QStringLiteral("The fingerprint given does not match the server's "
                                      "certificate (%1)")
                           .arg(actual);
        return Decision::Reject;
    }
    m_lastReason.clear();
    return Decision::Trust;
}

QCoro::Task<CertificateTrustPrompt::Decision> FingerprintTrustPrompt::ask(Question question)
{
    co_return decide(question);
}

} // namespace leaselink
