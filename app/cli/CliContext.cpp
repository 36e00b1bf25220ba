#include "CliContext.h"

namespace leaselink::cli {

CliContext::CliContext(QString dataDir, QString configPath, std::unique_ptr<SecretStore> secrets)
    : m_dataDir(std::move(dataDir))
    , m_configPath(std::move(configPath))
    , m_secrets(std::move(secrets))
{}

CliContext::CliContext(QString dataDir, QString configPath, std::unique_ptr<SecretStore> secrets,
                       QString *capturedOut, QString *capturedErr)
    : m_dataDir(std::move(dataDir))
    , m_configPath(std::move(configPath))
    , m_output(capturedOut, capturedErr)
    , m_secrets(std::move(secrets))
{}

const ConfigOverrides &CliContext::configOverrides()
{
    if (!m_overrides) {
        m_overrides = ConfigOverrides::load(m_configPath);
        for (const auto &problem : m_overrides->problems())
            m_output.error(QStringLiteral("warning: ") + problem);
    }
    return *m_overrides;
}

Database *CliContext::database()
{
    if (m_database)
        return m_database.get();
    auto opened = Database::openInDataDir(m_dataDir);
    if (!opened) {
        m_output.error(opened.error().message);
        return nullptr;
    }
    m_database = std::move(*opened);
    return m_database.get();
}

} // namespace leaselink::cli
