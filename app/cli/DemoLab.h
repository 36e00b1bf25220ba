#pragma once

#include "secrets/InMemorySecretStore.h"

#include <QCoro/QCoroTask>

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace leaselink::lab {
class LabRunner;
}

namespace leaselink::cli {

// `leaselink-cli --demo COMMAND…`: an in-process lab (dataset M over HTTPS) and a throw-away data
// directory, configured through the same code paths as `servers add --trust-fingerprint` and
// `netbox set --trust-fingerprint`. The lab's tokens go straight into an in-memory secret store
// and are never printed. Everything is gone when the object is destroyed.
class DemoLab
{
public:
    DemoLab();
    ~DemoLab();
    DemoLab(const DemoLab &) = delete;
    DemoLab &operator=(const DemoLab &) = delete;

    // Starts the lab and configures the data directory. Returns an exit code (ExitCode::Ok on
    // success); on failure the reason is printed on stderr.
    QCoro::Task<int> start(QString configPath);

    QString dataDir() const { return m_dir.path(); }
    // A store that forwards to the demo's secrets (the command's context owns it).
    std::unique_ptr<SecretStore> secretStore();
    // One line for stderr describing the lab (no tokens).
    QString summary() const { return m_summary; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<lab::LabRunner> m_lab;
    std::shared_ptr<InMemorySecretStore> m_secrets;
    QString m_summary;
};

} // namespace leaselink::cli
