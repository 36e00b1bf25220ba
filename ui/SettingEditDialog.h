#pragma once

#include "config/SettingKey.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace leaselink {

// Edits one setting with the input its type calls for (check box, bounded number, choice list,
// text), shows its help, and warns when the configuration file forces it. valueText() is in the
// form SettingKeys::setFromText() takes, which does the strict validation when saving.
class SettingEditDialog : public QDialog
{
    Q_OBJECT

public:
    SettingEditDialog(const SettingKey &key, const QString &storedText, const QString &forcedByFile,
                      QWidget *parent = nullptr);

    QString valueText() const;

private:
    SettingType m_type;
    QCheckBox *m_check = nullptr;
    QSpinBox *m_number = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace leaselink
