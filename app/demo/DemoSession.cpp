#include "DemoSession.h"

#include "LabRunner.h"
#include "LabSetup.h"

#include "net/CertificateInfo.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace leaselink::demo {

namespace {

// Forwards to the demo's store so that the setup, the window and each CLI command see the same
// secrets although each owns its SecretStore.
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

DemoService serviceOf(const QString &name, const lab::LabEndpoint &endpoint)
{
    DemoService service;
    service.name = name;
    service.url = endpoint.url;
    if (!endpoint.certificate.isNull())
        service.fingerprintSha256 = CertificateInfo::fingerprintOf(endpoint.certificate);
    return service;
}

} // namespace

DemoSession::DemoSession()
    : m_secrets(std::make_shared<InMemorySecretStore>())
{}

DemoSession::~DemoSession() = default;

std::unique_ptr<SecretStore> DemoSession::secretStore()
{
    return std::make_unique<ForwardingSecretStore>(m_secrets);
}

Expected<void> DemoSession::failWith(Failure failure, const QString &message)
{
    m_failure = failure;
    return fail(message);
}

QCoro::Task<Expected<void>> DemoSession::start(DemoOptions options)
{
    if (!m_dir.isValid()) {
        const QString message =
            QCoreApplication::translate("leaselink::DemoSession",
                                        "cannot create a temporary data directory: ") +
            m_dir.errorString();
        co_return failWith(Failure::DataDirectory, message);
    }
    lab::LabRunnerOptions labOptions;
    labOptions.dataset = QStringLiteral("M");
    labOptions.https = true;
    labOptions.psuScript = QString::fromLatin1(PsuScriptVersion::Shipped);
    // Each server on its own loopback address, so importing the failover pair matches partners
    // by host name as it would on a real network.
    labOptions.loopbackHostnames = true;
    m_lab = std::make_unique<lab::LabRunner>();
    const auto started = m_lab->start(labOptions);
    if (!started) {
        const QString message =
            QCoreApplication::translate("leaselink::DemoSession", "the lab did not start: ") +
            started.error().message;
        co_return failWith(Failure::Lab, message);
    }

    {
        auto opened = Database::openInDataDir(dataDir());
        if (!opened) {
            const QString message =
                QCoreApplication::translate("leaselink::DemoSession",
                                            "cannot open the demo data directory: ") +
                opened.error().message;
            co_return failWith(Failure::DataDirectory, message);
        }
        std::unique_ptr<Database> database = std::move(*opened);
        lab::LabSetupOptions setupOptions;
        setupOptions.trustCertificates = options.trustCertificates;
        const auto configured =
            co_await lab::LabSetup::configure(*m_lab, *database, *m_secrets, setupOptions);
        if (!configured) {
            const QString why = configured.error().message;
            co_return failWith(Failure::Setup, why);
        }
    }

    m_services.clear();
    m_services << serviceOf(QStringLiteral("NetBox"), m_lab->netboxEndpoint());
    for (const lab::LabEndpoint &endpoint : m_lab->psuEndpoints())
        m_services << serviceOf(endpoint.name, endpoint);
    const qsizetype serverCount = m_lab->psuEndpoints().size();
    const QString netboxUrl = m_lab->netboxEndpoint().url.toString();
    m_summary = QCoreApplication::translate("leaselink::DemoSession",
                                            "demo lab (dataset M, HTTPS): %1 DHCP servers and "
                                            "NetBox at %2, data in a temporary directory")
                    .arg(QString::number(serverCount), netboxUrl);
    m_failure = Failure::None;
    co_return Expected<void>{};
}

} // namespace leaselink::demo
