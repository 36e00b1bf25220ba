#include "ImportJob.h"

#include "SyncConnections.h"

#include "config/EffectiveSettings.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/SyncLockRepository.h"

#include <QTimer>

namespace leaselink::sync {

namespace {

QString busyMessage(const Server &server, const SyncLockHolder &holder)
{
    QString who = holder.owner.description;
    if (who.isEmpty())
        who = QStringLiteral("another LeaseLink run");
    return QStringLiteral("%1 is being synced by %2 (process %3 on %4, since %5); try again "
                          "when it has finished")
        .arg(server.name, who)
        .arg(holder.owner.pid)
        .arg(holder.owner.host, holder.acquiredAt.toUTC().toString(Qt::ISODate));
}

void fail(ImportResult &result, const QString &why, const Importer::Sink &sink)
{
    result.failed = true;
    result.failure = why;
    const ImportLogLine line{JobLogLevel::Error, why};
    result.log.append(line);
    if (sink)
        sink(line);
}

} // namespace

ImportJob::ImportJob(Database &database, SecretStore &secrets, const ConfigOverrides &overrides,
                     NetBoxClientOptions netBoxOptions)
    : m_database(database)
    , m_secrets(secrets)
    , m_overrides(overrides)
    , m_netBoxOptions(netBoxOptions)
{}

JobStatus ImportJob::statusOf(const ImportResult &result)
{
    if (result.failed || result.listReadFailed)
        return JobStatus::Failed;
    if (result.errorCount() > 0)
        return JobStatus::Partial;
    return JobStatus::Succeeded;
}

QCoro::Task<ImportJobOutcome> ImportJob::run(QString serverName)
{
    ImportJobOutcome out;
    const auto found = ServerRepository(m_database).findByName(serverName);
    if (!found || !found->has_value()) {
        out.unknownServer = found.has_value();
        QString why = QStringLiteral("no server named '%1'").arg(serverName);
        if (!found)
            why = found.error().message;
        fail(out.result, why, m_sink);
        co_return out;
    }
    const Server server = **found;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();

    SyncLockRepository locks(m_database);
    const SyncLockOwner owner = SyncLockOwner::forThisProcess(m_lockDescription);
    const auto attempt = locks.acquire(server.id, owner, QDateTime::currentDateTimeUtc());
    bool locked = false;
    if (!attempt) {
        fail(out.result, attempt.error().message, m_sink);
    } else if (!attempt->acquired) {
        out.busy = true;
        SyncLockHolder holder;
        if (attempt->holder)
            holder = *attempt->holder;
        fail(out.result, busyMessage(server, holder), m_sink);
    } else {
        locked = true;
    }

    if (locked) {
        // A large server takes a while: keep the lock fresh so no other run takes it over as
        // stale (O-23).
        QTimer heartbeat;
        heartbeat.setInterval(std::chrono::milliseconds(SyncLockRepository::HeartbeatInterval));
        QObject::connect(&heartbeat, &QTimer::timeout, [&locks, owner] {
            if (auto beat = locks.heartbeat(owner, QDateTime::currentDateTimeUtc()); !beat)
                qWarning("import: lock heartbeat failed: %s", qPrintable(beat.error().message));
        });
        heartbeat.start();
        SyncConnections connections(m_database, m_secrets, m_overrides, m_netBoxOptions);
        auto psu = co_await connections.psu(server);
        if (!psu) {
            // IMP-01: no client, no request; the job itself fails.
            fail(out.result, psu.error, m_sink);
        } else {
            auto netbox = co_await connections.netBox();
            Settings settings;
            if (const auto stored = SettingsRepository(m_database).get()) // + config overrides
                settings = EffectiveSettings(*stored, m_overrides).effective();
            QList<ImportLogLine> before;
            if (!netbox) {
                const ImportLogLine line{
                    JobLogLevel::Warning,
                    QStringLiteral("NetBox is not available (%1); new scopes cannot be linked to "
                                   "a prefix")
                        .arg(netbox.error)};
                before << line;
                if (m_sink)
                    m_sink(line);
            }
            Importer importer(m_database, *psu.client, netbox.client.get(), settings, m_sink);
            ImportResult result = co_await importer.importServer(server);
            result.log = before + result.log;
            out.result = std::move(result);
        }
        heartbeat.stop();
        if (auto released = locks.release(server.id, owner); !released)
            qWarning("import: could not release the lock of %s: %s", qPrintable(server.name),
                     qPrintable(released.error().message));
    }

    out.status = statusOf(out.result);
    // The history row is written once the import is over (one transaction), so a killed process
    // never leaves a job "running" forever.
    QStringList servers;
    servers << server.name;
    const QJsonObject counts = out.result.countsJson();
    const QString log = out.result.logText();
    const QDateTime finishedAt = QDateTime::currentDateTimeUtc();
    const auto job = JobRepository(m_database)
                         .recordFinished(QStringLiteral("import"), servers, startedAt, out.status,
                                         counts, finishedAt, log);
    if (job)
        out.jobId = job->id;
    else
        qWarning("import: could not record the job: %s", qPrintable(job.error().message));
    co_return out;
}

} // namespace leaselink::sync
