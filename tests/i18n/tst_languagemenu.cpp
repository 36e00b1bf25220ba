// View → Language: shows the stored choice and stores a new one.
#include "LanguageMenu.h"

#include <QAction>
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
};

QTEST_MAIN(tst_LanguageMenu)
#include "tst_languagemenu.moc"
