#pragma once

#include "CertificateTrustPrompt.h"

namespace leaselink {

// The CLI's answer: trust only when the admin-supplied SHA-256 fingerprint matches the leaf
// exactly (FingerprintMatcher rules). No fingerprint given = reject, with the reason kept.
class FingerprintTrustPrompt : public CertificateTrustPrompt
{
public:
    explicit FingerprintTrustPrompt(QString expectedFingerprint);

    QCoro::Task<Decision> ask(Question question) override;
    Decision decide(const Question &question);

    QString lastReason() const { return m_lastReason; }

private:
    QString m_expected;
    QString m_lastReason;
};

} // namespace leaselink
