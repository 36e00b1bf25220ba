// `leaselink --demo` (issue 6 "The built-in demo"): the shared DemoSession starts the lab
// (dataset M, HTTPS) with a throw-away data directory whose servers and NetBox are configured
// but NOT trusted, so the window's first connection shows the real trust dialog. Cancel really
// cancels (no sync starts); ticking "I have compared" and Trust stores each fingerprint, which
// matches the one the demo lists for the admin to compare. Then Import from Server and Sync All
// with Preview and Apply work from the window with the keyboard (Ctrl+I, Ctrl+Shift+R, Enter,
// Alt+A).
#include "CertificateTrustDialog.h"
#include "DemoSession.h"
#include "DemoWelcomeDialog.h"
#include "FirstUseTrust.h"
#include "ImportWindow.h"
#include "MainWindow.h"
#include "ScheduledSync.h"
#include "ServerActions.h"
#include "SyncDialog.h"

#include "LabRunner.h"

#include "store/Database.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <QCoroTask>

using namespace leaselink;

namespace {

// The hex digits only: the dialog groups the fingerprint in lines of eight bytes.
QString compact(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char(':'));
    return text;
}

// Answers every trust dialog that comes up: records what it showed, then trusts (after ticking
// the box) or cancels.
class TrustAnswerer : public QObject
{
public:
    explicit TrustAnswerer(bool trust)
        : m_trust(trust)
    {
        connect(&m_poll, &QTimer::timeout, this, [this] { answer(); });
        m_poll.start(20);
    }
    QStringList shownFingerprints;
    bool trustEnabledBeforeTick = false;
    bool keyboardFailed = false;

private:
    void answer()
    {
        auto *dialog = qobject_cast<CertificateTrustDialog *>(QApplication::activeModalWidget());
        if (!dialog || m_answering)
            return;
        if (auto *field = dialog->findChild<QPlainTextEdit *>(QStringLiteral("fingerprint")))
            shownFingerprints << compact(field->toPlainText());
        trustEnabledBeforeTick = trustEnabledBeforeTick || dialog->trustButton()->isEnabled();
        if (!m_trust) {
            dialog->reject();
            return;
        }
        // By keyboard, as an admin without a mouse would: Alt+I ticks "I have compared…",
        // Alt+T is Trust and Save (Enter would be Cancel, the default button).
        // A mnemonic "clicks" its button animated (it acts 100 ms later), so each key is waited
        // for; the poll timer must not answer the same dialog again meanwhile.
        m_answering = true;
        QPointer<CertificateTrustDialog> open(dialog);
        QApplication::setActiveWindow(dialog);
        bool typed = QTest::qWaitForWindowActive(dialog);
        if (typed) {
            QTest::keyClick(dialog, Qt::Key_I, Qt::AltModifier);
            typed = QTest::qWaitFor([&] { return open && open->trustButton()->isEnabled(); }, 2000);
        }
        if (typed) {
            QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
            typed = QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000);
        }
        if (!typed) { // the keys did not act: fail the trust, not the process
            keyboardFailed = true;
            if (open)
                open->reject();
        }
        m_answering = false;
    }
    bool m_answering = false;
    bool m_trust;
    QTimer m_poll;
};

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

    demo::DemoSession m_demo;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkUiTest"));
        demo::DemoOptions options;
        options.trustCertificates = false;
        const auto started = QCoro::waitFor(m_demo.start(options));
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
        auto opened = Database::openInDataDir(m_demo.dataDir());
        QVERIFY(opened.has_value());
        m_database = std::move(*opened);
        m_secrets = m_demo.secretStore();
    }

    void demoConfiguresServersUntrusted()
    {
        const auto servers = ServerRepository(*m_database).list();
        QVERIFY(servers.has_value());
        QCOMPARE(servers->size(), 3); // the failover pair and the standalone server
        for (const Server &server : *servers) {
            QVERIFY(server.useHttps);
            QVERIFY(server.verifySsl);
            QVERIFY2(server.certificate.isEmpty(), qPrintable(server.name));
            QVERIFY(FirstUseTrust::needsTrust(server));
        }
        const auto netBox = NetBoxConnectionRepository(*m_database).get();
        QVERIFY(netBox.has_value() && netBox->has_value());
        QVERIFY(FirstUseTrust::needsTrust(*netBox));
        // What the admin compares: NetBox and each server with its fingerprint.
        const auto services = m_demo.services();
        QCOMPARE(services.size(), 4);
        QCOMPARE(services.first().name, QStringLiteral("NetBox"));
        for (const demo::DemoService &service : services) {
            QCOMPARE(service.url.scheme(), QStringLiteral("https"));
            QCOMPARE(service.fingerprintSha256.size(), 32 * 3 - 1);
        }
        // The tokens are in the in-memory store only, never in the data directory.
        QVERIFY(!m_demo.summary().contains(m_demo.lab()->netboxEndpoint().writerToken));
    }

    // The welcome lists each service with the fingerprint to compare; its button asks for all.
    void welcomeListsTheFingerprints()
    {
        QList<DemoWelcomeDialog::Service> services;
        for (const demo::DemoService &service : m_demo.services())
            services.append(DemoWelcomeDialog::Service{service.name, service.url.toString(),
                                                       service.fingerprintSha256});
        DemoWelcomeDialog welcome(services);
        auto *list = welcome.findChild<QTextBrowser *>(QStringLiteral("demoFingerprints"));
        QVERIFY(list);
        QVERIFY(!list->accessibleName().isEmpty());
        const QString text = compact(list->toPlainText());
        for (const demo::DemoService &service : m_demo.services()) {
            QVERIFY2(text.contains(compact(service.fingerprintSha256)), qPrintable(service.name));
            QVERIFY(text.contains(service.name));
        }
        QVERIFY(welcome.checkButton()->isDefault());
        QSignalSpy check(&welcome, &DemoWelcomeDialog::checkCertificatesRequested);
        welcome.checkButton()->click();
        QCOMPARE(check.size(), 1);
    }

    void cancelOnTheFirstConnectionStartsNothing()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides(), m_secrets.get());
        TrustAnswerer cancel(false);
        window.syncAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!cancel.shownFingerprints.isEmpty(), 15000);
        QTest::qWait(200);
        QCOMPARE(window.findChildren<SyncDialog *>().size(), 0);
        QVERIFY(!cancel.trustEnabledBeforeTick);
        const auto servers = ServerRepository(*m_database).list();
        for (const Server &server : *servers)
            QVERIFY(server.certificate.isEmpty());
    }

    void firstConnectionTrustsByFingerprintThenImportAndSyncWork()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides(), m_secrets.get());
        {
            TrustAnswerer trust(true);
            QVERIFY(QCoro::waitFor(window.checkCertificates()));
            QCOMPARE(trust.shownFingerprints.size(), 4);
            QVERIFY(!trust.trustEnabledBeforeTick); // the tick comes first
            QVERIFY(!trust.keyboardFailed);
            for (const demo::DemoService &service : m_demo.services())
                QVERIFY2(trust.shownFingerprints.contains(compact(service.fingerprintSha256)),
                         qPrintable(service.name));
        }
        const auto servers = ServerRepository(*m_database).list();
        QVERIFY(servers.has_value());
        const QList<demo::DemoService> services = m_demo.services();
        for (const Server &server : *servers) {
            const auto service =
                std::find_if(services.cbegin(), services.cend(),
                             [&](const demo::DemoService &s) { return s.name == server.name; });
            QVERIFY(service != services.cend());
            QCOMPARE(server.certificate.sha256, service->fingerprintSha256);
        }
        const auto netBox = NetBoxConnectionRepository(*m_database).get();
        QCOMPARE((*netBox)->certificate.sha256, m_demo.services().first().fingerprintSha256);

        // Import from Server with the keyboard: select the server, Ctrl+I; the import window
        // reports the counts when it is done.
        QCOMPARE(window.serverActions()->importAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (const Server &server : *servers) {
            QVERIFY(window.selectServer(server.name));
            QVERIFY(window.serverActions()->importAction()->isEnabled());
            QApplication::setActiveWindow(&window);
            QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!window.findChildren<ImportWindow *>().isEmpty(), 10000);
            ImportWindow *importWindow = window.findChildren<ImportWindow *>().last();
            QTRY_VERIFY_WITH_TIMEOUT(importWindow->isFinished(), 60000);
            QVERIFY2(!importWindow->summaryText().contains(QStringLiteral("failed")),
                     qPrintable(importWindow->summaryText()));
            importWindow->close();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        const auto scopes = ScopeRepository(*m_database).list();
        QVERIFY(scopes.has_value());
        QCOMPARE(scopes->size(), 60);

        // Sync All (Ctrl+Shift+R) → Enter previews (the default button) → Alt+A applies. No
        // second trust question: the certificates are trusted now.
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        const auto dialogs = window.findChildren<SyncDialog *>();
        QCOMPARE(dialogs.size(), 1);
        SyncDialog *dialog = dialogs.first();
        QVERIFY(!dialog->isRunning());
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lastResult().has_value() && !dialog->isRunning(), 120000);
        QVERIFY(dialog->lastResult()->dryRun);
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY(dialog->planTree()->topLevelItemCount() > 0);
        QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lastResult()->dryRun && !dialog->isRunning(), 120000);
        QCOMPARE(dialog->lastResult()->status, JobStatus::Succeeded);
        dialog->reject();
    }

    // A scheduled (background) sync never opens the trust dialog: it skips the server whose
    // certificate is not trusted and the notification (the status bar without a tray) says so;
    // opening that notification runs the Servers view's Certificate action for the server.
    void backgroundSyncNotifiesAndTheNotificationLeadsToTheDialog()
    {
        auto psu1 = ServerRepository(*m_database).findByName(QStringLiteral("psu-1"));
        QVERIFY(psu1.has_value() && psu1->has_value());
        QVERIFY(ServerRepository(*m_database).setCertificate((*psu1)->id, StoredCertificate()));

        MainWindow window(m_database.get(), QString(), ConfigOverrides(), m_secrets.get());
        QVERIFY(!window.trayIcon()); // offscreen
        auto *scheduled = window.findChild<ScheduledSync *>();
        QVERIFY(scheduled);
        QSignalSpy finished(scheduled, &ScheduledSync::runFinished);
        TrustAnswerer watcher(true);
        QVERIFY(scheduled->scheduler().runNow());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QVERIFY(watcher.shownFingerprints.isEmpty()); // no dialog from a background job
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("psu-1")) &&
                     message.contains(QStringLiteral("Certificate")),
                 qPrintable(message));

        Notification certificate;
        certificate.kind = Notification::Kind::CertificateProblem;
        certificate.serverName = QStringLiteral("psu-1");
        window.openNotification(certificate);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.shownFingerprints.size() == 1, 15000);
        QCOMPARE(window.currentView(), MainWindow::ServersView);
        const QString expected = m_demo.services().at(1).fingerprintSha256; // psu-1
        QTRY_COMPARE_WITH_TIMEOUT(
            ServerRepository(*m_database).get((*psu1)->id)->certificate.sha256, expected, 5000);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
