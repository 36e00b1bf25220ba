#pragma once

#include "config/SettingKey.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace leaselink {

// Edits one setting with the input its type calls for (check box, bounded number, choice list,
// text) and shows its help. A setting the configuration file forces is shown read-only: the
// input and Save are disabled and accept() refuses, because the file decides the value (SET-05)
// and a stored change would silently do nothing. valueText() is in the form
// SettingKeys::setFromText() takes, which does the strict validation when saving.
class SettingEditDialog : public QDialog
{
    Q_OBJECT

public:
    SettingEditDialog(const SettingKey &key, const QString &storedText, const QString &forcedByFile,
                      QWidget *parent = nullptr);

    QString valueText() const;
    // The configuration file forces the setting: the dialog cannot be saved.
    bool isForced() const { return m_forced; }

    void accept() override;

private:
    SettingType m_type;
    bool m_forced = false;
    QCheckBox *m_check = nullptr;
    QSpinBox *m_number = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace leaselink
