#include "LanguageMenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace leaselink {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    addChoice(tr("&System Default"), i18n::LanguageChoice::System);
    // Each language is named in itself, so an admin who cannot read the current one finds theirs.
    addChoice(QStringLiteral("&English"), i18n::LanguageChoice::English);
    addChoice(QStringLiteral("&Deutsch"), i18n::LanguageChoice::German);
    addSeparator();
    auto *note = addAction(tr("Takes effect when LeaseLink is restarted"));
    note->setEnabled(false);
}

void LanguageMenu::addChoice(const QString &text, i18n::LanguageChoice choice)
{
    auto *group = findChild<QActionGroup *>();
    if (!group)
        group = new QActionGroup(this);
    auto *action = addAction(text);
    action->setCheckable(true);
    action->setChecked(i18n::storedLanguageChoice() == choice);
    group->addAction(action);
    m_choices.append({action, choice});
    connect(action, &QAction::triggered, this, [this, choice] {
        i18n::storeLanguageChoice(choice);
        Q_EMIT languageChosen(choice);
    });
}

QAction *LanguageMenu::actionFor(i18n::LanguageChoice choice) const
{
    for (const auto &[action, c] : m_choices)
        if (c == choice)
            return action;
    return nullptr;
}

LanguageMenu *LanguageMenu::addTo(QMainWindow &window)
{
    auto *language = new LanguageMenu(&window);
    // MainWindow names no menus; its View menu is recognised by the title it gave it.
    const QString viewTitle = QCoreApplication::translate("leaselink::MainWindow", "&View");
    const auto menus = window.menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu() && action->text() == viewTitle) {
            action->menu()->addSeparator();
            action->menu()->addMenu(language);
            return language;
        }
    }
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), language);
    return language;
}

} // namespace leaselink
