#pragma once

#include "domain/Error.h"
#include "secrets/InMemorySecretStore.h"

#include <QCoroTask>

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace leaselink::lab {
class LabRunner;
}

namespace leaselink::demo {

// What `--demo` needs to know before it starts.
struct DemoOptions
{
    // The CLI demo trusts each lab certificate by its fingerprint (like `servers add
    // --trust-fingerprint`); the desktop demo leaves them untrusted so that the first connection
    // shows the real trust dialog, as it would on a real network.
    bool trustCertificates = true;
};

// One lab service as the admin sees it: what to compare in the trust dialog.
struct DemoService
{
    QString name; // "psu-1", "NetBox"
    QUrl url;
    QString fingerprintSha256; // "3A:F1:…"
};

// The built-in demo shared by `leaselink-cli --demo` and `leaselink --demo`: the lab in-process
// on loopback (dataset M over HTTPS, each DHCP server on its own loopback address) and a
// throw-away data directory pointed at it (lab::LabSetup). The lab's tokens go straight into an
// in-memory secret store and are never printed or written. Everything is gone when the object
// is destroyed.
class DemoSession
{
public:
    enum class Failure
    {
        None,
        DataDirectory, // the temporary data directory could not be created or opened
        Lab,           // the lab did not start
        Setup          // configuring the data directory failed
    };

    DemoSession();
    ~DemoSession();
    DemoSession(const DemoSession &) = delete;
    DemoSession &operator=(const DemoSession &) = delete;

    // Starts the lab and configures the data directory (the database is closed again when this
    // returns, so the caller opens it like any other data directory). On failure, failure()
    // says which step failed and the error says why.
    QCoro::Task<Expected<void>> start(DemoOptions options = {});
    Failure failure() const { return m_failure; }

    QString dataDir() const { return m_dir.path(); }
    // A store that forwards to the demo's in-memory secrets (each caller owns its SecretStore).
    std::unique_ptr<SecretStore> secretStore();
    // NetBox first, then the DHCP servers, with the fingerprints the admin compares.
    QList<DemoService> services() const { return m_services; }
    // One line describing the lab (no tokens).
    QString summary() const { return m_summary; }
    lab::LabRunner *lab() const { return m_lab.get(); }

private:
    Expected<void> failWith(Failure failure, const QString &message);

    QTemporaryDir m_dir;
    std::unique_ptr<lab::LabRunner> m_lab;
    std::shared_ptr<InMemorySecretStore> m_secrets;
    QList<DemoService> m_services;
    QString m_summary;
    Failure m_failure = Failure::None;
};

} // namespace leaselink::demo
