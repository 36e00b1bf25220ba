#pragma once

#include "Importer.h"

#include "config/ConfigOverrides.h"
#include "net/netbox/NetBoxClient.h"
#include "store/JobRecord.h"

#include <QCoroTask>

#include <cstdint>

namespace leaselink {
class Database;
class SecretStore;
} // namespace leaselink

namespace leaselink::sync {

// The job around one Import from Server: a job history row (kind "import"), the server's sync
// lock for the import's duration (C-21), the clients built from the store and secret store,
// then the Importer. Maintenance is not checked here: the GUI and the CLI ask first (C-20).
struct ImportJobOutcome
{
    ImportResult result;
    std::int64_t jobId = 0; // 0 when no job was recorded (unknown server, store error)
    bool unknownServer = false;
    bool busy = false; // another run holds the server's lock; nothing was sent
    JobStatus status = JobStatus::Failed;
};

class ImportJob
{
public:
    ImportJob(Database &database, SecretStore &secrets, const ConfigOverrides &overrides,
              NetBoxClientOptions netBoxOptions = {});

    // Each log line as it is recorded (the CLI's stderr, the GUI's job panel).
    void setSink(Importer::Sink sink) { m_sink = std::move(sink); }
    // Who holds the lock in the "is being synced by …" message of other runs.
    void setLockDescription(const QString &description) { m_lockDescription = description; }

    QCoro::Task<ImportJobOutcome> run(QString serverName);

    // Succeeded; Partial when some items failed; Failed when nothing could be sent or a list
    // read failed (O-25).
    static JobStatus statusOf(const ImportResult &result);

private:
    Database &m_database;
    SecretStore &m_secrets;
    const ConfigOverrides &m_overrides;
    NetBoxClientOptions m_netBoxOptions;
    Importer::Sink m_sink;
    QString m_lockDescription = QStringLiteral("import");
};

} // namespace leaselink::sync
