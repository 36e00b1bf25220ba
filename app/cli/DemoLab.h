#pragma once

#include "DemoSession.h"

#include <QCoro/QCoroTask>

#include <QString>

#include <memory>

namespace leaselink::cli {

// `leaselink-cli --demo COMMAND…`: the shared demo (demo::DemoSession: an in-process lab, dataset
// M over HTTPS, and a throw-away data directory) with each lab certificate trusted by its
// fingerprint, the way `servers add --trust-fingerprint` and `netbox set --trust-fingerprint`
// do. The lab's tokens go straight into an in-memory secret store and are never printed.
class DemoLab
{
public:
    DemoLab();
    ~DemoLab();
    DemoLab(const DemoLab &) = delete;
    DemoLab &operator=(const DemoLab &) = delete;

    // Starts the lab and configures the data directory. Returns an exit code (ExitCode::Ok on
    // success); on failure the reason is printed on stderr. configPath is not needed by the
    // setup (kept so the command line's --config stays accepted with --demo).
    QCoro::Task<int> start(QString configPath);

    QString dataDir() const { return m_session.dataDir(); }
    // A store that forwards to the demo's secrets (the command's context owns it).
    std::unique_ptr<SecretStore> secretStore() { return m_session.secretStore(); }
    // One line for stderr describing the lab (no tokens).
    QString summary() const { return m_session.summary(); }

private:
    demo::DemoSession m_session;
};

} // namespace leaselink::cli
