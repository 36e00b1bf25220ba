#pragma once

#include "domain/OptionCode.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace leaselink {

// Add or edit a custom DHCP option code definition (data model section 5): code, name, data
// type, vendor class and description. Built-in definitions never reach this dialog (they are
// locked in the view). OK stays disabled while problem() names what is missing; the repository's
// own validation (a code already defined, …) still runs on save.
class OptionCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OptionCodeDialog(const OptionCodeDefinition &definition, QWidget *parent = nullptr);

    OptionCodeDefinition definition() const;
    QString problem() const;

    QSpinBox *codeBox() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    OptionCodeDefinition m_definition;
    QSpinBox *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_vendorClass = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leaselink
