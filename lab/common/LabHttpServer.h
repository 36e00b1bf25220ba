#pragma once

#include "domain/Error.h"
#include "LabCertificate.h"
#include "LabFaultSet.h"
#include "LabRequestLog.h"
#include "LabService.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QUrl>

class QSslServer;

namespace leaselink::lab {

// Serves one LabService on 127.0.0.1 over HTTP or HTTPS. Every request goes through the fault
// set, then to the service, and is logged (secrets redacted). Responses are written to the
// socket directly so faults can cut, reset or withhold them, which QHttpServerResponder cannot.
class LabHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit LabHttpServer(LabService *service, QObject *parent = nullptr);
    ~LabHttpServer() override;

    // Call before start(): serve HTTPS with this certificate; rotateCertificate() later switches
    // to `replacement`.
    void enableTls(const LabCertificate &certificate,
                   const LabCertificate &replacement = LabCertificate::rotated());
    // Listens on a loopback address (127.0.0.1 unless told otherwise: every 127.x address is
    // loopback, which lets the in-process demo give each PSU server its own "host name");
    // port 0 picks a free port (see port()).
    Expected<void> start(quint16 port = 0,
                         const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));

    bool isHttps() const { return m_https; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // e.g. https://127.0.0.1:40123
    QSslCertificate certificate() const { return m_current.certificate; }
    QString fingerprintSha256() const;
    // New connections get the replacement certificate (and the old one becomes the next
    // replacement, so rotating twice goes back).
    void rotateCertificate();

    LabFaultSet &faults() { return m_faults; }
    LabRequestLog &requestLog() { return m_log; }
    const LabRequestLog &requestLog() const { return m_log; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    LabRequest toLabRequest(const QHttpServerRequest &request) const;
    LabResponse faultResponse(const LabFault &fault, const LabRequest &request);
    void deliver(QTcpSocket *socket, const LabResponse &response,
                 const std::optional<LabFault> &fault);
    void log(const LabRequest &request, const LabResponse &response,
             const std::optional<LabFault> &fault, qint64 elapsedMs, bool answered);

    LabService *m_service;
    bool m_https = false;
    quint16 m_port = 0;
    QHostAddress m_address{QHostAddress::LocalHost};
    LabCertificate m_current;
    LabCertificate m_replacement;
    QSslServer *m_sslServer = nullptr;
    LabFaultSet m_faults;
    LabRequestLog m_log;
};

} // namespace leaselink::lab
