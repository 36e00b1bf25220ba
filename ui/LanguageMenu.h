#pragma once

#include "Language.h"

#include <QMenu>

class QAction;
class QMainWindow;

namespace leaselink {

// View → Language: System default, English, Deutsch. The choice is a UI preference (QSettings,
// see i18n::storeLanguageChoice) read once at start, so the menu says it applies after a restart
// instead of retranslating every open widget.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QAction *actionFor(i18n::LanguageChoice choice) const;

    // Adds a LanguageMenu to the window's View menu (found by its translated title "&View" in
    // leaselink::MainWindow's context), or as a top-level menu before the last one (Help) when
    // the window has no View menu. Returns the menu, owned by the window.
    static LanguageMenu *addTo(QMainWindow &window);

Q_SIGNALS:
    void languageChosen(i18n::LanguageChoice choice);

private:
    void addChoice(const QString &text, i18n::LanguageChoice choice);

    QList<QPair<QAction *, i18n::LanguageChoice>> m_choices;
};

} // namespace leaselink
