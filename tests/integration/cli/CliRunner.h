#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace leaselink::test {

// One finished leaselink-cli run.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs leaselink-cli on a private data directory, with no keychain reachable (so every secret
// comes from the environment) and stdin not a terminal. The event loop keeps running while the
// process works, so lab servers in the test process can answer it.
class CliRunner
{
public:
    explicit CliRunner(QString dataDir);

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    CliRun run(const QStringList &arguments, int timeoutMs = 30000) const;

private:
    static void keepForSecretScan(const QStringList &arguments, const CliRun &run);

    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace leaselink::test
