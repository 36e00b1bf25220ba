// Servers → Update PSU Scripts… offscreen against the lab over HTTPS (issue 9): the preview
// shows the counts, Cancel is the default and sends nothing, applying shows progress and the
// health check, and a server in maintenance gets no request (LL-66).
#include "PsuDeployLab.h"
#include "PsuScriptUpdateDialog.h"

#include "net/psu/PsuEndpointScript.h"
#include "net/psu/PsuScriptVersion.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <QCoroTask>

using namespace leaselink;
using leaselink::test::PsuDeployLab;

namespace {

int rowsWithAction(QTreeWidget *tree, const QString &action)
{
    int n = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        n += tree->topLevelItem(i)->text(0) == action ? 1 : 0;
    return n;
}

std::shared_ptr<PsuScriptDeployer> deployerFor(const Server &server, const QString &token)
{
    auto deployer = std::make_shared<PsuScriptDeployer>(server, token);
    deployer->setHealthDelay(std::chrono::milliseconds(0));
    return deployer;
}

} // namespace

class TestPsuScriptUpdateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsCountsAndCancelSendsNothing()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        PsuScriptUpdateDialog dialog(deployerFor(lab.serverRecord(), lab.sim->writerToken()));
        dialog.show();
        QCoro::connect(dialog.start(), &dialog, [] {});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PsuScriptUpdateDialog::State::Preview, 10000);

        const int defined = int(PsuEndpointScript::shipped().size());
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("endpoints"));
        QVERIFY(tree && tree->isVisible());
        QCOMPARE(rowsWithAction(tree, PsuScriptUpdateDialog::tr("Create")), defined - 16);
        QCOMPARE(rowsWithAction(tree, PsuScriptUpdateDialog::tr("Update")), 16);
        QCOMPARE(rowsWithAction(tree, PsuScriptUpdateDialog::tr("Leave alone")), 2);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("create %1 endpoint").arg(defined - 16)),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("update 16 endpoint")));
        QVERIFY(summary.contains(QStringLiteral("leave 2 other")));
        QVERIFY(summary.contains(QStringLiteral("No endpoint will be removed")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("note"))->isVisible());

        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancel"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
        QVERIFY(cancel->isDefault());
        QVERIFY(!apply->isDefault());
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QTest::qWait(50);
        QCOMPARE(lab.server->requestLog().entries().size(), 1);
        QCOMPARE(lab.count("GET", QStringLiteral("/api/v1/endpoint")), 1);
        QCOMPARE(lab.sim->scriptVersion(), QStringLiteral("1.0.2"));
    }

    void applyShowsProgressAndHealth()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        PsuScriptUpdateDialog dialog(deployerFor(lab.serverRecord(), lab.sim->writerToken()));
        QSignalSpy reported(&dialog, &PsuScriptUpdateDialog::versionReported);
        dialog.show();
        QCoro::connect(dialog.start(), &dialog, [] {});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PsuScriptUpdateDialog::State::Preview, 10000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QCOMPARE(dialog.state(), PsuScriptUpdateDialog::State::Applying);
        // Closing is ignored while the run is under way.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PsuScriptUpdateDialog::State::Done, 20000);

        const QString shipped = QString::fromLatin1(PsuScriptVersion::Shipped);
        auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
        QCOMPARE(progress->value(), progress->maximum());
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(result.contains(QStringLiteral("16 updated")), qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("2 left alone")));
        QVERIFY(result.contains(QStringLiteral("reports script version %1").arg(shipped)));
        QVERIFY(result.startsWith(QStringLiteral("Update PSU Scripts finished.")));
        QCOMPARE(reported.size(), 1);
        QCOMPARE(reported.first().first().toString(), shipped);
        QCOMPARE(lab.count("POST", QStringLiteral("/api/v1/endpoint/restart")), 1);
        QCOMPARE(lab.count("DELETE", QStringLiteral("/api/v1/")), 0);
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->text(),
                 PsuScriptUpdateDialog::tr("Close"));
    }

    void LL66_maintenanceShowsRefusalWithoutRequest()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        Server server = lab.serverRecord();
        server.maintenance.enabled = true;
        PsuScriptUpdateDialog dialog(deployerFor(server, lab.sim->writerToken()));
        dialog.show();
        QCoro::connect(dialog.start(), &dialog, [] {});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PsuScriptUpdateDialog::State::Failed, 10000);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("maintenance")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
        QCOMPARE(lab.server->requestLog().entries().size(), 0);
    }

    void readerTokenNamesThePermission()
    {
        PsuDeployLab lab;
        QVERIFY(lab.start());
        PsuScriptUpdateDialog dialog(deployerFor(lab.serverRecord(), lab.sim->readerToken()));
        dialog.show();
        QCoro::connect(dialog.start(), &dialog, [] {});
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), PsuScriptUpdateDialog::State::Failed, 10000);
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("\"apis/*\"")), qPrintable(summary));
        QCOMPARE(lab.count("PUT", QStringLiteral("/api/v1/")), 0);
    }
};

QTEST_MAIN(TestPsuScriptUpdateDialog)
#include "tst_psuscriptupdatedialog.moc"
