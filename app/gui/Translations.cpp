#include "Translations.h"

#include "Language.h"
#include "LanguageMenu.h"

#include <QApplication>
#include <QMainWindow>

namespace leaselink {

void installGuiTranslations(QApplication &app)
{
    i18n::installTranslators(app, i18n::localeFor(i18n::storedLanguageChoice()));
}

void addLanguageMenu(QMainWindow &window)
{
    LanguageMenu::addTo(window);
}

} // namespace leaselink
