// The main window over a real cache: navigation, the server and settings tables (checked with
// QAbstractItemModelTester), raw-value sorting, Ctrl+F search, F5 refresh, and the error page
// when the data file cannot be opened.
#include "MainWindow.h"
#include "ServerActions.h"
#include "ServerTableModel.h"
#include "SettingEditDialog.h"
#include "SettingsTableModel.h"

#include "config/ConfigOverrides.h"
#include "config/EffectiveSettings.h"
#include "config/SettingKeys.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(model.data(model.index(0, ServerTableModel::Url)).toString(),
                 QStringLiteral("https://a.example:8443/api/dhcp"));
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
        auto *navigation = window.findChild<QListWidget *>();
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), 2);
        QCOMPARE(stack->currentIndex(), 0);

        auto *serversView = qobject_cast<QTableView *>(stack->widget(0));
        QVERIFY(serversView);
        QCOMPARE(serversView->model()->rowCount(), 2);
        // Sorted by name on the raw value.
        QCOMPARE(serversView->model()->index(0, 0).data().toString(), QStringLiteral("dhcp-a"));

        // Ctrl+F focuses the search box; typing filters the current view.
        auto *search = window.findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("b.exam"));
        QCOMPARE(serversView->model()->rowCount(), 1);
        QCOMPARE(serversView->model()->index(0, 0).data().toString(), QStringLiteral("dhcp-b"));
        search->clear();
        QCOMPARE(serversView->model()->rowCount(), 2);

        // F5 picks up a server added behind the window's back.
        QVERIFY(
            ServerRepository(*m_database)
                .create(makeServer(QStringLiteral("dhcp-c"), QStringLiteral("c.example"), 443)));
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(serversView->model()->rowCount(), 3);

        // Server actions that need a selection follow it.
        const QList<QAction *> actions = window.serverActions()->actions();
        QCOMPARE(actions.size(), 5);
        QVERIFY(actions.at(0)->isEnabled()); // Add
        serversView->clearSelection();
        for (int i = 1; i < actions.size(); ++i)
            QVERIFY2(!actions.at(i)->isEnabled(), qPrintable(actions.at(i)->text()));
        serversView->selectRow(0);
        for (QAction *action : actions)
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));

        // The keyboard moves between views.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(stack->currentIndex(), 1);
        QVERIFY(qobject_cast<QTableView *>(stack->currentWidget())->model()->rowCount() > 10);
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
        QVERIFY(!window.findChild<QLineEdit *>()->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
