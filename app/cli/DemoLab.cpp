#include "DemoLab.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "NetBoxCommand.h"
#include "ServersCommand.h"

#include "LabRunner.h"

#include "net/psu/PsuScriptVersion.h"
#include "secrets/SecretKey.h"
#include "store/ServerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace leaselink::cli {

namespace {

// Forwards to the demo's store so that both the setup context and the command's context see the
// same secrets although each owns its SecretStore.
class ForwardingSecretStore final : public SecretStore
{
public:
    explicit ForwardingSecretStore(std::shared_ptr<InMemorySecretStore> target)
        : m_target(std::move(target))
    {}
    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override
    {
        return m_target->read(std::move(key));
    }
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override
    {
        return m_target->write(std::move(key), std::move(secret));
    }
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override
    {
        return m_target->remove(std::move(key));
    }
    QString backendName() const override { return QStringLiteral("demo (in memory)"); }

private:
    std::shared_ptr<InMemorySecretStore> m_target;
};

void printError(const QString &text)
{
    QTextStream err(stderr);
    err << "leaselink-cli: --demo: " << text << Qt::endl;
}

// The lab's servers as the ready line describes them, read outside the coroutine body.
struct LabEndpoint
{
    QString name;
    QUrl url;
    QString token;
    QString fingerprint;
};

QList<LabEndpoint> psuEndpoints(const QJsonObject &ready)
{
    QList<LabEndpoint> out;
    for (const auto &value : ready.value(QStringLiteral("psu")).toArray()) {
        const QJsonObject psu = value.toObject();
        LabEndpoint endpoint;
        endpoint.name = psu.value(QStringLiteral("name")).toString();
        endpoint.url = QUrl(psu.value(QStringLiteral("url")).toString());
        endpoint.token = psu.value(QStringLiteral("writer_token")).toString();
        endpoint.fingerprint = psu.value(QStringLiteral("fingerprint_sha256")).toString();
        out.append(endpoint);
    }
    return out;
}

LabEndpoint netboxEndpoint(const QJsonObject &ready)
{
    const QJsonObject netbox = ready.value(QStringLiteral("netbox")).toObject();
    LabEndpoint endpoint;
    endpoint.name = QStringLiteral("NetBox");
    endpoint.url = QUrl(netbox.value(QStringLiteral("url")).toString());
    endpoint.token = netbox.value(QStringLiteral("token")).toString();
    endpoint.fingerprint = netbox.value(QStringLiteral("fingerprint_sha256")).toString();
    return endpoint;
}

QStringList serverAddArguments(const LabEndpoint &psu)
{
    return QStringList{QStringLiteral("add"),
                       psu.name,
                       QStringLiteral("--hostname"),
                       psu.url.host(),
                       QStringLiteral("--port"),
                       QString::number(psu.url.port(443)),
                       QStringLiteral("--no-token"),
                       QStringLiteral("--trust-fingerprint"),
                       psu.fingerprint};
}

QStringList netboxSetArguments(const LabEndpoint &netbox)
{
    return QStringList{QStringLiteral("set"), netbox.url.toString(), QStringLiteral("--no-token"),
                       QStringLiteral("--trust-fingerprint"), netbox.fingerprint};
}

} // namespace

DemoLab::DemoLab()
    : m_secrets(std::make_shared<InMemorySecretStore>())
{}

DemoLab::~DemoLab() = default;

std::unique_ptr<SecretStore> DemoLab::secretStore()
{
    return std::make_unique<ForwardingSecretStore>(m_secrets);
}

QCoro::Task<int> DemoLab::start(QString configPath)
{
    if (!m_dir.isValid()) {
        printError(QStringLiteral("cannot create a temporary data directory: ") +
                   m_dir.errorString());
        co_return ExitCode::DataError;
    }
    lab::LabRunnerOptions options;
    options.dataset = QStringLiteral("M");
    options.https = true;
    options.psuScript = QString::fromLatin1(PsuScriptVersion::Shipped);
    m_lab = std::make_unique<lab::LabRunner>();
    const auto started = m_lab->start(options);
    if (!started) {
        printError(QStringLiteral("the lab did not start: ") + started.error().message);
        co_return ExitCode::Unreachable;
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_lab->readyJson()).object();
    const QList<LabEndpoint> servers = psuEndpoints(ready);
    const LabEndpoint netbox = netboxEndpoint(ready);

    // Setup output is captured: only the demo command's own output reaches stdout.
    QString out;
    QString err;
    CliContext setup(dataDir(), configPath, secretStore(), &out, &err);
    for (const LabEndpoint &psu : servers) {
        const int added = co_await ServersCommand::run(setup, serverAddArguments(psu));
        if (added != ExitCode::Ok) {
            printError(QStringLiteral("configuring %1 failed: %2").arg(psu.name, err.trimmed()));
            co_return added;
        }
        Database *database = setup.database();
        if (!database)
            co_return ExitCode::DataError;
        const auto saved = ServerRepository(*database).findByName(psu.name);
        if (!saved || !saved->has_value()) {
            printError(QStringLiteral("server %1 was not saved").arg(psu.name));
            co_return ExitCode::DataError;
        }
        const auto key = SecretKey::psuAppToken((*saved)->id, (*saved)->name);
        co_await m_secrets->write(key, psu.token);
    }
    const int set = co_await NetBoxCommand::run(setup, netboxSetArguments(netbox));
    if (set != ExitCode::Ok) {
        printError(QStringLiteral("configuring NetBox failed: ") + err.trimmed());
        co_return set;
    }
    co_await m_secrets->write(SecretKey::netBoxApiToken(), netbox.token);
    m_summary = QStringLiteral("demo lab (dataset M, HTTPS): %1 DHCP servers and NetBox at %2, "
                               "data in a temporary directory")
                    .arg(QString::number(servers.size()), netbox.url.toString());
    co_return ExitCode::Ok;
}

} // namespace leaselink::cli
