#include "DemoLab.h"
#include "CliText.h"

#include "CliContext.h"
#include "ExitCode.h"

#include "LabRunner.h"
#include "LabSetup.h"

#include "net/psu/PsuScriptVersion.h"

#include <QTextStream>

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
        printError(CliText::tr("cannot create a temporary data directory: ") + m_dir.errorString());
        co_return ExitCode::DataError;
    }
    lab::LabRunnerOptions options;
    options.dataset = QStringLiteral("M");
    options.https = true;
    options.psuScript = QString::fromLatin1(PsuScriptVersion::Shipped);
    // Each server on its own loopback address, so importing the failover pair matches partners
    // by host name as it would on a real network.
    options.loopbackHostnames = true;
    m_lab = std::make_unique<lab::LabRunner>();
    const auto started = m_lab->start(options);
    if (!started) {
        printError(CliText::tr("the lab did not start: ") + started.error().message);
        co_return ExitCode::Unreachable;
    }

    // The same setup as the end-to-end tests: servers and NetBox with their certificates trusted
    // by fingerprint, tokens only in the (in-memory) secret store.
    QString out;
    QString err;
    CliContext setup(dataDir(), configPath, secretStore(), &out, &err);
    Database *database = setup.database();
    if (!database) {
        printError(CliText::tr("cannot open the demo data directory: ") + err.trimmed());
        co_return ExitCode::DataError;
    }
    const auto configured = co_await lab::LabSetup::configure(*m_lab, *database, *m_secrets);
    if (!configured) {
        printError(configured.error().message);
        co_return ExitCode::DataError;
    }
    const qsizetype serverCount = m_lab->psuEndpoints().size();
    const QString netboxUrl = m_lab->netboxEndpoint().url.toString();
    m_summary = CliText::tr("demo lab (dataset M, HTTPS): %1 DHCP servers and NetBox at %2, "
                            "data in a temporary directory")
                    .arg(QString::number(serverCount), netboxUrl);
    co_return ExitCode::Ok;
}

} // namespace leaselink::cli
