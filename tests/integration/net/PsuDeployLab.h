#pragma once

// A PSU lab server over HTTPS for the "Update PSU Scripts" tests (integration and ui): the
// simulator with its management API, and a Server that trusts the lab's certificate (pinned).
#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "domain/Server.h"
#include "net/CertificateInfo.h"

#include <QJsonObject>

#include <memory>

namespace leaselink::test {

struct PsuDeployLab
{
    std::unique_ptr<lab::PsuSim> sim = std::make_unique<lab::PsuSim>();
    std::unique_ptr<lab::LabHttpServer> server;

    bool start()
    {
        server = std::make_unique<lab::LabHttpServer>(sim.get());
        server->enableTls(lab::LabCertificate::localhost());
        return server->start().has_value();
    }

    Server serverRecord() const
    {
        Server s;
        s.id = 1;
        s.name = QStringLiteral("SRV-A");
        s.hostname = QStringLiteral("127.0.0.1");
        s.port = server->port();
        s.useHttps = true;
        s.verifySsl = true;
        const CertificateInfo info = CertificateInfo::fromCertificate(server->certificate());
        s.certificate.pem = info.pem;
        s.certificate.notAfter = info.notAfter;
        s.certificate.sha256 = info.sha256Fingerprint;
        s.timeoutSeconds = 5;
        return s;
    }

    // Requests the lab saw with this method and path prefix.
    int count(const QByteArray &method, const QString &pathPrefix) const
    {
        int n = 0;
        for (const auto &e : server->requestLog().entries())
            n += (e.method == method && e.path.startsWith(pathPrefix)) ? 1 : 0;
        return n;
    }

    // Keeps only the records outside /api/dhcp/: a PSU that never had LeaseLink's script.
    void removeDhcpRecords()
    {
        QList<int> ids;
        for (const QJsonObject &r : sim->endpoints().records()) {
            if (r.value(u"url").toString().startsWith(QStringLiteral("/api/dhcp/")))
                ids << r.value(u"id").toInt();
        }
        for (int id : ids)
            sim->endpoints().remove(id);
    }
};

} // namespace leaselink::test
