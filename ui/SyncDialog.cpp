#include "SyncDialog.h"

#include "RunningJobs.h"

#include "sync/SyncReport.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace leaselink {

namespace {

QString targetText(const sync::SyncRequest &request)
{
    if (request.kind == sync::SyncRequest::Kind::AllServers)
        return SyncDialog::tr("Sync all DHCP servers with NetBox");
    return SyncDialog::tr("Sync %1 with NetBox")
        .arg(request.serverNames.join(QStringLiteral(", ")));
}

QString countsText(int creates, int updates, int deletes)
{
    return SyncDialog::tr("%1 to create, %2 to update, %3 to delete")
        .arg(creates)
        .arg(updates)
        .arg(deletes);
}

// A preview has not synced anything yet: its servers are "planned".
QString outcomeText(const sync::ServerChangeGroup &server, bool preview)
{
    switch (server.outcome) {
    case sync::ServerChangeGroup::Outcome::Synced:
        return preview ? SyncDialog::tr("planned") : SyncDialog::tr("synced");
    case sync::ServerChangeGroup::Outcome::Skipped:
        return SyncDialog::tr("skipped: %1").arg(server.reason);
    case sync::ServerChangeGroup::Outcome::Failed:
        return SyncDialog::tr("failed: %1").arg(server.reason);
    }
    return {};
}

} // namespace

SyncDialog::SyncDialog(sync::SyncJobContext context, sync::SyncRequest request, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_request(std::move(request))
{
    setWindowTitle(tr("Sync Now"));
    setAccessibleName(tr("Sync Now"));
    resize(900, 640);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(targetText(m_request), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_phase = new QLabel(tr("Ready. Preview the changes first, or sync now."), this);
    layout->addWidget(m_phase);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setAccessibleName(tr("Planned changes"));
    m_tree->setHeaderLabels({tr("Change"), tr("Details")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_log = new QPlainTextEdit(splitter);
    m_log->setAccessibleName(tr("Sync log"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000); // a long run's log stays cheap to show
    splitter->addWidget(m_tree);
    splitter->addWidget(m_log);
    layout->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(this);
    m_preview = buttons->addButton(tr("&Preview changes"), QDialogButtonBox::ActionRole);
    m_preview->setToolTip(tr("Read the servers and NetBox and show what would change; nothing "
                             "is written until you apply."));
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setToolTip(tr("Write exactly the previewed changes."));
    m_apply->setEnabled(false);
    m_sync = buttons->addButton(tr("&Sync now"), QDialogButtonBox::ActionRole);
    m_sync->setToolTip(tr("Read, plan and write in one go."));
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    // Nothing destructive is the default: Enter does not start a sync.
    m_preview->setDefault(true);

    connect(m_preview, &QPushButton::clicked, this, [this] { preview(); });
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_sync, &QPushButton::clicked, this, [this] { runNow(); });
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::reject);
}

SyncDialog::~SyncDialog() = default;

void SyncDialog::newJob()
{
    m_job = std::make_unique<sync::SyncJob>(m_context, m_request);
    m_log->clear();
    m_tree->clear();
    m_summary->clear();
    connect(m_job.get(), &sync::SyncJob::progressChanged, this, &SyncDialog::showProgress);
    connect(m_job.get(), &sync::SyncJob::logLineAdded, this, &SyncDialog::appendLog);
}

void SyncDialog::trackRun(bool preview)
{
    m_runningId = RunningJobs::instance().addSync(m_job.get(), m_request, preview);
}

void SyncDialog::untrackRun()
{
    RunningJobs::instance().finish(std::exchange(m_runningId, 0));
}

void SyncDialog::setRunning(bool running)
{
    const bool changed = m_running != running;
    m_running = running;
    if (changed)
        Q_EMIT runningChanged(running);
    m_preview->setEnabled(!running);
    m_sync->setEnabled(!running);
    m_apply->setEnabled(!running && m_previewPending);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
    if (running) {
        m_progress->setRange(0, 0); // busy until the first counted phase
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
}

void SyncDialog::showProgress(const sync::SyncProgress &progress)
{
    QString text = progress.phase;
    if (!progress.server.isEmpty())
        text += QStringLiteral(" — ") + progress.server;
    if (progress.total > 0) {
        text += QStringLiteral(" (%1/%2)").arg(progress.done).arg(progress.total);
        m_progress->setRange(0, int(progress.total));
        m_progress->setValue(int(progress.done));
    } else {
        m_progress->setRange(0, 0);
    }
    m_phase->setText(text);
}

void SyncDialog::appendLog(const sync::JobLogLine &line)
{
    if (line.level == sync::JobLogLevel::Debug)
        return;
    m_log->appendPlainText(line.formatted());
}

QCoro::Task<void> SyncDialog::runNow()
{
    if (m_running)
        co_return;
    m_previewPending = false;
    newJob();
    setRunning(true);
    trackRun(false);
    const sync::SyncJobResult result = co_await m_job->run();
    untrackRun();
    m_job.reset();
    setRunning(false);
    showResult(result);
    Q_EMIT syncFinished(result);
}

QCoro::Task<void> SyncDialog::preview()
{
    if (m_running)
        co_return;
    m_previewPending = false;
    newJob();
    setRunning(true);
    trackRun(true);
    const sync::SyncJobResult result = co_await m_job->preview();
    untrackRun();
    // A preview that found nothing usable cannot be applied; the job (and its locks) go.
    m_previewPending = result.status == JobStatus::Succeeded && !result.changedNothing();
    if (!m_previewPending)
        m_job.reset();
    setRunning(false);
    showResult(result);
    if (m_previewPending)
        m_apply->setFocus();
}

QCoro::Task<void> SyncDialog::apply()
{
    if (m_running || !m_previewPending || !m_job)
        co_return;
    m_previewPending = false;
    setRunning(true);
    trackRun(false);
    const sync::SyncJobResult result = co_await m_job->applyPreview();
    untrackRun();
    m_job.reset();
    setRunning(false);
    showResult(result);
    Q_EMIT syncFinished(result);
}

void SyncDialog::cancelRun()
{
    if (m_job && m_running)
        m_job->cancel();
}

void SyncDialog::reject()
{
    if (m_running) {
        // Cancel stops at the next safe point; the dialog stays until the run has stopped.
        cancelRun();
        m_phase->setText(tr("Cancelling… what was written stays, the rest is left for the next "
                            "run."));
        return;
    }
    // An unapplied preview is dropped: nothing written, the servers released.
    m_job.reset();
    m_previewPending = false;
    QDialog::reject();
}

void SyncDialog::showResult(const sync::SyncJobResult &result)
{
    m_result = result;
    fillTree(result);
    QStringList lines;
    const QString status = sync::jobStatusText(result.status);
    if (result.dryRun) {
        lines << tr("Preview %1 in %2 s: %3 in NetBox. Nothing has been written.")
                     .arg(status)
                     .arg(result.seconds, 0, 'f', 1)
                     .arg(m_totals);
        if (m_previewPending)
            lines << tr("Apply writes exactly these changes.");
    } else {
        const auto n = [&](const char *key) {
            return result.counts.value(QLatin1String(key)).toInteger();
        };
        lines << tr("Sync %1 in %2 s: %3 created, %4 updated, %5 deleted in NetBox, %6 failed.")
                     .arg(status)
                     .arg(result.seconds, 0, 'f', 1)
                     .arg(n("ip_created"))
                     .arg(n("ip_updated"))
                     .arg(n("ip_deleted"))
                     .arg(n("ip_failed"));
    }
    for (const QString &error : result.runErrors)
        lines << tr("Error: %1").arg(error);
    for (const sync::ItemFailure &failure : result.failures)
        lines << tr("Failed: %1: %2: %3").arg(failure.server, failure.what, failure.cause);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_phase->setText(status);
}

void SyncDialog::fillTree(const sync::SyncJobResult &result)
{
    m_tree->clear();
    const QBrush deleteBrush(QColor(0xc6, 0x28, 0x28));
    int totalCreates = 0;
    int totalUpdates = 0;
    int totalDeletes = 0;
    for (const sync::ServerChangeGroup &server : sync::SyncReport::group(result)) {
        auto *serverItem = new QTreeWidgetItem(m_tree, {server.name, QString()});
        int creates = 0;
        int updates = 0;
        int deletes = 0;
        for (const QString &line : server.scopeChanges) {
            auto *item = new QTreeWidgetItem(serverItem, {tr("scope change"), line});
            if (line.contains(QLatin1String("DELETE")))
                item->setForeground(1, deleteBrush);
        }
        for (const sync::ScopeChangeGroup &scope : server.scopes) {
            creates += scope.creates;
            updates += scope.updates;
            deletes += scope.deletes;
            const QString label = scope.name.isEmpty()
                                      ? scope.network
                                      : QStringLiteral("%1 (%2)").arg(scope.name, scope.network);
            auto *scopeItem = new QTreeWidgetItem(
                serverItem, {label, countsText(scope.creates, scope.updates, scope.deletes)});
            if (scope.deletes > 0)
                scopeItem->setForeground(1, deleteBrush);
            for (const sync::IpChange &change : scope.ips) {
                auto *item = new QTreeWidgetItem(
                    scopeItem, {change.key.host.toString(), sync::SyncReport::changeLine(change)});
                if (change.kind == sync::IpChangeKind::Delete) {
                    item->setForeground(0, deleteBrush);
                    item->setForeground(1, deleteBrush);
                    QFont font = item->font(0);
                    font.setBold(true);
                    item->setFont(0, font);
                }
            }
            // Scopes with deletes are opened: they are what to check before applying.
            scopeItem->setExpanded(scope.deletes > 0);
        }
        serverItem->setText(1, outcomeText(server, result.dryRun) + QStringLiteral(" — ") +
                                   countsText(creates, updates, deletes));
        if (server.outcome != sync::ServerChangeGroup::Outcome::Synced)
            serverItem->setForeground(1, deleteBrush);
        totalCreates += creates;
        totalUpdates += updates;
        totalDeletes += deletes;
        serverItem->setExpanded(true);
    }
    m_totals = countsText(totalCreates, totalUpdates, totalDeletes);
}

} // namespace leaselink
