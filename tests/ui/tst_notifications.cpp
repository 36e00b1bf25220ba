// The tray's decision logic (Notifications) row by row — which notifications a scheduled sync's
// result and the stored certificates deserve, once per session — and the close-to-tray setting:
// closing hides to the tray only when a tray exists and the setting is on. Offscreen has no
// system tray, so the window must work without one: close quits, notifications go to the status
// bar, the setting is stored in QSettings.
#include "MainWindow.h"
#include "Notifications.h"

#include "store/Database.h"
#include "store/ServerRepository.h"
#include "sync/ServerSelection.h"

#include <QAction>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

Q_DECLARE_METATYPE(leaselink::sync::SyncJobResult)
Q_DECLARE_METATYPE(QList<leaselink::Server>)

namespace {

using Kind = Notification::Kind;

const QDateTime Now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);

Server httpsServer(std::int64_t id, const QString &name)
{
    Server server;
    server.id = id;
    server.name = name;
    server.hostname = name + QStringLiteral(".example");
    server.port = 443;
    server.useHttps = true;
    server.verifySsl = true;
    server.certificate.pem = "-----BEGIN CERTIFICATE-----\n";
    server.certificate.sha256 = QStringLiteral("AA:BB");
    server.certificate.notAfter = Now.addDays(400);
    return server;
}

sync::PlannedServer skipped(std::int64_t id, const QString &name)
{
    sync::PlannedServer planned;
    planned.serverId = id;
    planned.name = name;
    planned.synced = false;
    planned.skipReason =
        sync::ServerSelectionRules::skipReasonText(sync::ServerSkipReason::Unreachable);
    return planned;
}

QString describe(const QList<Notification> &list)
{
    QStringList parts;
    for (const Notification &n : list)
        parts << QString::number(int(n.kind)) + QLatin1Char(':') + n.serverName;
    return parts.join(QLatin1Char(','));
}

QString expect(std::initializer_list<std::pair<Kind, const char *>> items)
{
    QStringList parts;
    for (const auto &[kind, name] : items)
        parts << QString::number(int(kind)) + QLatin1Char(':') + QString::fromUtf8(name);
    return parts.join(QLatin1Char(','));
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncResult_data()
    {
        QTest::addColumn<sync::SyncJobResult>("result");
        QTest::addColumn<QList<Server>>("servers");
        QTest::addColumn<QString>("expected");

        const Server a = httpsServer(1, QStringLiteral("dhcp-a"));
        const Server b = httpsServer(2, QStringLiteral("dhcp-b"));
        sync::SyncJobResult ok;
        ok.status = JobStatus::Succeeded;
        QTest::newRow("succeeded: nothing") << ok << QList<Server>{a, b} << QString();

        sync::SyncJobResult failed;
        failed.status = JobStatus::Failed;
        failed.runErrors << QStringLiteral("boom");
        QTest::newRow("failed: one sync notification")
            << failed << QList<Server>{a} << expect({{Kind::SyncFailed, ""}});

        sync::SyncJobResult partial;
        partial.status = JobStatus::Partial;
        QTest::newRow("partial counts as failed")
            << partial << QList<Server>{a} << expect({{Kind::SyncFailed, ""}});

        Server down = b;
        down.healthStatus = HealthStatus::Unreachable;
        down.healthError = QStringLiteral("Connection refused by dhcp-b.example:443");
        sync::SyncJobResult unreachable;
        unreachable.status = JobStatus::Partial;
        unreachable.unreachable = true;
        unreachable.servers << skipped(2, QStringLiteral("dhcp-b"));
        QTest::newRow("unreachable server, then the failed run")
            << unreachable << QList<Server>{a, down}
            << expect({{Kind::ServerUnreachable, "dhcp-b"}, {Kind::SyncFailed, ""}});

        Server untrusted = b;
        untrusted.certificate = StoredCertificate();
        untrusted.healthError = QStringLiteral("TLS handshake failed");
        QTest::newRow("never-trusted certificate leads to the trust dialog")
            << unreachable << QList<Server>{a, untrusted}
            << expect({{Kind::CertificateProblem, "dhcp-b"}, {Kind::SyncFailed, ""}});

        Server changed = b;
        changed.healthError =
            QStringLiteral("The certificate of dhcp-b changed since it was trusted");
        QTest::newRow("changed certificate leads to the trust dialog")
            << unreachable << QList<Server>{a, changed}
            << expect({{Kind::CertificateProblem, "dhcp-b"}, {Kind::SyncFailed, ""}});

        Server plain = b;
        plain.useHttps = false;
        plain.certificate = StoredCertificate();
        plain.healthError = QStringLiteral("Connection refused");
        QTest::newRow("plain HTTP without certificate is only unreachable")
            << unreachable << QList<Server>{a, plain}
            << expect({{Kind::ServerUnreachable, "dhcp-b"}, {Kind::SyncFailed, ""}});

        sync::SyncJobResult netbox;
        netbox.status = JobStatus::Failed;
        netbox.runErrors << QStringLiteral("NetBox: The TLS connection to netbox is not "
                                           "trusted: fetch its certificate");
        QTest::newRow("NetBox certificate")
            << netbox << QList<Server>{a}
            << expect({{Kind::CertificateProblem, "NetBox"}, {Kind::SyncFailed, ""}});

        sync::SyncJobResult dry = unreachable;
        dry.dryRun = true;
        QTest::newRow("a preview notifies nothing") << dry << QList<Server>{a, down} << QString();
    }

    void syncResult()
    {
        QFETCH(sync::SyncJobResult, result);
        QFETCH(QList<Server>, servers);
        QFETCH(QString, expected);
        const QList<Notification> list = Notifications::forSyncResult(result, servers);
        QCOMPARE(describe(list), expected);
        for (const Notification &n : list) {
            QVERIFY(!n.title.isEmpty());
            QVERIFY(!n.message.isEmpty());
        }
    }

    void certificates_data()
    {
        QTest::addColumn<int>("serverDaysLeft");
        QTest::addColumn<bool>("https");
        QTest::addColumn<int>("netBoxDaysLeft");
        QTest::addColumn<QString>("expected");
        // The Servers view's threshold: StoredCertificate::expiryState (90 days).
        QTest::newRow("fine") << 400 << true << 400 << QString();
        QTest::newRow("91 days: fine") << 91 << true << 400 << QString();
        QTest::newRow("89 days: expiring")
            << 89 << true << 400 << expect({{Kind::CertificateExpiring, "dhcp-a"}});
        QTest::newRow("expired") << -3 << true << 400
                                 << expect({{Kind::CertificateExpiring, "dhcp-a"}});
        QTest::newRow("plain HTTP: its old certificate is not used")
            << 10 << false << 400 << QString();
        QTest::newRow("NetBox expiring")
            << 400 << true << 30 << expect({{Kind::CertificateExpiring, "NetBox"}});
        QTest::newRow("both") << 5 << true << 30
                              << expect({{Kind::CertificateExpiring, "dhcp-a"},
                                         {Kind::CertificateExpiring, "NetBox"}});
    }

    void certificates()
    {
        QFETCH(int, serverDaysLeft);
        QFETCH(bool, https);
        QFETCH(int, netBoxDaysLeft);
        QFETCH(QString, expected);
        Server server = httpsServer(1, QStringLiteral("dhcp-a"));
        server.useHttps = https;
        server.certificate.notAfter = Now.addDays(serverDaysLeft);
        NetBoxConnection netBox;
        netBox.url = QUrl(QStringLiteral("https://netbox.example/"));
        netBox.certificate.pem = "x";
        netBox.certificate.notAfter = Now.addDays(netBoxDaysLeft);
        const auto list = Notifications::forCertificates({server}, netBox, Now);
        QCOMPARE(describe(list), expected);
        for (const Notification &n : list)
            QVERIFY2(n.message.contains(n.serverName), qPrintable(n.message));
    }

    void eachProblemIsShownOncePerSession()
    {
        Notifications shown;
        Server server = httpsServer(1, QStringLiteral("dhcp-a"));
        server.certificate.notAfter = Now.addDays(10);
        const auto list = Notifications::forCertificates({server}, std::nullopt, Now);
        QCOMPARE(shown.filterNew(list).size(), 1);
        QCOMPARE(shown.filterNew(list).size(), 0); // the next interval: not again
        shown.forgetServer(QStringLiteral("dhcp-b"));
        QCOMPARE(shown.filterNew(list).size(), 0);
        shown.forgetServer(QStringLiteral("dhcp-a")); // the admin looked at it
        QCOMPARE(shown.filterNew(list).size(), 1);
    }

    void closeHidesToTrayOnlyWithATrayAndTheSetting_data()
    {
        QTest::addColumn<bool>("tray");
        QTest::addColumn<bool>("setting");
        QTest::addColumn<bool>("hides");
        QTest::newRow("tray, setting on") << true << true << true;
        QTest::newRow("tray, setting off") << true << false << false;
        QTest::newRow("no tray, setting on") << false << true << false;
        QTest::newRow("no tray, setting off") << false << false << false;
    }

    void closeHidesToTrayOnlyWithATrayAndTheSetting()
    {
        QFETCH(bool, tray);
        QFETCH(bool, setting);
        QFETCH(bool, hides);
        QCOMPARE(Notifications::closeHidesToTray(tray, setting), hides);
    }

    // Offscreen has no system tray: the window works without one, the setting is stored and
    // shown, and closing the window closes it even with the setting on.
    void mainWindowWithoutTray()
    {
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkUiTest"));
        QTemporaryDir dir;
        auto opened = Database::openInDataDir(dir.path());
        QVERIFY(opened.has_value());
        std::unique_ptr<Database> database = std::move(*opened);
        Server server = httpsServer(0, QStringLiteral("dhcp-a"));
        server.certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(20);
        QVERIFY(ServerRepository(*database).create(server).has_value());

        MainWindow::setKeepRunningWhenClosed(false);
        MainWindow window(database.get(), QString(), ConfigOverrides());
        QVERIFY(!window.trayIcon());
        QAction *keep = window.keepRunningAction();
        QVERIFY(keep);
        QVERIFY(keep->isCheckable());
        QVERIFY(!keep->isChecked());
        QVERIFY(!keep->text().isEmpty());
        QVERIFY(!keep->isEnabled()); // no tray: the choice does not apply, closing quits
        QVERIFY(keep->toolTip().contains(QStringLiteral("no system tray")));
        MainWindow::setKeepRunningWhenClosed(true);
        QVERIFY(MainWindow::keepRunningWhenClosed());
        QCOMPARE(QSettings().value(QStringLiteral("tray/keepRunningWhenClosed")).toBool(), true);
        QVERIFY(!window.closeHidesToTray()); // no tray: closing quits

        // The certificate expiring in 20 days was announced in the status bar (no tray), once.
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("dhcp-a")),
                 qPrintable(window.statusBar()->currentMessage()));
        Notification again;
        again.kind = Notification::Kind::Info;
        again.title = QStringLiteral("t");
        again.message = QStringLiteral("m");
        QCOMPARE(window.notify({again}).size(), 1);
        QCOMPARE(window.notify({again}).size(), 0);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());

        // Where the action is enabled (a tray exists) it stores the choice in QSettings.
        keep->setEnabled(true);
        MainWindow::setKeepRunningWhenClosed(false);
        keep->trigger(); // unchecked -> checked
        QVERIFY(keep->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("tray/keepRunningWhenClosed")).toBool(), true);
        keep->trigger();
        QVERIFY(!MainWindow::keepRunningWhenClosed());
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
