#include "SettingEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace leaselink {

SettingEditDialog::SettingEditDialog(const SettingKey &key, const QString &storedText,
                                     const QString &forcedByFile, QWidget *parent)
    : QDialog(parent)
    , m_type(key.type)
    , m_forced(!forcedByFile.isEmpty())
{
    setWindowTitle(tr("Setting: %1").arg(key.label));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    QWidget *input = nullptr;
    switch (key.type) {
    case SettingType::Boolean:
        m_check = new QCheckBox(key.label, this);
        m_check->setChecked(storedText == QLatin1String("true"));
        input = m_check;
        form->addRow(QString(), m_check);
        break;
    case SettingType::Integer:
        m_number = new QSpinBox(this);
        m_number->setRange(key.minimum.value_or(0),
                           key.maximum.value_or(std::numeric_limits<int>::max()));
        if (!key.unit.isEmpty())
            m_number->setSuffix(QLatin1Char(' ') + key.unit);
        m_number->setValue(storedText.toInt());
        input = m_number;
        form->addRow(key.label + QLatin1Char(':'), m_number);
        break;
    case SettingType::Choice:
        m_choice = new QComboBox(this);
        m_choice->addItems(key.choices);
        m_choice->setCurrentText(storedText);
        input = m_choice;
        form->addRow(key.label + QLatin1Char(':'), m_choice);
        break;
    case SettingType::Text:
    case SettingType::TagSlug:
        m_text = new QLineEdit(storedText, this);
        if (key.type == SettingType::TagSlug)
            m_text->setPlaceholderText(tr("tag slug, or empty for none"));
        input = m_text;
        form->addRow(key.label + QLatin1Char(':'), m_text);
        break;
    }
    input->setObjectName(QStringLiteral("value"));
    layout->addLayout(form);

    auto *help = new QLabel(key.help, this);
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *defaults = new QLabel(tr("Default: %1").arg(key.defaultText), this);
    layout->addWidget(defaults);
    if (!key.hasDesktopEffect) {
        auto *parity = new QLabel(tr("Kept for parity with the NetBox plugin; it changes nothing "
                                     "in LeaseLink."),
                                  this);
        parity->setWordWrap(true);
        layout->addWidget(parity);
    }
    if (m_forced) {
        auto *forced = new QLabel(tr("⚠ The configuration file %1 forces this setting, so it "
                                     "cannot be changed here. Change or remove its entry in that "
                                     "file.")
                                      .arg(forcedByFile),
                                  this);
        forced->setObjectName(QStringLiteral("forced"));
        forced->setWordWrap(true);
        layout->addWidget(forced);
        input->setEnabled(false);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_forced) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        buttons->button(QDialogButtonBox::Cancel)->setFocus();
    } else {
        input->setFocus();
    }
}

void SettingEditDialog::accept()
{
    if (m_forced)
        return; // the file decides this value; Enter must not save it either
    QDialog::accept();
}

QString SettingEditDialog::valueText() const
{
    switch (m_type) {
    case SettingType::Boolean:
        return m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Integer:
        return QString::number(m_number->value());
    case SettingType::Choice:
        return m_choice->currentText();
    case SettingType::Text:
    case SettingType::TagSlug:
        break;
    }
    return m_text->text().trimmed();
}

} // namespace leaselink
