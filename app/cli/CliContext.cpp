#include "CliContext.h"

#include "CliText.h"
#include "ExitCode.h"

#include "store/ServerRepository.h"

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

std::expected<Server, int> CliContext::serverNamed(const QString &name)
{
    Database *cache = database();
    if (!cache)
        return std::unexpected(int(ExitCode::DataError));
    const auto found = ServerRepository(*cache).findByName(name);
    if (!found) {
        m_output.error(found.error().message);
        return std::unexpected(int(ExitCode::DataError));
    }
    if (!found->has_value()) {
        m_output.error(CliText::tr("no server named '%1' (see 'servers list')").arg(name));
        return std::unexpected(int(ExitCode::Usage));
    }
    return **found;
}

} // namespace leaselink::cli
