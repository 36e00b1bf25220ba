#include "LabRunner.h"

#include "JsonWriter.h"
#include "LabCertificate.h"
#include "LabDatasetGenerator.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxPreStates.h"
#include "netbox/NetBoxSim.h"
#include "PsuSim.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace leaselink::lab {

namespace {

Expected<QString> psuScriptVersion(const QString &option)
{
    if (option == u"2.x" || option == u"2")
        return QStringLiteral("2.0.1");
    static const QRegularExpression version(QStringLiteral(R"(^\d+\.\d+\.\d+$)"));
    if (version.match(option).hasMatch())
        return option;
    return fail(QStringLiteral("--psu-script must be 1.0.2, 2.x or a version like 2.0.0, not '%1'")
                    .arg(option));
}

Expected<QString> netboxVersion(const QString &option)
{
    // The NetBox simulator owns the mapping to the release it emulates.
    const QString release = NetBoxConfig::releaseFor(option);
    if (release.isEmpty())
        return fail(QStringLiteral("--netbox-version must be 4.5, 4.6 or a 4.5.x/4.6.x release, "
                                   "not '%1'")
                        .arg(option));
    return release;
}

} // namespace

LabRunner::LabRunner(QObject *parent)
    : QObject(parent)
{}

Expected<LabDataset> LabRunner::loadDataset(const LabRunnerOptions &options)
{
    if (const auto size = LabDatasetGenerator::sizeFromName(options.dataset))
        return LabDatasetGenerator::generate(*size, options.seed);
    if (QFileInfo::exists(options.dataset))
        return LabDataset::loadFile(options.dataset);
    return fail(QStringLiteral("--dataset must be S, M, L or an existing JSON file, not '%1'")
                    .arg(options.dataset));
}

Expected<void> LabRunner::writeDataset(const LabRunnerOptions &options, const QString &path)
{
    const auto dataset = loadDataset(options);
    if (!dataset)
        return std::unexpected(dataset.error());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(dataset->toJson()) < 0 || !file.flush())
        return fail(
            QStringLiteral("Cannot write the dataset file '%1': %2").arg(path, file.errorString()));
    return {};
}

// Servers go before the simulators they point at.
LabRunner::~LabRunner()
{
    m_netboxServer.reset();
    for (PsuEntry &entry : m_psu)
        entry.server.reset();
}

// Server i gets 127.0.0.(i + 2) as its address and host name; the failover records of the
// shared models are renamed with it so partners still find each other.
void LabRunner::useLoopbackHostnames(LabDataset &dataset)
{
    QHash<QString, QString> renamed;
    quint32 next = (127u << 24) | 2u;
    for (LabDatasetServer &server : dataset.servers) {
        const QString address = QHostAddress(next++).toString();
        renamed.insert(server.hostname, address);
        server.hostname = address;
    }
    QSet<PsuModel *> models;
    for (const LabDatasetServer &server : dataset.servers)
        models.insert(server.model.get());
    for (PsuModel *model : models) {
        for (PsuFailover &failover : model->failovers) {
            failover.serverA = renamed.value(failover.serverA, failover.serverA);
            failover.serverB = renamed.value(failover.serverB, failover.serverB);
        }
    }
}

Expected<void> LabRunner::startServer(LabHttpServer &server, const QString &name,
                                      const QByteArray &faults, const QHostAddress &address)
{
    if (m_options.https) {
        // A fresh certificate per server so each shows its own fingerprint; the committed
        // one is the fallback when openssl is missing.
        auto generated = LabCertificate::generate();
        if (!generated) {
            m_warnings.append(generated.error().message +
                              QStringLiteral(" — using the committed lab certificate"));
            server.enableTls(LabCertificate::localhost());
        } else {
            server.enableTls(*generated);
        }
    }
    server.requestLog().setServerName(name);
    if (!faults.isEmpty()) {
        auto loaded = server.faults().loadJson(faults, name);
        if (!loaded)
            return fail(QStringLiteral("%1: %2").arg(m_options.faultsFile, loaded.error().message));
    }
    if (!m_options.recordFile.isEmpty()) {
        auto recording = server.requestLog().startRecording(m_options.recordFile);
        if (!recording)
            return recording;
    }
    return server.start(0, address);
}

Expected<void> LabRunner::start(const LabRunnerOptions &options)
{
    m_options = options;
    const auto script = psuScriptVersion(options.psuScript);
    if (!script)
        return std::unexpected(script.error());
    const auto nbVersion = netboxVersion(options.netboxVersion);
    if (!nbVersion)
        return std::unexpected(nbVersion.error());
    const auto preState = NetBoxPreStates::kindFromName(options.netboxPreState);
    if (!preState)
        return fail(QStringLiteral("--netbox-state must be one of %1, not '%2'")
                        .arg(NetBoxPreStates::kindNames().join(QStringLiteral(", ")),
                             options.netboxPreState));
    QByteArray faults;
    if (!options.faultsFile.isEmpty()) {
        QFile file(options.faultsFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read the faults file '%1': %2")
                            .arg(options.faultsFile, file.errorString()));
        faults = file.readAll();
    }

    auto dataset = loadDataset(options);
    if (!dataset)
        return std::unexpected(dataset.error());
    m_dataset = std::move(*dataset);

    if (options.loopbackHostnames)
        useLoopbackHostnames(m_dataset);
    for (const LabDatasetServer &server : m_dataset.servers) {
        QHostAddress address(QHostAddress::LocalHost);
        if (options.loopbackHostnames)
            address = QHostAddress(server.hostname);
        PsuSimOptions simOptions;
        simOptions.hostname = server.hostname;
        simOptions.scriptVersion = *script;
        simOptions.model = server.model;
        PsuEntry entry;
        entry.name = server.name;
        entry.sim = std::make_unique<PsuSim>(simOptions);
        entry.server = std::make_unique<LabHttpServer>(entry.sim.get());
        if (auto started = startServer(*entry.server, server.name, faults, address); !started)
            return started;
        m_psu.push_back(std::move(entry));
    }

    NetBoxConfig config;
    config.version = *nbVersion;
    config.scheme = options.https ? QStringLiteral("https") : QStringLiteral("http");
    m_netbox = std::make_unique<NetBoxSim>(config);
    QList<NetBoxScopeSpec> scopes;
    for (const LabScopeNetwork &network : m_dataset.scopeNetworks())
        scopes.append(NetBoxScopeSpec{
            network.scopeId + u'/' + QString::number(network.prefixLength), {}, {}});
    const NetBoxPreStateTokens tokens =
        NetBoxPreStates::apply(*m_netbox, *preState, scopes, options.seed);
    m_netboxToken = tokens.sync;
    m_netboxReadOnlyToken = tokens.readOnly;
    m_netboxServer = std::make_unique<LabHttpServer>(m_netbox.get());
    for (const QString &token : {tokens.admin, tokens.sync, tokens.readOnly})
        m_netboxServer->requestLog().addSecret(token.toLatin1());
    return startServer(*m_netboxServer, QStringLiteral("netbox"), faults);
}

QByteArray LabRunner::readyJson() const
{
    JsonWriter json;
    auto fingerprint = [&json](const LabHttpServer &server) {
        json.key(u"fingerprint_sha256");
        if (server.isHttps())
            json.value(server.fingerprintSha256());
        else
            json.null();
    };
    json.beginObject().key(u"netbox").beginObject();
    json.key(u"url").value(m_netboxServer->baseUrl().toString());
    json.key(u"token").value(m_netboxToken);
    fingerprint(*m_netboxServer);
    json.endObject().key(u"psu").beginArray();
    for (const PsuEntry &entry : m_psu) {
        json.beginObject()
            .key(u"name")
            .value(entry.name)
            .key(u"url")
            .value(entry.server->baseUrl().toString())
            .key(u"reader_token")
            .value(entry.sim->readerToken())
            .key(u"writer_token")
            .value(entry.sim->writerToken());
        fingerprint(*entry.server);
        json.endObject();
    }
    json.endArray().endObject();
    return json.take();
}

QList<LabEndpoint> LabRunner::psuEndpoints() const
{
    QList<LabEndpoint> endpoints;
    for (const PsuEntry &entry : m_psu) {
        LabEndpoint endpoint;
        endpoint.name = entry.name;
        endpoint.url = entry.server->baseUrl();
        endpoint.hostname = entry.sim->hostname();
        endpoint.readerToken = entry.sim->readerToken();
        endpoint.writerToken = entry.sim->writerToken();
        if (entry.server->isHttps())
            endpoint.certificate = entry.server->certificate();
        endpoint.psu = entry.sim.get();
        endpoint.http = entry.server.get();
        endpoints.append(endpoint);
    }
    return endpoints;
}

LabEndpoint LabRunner::netboxEndpoint() const
{
    LabEndpoint endpoint;
    endpoint.name = QStringLiteral("netbox");
    if (!m_netboxServer)
        return endpoint;
    endpoint.url = m_netboxServer->baseUrl();
    endpoint.hostname = endpoint.url.host();
    endpoint.readerToken = m_netboxReadOnlyToken;
    endpoint.writerToken = m_netboxToken;
    endpoint.http = m_netboxServer.get();
    if (m_netboxServer->isHttps())
        endpoint.certificate = m_netboxServer->certificate();
    return endpoint;
}

QString LabRunner::summary() const
{
    QString text;
    text += QStringLiteral("LeaseLink lab — dataset %1 (seed %2): %3 PSU servers, %4 scopes, %5 "
                           "leases, %6 reservations\n")
                .arg(m_dataset.name)
                .arg(m_dataset.seed)
                .arg(m_psu.size())
                .arg(m_dataset.scopeCount())
                .arg(m_dataset.leaseCount())
                .arg(m_dataset.reservationCount());
    text += QStringLiteral("These are throw-away lab tokens, printed on purpose.\n\n");
    auto tls = [](const LabHttpServer &server) {
        return server.isHttps()
                   ? QStringLiteral("    SHA-256:  %1\n").arg(server.fingerprintSha256())
                   : QString();
    };
    text +=
        QStringLiteral("NetBox %1\n    URL:      %2\n    token:    %3\n    read-only token: %4\n")
            .arg(m_netbox->config().version, m_netboxServer->baseUrl().toString(), m_netboxToken,
                 m_netboxReadOnlyToken);
    text += tls(*m_netboxServer);
    for (const PsuEntry &entry : m_psu) {
        text += QStringLiteral("\n%1 (%2, script %3)\n    URL:      %4/api/dhcp\n    reader:   %5\n"
                               "    writer:   %6\n    admin:    %7\n")
                    .arg(entry.name, entry.sim->hostname(), entry.sim->scriptVersion(),
                         entry.server->baseUrl().toString(), entry.sim->readerToken(),
                         entry.sim->writerToken(), entry.sim->administratorToken());
        text += tls(*entry.server);
    }
    for (const QString &warning : m_warnings)
        text += QStringLiteral("\nwarning: ") + warning;
    text += QStringLiteral("\nRunning; stop with Ctrl+C.\n");
    return text;
}

} // namespace leaselink::lab
