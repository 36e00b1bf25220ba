#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace leaselink::i18n {

// The admin's language preference (a UI preference in QSettings, not in the cache).
enum class LanguageChoice
{
    System,  // follow the system locale (LANG / LC_MESSAGES, the Windows display language)
    English, // the untranslated source texts
    German
};

// QSettings key of the preference; values "system", "en", "de".
inline constexpr const char *LanguageSettingsKey = "ui/language";

LanguageChoice storedLanguageChoice();
void storeLanguageChoice(LanguageChoice choice);

// The locale whose translations a choice loads.
QLocale localeFor(LanguageChoice choice);

// Installs LeaseLink's translation (embedded, :/i18n) and Qt's own qtbase translation (when the
// Qt installation ships one) for locale on app. Returns the names of the files loaded (empty for
// English or a language without a translation). Call once, before any widget is built.
QStringList installTranslators(QCoreApplication &app, const QLocale &locale);

// The languages with an embedded translation, as locale names ("de").
QStringList embeddedLanguages();

} // namespace leaselink::i18n
