#include "OptionValueDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace leaselink {

OptionValueDialog::OptionValueDialog(const OptionValue &value,
                                     const QList<OptionCodeDefinition> &definitions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_original(value)
{
    setWindowTitle(value.id == 0 ? tr("New Option Value") : tr("Edit Option Value"));
    auto *form = new QFormLayout(this);

    m_definition = new QComboBox(this);
    m_definition->setAccessibleName(tr("Option code"));
    for (const OptionCodeDefinition &definition : definitions) {
        const QString label =
            definition.vendorClass.isEmpty()
                ? definition.displayName()
                : tr("%1 (vendor class %2)").arg(definition.displayName(), definition.vendorClass);
        m_definition->addItem(label, qint64(definition.id));
    }
    const int current = m_definition->findData(qint64(value.optionDefinitionId));
    m_definition->setCurrentIndex(current >= 0 ? current : (m_definition->count() > 0 ? 0 : -1));
    form->addRow(tr("&Option:"), m_definition);

    m_value = new QLineEdit(value.value, this);
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("e.g. 10.0.0.53, 10.0.0.54"));
    m_value->setToolTip(tr("Several values (a list option) are written separated by \", \"."));
    form->addRow(tr("&Value:"), m_value);

    m_friendlyName = new QLineEdit(value.friendlyName, this);
    m_friendlyName->setMaxLength(200);
    m_friendlyName->setAccessibleName(tr("Friendly name"));
    m_friendlyName->setPlaceholderText(tr("optional, e.g. Corp DNS"));
    form->addRow(tr("&Friendly name:"), m_friendlyName);

    auto *note = new QLabel(tr("Option values live in LeaseLink only: they are never pushed to "
                               "the DHCP servers."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    connect(m_value, &QLineEdit::textChanged, this, &OptionValueDialog::revalidate);
    connect(m_definition, &QComboBox::currentIndexChanged, this, &OptionValueDialog::revalidate);
    revalidate();
}

QString OptionValueDialog::problem() const
{
    if (m_definition->currentIndex() < 0)
        return tr("Choose the option code this value is for.");
    if (m_value->text().trimmed().isEmpty())
        return tr("Enter the value.");
    return {};
}

void OptionValueDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

OptionValue OptionValueDialog::value() const
{
    OptionValue out = m_original;
    out.optionDefinitionId = m_definition->currentData().toLongLong();
    out.value = m_value->text().trimmed();
    out.friendlyName = m_friendlyName->text().trimmed();
    return out;
}

} // namespace leaselink
