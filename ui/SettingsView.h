#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace leaselink {

class EffectiveSettings;
class ListView;
class SettingsTableModel;

// The Settings view (issue 6): every setting with its value, default and help (a Help column,
// the row's tooltip and the detail pane), an Edit button, Enter and double-click to edit. When a
// configuration file is in effect, a banner at the top names the file and lists each setting it
// forces with the forced value, the per-server token variables and the file's problems (O-17);
// forced rows are greyed out and never reach the editor (SET-05). The model belongs to the
// caller, which loads it; the view follows its resets.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(SettingsTableModel *model, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    SettingsTableModel *model() const { return m_model; }
    QPushButton *editButton() const { return m_edit; }
    QFrame *overrideBanner() const { return m_banner; }
    QLabel *overrideText() const { return m_bannerText; }

    // Asks to edit the setting in this source row (emits editRequested). Refused, returning
    // false, for a forced row or a row out of range.
    bool requestEdit(int sourceRow);
    // The same for the current row (the Edit button and Enter).
    bool editCurrent();

    // The banner's text as rich text, "" when no configuration file applies anything or reports
    // a problem.
    static QString bannerHtml(const EffectiveSettings &settings);

Q_SIGNALS:
    // The admin asked to edit the setting SettingKeys::all().at(row).
    void editRequested(int row);

private:
    void updateBanner();
    void updateEditButton();
    int currentSourceRow() const;

    SettingsTableModel *m_model = nullptr;
    ListView *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
};

} // namespace leaselink
