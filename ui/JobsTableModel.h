#pragma once

#include "store/JobRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace leaselink {

class RunningJobs;
struct RunningJob;

// The Jobs view: the jobs running in this process first ("Running" rows with phase, server,
// n/total and warnings/errors so far, their log growing in detailHtml()), then the run history
// (JobRepository::listRecent), newest first, with outcome and counts; detailHtml() gives the full
// log for the ListView detail pane. When a running job finishes its row turns into the stored
// history row in place (so a selected row stays selected and shows the full log).
class JobsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Started,
        Kind,
        Servers,
        Outcome,
        Counts,
        Finished,
        ColumnCount
    };

    // The history as stored now; nullopt when it cannot be read (the rows stay as they were).
    using HistoryLoader = std::function<std::optional<QList<JobRecord>>()>;

    // Live rows repaint at most this often, however fast a job logs.
    static constexpr int LiveUpdateMs = 200;
    // The detail pane of a running job shows its newest lines; the history row has them all.
    static constexpr int LiveDetailLines = 1000;

    explicit JobsTableModel(QObject *parent = nullptr);

    // Shows running's jobs above the history; history reloads it when one finishes.
    void setRunningJobs(RunningJobs *running, HistoryLoader history = {});

    void setJobs(QList<JobRecord> jobs);
    int runningCount() const { return int(m_running.size()); }
    bool isRunningRow(int row) const { return row >= 0 && row < m_running.size(); }
    // The history row at a model row (not a running row).
    const JobRecord &job(int row) const { return m_jobs.at(row - m_running.size()); }

    static QString outcomeText(JobStatus status);
    static QString countsText(const QJsonObject &counts);
    static QString progressText(const RunningJob &job);
    QString detailHtml(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const RunningJob *runningJob(int row) const;
    QVariant runningData(const RunningJob &job, int column, int role) const;
    QVariant historyData(const JobRecord &job, int column, int role) const;
    QString runningDetailHtml(const RunningJob &job) const;
    void jobStarted(quint64 id);
    void jobChanged(quint64 id);
    void jobFinished(quint64 id);
    void flushChanges();
    void emitRowChanged(int row);

    QList<JobRecord> m_jobs;
    QPointer<RunningJobs> m_runningJobs;
    HistoryLoader m_history;
    QList<quint64> m_running; // running job ids in row order: newest first
    QSet<quint64> m_dirty;
    QTimer *m_flush = nullptr;
};

} // namespace leaselink
