#include "OptionCodeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace leaselink {

namespace {

constexpr int MaxCode = 32767; // the stored type's range (quirk Q-12); 1–254 is the documented one
constexpr int MaxText = 200;

const QList<OptionDataType> &allTypes()
{
    static const QList<OptionDataType> types = {
        OptionDataType::String,       OptionDataType::IPAddress,  OptionDataType::IPAddressList,
        OptionDataType::DWord,        OptionDataType::DWordDWord, OptionDataType::Binary,
        OptionDataType::Encapsulated, OptionDataType::IPv6Address};
    return types;
}

} // namespace

OptionCodeDialog::OptionCodeDialog(const OptionCodeDefinition &definition, QWidget *parent)
    : QDialog(parent)
    , m_definition(definition)
{
    setWindowTitle(definition.id == 0 ? tr("New Option Code Definition")
                                      : tr("Edit Option Code %1").arg(definition.displayName()));
    auto *form = new QFormLayout(this);

    m_code = new QSpinBox(this);
    m_code->setRange(0, MaxCode);
    m_code->setValue(definition.id == 0 ? 1 : definition.code);
    m_code->setAccessibleName(tr("Option code"));
    form->addRow(tr("&Code:"), m_code);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    form->addRow(QString(), m_hint);

    m_name = new QLineEdit(definition.name, this);
    m_name->setMaxLength(MaxText);
    m_name->setAccessibleName(tr("Option name"));
    form->addRow(tr("&Name:"), m_name);

    m_type = new QComboBox(this);
    for (OptionDataType type : allTypes())
        m_type->addItem(optionDataTypeLabel(type), int(type));
    m_type->setCurrentIndex(int(allTypes().indexOf(definition.dataType)));
    m_type->setAccessibleName(tr("Data type"));
    m_type->setToolTip(tr("Descriptive only: values are not checked against the type."));
    form->addRow(tr("Data &type:"), m_type);

    m_vendorClass = new QLineEdit(definition.vendorClass, this);
    m_vendorClass->setMaxLength(MaxText);
    m_vendorClass->setPlaceholderText(tr("blank for a standard option"));
    m_vendorClass->setAccessibleName(tr("Vendor class"));
    form->addRow(tr("&Vendor class:"), m_vendorClass);

    m_description = new QPlainTextEdit(definition.description, this);
    m_description->setTabChangesFocus(true);
    m_description->setAccessibleName(tr("Description"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Description:"), m_description);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);

    connect(m_code, &QSpinBox::valueChanged, this, &OptionCodeDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &OptionCodeDialog::revalidate);
    revalidate();
}

QString OptionCodeDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name for the option code.");
    return {};
}

void OptionCodeDialog::revalidate()
{
    const int code = m_code->value();
    m_hint->setText(
        code >= 1 && code <= 254
            ? QString()
            : tr("DHCP option codes are normally 1–254; %1 is stored as entered.").arg(code));
    m_hint->setVisible(!m_hint->text().isEmpty());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

OptionCodeDefinition OptionCodeDialog::definition() const
{
    OptionCodeDefinition out = m_definition;
    out.code = m_code->value();
    out.name = m_name->text().trimmed();
    out.dataType = OptionDataType(m_type->currentData().toInt());
    out.vendorClass = m_vendorClass->text().trimmed();
    out.description = m_description->toPlainText();
    out.isBuiltin = false; // the dialog only ever edits custom definitions
    return out;
}

} // namespace leaselink
