#pragma once

#include "domain/Error.h"
#include "LabDataset.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace leaselink::lab {

class LabHttpServer;
class NetBoxSim;
class PsuSim;

struct LabRunnerOptions
{
    QString dataset = QStringLiteral("S"); // S, M, L or a JSON file path
    quint32 seed = 1;
    bool https = false;
    QString faultsFile;
    QString netboxVersion = QStringLiteral("4.6"); // 4.5, 4.6 or X.Y.Z
    QString netboxPreState = QStringLiteral("empty");
    QString psuScript = QStringLiteral("1.0.2"); // 1.0.2 or 2.x (or any x.y.z)
    QString recordFile;
    // Each PSU server listens on its own loopback address (127.0.0.2, 127.0.0.3, …) and reports
    // that address as its host name, so failover partners can be matched by host name the way
    // they are on a real network (the in-process demo and the end-to-end tests use this).
    bool loopbackHostnames = false;
};

// Where one lab service listens and how to reach it (lab tokens: throw-away, printed on purpose).
struct LabEndpoint
{
    QString name;     // "psu-1", "netbox"
    QUrl url;         // https://127.0.0.2:40123
    QString hostname; // what the PSU server reports as its own host name
    QString readerToken;
    QString writerToken;           // for NetBox: the sync token (write permission)
    QSslCertificate certificate;   // null over plain HTTP
    PsuSim *psu = nullptr;         // the simulated server, for tests that change its data
    LabHttpServer *http = nullptr; // its HTTP(S) front, for tests that inject faults
};

// Starts the PSU servers of a dataset and one NetBox on loopback, each on its own port.
class LabRunner : public QObject
{
public:
    explicit LabRunner(QObject *parent = nullptr);
    ~LabRunner() override;

    Expected<void> start(const LabRunnerOptions &options);
    static Expected<void> writeDataset(const LabRunnerOptions &options, const QString &path);

    // The one-line JSON the --json mode prints (tokens included: they are lab tokens).
    QByteArray readyJson() const;
    QString summary() const;

    QList<LabEndpoint> psuEndpoints() const;
    LabEndpoint netboxEndpoint() const;
    NetBoxSim *netbox() const { return m_netbox.get(); }
    const LabDataset &dataset() const { return m_dataset; }

private:
    static Expected<LabDataset> loadDataset(const LabRunnerOptions &options);
    struct PsuEntry
    {
        QString name;
        std::unique_ptr<PsuSim> sim;
        std::unique_ptr<LabHttpServer> server;
    };
    Expected<void> startServer(LabHttpServer &server, const QString &name, const QByteArray &faults,
                               const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    static void useLoopbackHostnames(LabDataset &dataset);

    LabRunnerOptions m_options;
    LabDataset m_dataset;
    std::vector<PsuEntry> m_psu;
    std::unique_ptr<NetBoxSim> m_netbox;
    std::unique_ptr<LabHttpServer> m_netboxServer;
    QString m_netboxToken;
    QString m_netboxReadOnlyToken;
    QStringList m_warnings;
};

} // namespace leaselink::lab
