// The Settings view (issue 6), offscreen: the help text of every setting, the configuration-file
// override banner (forced values, token variables, problems), forced rows disabled and never
// edited (view, editor dialog and main window), and the model checked by
// QAbstractItemModelTester.
#include "ListView.h"
#include "MainWindow.h"
#include "SettingEditDialog.h"
#include "SettingsTableModel.h"
#include "SettingsView.h"

#include "config/EffectiveSettings.h"
#include "config/SettingKeys.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

using namespace leaselink;

namespace {

const QString ConfigPath = QStringLiteral("/etc/leaselink/staging.json");

// Forces two settings, names a token variable and carries one problem (a string is no boolean).
ConfigOverrides stagingOverrides()
{
    return ConfigOverrides::parse(R"({
        "sync_ips_from_dhcp": false,
        "push_reservations": true,
        "push_scope_info": "false",
        "server_overrides": { "dhcp-a.staging.example": { "token_env": "STAGING_A_TOKEN" } }
    })",
                                  ConfigPath);
}

Settings storedSettings()
{
    Settings settings;
    settings.syncIpAddresses = true; // the file forces it off
    settings.pushReservations = false;
    return settings;
}

int rowOf(const QString &name)
{
    for (int row = 0; row < SettingKeys::all().size(); ++row) {
        if (SettingKeys::all().at(row).name == name)
            return row;
    }
    return -1;
}

QModelIndex viewIndex(SettingsView &view, int sourceRow, int column = SettingsTableModel::Setting)
{
    return view.list()->proxy()->mapFromSource(view.model()->index(sourceRow, column));
}

} // namespace

class TestSettingsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkSettingsViewTest"));
        QVERIFY(!stagingOverrides().problems().isEmpty());
    }

    void modelIsConsistent()
    {
        SettingsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSettings(EffectiveSettings(storedSettings(), ConfigOverrides()));
        QCOMPARE(model.rowCount(), int(SettingKeys::all().size()));
        model.setSettings(EffectiveSettings(storedSettings(), stagingOverrides()));
        QCOMPARE(model.columnCount(), int(SettingsTableModel::ColumnCount));
        QCOMPARE(model.headerData(SettingsTableModel::Help, Qt::Horizontal).toString(),
                 QStringLiteral("Help"));
    }

    void helpTextShownForEverySetting()
    {
        SettingsTableModel model;
        model.setSettings(EffectiveSettings(storedSettings(), ConfigOverrides()));
        SettingsView view(&model);
        view.show();
        auto *detail = view.list()->findChild<QTextBrowser *>();
        QVERIFY(detail);
        for (int row = 0; row < model.rowCount(); ++row) {
            const SettingKey &key = SettingKeys::all().at(row);
            QVERIFY2(!key.help.isEmpty(), qPrintable(key.name));
            QCOMPARE(model.data(model.index(row, SettingsTableModel::Help)).toString(), key.help);
            for (int column = 0; column < model.columnCount(); ++column) {
                QVERIFY2(model.data(model.index(row, column), Qt::ToolTipRole)
                             .toString()
                             .contains(key.help),
                         qPrintable(key.name));
            }
            // Selecting the row shows its help (and name) in the detail pane.
            view.list()->table()->setCurrentIndex(viewIndex(view, row));
            QVERIFY2(detail->toPlainText().contains(key.help), qPrintable(key.name));
            QVERIFY2(detail->toPlainText().contains(key.name), qPrintable(key.name));
        }
        QVERIFY(!view.list()->table()->isColumnHidden(SettingsTableModel::Help));
    }

    void noBannerWithoutOverrides()
    {
        SettingsTableModel model;
        model.setSettings(EffectiveSettings(storedSettings(), ConfigOverrides()));
        SettingsView view(&model);
        view.show();
        QVERIFY(view.overrideBanner()->isHidden());
        // A file that forces nothing and has no problem needs no banner either.
        model.setSettings(EffectiveSettings(
            storedSettings(),
            ConfigOverrides::parse(R"({"push_reservations": null})", ConfigPath)));
        QVERIFY(view.overrideBanner()->isHidden());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.flags(model.index(row, 0)).testFlag(Qt::ItemIsEnabled));
    }

    void overrideBannerListsForcedValuesAndProblems()
    {
        SettingsTableModel model;
        model.setSettings(EffectiveSettings(storedSettings(), ConfigOverrides()));
        SettingsView view(&model);
        view.show();
        QVERIFY(view.overrideBanner()->isHidden());
        // The banner follows the model: the file appears with the next load.
        const EffectiveSettings staging(storedSettings(), stagingOverrides());
        model.setSettings(staging);
        QVERIFY(view.overrideBanner()->isVisible());
        const QString text = view.overrideText()->text();
        QVERIFY2(text.contains(ConfigPath), qPrintable(text));
        // Each forced setting with its forced value and the stored one.
        QVERIFY2(text.contains(QStringLiteral("<code>sync_ip_addresses</code>) = <b>false</b>, "
                                              "forced by <code>sync_ips_from_dhcp</code>; stored "
                                              "value: true")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<code>push_reservations</code>) = <b>true</b>, "
                                              "forced by <code>push_reservations</code>; stored "
                                              "value: false")),
                 qPrintable(text));
        // push_scope_info's entry is a problem, not a forced value.
        QVERIFY(!text.contains(QStringLiteral("<code>push_scope_info</code>) =")));
        for (const QString &problem : staging.problems())
            QVERIFY2(text.contains(problem.toHtmlEscaped()), qPrintable(problem));
        QVERIFY(text.contains(QStringLiteral("dhcp-a.staging.example")));
        QVERIFY(text.contains(QStringLiteral("STAGING_A_TOKEN")));
        QVERIFY(!view.overrideText()->accessibleDescription().isEmpty());
        QVERIFY(!view.overrideBanner()->accessibleName().isEmpty());
        // Problems make it a warning: the icon is there.
        QVERIFY(!view.overrideBanner()->findChildren<QLabel *>().first()->pixmap().isNull());

        // A problem alone (nothing forced) still shows the banner.
        model.setSettings(EffectiveSettings(
            storedSettings(), ConfigOverrides::parse(R"({"push_reservation": true})", ConfigPath)));
        QVERIFY(view.overrideBanner()->isVisible());
        QVERIFY(view.overrideText()->text().contains(QStringLiteral("push_reservation")));
        QVERIFY(!view.overrideText()->text().contains(QStringLiteral("forces these settings")));

        model.setSettings(EffectiveSettings(storedSettings(), ConfigOverrides()));
        QVERIFY(view.overrideBanner()->isHidden());
    }

    void forcedRowsAreDisabledAndNeverEdited()
    {
        SettingsTableModel model;
        model.setSettings(EffectiveSettings(storedSettings(), stagingOverrides()));
        SettingsView view(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy requested(&view, &SettingsView::editRequested);

        const int forced = rowOf(QStringLiteral("push_reservations"));
        const int ipSync = rowOf(QStringLiteral("sync_ip_addresses"));
        const int interval = rowOf(QStringLiteral("sync_interval"));
        const int scopeInfo = rowOf(QStringLiteral("push_scope_info")); // a problem: not forced
        QVERIFY(forced >= 0 && ipSync >= 0 && interval >= 0 && scopeInfo >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool isForced = row == forced || row == ipSync;
            QCOMPARE(model.isForced(row), isForced);
            for (int column = 0; column < model.columnCount(); ++column) {
                QCOMPARE(model.flags(model.index(row, column)).testFlag(Qt::ItemIsEnabled),
                         !isForced);
            }
        }
        QVERIFY(model.data(model.index(forced, SettingsTableModel::Note))
                    .toString()
                    .contains(ConfigPath));
        QVERIFY(model.detailHtml(forced).contains(QStringLiteral("cannot be changed here")));

        // Refused however it is asked for.
        QVERIFY(!view.requestEdit(forced));
        QVERIFY(!view.requestEdit(ipSync));
        QVERIFY(!view.requestEdit(-1));
        QVERIFY(!view.requestEdit(model.rowCount()));
        QTableView *table = view.list()->table();
        const QRect forcedRect = table->visualRect(viewIndex(view, forced));
        QVERIFY(forcedRect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, forcedRect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, forcedRect.center());
        QCOMPARE(requested.count(), 0);
        // Even made current by code, the Edit button stays off with the reason and Enter does
        // nothing.
        table->selectionModel()->setCurrentIndex(viewIndex(view, forced),
                                                 QItemSelectionModel::NoUpdate);
        QVERIFY(!view.editButton()->isEnabled());
        QVERIFY(view.editButton()->toolTip().contains(QStringLiteral("configuration file")));
        QVERIFY(!view.editCurrent());
        view.editButton()->click();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);

        // An ordinary row: Edit, Enter and double-click all ask for the editor.
        table->setCurrentIndex(viewIndex(view, interval));
        QVERIFY(view.editButton()->isEnabled());
        view.editButton()->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().at(0).toInt(), interval);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
        const QRect intervalRect = table->visualRect(viewIndex(view, interval));
        // A double-click is a press, a release, then the double-click event on the same row.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, intervalRect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, intervalRect.center());
        QCOMPARE(requested.count(), 3);
        QVERIFY(view.requestEdit(scopeInfo));
        QCOMPARE(requested.count(), 4);

        QVERIFY(!view.editButton()->accessibleName().isEmpty());
        QVERIFY(!table->accessibleName().isEmpty());
    }

    void editorRefusesAForcedSetting()
    {
        const SettingKey *push = SettingKeys::find(u"push_reservations");
        QVERIFY(push);
        SettingEditDialog forced(*push, QStringLiteral("false"), ConfigPath);
        forced.show();
        QVERIFY(forced.isForced());
        auto *check = forced.findChild<QCheckBox *>(QStringLiteral("value"));
        QVERIFY(check && !check->isEnabled());
        auto *buttons = forced.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Save)->isEnabled());
        auto *why = forced.findChild<QLabel *>(QStringLiteral("forced"));
        QVERIFY(why && why->text().contains(ConfigPath));
        forced.accept();
        QVERIFY(forced.isVisible());
        QCOMPARE(forced.result(), int(QDialog::Rejected));
        QTest::keyClick(&forced, Qt::Key_Return); // Enter does not save either
        QVERIFY(forced.result() != int(QDialog::Accepted));

        SettingEditDialog free(*push, QStringLiteral("false"), QString());
        free.show();
        QVERIFY(!free.isForced());
        QVERIFY(free.findChild<QCheckBox *>(QStringLiteral("value"))->isEnabled());
        free.accept();
        QCOMPARE(free.result(), int(QDialog::Accepted));

        // Cancel cancels, whatever was changed.
        SettingEditDialog cancelled(*push, QStringLiteral("false"), QString());
        cancelled.show();
        cancelled.findChild<QCheckBox *>(QStringLiteral("value"))->setChecked(true);
        cancelled.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(cancelled.result(), int(QDialog::Rejected));
        QVERIFY(!cancelled.isVisible());
    }

    void mainWindowShowsTheViewAndRefusesForcedEdits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Database::openInDataDir(dir.path());
        QVERIFY2(opened.has_value(), qPrintable(opened ? QString() : opened.error().message));
        std::unique_ptr<Database> database = std::move(*opened);
        // The window reports the file's problem in a message box while it loads; close it.
        bool editing = false;
        bool dialogOpened = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialogOpened |= editing;
                modal->close();
            }
        });
        watch.start(20);
        MainWindow window(database.get(), QString(), stagingOverrides());
        window.show();
        window.showView(MainWindow::SettingsView);
        auto *view = window.findChild<leaselink::SettingsView *>();
        QVERIFY(view);
        QCOMPARE(window.listOf(MainWindow::SettingsView), view->list());
        QVERIFY(view->overrideBanner()->isVisible());
        QVERIFY(view->overrideText()->text().contains(ConfigPath));
        const int forced = rowOf(QStringLiteral("push_reservations"));
        QVERIFY(!view->model()->flags(view->model()->index(forced, 0)).testFlag(Qt::ItemIsEnabled));

        // editSetting on a forced row opens no editor; it says why in the status bar.
        editing = true;
        window.editSetting(forced);
        QTest::qWait(100);
        watch.stop();
        QVERIFY(!dialogOpened);
        QVERIFY2(window.statusBar()->currentMessage().contains(ConfigPath),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestSettingsView)
#include "tst_settingsview.moc"
