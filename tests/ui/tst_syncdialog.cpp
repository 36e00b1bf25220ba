// The Sync Now dialog over the lab: a preview writes nothing and shows the plan as a tree
// (server → scope → change, counts, deletes highlighted); Apply writes exactly that plan;
// closing after a preview writes nothing and releases the server; Sync now runs in one go.

#include "MainWindow.h"
#include "ScheduledSync.h"
#include "SyncDialog.h"
#include "SyncJobHome.h"

#include "store/SyncLockRepository.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace leaselink;
using namespace leaselink::test;

class TestSyncDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewThenApply();
    void closingAfterPreviewWritesNothing();
    void deletesAreHighlightedInThePreview();
    void mainWindowOpensTheDialog();
    void scheduledSyncRunsInTheBackground();
};

namespace {

sync::SyncJobContext contextOf(SyncHome &home)
{
    sync::SyncJobContext context;
    context.database = home.db.get();
    context.secrets = &home.secrets;
    return context;
}

sync::SyncRequest requestFor(const QString &server)
{
    sync::SyncRequest request;
    request.kind = sync::SyncRequest::Kind::Servers;
    request.serverNames = {server};
    request.trigger = QStringLiteral("gui");
    return request;
}

} // namespace

void TestSyncDialog::previewThenApply()
{
    SyncHome home;
    QVERIFY(home.start());
    SyncDialog dialog(contextOf(home), requestFor(Standalone));
    QVERIFY(!dialog.applyButton()->isEnabled());
    QVERIFY(dialog.previewButton()->isDefault()); // Enter never writes
    QCoro::waitFor(dialog.preview());
    QVERIFY(dialog.lastResult().has_value());
    QVERIFY(dialog.lastResult()->dryRun);
    QCOMPARE(home.netboxChanges(), 0);
    QVERIFY(dialog.applyButton()->isEnabled());
    // server → scopes → changes
    QTreeWidget *tree = dialog.planTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *server = tree->topLevelItem(0);
    QCOMPARE(server->text(0), Standalone);
    QVERIFY(server->childCount() >= 20);
    int changes = 0;
    for (int i = 0; i < server->childCount(); ++i)
        changes += server->child(i)->childCount();
    const qint64 planned =
        dialog.lastResult()->counts.value(QStringLiteral("ip_created")).toInteger();
    QCOMPARE(qint64(changes), planned);
    // A preview has synced nothing: the server is "planned", and the summary gives the totals.
    const QString counts = QStringLiteral("%1 to create, 0 to update, 0 to delete").arg(planned);
    QCOMPARE(server->text(1), QStringLiteral("planned — ") + counts);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("syncSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(counts), qPrintable(summary->text()));

    QCoro::waitFor(dialog.apply());
    server = tree->topLevelItem(0);
    QVERIFY(server);
    QVERIFY2(server->text(1).startsWith(QStringLiteral("synced — ")), qPrintable(server->text(1)));
    QVERIFY(!dialog.lastResult()->dryRun);
    QCOMPARE(dialog.lastResult()->status, JobStatus::Succeeded);
    QCOMPARE(qint64(home.netboxIps().size()), planned);
    QVERIFY(!dialog.applyButton()->isEnabled());
}

void TestSyncDialog::closingAfterPreviewWritesNothing()
{
    SyncHome home;
    QVERIFY(home.start());
    const auto server = ServerRepository(*home.db).findByName(Standalone);
    {
        SyncDialog dialog(contextOf(home), requestFor(Standalone));
        QCoro::waitFor(dialog.preview());
        QVERIFY(SyncLockRepository(*home.db).holder((*server)->id)->has_value());
        dialog.reject();
        QVERIFY(!SyncLockRepository(*home.db).holder((*server)->id)->has_value());
    }
    QCOMPARE(home.netboxChanges(), 0);
    // "Sync now" goes in one go.
    SyncDialog dialog(contextOf(home), requestFor(Standalone));
    QCoro::waitFor(dialog.runNow());
    QCOMPARE(dialog.lastResult()->status, JobStatus::Succeeded);
    QVERIFY(home.netboxChanges() > 0);
}

void TestSyncDialog::deletesAreHighlightedInThePreview()
{
    SyncHome home;
    QVERIFY(home.start());
    QCOMPARE(home.sync().status, JobStatus::Succeeded);
    lab::PsuScope &scope = home.model(Standalone).scopes.begin()->second;
    const QString gone = scope.leases.takeLast().ipAddress.toString();

    SyncDialog dialog(contextOf(home), requestFor(Standalone));
    QCoro::waitFor(dialog.preview());
    QCOMPARE(dialog.lastResult()->counts.value(QStringLiteral("ip_deleted")).toInteger(), 1);
    const auto found = dialog.planTree()->findItems(gone, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first()->font(0).bold());
    QVERIFY(found.first()->parent()->isExpanded()); // the scope with the delete is open
    QVERIFY(found.first()->text(1).startsWith(QStringLiteral("delete")));
}

// Sync All (Ctrl+Shift+R) and Sync Now (Ctrl+R) from the main window open the dialog; Sync Now
// starts at once and the views reload when it has finished.
void TestSyncDialog::mainWindowOpensTheDialog()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    MainWindow window(home.db.get(), QString(), ConfigOverrides(), &home.secrets);
    window.syncAllAction()->trigger();
    auto dialogs = window.findChildren<SyncDialog *>();
    QCOMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first()->isVisible());
    QVERIFY(!dialogs.first()->isRunning()); // Sync All waits for Preview or Sync now
    dialogs.first()->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(window.findChildren<SyncDialog *>().size(), 0);

    window.openSyncDialog({Standalone}, MainWindow::SyncStart::Run);
    dialogs = window.findChildren<SyncDialog *>();
    QCOMPARE(dialogs.size(), 1);
    // The status bar shows the run while it works and nothing once it is over.
    QCOMPARE(window.runningJobsText(), QStringLiteral("Sync running…"));
    QTRY_VERIFY_WITH_TIMEOUT(dialogs.first()->lastResult().has_value(), 30000);
    QCOMPARE(window.runningJobsText(), QString());
    QCOMPARE(dialogs.first()->lastResult()->status, JobStatus::Succeeded);
    QVERIFY(home.netboxIps().size() > 0);
}

// The recurring sync of the open window: the status bar names the next run; a run (here the
// scheduler's "run now") syncs every server without a dialog and reports its outcome.
void TestSyncDialog::scheduledSyncRunsInTheBackground()
{
    SyncHome home;
    QVERIFY(home.start(2, 10));
    MainWindow window(home.db.get(), QString(), ConfigOverrides(), &home.secrets);
    auto *label = window.findChild<QLabel *>(QStringLiteral("scheduleStatus"));
    QVERIFY(label);
    QVERIFY2(label->text().startsWith(QStringLiteral("Next sync")), qPrintable(label->text()));
    auto *scheduled = window.findChild<ScheduledSync *>();
    QVERIFY(scheduled);
    // What the status bar's running-jobs part said at the start and at the end of the run.
    QStringList running;
    connect(scheduled, &ScheduledSync::runningChanged, &window,
            [&running, &window] { running << window.runningJobsText(); });
    QVERIFY(scheduled->scheduler().runNow());
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("last scheduled sync")), 60000);
    QVERIFY2(label->text().contains(QStringLiteral("completed")), qPrintable(label->text()));
    QVERIFY(home.netboxIps().size() > 0);
    QVERIFY(window.findChildren<SyncDialog *>().isEmpty()); // no modal window from a schedule
    QCOMPARE(running, (QStringList{QStringLiteral("Scheduled sync running…"), QString()}));
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
