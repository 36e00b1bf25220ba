// View → Language: shows the stored choice and stores a new one.
#include "LanguageMenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace leaselink;
using i18n::LanguageChoice;

class tst_LanguageMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkLanguageMenuTest"));
        QSettings().clear();
    }

    void checksTheStoredChoice()
    {
        i18n::storeLanguageChoice(LanguageChoice::German);
        LanguageMenu menu;
        QVERIFY(menu.actionFor(LanguageChoice::German)->isChecked());
        QVERIFY(!menu.actionFor(LanguageChoice::System)->isChecked());
        QVERIFY(!menu.actionFor(LanguageChoice::English)->isChecked());
    }

    void systemIsTheDefault()
    {
        LanguageMenu menu;
        QVERIFY(menu.actionFor(LanguageChoice::System)->isChecked());
    }

    void choosingStoresAndSaysRestart()
    {
        LanguageMenu menu;
        QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
        menu.actionFor(LanguageChoice::English)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(i18n::storedLanguageChoice(), LanguageChoice::English);
        QVERIFY(menu.actionFor(LanguageChoice::English)->isChecked());
        QVERIFY(!menu.actionFor(LanguageChoice::System)->isChecked());
        bool restartNote = false;
        for (QAction *action : menu.actions())
            restartNote |=
                !action->isEnabled() && action->text().contains(QLatin1String("restart"));
        QVERIFY(restartNote);
    }

    void joinsTheViewMenu()
    {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        window.menuBar()->addMenu(QStringLiteral("&Help"));
        LanguageMenu *language = LanguageMenu::addTo(window);
        QVERIFY(view->actions().contains(language->menuAction()));
        QCOMPARE(window.menuBar()->actions().size(), 3);
    }

    void withoutViewMenuComesBeforeHelp()
    {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.menuBar()->addMenu(QStringLiteral("&Help"));
        LanguageMenu *language = LanguageMenu::addTo(window);
        const auto menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 3);
        QCOMPARE(menus.at(1), language->menuAction());
    }
};

QTEST_MAIN(tst_LanguageMenu)
#include "tst_languagemenu.moc"
