#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace leaselink::i18n {

namespace {

const QString EmbeddedDir = QStringLiteral(":/i18n");

QString settingsValue(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::German:
        return QStringLiteral("de");
    case LanguageChoice::System:
        break;
    }
    return QStringLiteral("system");
}

// Loads one translation into a translator owned by app; false when there is none to load.
bool installOne(QCoreApplication &app, const QLocale &locale, const QString &name,
                const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

LanguageChoice storedLanguageChoice()
{
    const QString value = QSettings().value(QLatin1String(LanguageSettingsKey)).toString();
    if (value == QLatin1String("en"))
        return LanguageChoice::English;
    if (value == QLatin1String("de"))
        return LanguageChoice::German;
    return LanguageChoice::System;
}

void storeLanguageChoice(LanguageChoice choice)
{
    QSettings().setValue(QLatin1String(LanguageSettingsKey), settingsValue(choice));
}

QLocale localeFor(LanguageChoice choice)
{
    switch (choice) {
    case LanguageChoice::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case LanguageChoice::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case LanguageChoice::System:
        break;
    }
    return QLocale::system();
}

QStringList installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QStringList loaded;
    // English is the source language: loading nothing is the translation. Checking it first
    // also keeps a fallback language in LANGUAGE (e.g. "en_US:de") from switching to German.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return loaded;
    if (installOne(app, locale, QStringLiteral("leaselink"), EmbeddedDir))
        loaded << QStringLiteral("leaselink");
    // Qt's own texts (standard buttons, context menus) come from the Qt installation, when it
    // has them (Debian: qt6-translations-l10n; Windows: windeployqt's translations folder).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (installOne(app, locale, QStringLiteral("qtbase"), qtDir))
        loaded << QStringLiteral("qtbase");
    return loaded;
}

QStringList embeddedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(EmbeddedDir).entryList({QStringLiteral("leaselink_*.qm")});
    for (const QString &file : files)
        languages << file.mid(10, file.size() - 13); // between "leaselink_" and ".qm"
    return languages;
}

} // namespace leaselink::i18n
