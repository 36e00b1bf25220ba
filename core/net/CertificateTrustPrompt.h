#pragma once

#include "CertificateProbeResult.h"

#include <QString>

#include <QCoroTask>

namespace leaselink {

// "Trust this certificate?" Core asks, the front end decides: the GUI shows a dialog, the CLI
// answers from --trust-fingerprint (FingerprintTrustPrompt). Background jobs never ask; they
// stop the server's work and post a notice instead.
class CertificateTrustPrompt
{
public:
    enum class Decision
    {
        Trust,
        Reject
    };

    struct Question
    {
        QString serverName;
        CertificateProbeResult probe;
        QString previousFingerprint; // set when a trusted certificate changed
    };

    virtual ~CertificateTrustPrompt() = default;
    virtual QCoro::Task<Decision> ask(Question question) = 0;
};

} // namespace leaselink
