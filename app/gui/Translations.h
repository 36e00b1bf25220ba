#pragma once

class QApplication;
class QMainWindow;

namespace leaselink {

// Installs the translations the language setting (View → Language) asks for: the system locale
// by default. Call after the application name is set (QSettings) and before building widgets.
void installGuiTranslations(QApplication &app);

// Adds View → Language to the window's View menu (a top-level Language menu before Help when
// there is no View menu).
void addLanguageMenu(QMainWindow &window);

} // namespace leaselink
