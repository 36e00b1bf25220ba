#pragma once

#include "CertificateProbeResult.h"
#include "NetError.h"

#include <QObject>

#include <QCoroTask>

#include <chrono>

namespace leaselink {

// Trust on first use, step one (psu-api.md §6 "Certificate fetch"): connect to host:port,
// complete the TLS handshake even when the certificate is untrusted, and return the chain.
// The peer chain is collected in the sslErrors handler and the connection is then dropped:
// nothing is ever sent over an untrusted connection. Distinct errors for a host that does not
// resolve, refuses, times out, or does not speak TLS; a host name mismatch is a finding.
class CertificateProbe : public QObject
{
    Q_OBJECT
public:
    explicit CertificateProbe(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QCoro::Task<NetResult<CertificateProbeResult>> probe(QString host, quint16 port);

    // Findings for a chain and the TLS errors seen (also used by Test Connection).
    static QStringList findingsFor(const QString &host, const QList<CertificateInfo> &chain,
                                   const QList<QSslError> &errors, const QDateTime &now);

private:
    std::chrono::milliseconds m_timeout{10000};
};

} // namespace leaselink
