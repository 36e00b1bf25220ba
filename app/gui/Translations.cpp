#include "Translations.h"

#include "Language.h"
#include "LanguageMenu.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace leaselink {

void installGuiTranslations(QApplication &app)
{
    i18n::installTranslators(app, i18n::localeFor(i18n::storedLanguageChoice()));
}

void addLanguageMenu(QMainWindow &window)
{
    auto *language = new LanguageMenu(&window);
    // The View menu is found by its (translated) title; MainWindow names no menus.
    const QString viewTitle = QCoreApplication::translate("leaselink::MainWindow", "&View");
    const auto menus = window.menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu() && action->text() == viewTitle) {
            action->menu()->addSeparator();
            action->menu()->addMenu(language);
            return;
        }
    }
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), language);
}

} // namespace leaselink
