// The Jobs view's live rows (issue 6): a job running in this process (Sync Now, the scheduled
// sync, Import from Server) shows on top with phase, server, n/total and warnings/errors so far,
// its log growing in the detail pane; when it has finished its row turns into the stored history
// row in place. Driven by a SyncJob whose signals the test emits, and over the lab by the Sync Now
// dialog and the scheduled sync. Every model runs under QAbstractItemModelTester.
#include "ImportWindow.h"
#include "JobsTableModel.h"
#include "ListView.h"
#include "MainWindow.h"
#include "RunningJobs.h"
#include "ScheduledSync.h"
#include "SyncDialog.h"
#include "SyncJobHome.h"

#include "store/JobRepository.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace leaselink;
using namespace leaselink::test;

namespace {

sync::SyncRequest requestFor(const QString &server, const QString &trigger = QStringLiteral("gui"))
{
    sync::SyncRequest request;
    request.kind = sync::SyncRequest::Kind::Servers;
    request.serverNames = {server};
    request.trigger = trigger;
    return request;
}

sync::JobLogLine logLine(sync::JobLogLevel level, const QString &text)
{
    sync::JobLogLine line;
    line.at = QDateTime::currentDateTimeUtc();
    line.level = level;
    line.server = QStringLiteral("dhcp1");
    line.text = text;
    return line;
}

JobRecord stored(std::int64_t id, const QString &kind, JobStatus status, const QString &log)
{
    JobRecord job;
    job.id = id;
    job.kind = kind;
    job.servers = {QStringLiteral("dhcp1")};
    job.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 + id);
    job.finishedAt = job.startedAt.addSecs(5);
    job.status = status;
    job.log = log;
    return job;
}

QString text(const JobsTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// The history the model reloads when a job finishes: a list the test changes.
struct FakeHistory
{
    QList<JobRecord> jobs;
    JobsTableModel::HistoryLoader loader()
    {
        return [this] { return std::optional(jobs); };
    }
};

// The Jobs view's model over a real cache, as MainWindow sets it up.
JobsTableModel::HistoryLoader loaderFor(Database &database)
{
    return [&database]() -> std::optional<QList<JobRecord>> {
        auto jobs = JobRepository(database).listRecent(200);
        if (!jobs)
            return std::nullopt;
        return *jobs;
    };
}

sync::SyncJobContext contextOf(SyncHome &home)
{
    sync::SyncJobContext context;
    context.database = home.db.get();
    context.secrets = &home.secrets;
    return context;
}

// What the model showed on top while a job ran, sampled at every change.
struct RowSamples
{
    QStringList outcomes;
    QStringList kinds;
    QStringList counts;
    int logLines = 0;
};

void sample(RunningJobs &running, const JobsTableModel &model, RowSamples &samples)
{
    QObject::connect(&running, &RunningJobs::jobChanged, &model, [&model, &samples, &running] {
        if (!model.isRunningRow(0))
            return;
        samples.outcomes << text(model, 0, JobsTableModel::Outcome);
        samples.kinds << text(model, 0, JobsTableModel::Kind);
        samples.counts << text(model, 0, JobsTableModel::Counts);
        if (!running.jobs().isEmpty())
            samples.logLines = int(running.jobs().last().log.size());
    });
}

} // namespace

class TestRunningJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncJobShowsLiveThenItsHistoryRow();
    void finishedBelowAnotherRunningJobMovesDown();
    void destroyedJobLeavesAndPreviewLeavesNoRow();
    void longLogsAreCapped();
    void syncDialogRunOverTheLab();
    void scheduledSyncOverTheLab();
    void importWindowFeedsItsRow();
    void mainWindowJobsViewShowsTheRun();
};

// A SyncJob's signals (emitted here as SyncRun does) make a "Running" row on top; its progress and
// log show at once, the detail pane follows; when it finishes, the stored row takes its place.
void TestRunningJobs::syncJobShowsLiveThenItsHistoryRow()
{
    RunningJobs running;
    FakeHistory history;
    history.jobs = {stored(1, QStringLiteral("sync"), JobStatus::Succeeded, QStringLiteral("old"))};
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&running, history.loader());
    model.setJobs(history.jobs);
    ListView view(QString(), &model);
    view.table()->sortByColumn(-1, Qt::AscendingOrder); // model order, as the Jobs view
    view.setDetailProvider(
        [&model](const QModelIndex &source) { return model.detailHtml(source.row()); });
    auto *browser = view.findChild<QTextBrowser *>();
    QVERIFY(browser);

    sync::SyncJob job({}, requestFor(QStringLiteral("dhcp1")));
    running.addSync(&job, requestFor(QStringLiteral("dhcp1")));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isRunningRow(0));
    QVERIFY(!model.isRunningRow(1));
    QCOMPARE(text(model, 0, JobsTableModel::Kind), QStringLiteral("sync"));
    QCOMPARE(text(model, 0, JobsTableModel::Servers), QStringLiteral("dhcp1"));
    QCOMPARE(text(model, 0, JobsTableModel::Outcome), QStringLiteral("Running"));
    QCOMPARE(text(model, 0, JobsTableModel::Finished), QString());
    QVERIFY(!text(model, 0, JobsTableModel::Started).isEmpty());
    QCOMPARE(model.index(0, JobsTableModel::Outcome).data(Qt::UserRole).toInt(),
             int(JobStatus::Running));
    QVERIFY(!model.index(0, JobsTableModel::Outcome).data(Qt::DecorationRole).isNull());
    QCOMPARE(text(model, 1, JobsTableModel::Outcome), QStringLiteral("Succeeded"));
    view.table()->setCurrentIndex(view.proxy()->index(0, 0));

    Q_EMIT job.progressChanged(
        sync::SyncProgress{QStringLiteral("writing"), QStringLiteral("dhcp1"), 2, 5});
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Info, QStringLiteral("first line")));
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Debug, QStringLiteral("debug detail")));
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Warning, QStringLiteral("a warning")));
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Error, QStringLiteral("an <error>")));
    QCOMPARE(text(model, 0, JobsTableModel::Outcome),
             QStringLiteral("Running: writing — dhcp1 (2/5)"));
    QCOMPARE(text(model, 0, JobsTableModel::Counts),
             QStringLiteral("so far: 1 warning(s), 1 error(s)"));
    // The detail pane follows (coalesced repaints).
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("an <error>")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("first line")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("writing — dhcp1 (2/5)")));
    QVERIFY(!browser->toPlainText().contains(QStringLiteral("debug detail")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("started by: gui")));
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Info, QStringLiteral("later line")));
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("later line")));

    // Finished: the history has its row now; the running row turns into it, still selected.
    history.jobs.prepend(stored(2, QStringLiteral("sync"), JobStatus::Partial,
                                QStringLiteral("the whole stored log")));
    running.finish(running.jobs().first().id);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.isRunningRow(0));
    QCOMPARE(text(model, 0, JobsTableModel::Outcome), QStringLiteral("Partly failed"));
    QCOMPARE(text(model, 1, JobsTableModel::Outcome), QStringLiteral("Succeeded"));
    QCOMPARE(view.table()->currentIndex().row(), 0);
    QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("the whole stored log")));
    QVERIFY(running.jobs().isEmpty());
    // Later signals of the finished job change nothing.
    Q_EMIT job.logLineAdded(logLine(sync::JobLogLevel::Error, QStringLiteral("too late")));
    QVERIFY(running.jobs().isEmpty());
}

// Two jobs run; the older finishes first: its row moves below the newer running one and turns
// into the history row there. The history's limit drops its oldest row.
void TestRunningJobs::finishedBelowAnotherRunningJobMovesDown()
{
    RunningJobs running;
    FakeHistory history;
    history.jobs = {stored(1, QStringLiteral("sync"), JobStatus::Succeeded, QStringLiteral("a"))};
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&running, history.loader());
    model.setJobs(history.jobs);
    const quint64 older = running.start(QStringLiteral("sync"), {QStringLiteral("dhcp1")});
    const quint64 newer = running.addImport(QStringLiteral("dhcp2"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0, JobsTableModel::Kind), QStringLiteral("import"));
    QCOMPARE(text(model, 1, JobsTableModel::Kind), QStringLiteral("sync"));

    // A history with a limit of one row: the new row replaces the old one.
    history.jobs = {stored(2, QStringLiteral("sync"), JobStatus::Failed, QStringLiteral("b"))};
    running.finish(older);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isRunningRow(0));
    QCOMPARE(text(model, 0, JobsTableModel::Kind), QStringLiteral("import"));
    QCOMPARE(text(model, 1, JobsTableModel::Outcome), QStringLiteral("Failed"));
    QCOMPARE(model.job(1).id, 2);
    QVERIFY(!model.index(1, JobsTableModel::Outcome).data(Qt::DecorationRole).isNull());

    // An import that stored nothing (the server was busy): its row just goes.
    running.finish(newer);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.job(0).id, 2);
    running.finish(newer); // twice: ignored
    QCOMPARE(model.rowCount(), 1);
}

void TestRunningJobs::destroyedJobLeavesAndPreviewLeavesNoRow()
{
    RunningJobs running;
    FakeHistory history;
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&running, history.loader());
    {
        sync::SyncJob job({}, requestFor(QStringLiteral("dhcp1")));
        running.addSync(&job, requestFor(QStringLiteral("dhcp1")));
        QCOMPARE(model.rowCount(), 1);
    }
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(running.jobs().isEmpty());

    // A preview writes no history row; an all-servers run names no server.
    sync::SyncRequest all;
    all.trigger = QStringLiteral("gui");
    sync::SyncJob job({}, all);
    const quint64 id = running.addSync(&job, all, true);
    QCOMPARE(text(model, 0, JobsTableModel::Kind), QStringLiteral("sync (preview)"));
    QCOMPARE(text(model, 0, JobsTableModel::Servers), QStringLiteral("all servers"));
    Q_EMIT job.progressChanged(sync::SyncProgress{QStringLiteral("planning scopes"), {}, 0, 0});
    QCOMPARE(text(model, 0, JobsTableModel::Outcome),
             QStringLiteral("Previewing: planning scopes"));
    running.finish(id);
    QCOMPARE(model.rowCount(), 0);
}

void TestRunningJobs::longLogsAreCapped()
{
    RunningJobs running;
    JobsTableModel model;
    model.setRunningJobs(&running);
    const quint64 id = running.start(QStringLiteral("sync"), {});
    for (int i = 0; i < RunningJobs::MaxLogLines + 10; ++i)
        running.addLogLine(id, logLine(sync::JobLogLevel::Info, QStringLiteral("line %1").arg(i)));
    QCOMPARE(int(running.find(id)->log.size()), RunningJobs::MaxLogLines);
    QCOMPARE(running.find(id)->droppedLines, qint64(10));
    QVERIFY(running.find(id)->log.last().endsWith(
        QStringLiteral("line %1").arg(RunningJobs::MaxLogLines + 9)));
    const QString detail = model.detailHtml(0);
    QVERIFY(detail.contains(QStringLiteral("line %1").arg(RunningJobs::MaxLogLines + 9)));
    QVERIFY(!detail.contains(QStringLiteral("line 10<")));
    QVERIFY(detail.contains(QStringLiteral("earlier line")));
    running.finish(id);
}

// Sync Now over the lab: the shared RunningJobs shows the run while it works (phases, the
// server, n/total), then the stored history row of that run takes its place.
void TestRunningJobs::syncDialogRunOverTheLab()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&RunningJobs::instance(), loaderFor(*home.db));
    RowSamples samples;
    sample(RunningJobs::instance(), model, samples);
    QCOMPARE(model.rowCount(), 0);

    SyncDialog dialog(contextOf(home), requestFor(Standalone));
    QCoro::waitFor(dialog.runNow());
    QCOMPARE(dialog.lastResult()->status, JobStatus::Succeeded);
    QVERIFY(!samples.outcomes.isEmpty());
    QVERIFY2(
        samples.outcomes.filter(QStringLiteral("Running: reading scopes — psu-3 (1/1)")).size() > 0,
        qPrintable(samples.outcomes.join(QLatin1Char('\n'))));
    QVERIFY(samples.outcomes.filter(QStringLiteral("Running: writing")).size() > 0);
    QVERIFY(samples.logLines > 0);
    QVERIFY(samples.kinds.contains(QStringLiteral("sync")));

    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isRunningRow(0));
    QCOMPARE(model.job(0).id, dialog.lastResult()->jobId);
    QCOMPARE(text(model, 0, JobsTableModel::Outcome), QStringLiteral("Succeeded"));
    QVERIFY(model.detailHtml(0).contains(Standalone));
    QVERIFY(RunningJobs::instance().jobs().isEmpty());

    // A preview shows as a preview, and leaves no row (it stores no history).
    samples = {};
    SyncDialog previewDialog(contextOf(home), requestFor(Standalone));
    QCoro::waitFor(previewDialog.preview());
    QVERIFY(samples.kinds.contains(QStringLiteral("sync (preview)")));
    QVERIFY(samples.outcomes.filter(QStringLiteral("Previewing: ")).size() > 0);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(RunningJobs::instance().jobs().isEmpty());
}

// The scheduled sync's run shows too, for all servers.
void TestRunningJobs::scheduledSyncOverTheLab()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&RunningJobs::instance(), loaderFor(*home.db));
    RowSamples samples;
    sample(RunningJobs::instance(), model, samples);
    int runningRows = 0;
    connect(&RunningJobs::instance(), &RunningJobs::jobStarted, &model, [&] {
        runningRows += model.isRunningRow(0) ? 1 : 0;
        QCOMPARE(text(model, 0, JobsTableModel::Servers), QStringLiteral("all servers"));
    });

    ScheduledSync scheduled(contextOf(home));
    scheduled.configure(60, true);
    QSignalSpy finished(&scheduled, &ScheduledSync::runFinished);
    QVERIFY(scheduled.scheduler().runNow());
    QVERIFY(finished.wait(60000));
    QCOMPARE(runningRows, 1);
    QVERIFY(samples.outcomes.filter(QStringLiteral("Running: ")).size() > 0);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isRunningRow(0));
    QCOMPARE(model.job(0).kind, QStringLiteral("sync"));
    QVERIFY(RunningJobs::instance().jobs().isEmpty());
}

// Import from Server's window registers the import; its lines feed the row; closed early it only
// hides (the row goes on) and it goes away once the outcome is in.
void TestRunningJobs::importWindowFeedsItsRow()
{
    JobsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRunningJobs(&RunningJobs::instance());
    QPointer<ImportWindow> window = new ImportWindow(QStringLiteral("dhcp1"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, JobsTableModel::Kind), QStringLiteral("import"));
    QCOMPARE(text(model, 0, JobsTableModel::Servers), QStringLiteral("dhcp1"));
    window->appendLine(
        sync::ImportLogLine{sync::JobLogLevel::Warning, QStringLiteral("odd scope")});
    QCOMPARE(text(model, 0, JobsTableModel::Counts),
             QStringLiteral("so far: 1 warning(s), 0 error(s)"));
    QVERIFY(model.detailHtml(0).contains(QStringLiteral("WARNING odd scope")));

    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(window);
    QVERIFY(!window->isVisible());
    window->appendLine(sync::ImportLogLine{sync::JobLogLevel::Info, QStringLiteral("created")});
    QVERIFY(model.detailHtml(0).contains(QStringLiteral("INFO created")));

    sync::ImportJobOutcome outcome;
    outcome.status = JobStatus::Succeeded;
    window->showOutcome(outcome);
    QCOMPARE(model.rowCount(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!window);
    QVERIFY(RunningJobs::instance().jobs().isEmpty());
}

// The main window's Jobs view is wired to the shared RunningJobs and to the cache: Sync Now from
// the window shows on top while it runs and then as that run's history row.
void TestRunningJobs::mainWindowJobsViewShowsTheRun()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    MainWindow window(home.db.get(), QString(), ConfigOverrides(), &home.secrets);
    auto *model = window.findChild<JobsTableModel *>();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model->rowCount();
    bool shownRunning = false;
    connect(&RunningJobs::instance(), &RunningJobs::jobChanged, model, [&] {
        shownRunning =
            shownRunning ||
            (model->isRunningRow(0) &&
             text(*model, 0, JobsTableModel::Outcome).startsWith(QStringLiteral("Running: ")));
    });
    window.openSyncDialog({Standalone}, MainWindow::SyncStart::Run);
    const auto dialogs = window.findChildren<SyncDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialogs.first()->lastResult().has_value(), 30000);
    QVERIFY(shownRunning);
    QCOMPARE(model->rowCount(), before + 1);
    QVERIFY(!model->isRunningRow(0));
    QCOMPARE(model->job(0).id, dialogs.first()->lastResult()->jobId);
    QVERIFY(RunningJobs::instance().jobs().isEmpty());
}

QTEST_MAIN(TestRunningJobs)
#include "tst_runningjobs.moc"
