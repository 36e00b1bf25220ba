#pragma once

#include "sync/SyncJob.h"

#include <QCoroTask>
#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace leaselink {

// Sync Now / Sync All (issue 6): progress (phase, server, n/total), the live log and Cancel
// while a run works; "Preview changes" plans without writing and shows the plan as a tree
// (server → scope → change, deletes highlighted, counts); "Apply" then writes exactly that
// plan. Closing after a preview writes nothing and releases the servers. The sync rules are
// core's; this dialog only starts, shows and cancels.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(sync::SyncJobContext context, sync::SyncRequest request, QWidget *parent = nullptr);
    ~SyncDialog() override;

    // For tests and the window's shortcuts.
    QCoro::Task<void> runNow();
    QCoro::Task<void> preview();
    QCoro::Task<void> apply();
    void cancelRun();

    bool isRunning() const { return m_running; }
    const std::optional<sync::SyncJobResult> &lastResult() const { return m_result; }
    QTreeWidget *planTree() const { return m_tree; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *syncButton() const { return m_sync; }

Q_SIGNALS:
    // A run that wrote something finished: views refresh.
    void syncFinished(const leaselink::sync::SyncJobResult &result);
    // A preview or sync started (true) or ended (false): the window's "running jobs" indicator.
    void runningChanged(bool running);

public Q_SLOTS:
    // Close / Esc: cancels a running sync (the dialog stays until it stopped), or drops an
    // unapplied preview (nothing written, the servers released) and closes.
    void reject() override;

private:
    void newJob();
    // The Jobs view shows the run live while it works (RunningJobs).
    void trackRun(bool preview);
    void untrackRun();
    void setRunning(bool running);
    void showProgress(const sync::SyncProgress &progress);
    void appendLog(const sync::JobLogLine &line);
    void showResult(const sync::SyncJobResult &result);
    void fillTree(const sync::SyncJobResult &result);

    sync::SyncJobContext m_context;
    sync::SyncRequest m_request;
    std::unique_ptr<sync::SyncJob> m_job;
    std::optional<sync::SyncJobResult> m_result;
    bool m_running = false;
    bool m_previewPending = false;
    quint64 m_runningId = 0;

    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QString m_totals; // the plan's counts over every server, for the summary line
    QPushButton *m_preview = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace leaselink
