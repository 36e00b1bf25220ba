// The main window over a real cache: navigation, the server and settings tables (checked with
// QAbstractItemModelTester), raw-value sorting, Ctrl+F search, F5 refresh, and the error page
// when the data file cannot be opened.
#include "ListView.h"
#include "MaintenanceTableModel.h"
#include "MaintenanceView.h"
#include "MainWindow.h"
#include "ServerActions.h"
#include "ServerTableModel.h"
#include "SettingEditDialog.h"
#include "SettingsTableModel.h"

#include "config/ConfigOverrides.h"
#include "config/EffectiveSettings.h"
#include "config/SettingKeys.h"
#include "store/Database.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace leaselink;

namespace {

Server makeServer(const QString &name, const QString &host, int port)
{
    Server server;
    server.name = name;
    server.hostname = host;
    server.port = port;
    return server;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkUiTest"));
        auto opened = Database::openInDataDir(m_dir.path());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        m_database = std::move(*opened);
        ServerRepository servers(*m_database);
        QVERIFY(
            servers.create(makeServer(QStringLiteral("dhcp-b"), QStringLiteral("b.example"), 443)));
        QVERIFY(servers.create(
            makeServer(QStringLiteral("dhcp-a"), QStringLiteral("a.example"), 8443)));
    }

    void serverModelIsConsistent()
    {
        ServerTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto servers = ServerRepository(*m_database).list();
        QVERIFY(servers.has_value());
        model.setServers(*servers);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ServerTableModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, ServerTableModel::Name)).toString(),
                 QStringLiteral("dhcp-a"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::Hostname)).toString(),
                 QStringLiteral("a.example"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::Port)).toString(),
                 QStringLiteral("8443"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::Port), Qt::UserRole).toInt(), 8443);
        QCOMPARE(model.data(model.index(0, ServerTableModel::Https)).toString(),
                 QStringLiteral("Yes"));
        QCOMPARE(model.data(model.index(0, ServerTableModel::LastSync)).toString(),
                 QStringLiteral("Never"));
        model.setServers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void settingsModelIsConsistent()
    {
        SettingsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto settings = SettingsRepository(*m_database).get();
        QVERIFY(settings.has_value());
        model.setSettings(
            EffectiveSettings(*settings, ConfigOverrides::parse(R"({"push_reservations": false})",
                                                                QStringLiteral("test.json"))));
        QVERIFY(model.rowCount() > 10);
        bool sawOverride = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            QString rowText;
            for (int column = 0; column < model.columnCount(); ++column)
                rowText += model.data(model.index(row, column)).toString() + u'|';
            if (rowText.contains(QStringLiteral("test.json")))
                sawOverride = true;
        }
        QVERIFY2(sawOverride, "the forced setting does not name the configuration file");
    }

    void windowNavigatesSearchesAndRefreshes()
    {
        MainWindow window(m_database.get(), QString(), ConfigOverrides());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
        auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("views"));
        QVERIFY(navigation && stack);
        QCOMPARE(stack->count(), int(MainWindow::ViewCount));
        QCOMPARE(stack->currentIndex(), int(MainWindow::ServersView));

        ListView *servers = window.listOf(MainWindow::ServersView);
        QVERIFY(servers);
        QCOMPARE(servers->proxy()->rowCount(), 2);
        // Sorted by name on the raw value.
        QCOMPARE(servers->proxy()->index(0, 0).data().toString(), QStringLiteral("dhcp-a"));

        // Ctrl+F focuses the current view's search box; typing filters that view.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(servers->searchBox()->hasFocus());
        QTest::keyClicks(servers->searchBox(), QStringLiteral("b.exam"));
        servers->applySearchNow();
        QCOMPARE(servers->proxy()->rowCount(), 1);
        QCOMPARE(servers->proxy()->index(0, 0).data().toString(), QStringLiteral("dhcp-b"));
        servers->searchBox()->clear();
        servers->applySearchNow();
        QCOMPARE(servers->proxy()->rowCount(), 2);

        // F5 picks up a server added behind the window's back.
        QVERIFY(
            ServerRepository(*m_database)
                .create(makeServer(QStringLiteral("dhcp-c"), QStringLiteral("c.example"), 443)));
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(servers->proxy()->rowCount(), 3);

        // Server actions that need a selection follow it.
        const QList<QAction *> actions = window.serverActions()->actions();
        QCOMPARE(actions.size(), 9);
        // Issue 9: Update PSU Scripts… is the last server action.
        QCOMPARE(actions.last()->objectName(), QStringLiteral("updatePsuScripts"));
        QVERIFY(actions.at(0)->isEnabled()); // Add
        servers->table()->clearSelection();
        for (int i = 1; i < actions.size(); ++i)
            QVERIFY2(!actions.at(i)->isEnabled(), qPrintable(actions.at(i)->text()));
        QVERIFY(!window.syncNowAction()->isEnabled());
        servers->table()->selectRow(0);
        // dhcp-a has no stored certificate and is not in maintenance: Forget Certificate and
        // End Maintenance stay off, everything else is on.
        for (QAction *action : actions) {
            const bool expected = action != window.serverActions()->forgetCertificateAction() &&
                                  action != window.serverActions()->endMaintenanceAction();
            QVERIFY2(action->isEnabled() == expected, qPrintable(action->text()));
        }

        // Sync Now / Preview Sync hand the selected names to whoever runs the job.
        QSignalSpy sync(&window, &MainWindow::syncRequested);
        window.syncNowAction()->trigger();
        window.previewSyncAction()->trigger();
        QCOMPARE(sync.size(), 2);
        QCOMPARE(sync.at(0).at(0).toStringList(), QStringList{QStringLiteral("dhcp-a")});
        QCOMPARE(sync.at(0).at(1).toBool(), false);
        QCOMPARE(sync.at(1).at(1).toBool(), true);

        // Every navigation entry shows its view, and Ctrl+F then focuses that view's search.
        QHash<int, QString> titles;
        for (QTreeWidgetItemIterator it(navigation); *it; ++it) {
            const int view = (*it)->data(0, Qt::UserRole).toInt();
            if (view < 0)
                continue;
            titles.insert(view, (*it)->text(0));
            navigation->setCurrentItem(*it);
            QCOMPARE(stack->currentIndex(), view);
            QCOMPARE(stack->currentWidget()->accessibleName(), (*it)->text(0));
            if (ListView *list = window.listOf(MainWindow::View(view))) {
                navigation->setFocus();
                QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
                QTRY_VERIFY2(list->searchBox()->hasFocus(), qPrintable((*it)->text(0)));
            }
        }
        QCOMPARE(titles.size(), int(MainWindow::ViewCount));
        for (const char *title : {"Servers", "Failover", "Scopes", "Leases", "Reservations",
                                  "Option Values", "Option Code Definitions", "Settings",
                                  "NetBox Connection", "Current Maintenance", "Jobs"})
            QVERIFY2(titles.values().contains(QString::fromLatin1(title)), title);

        // Ctrl+1..9 jump to the first nine views; arrow keys walk the tree.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), int(MainWindow::ScopesPage));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), int(MainWindow::ServersView));
        window.showView(MainWindow::SettingsView);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Up); // Admin heading shows its first view
        QTest::keyClick(navigation, Qt::Key_Up);
        QCOMPARE(stack->currentIndex(), int(MainWindow::OptionCodesView));
        window.showView(MainWindow::SettingsView);
        QVERIFY(window.listOf(MainWindow::SettingsView)->proxy()->rowCount() > 10);

        // Status bar: NetBox connection and servers in maintenance.
        auto *netBox = window.findChild<QLabel *>(QStringLiteral("netBoxStatus"));
        auto *maintenance = window.findChild<QLabel *>(QStringLiteral("maintenanceStatus"));
        QVERIFY(netBox && maintenance);
        QCOMPARE(netBox->text(), QStringLiteral("NetBox: not configured"));
        QVERIFY2(maintenance->text().startsWith(QStringLiteral("0 ")),
                 qPrintable(maintenance->text()));
        const auto dhcpA = ServerRepository(*m_database).findByName(QStringLiteral("dhcp-a"));
        QVERIFY(dhcpA && *dhcpA);
        QVERIFY(ServerRepository(*m_database).setMaintenance((*dhcpA)->id, true));
        NetBoxConnection connection;
        connection.url = QUrl(QStringLiteral("https://netbox.example/"));
        QVERIFY(NetBoxConnectionRepository(*m_database).save(connection));
        window.refresh();
        QCOMPARE(netBox->text(),
                 QStringLiteral("NetBox: https://netbox.example/ · certificate not trusted yet"));
        QVERIFY2(maintenance->text().startsWith(QStringLiteral("1 ")),
                 qPrintable(maintenance->text()));
        QCOMPARE(window.maintenanceView()->model()->rowCount(), 1);
        QVERIFY(ServerRepository(*m_database).setMaintenance((*dhcpA)->id, false));
    }

    void settingEditorFitsTheKey()
    {
        const SettingKey *interval = SettingKeys::find(u"sync_interval");
        QVERIFY(interval);
        SettingEditDialog numberDialog(*interval, QStringLiteral("60"), QString());
        auto *spin = numberDialog.findChild<QSpinBox *>(QStringLiteral("value"));
        QVERIFY(spin);
        QCOMPARE(spin->minimum(), 5);
        QCOMPARE(spin->maximum(), 1440);
        spin->setValue(3); // clamped by the bounds
        QCOMPARE(numberDialog.valueText(), QStringLiteral("5"));

        const SettingKey *push = SettingKeys::find(u"push_reservations");
        QVERIFY(push);
        SettingEditDialog boolDialog(*push, QStringLiteral("false"),
                                     QStringLiteral("/etc/ll.json"));
        auto *check = boolDialog.findChild<QCheckBox *>(QStringLiteral("value"));
        QVERIFY(check && !check->isChecked());
        check->setChecked(true);
        QCOMPARE(boolDialog.valueText(), QStringLiteral("true"));
        bool warned = false;
        for (auto *label : boolDialog.findChildren<QLabel *>())
            warned |= label->text().contains(QStringLiteral("/etc/ll.json"));
        QVERIFY(warned);
        // Whatever the dialog produces, the core parser accepts it.
        Settings settings;
        QVERIFY(SettingKeys::setFromText(settings, push->name, boolDialog.valueText()).has_value());
        QVERIFY(settings.pushReservations);
    }

    void unopenableDataFileShowsWhy()
    {
        MainWindow window(nullptr, QStringLiteral("The data file is from a newer LeaseLink."),
                          ConfigOverrides());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = qobject_cast<QLabel *>(window.centralWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("newer LeaseLink")));
        QVERIFY(!window.findChild<QTreeWidget *>());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
