#include "MakeReservationDialog.h"

#include "net/psu/PsuClient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

QString MakeReservationDialog::summary(const MakeReservationFacts &facts)
{
    const QString server = facts.target.server ? facts.target.server->name : QString();
    QString text = tr("Reserve %1 for MAC %2 on DHCP server %3?")
                       .arg(facts.lease.address.toString(), facts.lease.clientId, server);
    if (facts.target.failover) {
        const QString partner =
            facts.target.partner ? facts.target.partner->name : tr("the partner");
        text += QLatin1Char(' ') +
                tr("Scope %1 belongs to failover %2: the reservation is made on its primary %3, "
                   "then the scope is replicated to %4.")
                    .arg(facts.scopeText, facts.target.failover->name, server, partner);
    }
    text += QLatin1Char(' ') + tr("NetBox follows at the next sync.");
    return text;
}

MakeReservationDialog::MakeReservationDialog(const MakeReservationFacts &facts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Make Reservation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(summary(facts));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto fact = [form](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("(none)") : value);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    fact(tr("IP address:"), facts.lease.address.toString());
    fact(tr("MAC address:"), facts.lease.clientId);
    fact(tr("Host name:"), facts.lease.hostname);
    fact(tr("Scope:"), facts.scopeText);
    fact(tr("DHCP server:"), facts.target.server ? facts.target.server->name : QString());
    if (facts.target.server && facts.reportedBy != facts.target.server->name)
        fact(tr("Lease reported by:"), facts.reportedBy);

    m_name = new QLineEdit(ReservationRules::proposedName(facts.lease));
    m_name->setAccessibleName(tr("Reservation name"));
    m_name->setMaxLength(255);
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit;
    m_description->setAccessibleName(tr("Reservation description"));
    form->addRow(tr("&Description:"), m_description);
    m_type = new QComboBox;
    m_type->setAccessibleName(tr("Reservation type"));
    for (const PsuReservationType type :
         {PsuReservationType::Dhcp, PsuReservationType::Bootp, PsuReservationType::Both})
        m_type->addItem(PsuClient::typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(ReservationRules::DefaultType)));
    form->addRow(tr("&Type:"), m_type);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->addButton(tr("&Make Reservation"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
    m_name->selectAll();
}

MakeReservationChoice MakeReservationDialog::choice() const
{
    MakeReservationChoice choice;
    choice.name = m_name->text().trimmed();
    choice.description = m_description->text().trimmed();
    choice.type = PsuReservationType(m_type->currentData().toInt());
    return choice;
}

} // namespace leaselink
