#pragma once

#include "CertificateProbeResult.h"

#include <QList>
#include <QString>

#include <optional>

namespace leaselink {

// One step of Test Connection, with the sentence an admin reads.
struct ConnectionStep
{
    enum class Outcome
    {
        Ok,
        Warning, // works, but something deserves attention (read-only token, version mismatch)
        Failed,
        Skipped // not tried because an earlier step failed
    };

    QString name; // "Reachability", "TLS", "Token accepted", …
    Outcome outcome = Outcome::Skipped;
    QString message; // admin sentence (or the result, e.g. "Read-Write")
    QString detail;  // technical summary, may be empty
    std::optional<CertificateProbeResult> certificate; // TLS step, when the server is untrusted

    static QString outcomeName(Outcome outcome);
};

struct ConnectionReport
{
    QString target; // "dhcp01 (https://dhcp01:8443)"
    QList<ConnectionStep> steps;

    bool ok() const
    {
        for (const ConnectionStep &s : steps) {
            if (s.outcome == ConnectionStep::Outcome::Failed)
                return false;
        }
        return true;
    }
    // The failed TLS step that carries the certificate the server presents (untrusted or
    // changed): the front end then offers the trust decision. nullptr otherwise.
    const ConnectionStep *untrustedCertificateStep() const
    {
        for (const ConnectionStep &s : steps) {
            if (s.certificate && s.outcome == ConnectionStep::Outcome::Failed)
                return &s;
        }
        return nullptr;
    }
    const ConnectionStep *step(const QString &name) const
    {
        for (const ConnectionStep &s : steps) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
};

} // namespace leaselink
