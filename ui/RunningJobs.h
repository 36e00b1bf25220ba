#pragma once

#include "sync/JobLog.h"
#include "sync/SyncJobTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QStringList>

namespace leaselink {

namespace sync {
class SyncJob;
struct ImportLogLine;
} // namespace sync

// One job running in this process, as the Jobs view shows it until its history row exists.
struct RunningJob
{
    quint64 id = 0;
    QString kind;         // "sync", "import": the job history's kind
    QString trigger;      // "gui", "schedule", …
    bool preview = false; // a sync that reads and plans only (nothing written, no history row)
    QStringList servers;  // empty: all servers
    QDateTime startedAt;
    sync::SyncProgress progress;
    int warnings = 0;
    int errors = 0;
    QStringList log; // formatted lines so far (debug lines left out), the oldest dropped past
                     // MaxLogLines
    qint64 droppedLines = 0;
};

// The jobs running in this process right now (Sync Now, the scheduled sync, Import from Server),
// fed by their progress and log signals, for the Jobs view's live "Running" rows. Whoever starts
// a job registers it and says when it has finished; a SyncJob destroyed before that counts as
// finished too. One per process (instance()), so a dialog and the main window need not know each
// other.
class RunningJobs : public QObject
{
    Q_OBJECT

public:
    // A long run's log is kept to its newest lines here; the history row has it all.
    static constexpr int MaxLogLines = 5000;

    static RunningJobs &instance();
    explicit RunningJobs(QObject *parent = nullptr);
    ~RunningJobs() override;

    // Follows the job's progressChanged and logLineAdded until finish() or its destruction.
    quint64 addSync(sync::SyncJob *job, const sync::SyncRequest &request, bool preview = false);
    // An import: its lines come through addImportLine() (ImportJob is not a QObject).
    quint64 addImport(const QString &serverName);

    // The generic form the two above use: a job of a kind on servers, fed by the calls below.
    quint64 start(const QString &kind, const QStringList &servers, const QString &trigger = {});
    void setProgress(quint64 id, const sync::SyncProgress &progress);
    void addLogLine(quint64 id, const sync::JobLogLine &line);
    void addImportLine(quint64 id, const sync::ImportLogLine &line);
    // The job has ended (its history row, if any, is stored). Unknown ids are ignored.
    void finish(quint64 id);

    // Oldest first.
    const QList<RunningJob> &jobs() const { return m_jobs; }
    const RunningJob *find(quint64 id) const;

Q_SIGNALS:
    void jobStarted(quint64 id);
    // Progress or log changed; emitted for every change (receivers coalesce repaints).
    void jobChanged(quint64 id);
    // Emitted while the job is still listed; it is gone right after.
    void jobFinished(quint64 id);

private:
    RunningJob *findMutable(quint64 id);
    void append(RunningJob &job, const QString &line, sync::JobLogLevel level);

    QList<RunningJob> m_jobs;
    QHash<quint64, QList<QMetaObject::Connection>> m_connections;
    quint64 m_nextId = 1;
};

} // namespace leaselink
