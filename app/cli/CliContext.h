#pragma once

#include "CliOutput.h"

#include "config/ConfigOverrides.h"
#include "domain/Server.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QString>

#include <expected>
#include <memory>

namespace leaselink::cli {

// What every command shares: where the data lives, the output streams, the secret store and the
// configuration file. The database is opened on first use so that --help and --version work even
// when the data directory is unusable.
class CliContext
{
public:
    CliContext(QString dataDir, QString configPath, std::unique_ptr<SecretStore> secrets);
    // Output captured in the given strings instead of stdout/stderr.
    CliContext(QString dataDir, QString configPath, std::unique_ptr<SecretStore> secrets,
               QString *capturedOut, QString *capturedErr);

    CliOutput &output() { return m_output; }
    SecretStore &secrets() { return *m_secrets; }
    const ConfigOverrides &configOverrides();

    // The open cache, or nullptr after printing why it could not be opened.
    Database *database();
    // The server called `name`, or the exit code after printing why there is none (the cache
    // cannot be read: DataError; no such server: Usage).
    std::expected<Server, int> serverNamed(const QString &name);

private:
    QString m_dataDir;
    QString m_configPath;
    CliOutput m_output;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    std::optional<ConfigOverrides> m_overrides;
};

} // namespace leaselink::cli
