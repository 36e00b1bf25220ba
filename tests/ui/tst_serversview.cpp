// The Servers view of issue 6 and maintenance from the Servers, Failover and Scopes views, over a
// real temporary cache: the server columns and their badges (script version, writable,
// certificate expiry under 90 days and expired, maintenance note) under
// QAbstractItemModelTester; Start / End Maintenance with a note for a server, a failover and a
// scope (repository and Current Maintenance follow, Ctrl+M / Ctrl+Shift+M act on the focused
// list); Forget Certificate; the selection surviving F5; Preview Sync's shortcut; the NetBox and
// running-jobs parts of the status bar; the Certificate action's expiry text.
#include "CertificateTrust.h"
#include "CertificateTrustDialog.h"
#include "ListView.h"
#include "MaintenanceControl.h"
#include "MaintenanceTableModel.h"
#include "MaintenanceView.h"
#include "MainWindow.h"
#include "NetBoxStatusText.h"
#include "ScopesView.h"
#include "ServerActions.h"
#include "ServerTableModel.h"

#include "config/ConfigOverrides.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/Database.h"
#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QColor>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

Q_DECLARE_METATYPE(leaselink::Server)

namespace {

const QDateTime PinnedNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

StoredCertificate certificateExpiring(const QDateTime &notAfter)
{
    StoredCertificate certificate;
    certificate.pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END "
                                        "CERTIFICATE-----\n");
    certificate.notAfter = notAfter;
    certificate.sha256 = QStringLiteral("6D:9D:7F:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:"
                                        "FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC");
    return certificate;
}

Server baseServer(const QString &name)
{
    Server server;
    server.id = 1;
    server.name = name;
    server.hostname = name + QStringLiteral(".example");
    return server;
}

QString cell(const ServerTableModel &model, int column, int role = Qt::DisplayRole)
{
    return model.index(0, column).data(role).toString();
}

} // namespace

class TestServersView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::int64_t m_serverA = 0;
    std::int64_t m_serverB = 0;
    std::int64_t m_failover = 0;
    std::int64_t m_scope = 0;

    ListView *servers(MainWindow &window) { return window.listOf(MainWindow::ServersView); }

    void showAndActivate(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkServersViewTest"));
        QVERIFY(m_dir.isValid());
        auto opened = Database::openInDataDir(m_dir.path());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(*opened);
        ServerRepository repository(*m_database);
        Server a = baseServer(QStringLiteral("dhcp-a"));
        Server b = baseServer(QStringLiteral("dhcp-b"));
        const auto createdA = repository.create(a);
        const auto createdB = repository.create(b);
        QVERIFY(createdA && createdB);
        m_serverA = createdA->id;
        m_serverB = createdB->id;

        Failover failover;
        failover.name = QStringLiteral("fo-main");
        failover.primaryServerId = m_serverA;
        failover.secondaryServerId = m_serverB;
        failover.mode = FailoverMode::HotStandby;
        const auto createdFailover = FailoverRepository(*m_database).create(failover);
        QVERIFY2(createdFailover,
                 qPrintable(createdFailover ? QString() : createdFailover.error().message));
        m_failover = createdFailover->id;

        Scope scope;
        scope.name = QStringLiteral("Office");
        scope.netboxPrefixId = 7;
        scope.prefix = Ipv4Prefix::parse(QStringLiteral("10.0.1.0/24")).value();
        scope.startIp = Ipv4Address::parse(QStringLiteral("10.0.1.10")).value();
        scope.endIp = Ipv4Address::parse(QStringLiteral("10.0.1.200")).value();
        scope.leaseLifetime = LeaseDuration(86400);
        scope.serverId = m_serverA;
        const auto createdScope = ScopeRepository(*m_database).create(scope);
        QVERIFY2(createdScope, qPrintable(createdScope ? QString() : createdScope.error().message));
        m_scope = createdScope->id;
    }

    void columnsAndBadges_data()
    {
        QTest::addColumn<Server>("server");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("toolTipContains");
        QTest::addColumn<QColor>("foreground"); // invalid: default colour

        const QString shipped = QString::fromLatin1(PsuScriptVersion::Shipped);
        Server server = baseServer(QStringLiteral("s"));
        server.psuScriptVersion = shipped;
        QTest::newRow("script matches")
            << server << int(ServerTableModel::ScriptVersion) << QStringLiteral("✓ ") + shipped
            << QStringLiteral("Matches") << QColor();
        server.psuScriptVersion = QStringLiteral("1.0.2");
        QTest::newRow("script differs")
            << server << int(ServerTableModel::ScriptVersion) << QStringLiteral("⚠ 1.0.2")
            << PsuScriptVersion::advisory(QStringLiteral("1.0.2")) << QColor(0xb3, 0x6b, 0x00);
        server.psuScriptVersion.clear();
        QTest::newRow("script unknown") << server << int(ServerTableModel::ScriptVersion)
                                        << QStringLiteral("Unknown") << shipped << QColor();

        server = baseServer(QStringLiteral("s"));
        server.accessLevel = AccessLevel::Writer;
        server.accessCheckedAt = PinnedNow.addDays(-1);
        QTest::newRow("writer") << server << int(ServerTableModel::Writable)
                                << QStringLiteral("Yes") << QStringLiteral("Checked") << QColor();
        server.accessLevel = AccessLevel::Reader;
        QTest::newRow("reader") << server << int(ServerTableModel::Writable)
                                << QStringLiteral("No (read-only token)")
                                << QStringLiteral("Checked") << QColor();
        server.accessLevel = AccessLevel::Unknown;
        server.accessCheckedAt = QDateTime();
        QTest::newRow("access unknown")
            << server << int(ServerTableModel::Writable) << QStringLiteral("Unknown")
            << QStringLiteral("Not checked yet") << QColor();

        server = baseServer(QStringLiteral("s"));
        server.useHttps = false;
        QTest::newRow("plain http") << server << int(ServerTableModel::Certificate)
                                    << QStringLiteral("None (HTTP)") << QString() << QColor();
        server.useHttps = true;
        QTest::newRow("system CAs")
            << server << int(ServerTableModel::Certificate) << QStringLiteral("System CAs")
            << QStringLiteral("certificate authorities") << QColor();
        server.certificate = certificateExpiring(PinnedNow.addDays(30));
        QTest::newRow("expires in 30 days")
            << server << int(ServerTableModel::Certificate)
            << QStringLiteral("⚠ expires in 30 day(s)") << QStringLiteral("SHA-256 6D:9D:7F")
            << QColor(0xb3, 0x6b, 0x00);
        server.certificate = certificateExpiring(PinnedNow.addDays(89));
        QTest::newRow("expires in 89 days")
            << server << int(ServerTableModel::Certificate)
            << QStringLiteral("⚠ expires in 89 day(s)") << QStringLiteral("renew it")
            << QColor(0xb3, 0x6b, 0x00);
        server.certificate = certificateExpiring(PinnedNow.addDays(-2));
        QTest::newRow("expired") << server << int(ServerTableModel::Certificate)
                                 << QStringLiteral("Expired") << QStringLiteral("expired on")
                                 << QColor(Qt::red);
        const QDateTime later = PinnedNow.addDays(400);
        server.certificate = certificateExpiring(later);
        QTest::newRow("fine") << server << int(ServerTableModel::Certificate)
                              << QLocale().toString(later.toLocalTime().date(),
                                                    QLocale::ShortFormat)
                              << QStringLiteral("SHA-256 6D:9D:7F") << QColor();

        server = baseServer(QStringLiteral("s"));
        server.maintenance.enabled = true;
        server.maintenance.enabledAt = PinnedNow;
        server.maintenance.enabledBy = QStringLiteral("ann");
        server.maintenance.notes = QStringLiteral("CHG-7 patching");
        QTest::newRow("maintenance note")
            << server << int(ServerTableModel::Maintenance) << QStringLiteral("On")
            << QStringLiteral("CHG-7 patching") << QColor();
        server.verifySsl = false;
        QTest::newRow("verify off") << server << int(ServerTableModel::VerifyTls)
                                    << QStringLiteral("No") << QString() << QColor(Qt::red);
        server.port = 8443;
        QTest::newRow("port") << server << int(ServerTableModel::Port) << QStringLiteral("8443")
                              << QString() << QColor();
        QTest::newRow("host name") << server << int(ServerTableModel::Hostname)
                                   << QStringLiteral("s.example") << QString() << QColor();
    }

    void columnsAndBadges()
    {
        QFETCH(Server, server);
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QString, toolTipContains);
        QFETCH(QColor, foreground);
        ServerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return PinnedNow; });
        model.setServers({server});
        QCOMPARE(model.columnCount(), int(ServerTableModel::ColumnCount));
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(cell(model, column), display);
        const QString tip = cell(model, column, Qt::ToolTipRole);
        QVERIFY2(tip.contains(toolTipContains), qPrintable(tip));
        const QVariant colour = model.index(0, column).data(Qt::ForegroundRole);
        if (foreground.isValid())
            QCOMPARE(colour.value<QColor>(), foreground);
        else
            QVERIFY(!colour.isValid());
        // The row key is the server id, for keeping the selection over a reload.
        QCOMPARE(model.index(0, 0).data(ListFilterProxy::RowKeyRole).toLongLong(), server.id);
    }

    void sortsOnRawValues()
    {
        ServerTableModel model;
        model.setClock([] { return PinnedNow; });
        Server soon = baseServer(QStringLiteral("soon"));
        soon.port = 9000;
        soon.certificate = certificateExpiring(PinnedNow.addDays(10));
        Server later = baseServer(QStringLiteral("later"));
        later.port = 443;
        later.certificate = certificateExpiring(PinnedNow.addDays(300));
        model.setServers({later, soon});
        ListView view(QString(), &model);
        view.table()->sortByColumn(ServerTableModel::Port, Qt::DescendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("soon"));
        // "9000" < "443" as text; the raw port sorts numerically.
        view.table()->sortByColumn(ServerTableModel::Port, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("later"));
        // Certificate: soonest expiry first.
        view.table()->sortByColumn(ServerTableModel::Certificate, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("soon"));
    }

    void serverMaintenanceWithNote()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        showAndActivate(window);
        ServerActions *actions = window.serverActions();
        std::optional<MaintenanceTarget> asked;
        actions->maintenanceControl()->setAskNote([&asked](const MaintenanceTarget &target) {
            asked = target;
            return std::optional<QString>(QStringLiteral("CHG-42 disk swap"));
        });
        QVERIFY(window.selectServer(QStringLiteral("dhcp-a")));
        QVERIFY(actions->startMaintenanceAction()->isEnabled());
        QVERIFY(!actions->endMaintenanceAction()->isEnabled());

        // Ctrl+M with the focus in the Servers list.
        servers(window)->table()->setFocus();
        QTest::keyClick(servers(window)->table(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(asked.has_value());
        QCOMPARE(asked->kind, MaintenanceTableModel::ObjectKind::Server);
        QCOMPARE(asked->name, QStringLiteral("dhcp-a"));
        const auto stored = ServerRepository(*m_database).get(m_serverA);
        QVERIFY(stored);
        QVERIFY(stored->maintenance.enabled);
        QCOMPARE(stored->maintenance.notes, QStringLiteral("CHG-42 disk swap"));
        QCOMPARE(stored->maintenance.enabledBy, MaintenanceControl::osUserName());
        QVERIFY(stored->maintenance.enabledAt.isValid());

        // Every view reloaded: Current Maintenance lists it, the row says On, the selection
        // stayed, and the actions flipped.
        MaintenanceTableModel *current = window.maintenanceView()->model();
        QCOMPARE(current->rowCount(), 1);
        QCOMPARE(current->entryAt(0).name, QStringLiteral("dhcp-a"));
        QCOMPARE(current->entryAt(0).maintenance.notes, QStringLiteral("CHG-42 disk swap"));
        QCOMPARE(window.selectedServerNames(), QStringList{QStringLiteral("dhcp-a")});
        QVERIFY(!actions->startMaintenanceAction()->isEnabled());
        QVERIFY(actions->endMaintenanceAction()->isEnabled());

        // C-20: Test Connection on a server in maintenance asks first; declined, nothing opens.
        QString askedTitle;
        actions->setConfirm([&askedTitle](const QString &title, const QString &) {
            askedTitle = title;
            return false;
        });
        const qsizetype dialogsBefore = window.findChildren<QDialog *>().size();
        actions->actions().at(3)->trigger(); // Test Connection
        QCOMPARE(askedTitle, QStringLiteral("Test Connection"));
        QCOMPARE(window.findChildren<QDialog *>().size(), dialogsBefore);

        // End: declined changes nothing; the question names the server and its note.
        QString question;
        actions->maintenanceControl()->setConfirm([&question](const QString &text) {
            question = text;
            return false;
        });
        actions->endMaintenanceAction()->trigger();
        QVERIFY2(question.contains(QStringLiteral("dhcp-a")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("CHG-42")), qPrintable(question));
        QVERIFY(ServerRepository(*m_database).get(m_serverA)->maintenance.enabled);

        actions->maintenanceControl()->setConfirm([](const QString &) { return true; });
        QTest::keyClick(servers(window)->table(), Qt::Key_M,
                        Qt::ControlModifier | Qt::ShiftModifier);
        const auto ended = ServerRepository(*m_database).get(m_serverA);
        QVERIFY(!ended->maintenance.enabled);
        QVERIFY(ended->maintenance.notes.isEmpty());
        QCOMPARE(current->rowCount(), 0);
        QVERIFY(actions->startMaintenanceAction()->isEnabled());

        // Cancelling the note dialog starts nothing.
        actions->maintenanceControl()->setAskNote(
            [](const MaintenanceTarget &) { return std::optional<QString>(); });
        actions->startMaintenanceAction()->trigger();
        QVERIFY(!ServerRepository(*m_database).get(m_serverA)->maintenance.enabled);
    }

    void failoverMaintenanceWithNote()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        showAndActivate(window);
        window.showView(MainWindow::FailoverView);
        ListView *failovers = window.listOf(MainWindow::FailoverView);
        MaintenanceControl *control = window.failoverMaintenance();
        QVERIFY(control);
        failovers->table()->setCurrentIndex(QModelIndex());
        QVERIFY(!control->startAction()->isEnabled()); // no current row
        control->setAskNote([](const MaintenanceTarget &target) {
            return std::optional<QString>(QStringLiteral("note for ") + target.name);
        });
        failovers->table()->setFocus();
        failovers->table()->selectRow(0);
        QVERIFY(control->startAction()->isEnabled());
        // The button beside the search box, with an accessible name.
        auto *button = failovers->findChild<QPushButton *>(QStringLiteral("startMaintenance"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QVERIFY(button->accessibleName().contains(QStringLiteral("failover")));
        button->click();
        const auto stored = FailoverRepository(*m_database).get(m_failover);
        QVERIFY(stored->maintenance.enabled);
        QCOMPARE(stored->maintenance.notes, QStringLiteral("note for fo-main"));
        QCOMPARE(window.maintenanceView()->model()->rowCount(), 1);
        QCOMPARE(window.maintenanceView()->model()->entryAt(0).kind,
                 MaintenanceTableModel::ObjectKind::Failover);
        // The context menu holds both actions.
        QVERIFY(failovers->table()->actions().contains(control->endAction()));
        QCOMPARE(failovers->table()->contextMenuPolicy(), Qt::ActionsContextMenu);

        control->setConfirm([](const QString &) { return true; });
        QVERIFY(control->endAction()->isEnabled());
        QTest::keyClick(failovers->table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!FailoverRepository(*m_database).get(m_failover)->maintenance.enabled);
        QCOMPARE(window.maintenanceView()->model()->rowCount(), 0);
        // The server's Ctrl+M did not fire from the Failover list.
        QVERIFY(!ServerRepository(*m_database).get(m_serverA)->maintenance.enabled);
        QVERIFY(!ServerRepository(*m_database).get(m_serverB)->maintenance.enabled);
    }

    void scopeMaintenanceWithNote()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        showAndActivate(window);
        window.showView(MainWindow::ScopesPage);
        ScopesView *scopes = window.scopesView();
        MaintenanceControl *control = scopes->maintenanceControl();
        std::optional<MaintenanceTarget> asked;
        control->setAskNote([&asked](const MaintenanceTarget &target) {
            asked = target;
            return std::optional<QString>(QStringLiteral("rewiring"));
        });
        scopes->list()->table()->setCurrentIndex(QModelIndex());
        QVERIFY(!scopes->startMaintenanceButton()->isEnabled());
        scopes->list()->table()->setFocus();
        scopes->list()->table()->selectRow(0);
        QVERIFY(scopes->startMaintenanceButton()->isEnabled());
        QVERIFY(!scopes->endMaintenanceButton()->isEnabled());
        QVERIFY(!scopes->startMaintenanceButton()->accessibleName().isEmpty());
        QTest::keyClick(scopes->list()->table(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(asked.has_value());
        QCOMPARE(asked->kind, MaintenanceTableModel::ObjectKind::Scope);
        QCOMPARE(asked->name, QStringLiteral("Office"));
        QVERIFY(ScopeRepository(*m_database).get(m_scope)->maintenance.enabled);
        QCOMPARE(ScopeRepository(*m_database).get(m_scope)->maintenance.notes,
                 QStringLiteral("rewiring"));
        QCOMPARE(window.maintenanceView()->model()->rowCount(), 1);
        QVERIFY(scopes->endMaintenanceButton()->isEnabled());

        control->setConfirm([](const QString &) { return true; });
        scopes->endMaintenanceButton()->click();
        QVERIFY(!ScopeRepository(*m_database).get(m_scope)->maintenance.enabled);
        QCOMPARE(window.maintenanceView()->model()->rowCount(), 0);
    }

    void maintenanceDialogExplainsAndAsksForTheNote()
    {
        MaintenanceTarget target;
        target.kind = MaintenanceTableModel::ObjectKind::Server;
        target.id = m_serverA;
        target.name = QStringLiteral("dhcp-a");
        MaintenanceDialog dialog(target, QStringLiteral("ann"));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("dhcp-a")));
        QString labels;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            labels += label->text() + QLatin1Char('\n');
        QVERIFY2(labels.contains(QStringLiteral("skips it")), qPrintable(labels));
        QVERIFY2(labels.contains(QStringLiteral("ann")), qPrintable(labels));
        QVERIFY(!dialog.noteEdit()->accessibleName().isEmpty());
        dialog.noteEdit()->setText(QStringLiteral("  CHG-1  "));
        dialog.startButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.note(), QStringLiteral("CHG-1"));
    }

    void forgetCertificate()
    {
        const StoredCertificate certificate =
            certificateExpiring(QDateTime::currentDateTimeUtc().addDays(200));
        QVERIFY(ServerRepository(*m_database).setCertificate(m_serverB, certificate));
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        ServerActions *actions = window.serverActions();
        QVERIFY(window.selectServer(QStringLiteral("dhcp-a")));
        QVERIFY(!actions->forgetCertificateAction()->isEnabled()); // none stored for dhcp-a
        QVERIFY(window.selectServer(QStringLiteral("dhcp-b")));
        QVERIFY(actions->forgetCertificateAction()->isEnabled());

        QString question;
        actions->setConfirm([&question](const QString &, const QString &text) {
            question = text;
            return false;
        });
        actions->forgetCertificateAction()->trigger();
        QVERIFY2(question.contains(QStringLiteral("dhcp-b")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("trust its certificate again")),
                 qPrintable(question));
        QCOMPARE(ServerRepository(*m_database).get(m_serverB)->certificate, certificate);

        actions->setConfirm([](const QString &, const QString &) { return true; });
        actions->forgetCertificateAction()->trigger();
        const auto cleared = ServerRepository(*m_database).get(m_serverB);
        QVERIFY(cleared);
        QVERIFY(cleared->certificate.isEmpty());
        QVERIFY(!cleared->certificate.notAfter.isValid());
        QVERIFY(cleared->certificate.sha256.isEmpty());
        QVERIFY(!actions->forgetCertificateAction()->isEnabled());
        ListView *list = servers(window);
        const QModelIndex row = list->table()->currentIndex();
        QCOMPARE(list->proxy()->index(row.row(), ServerTableModel::Certificate).data().toString(),
                 QStringLiteral("System CAs"));
    }

    void selectionSurvivesRefresh()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        showAndActivate(window);
        ListView *list = servers(window);
        QVERIFY(window.selectServer(QStringLiteral("dhcp-b")));
        // Through the selection model: the view's setCurrentIndex would honour modifiers a
        // previous key click left behind.
        list->table()->selectionModel()->setCurrentIndex(
            list->table()->currentIndex().siblingAtColumn(ServerTableModel::Health),
            QItemSelectionModel::NoUpdate);
        // A server added behind the window's back sorts first: every row index shifts.
        const auto added =
            ServerRepository(*m_database).create(baseServer(QStringLiteral("dhcp-0")));
        QVERIFY(added);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(list->proxy()->rowCount(), 3);
        QCOMPARE(window.selectedServerNames(), QStringList{QStringLiteral("dhcp-b")});
        const QModelIndex current = list->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(0).data().toString(), QStringLiteral("dhcp-b"));
        QCOMPARE(current.column(), int(ServerTableModel::Health));
        QVERIFY(window.serverActions()->actions().at(1)->isEnabled()); // Edit follows

        // Several rows stay selected too.
        list->table()->selectAll();
        window.refresh();
        QCOMPARE(window.selectedServerNames().size(), 3);

        // A deleted server simply drops out of the selection.
        QVERIFY(window.selectServer(QStringLiteral("dhcp-0")));
        QVERIFY(ServerRepository(*m_database).remove(added->id));
        window.refresh();
        QVERIFY(window.selectedServerNames().isEmpty());

        // The generic list keeps the Scopes selection as well.
        window.showView(MainWindow::ScopesPage);
        ListView *scopes = window.scopesView()->list();
        scopes->table()->selectRow(0);
        const QString name = scopes->proxy()->index(0, 0).data().toString();
        window.refresh();
        QCOMPARE(scopes->selectedSourceRows().size(), 1);
        QCOMPARE(scopes->proxy()->index(scopes->table()->currentIndex().row(), 0).data().toString(),
                 name);
    }

    void previewShortcutTriggersAndShortcutsDoNotClash()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        showAndActivate(window);
        QCOMPARE(window.previewSyncAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(window.selectServer(QStringLiteral("dhcp-a")));
        QSignalSpy sync(&window, &MainWindow::syncRequested);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(sync.size(), 1);
        QCOMPARE(sync.at(0).at(0).toStringList(), QStringList{QStringLiteral("dhcp-a")});
        QCOMPARE(sync.at(0).at(1).toBool(), true);

        // No two window-wide actions share a key (list-scoped ones, like each list's Ctrl+M,
        // act only where the focus is).
        QHash<QKeySequence, QString> seen;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            const QString previous = seen.value(action->shortcut());
            QVERIFY2(previous.isEmpty(),
                     qPrintable(previous + QStringLiteral(" / ") + action->text() +
                                QStringLiteral(": ") + action->shortcut().toString()));
            seen.insert(action->shortcut(), action->text());
        }

        // The Servers table is named for screen readers by its view.
        QCOMPARE(servers(window)->table()->accessibleName(), QStringLiteral("Servers"));

        // Every Servers action is reachable by a shortcut or a mnemonic.
        QList<QAction *> serverActions = window.serverActions()->actions();
        serverActions << window.serverActions()->importAction() << window.syncNowAction()
                      << window.previewSyncAction() << window.syncAllAction();
        QSet<QChar> mnemonics;
        for (QAction *action : serverActions) {
            const QString text = action->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 || !action->shortcut().isEmpty(), qPrintable(text));
            if (amp >= 0) {
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!mnemonics.contains(key), qPrintable(text));
                mnemonics.insert(key);
            }
        }
    }

    void netBoxStatus_data()
    {
        QTest::addColumn<bool>("configured");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("log"); // empty: no sync job
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("toolTip");

        QTest::newRow("not configured")
            << false << QString() << QString() << int(NetBoxStatusText::State::NotConfigured)
            << QStringLiteral("NetBox: not configured") << QStringLiteral("NetBox Connection");
        QTest::newRow("https never trusted")
            << true << QStringLiteral("https://nb.example/") << QString()
            << int(NetBoxStatusText::State::NotTrustedYet)
            << QStringLiteral("NetBox: https://nb.example/ · certificate not trusted yet")
            << QStringLiteral("trust");
        QTest::newRow("http not used yet")
            << true << QStringLiteral("http://nb.example/") << QString()
            << int(NetBoxStatusText::State::NotContacted)
            << QStringLiteral("NetBox: http://nb.example/ · not used by a sync yet") << QString();
        QTest::newRow("last sync failed")
            << true << QStringLiteral("https://nb.example/")
            << QStringLiteral("2026-06-01T12:00:00Z INFO Sync started\n"
                              "2026-06-01T12:00:01Z ERROR NetBox: connection refused\n")
            << int(NetBoxStatusText::State::LastSyncFailed)
            << QStringLiteral("NetBox: https://nb.example/ · the last sync could not use it (")
            << QStringLiteral("NetBox: connection refused");
        QTest::newRow("last sync wrote")
            << true << QStringLiteral("https://nb.example/")
            << QStringLiteral("2026-06-01T12:00:00Z INFO Sync started\n"
                              "2026-06-01T12:00:03Z INFO [dhcp-a] NetBox: 3 created, 0 updated, "
                              "0 deleted, 0 failed\n")
            << int(NetBoxStatusText::State::LastSyncOk)
            << QStringLiteral("NetBox: https://nb.example/ · reached by the last sync (")
            << QString();
        QTest::newRow("server error only")
            << true << QStringLiteral("http://nb.example/")
            << QStringLiteral("2026-06-01T12:00:01Z ERROR [dhcp-a] unreachable: timeout\n")
            << int(NetBoxStatusText::State::NotContacted)
            << QStringLiteral("NetBox: http://nb.example/ · not used by a sync yet") << QString();
    }

    void netBoxStatus()
    {
        QFETCH(bool, configured);
        QFETCH(QString, url);
        QFETCH(QString, log);
        QFETCH(int, state);
        QFETCH(QString, text);
        QFETCH(QString, toolTip);
        std::optional<NetBoxConnection> connection;
        if (configured) {
            connection.emplace();
            connection->url = QUrl(url);
        }
        QList<JobRecord> jobs;
        JobRecord running; // newest, still running: ignored
        running.kind = QStringLiteral("sync");
        jobs << running;
        JobRecord import;
        import.kind = QStringLiteral("import");
        import.finishedAt = PinnedNow;
        import.log = QStringLiteral("2026-06-01T12:00:01Z ERROR NetBox: from an import\n");
        jobs << import;
        if (!log.isEmpty()) {
            JobRecord sync;
            sync.kind = QStringLiteral("sync");
            sync.finishedAt = PinnedNow;
            sync.log = log;
            jobs << sync;
        }
        const std::optional<JobRecord> last = NetBoxStatusText::lastSync(jobs);
        QCOMPARE(last.has_value(), !log.isEmpty());
        const NetBoxStatusText status = NetBoxStatusText::describe(connection, last);
        QCOMPARE(int(status.state), state);
        QVERIFY2(status.text.startsWith(text), qPrintable(status.text));
        QVERIFY2(status.toolTip.contains(toolTip), qPrintable(status.toolTip));
    }

    void runningJobsIndicator()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        auto *label = window.findChild<QLabel *>(QStringLiteral("runningJobs"));
        QVERIFY(label);
        QVERIFY(label->isHidden());
        QVERIFY(!label->accessibleName().isEmpty());
        QCOMPARE(window.runningJobsText(), QString());
        auto dialog = std::make_unique<QObject>();
        QObject scheduled;
        window.setJobRunning(dialog.get(), QStringLiteral("Sync running…"), true);
        QVERIFY(!label->isHidden());
        QCOMPARE(window.runningJobsText(), QStringLiteral("Sync running…"));
        window.setJobRunning(&scheduled, QStringLiteral("Scheduled sync running…"), true);
        QCOMPARE(window.runningJobsText(),
                 QStringLiteral("Scheduled sync running… · Sync running…"));
        window.setJobRunning(&scheduled, QString(), false);
        QCOMPARE(window.runningJobsText(), QStringLiteral("Sync running…"));
        dialog.reset(); // a dialog closed while running counts as ended
        QCOMPARE(window.runningJobsText(), QString());
        QVERIFY(label->isHidden());
        // An import from the server actions.
        Q_EMIT window.serverActions()->importStarted(QStringLiteral("dhcp-a"));
        QCOMPARE(window.runningJobsText(), QStringLiteral("Import from dhcp-a running…"));
        Q_EMIT window.serverActions()->imported(QStringLiteral("dhcp-a"));
        QVERIFY(label->isHidden());
    }

    void certificateActionShowsExpiry()
    {
        const StoredCertificate soon = certificateExpiring(PinnedNow.addDays(45));
        const QString text = alreadyTrustedText(soon, QStringLiteral("dhcp-a"), PinnedNow);
        QVERIFY2(text.contains(QStringLiteral("in 45 day")), qPrintable(text));
        QVERIFY2(text.contains(soon.sha256), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("⚠")), qPrintable(text)); // under 90 days
        const StoredCertificate fine = certificateExpiring(PinnedNow.addDays(200));
        const QString fineText = alreadyTrustedText(fine, QStringLiteral("dhcp-a"), PinnedNow);
        QVERIFY2(fineText.contains(QStringLiteral("in 200 day")), qPrintable(fineText));
        QVERIFY2(!fineText.contains(QStringLiteral("⚠")), qPrintable(fineText));
        const StoredCertificate expired = certificateExpiring(PinnedNow.addDays(-3));
        const QString expiredText =
            alreadyTrustedText(expired, QStringLiteral("dhcp-a"), PinnedNow);
        QVERIFY2(expiredText.contains(QStringLiteral("expired on")), qPrintable(expiredText));

        // A changed certificate: the one being replaced shows its expiry beside its fingerprint.
        CertificateProbeResult probe;
        probe.host = QStringLiteral("dhcp-a.example");
        probe.port = 443;
        CertificateInfo presented;
        presented.subject = QStringLiteral("CN=dhcp-a.example");
        presented.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
        presented.notAfter = QDateTime::currentDateTimeUtc().addDays(365);
        presented.sha256Fingerprint = QStringLiteral("AA:BB");
        probe.chain << presented;
        const QDateTime previousExpiry = QDateTime::currentDateTimeUtc().addDays(20);
        CertificateTrustDialog changed(QStringLiteral("dhcp-a"), probe, soon.sha256, nullptr,
                                       previousExpiry);
        auto *expiry = changed.findChild<QLabel *>(QStringLiteral("trustedExpiry"));
        QVERIFY(expiry);
        QVERIFY2(expiry->text().contains(QStringLiteral("20 day")), qPrintable(expiry->text()));
        CertificateTrustDialog firstUse(QStringLiteral("dhcp-a"), probe, QString());
        QVERIFY(!firstUse.findChild<QLabel *>(QStringLiteral("trustedExpiry")));
    }
};

QTEST_MAIN(TestServersView)
#include "tst_serversview.moc"
