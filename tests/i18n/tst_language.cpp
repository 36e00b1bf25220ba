// The language setting and the embedded translations: German loads and translates, English and
// an untranslated language load nothing, the preference round-trips through QSettings.
#include "Language.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace leaselink::i18n;

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setApplicationName(QStringLiteral("LeaseLinkLanguageTest"));
        QSettings().clear();
        // Each test starts untranslated.
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void germanIsEmbedded() { QVERIFY(embeddedLanguages().contains(QStringLiteral("de"))); }

    void germanTranslates()
    {
        const QStringList loaded = installTranslators(*qApp, localeFor(LanguageChoice::German));
        QVERIFY(loaded.contains(QStringLiteral("leaselink")));
        QCOMPARE(QCoreApplication::translate("leaselink::MainWindow", "&File"),
                 QStringLiteral("&Datei"));
        // A CLI string (leaselink-cli follows the locale too).
        QCOMPARE(QCoreApplication::translate("leaselink::cli::ImportCommand", "Scopes"),
                 QStringLiteral("Bereiche"));
    }

    void englishLoadsNothing()
    {
        QVERIFY(installTranslators(*qApp, localeFor(LanguageChoice::English)).isEmpty());
        QCOMPARE(QCoreApplication::translate("leaselink::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }

    void untranslatedLanguageLoadsNothing()
    {
        QVERIFY(installTranslators(*qApp, QLocale(QLocale::Japanese)).isEmpty());
    }

    void choiceRoundTrips_data()
    {
        QTest::addColumn<LanguageChoice>("choice");
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << LanguageChoice::System << QStringLiteral("system");
        QTest::newRow("en") << LanguageChoice::English << QStringLiteral("en");
        QTest::newRow("de") << LanguageChoice::German << QStringLiteral("de");
    }
    void choiceRoundTrips()
    {
        QFETCH(LanguageChoice, choice);
        QFETCH(QString, stored);
        storeLanguageChoice(choice);
        QCOMPARE(QSettings().value(QLatin1String(LanguageSettingsKey)).toString(), stored);
        QCOMPARE(storedLanguageChoice(), choice);
    }

    void defaultFollowsTheSystem()
    {
        QCOMPARE(storedLanguageChoice(), LanguageChoice::System);
        QCOMPARE(localeFor(LanguageChoice::System), QLocale::system());
        QSettings().setValue(QLatin1String(LanguageSettingsKey), QStringLiteral("klingon"));
        QCOMPARE(storedLanguageChoice(), LanguageChoice::System);
    }
};

QTEST_GUILESS_MAIN(tst_Language)
#include "tst_language.moc"
