#pragma once

#include "domain/OptionCode.h"
#include "domain/OptionValue.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace leaselink {

// Add or edit a reusable option value (data model section 6): its option code definition, the
// value text (a list as "a, b") and an optional friendly name. OK stays disabled while problem()
// names what is missing; the repository validates again on save.
class OptionValueDialog : public QDialog
{
    Q_OBJECT

public:
    OptionValueDialog(const OptionValue &value, const QList<OptionCodeDefinition> &definitions,
                      QWidget *parent = nullptr);

    OptionValue value() const;
    QString problem() const;

    QComboBox *definitionBox() const { return m_definition; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *friendlyNameEdit() const { return m_friendlyName; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void revalidate();

    OptionValue m_original;
    QComboBox *m_definition = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_friendlyName = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leaselink
