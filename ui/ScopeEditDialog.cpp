#include "ScopeEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace leaselink {

namespace {

constexpr LeaseDuration::Unit Units[] = {LeaseDuration::Unit::Seconds, LeaseDuration::Unit::Minutes,
                                         LeaseDuration::Unit::Hours, LeaseDuration::Unit::Days};

} // namespace

ScopeEditDialog::ScopeEditDialog(const Scope &scope, const QList<SourceChoice> &sources,
                                 QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_sources(sources)
{
    setWindowTitle(scope.id == 0 ? tr("New Scope") : tr("Edit Scope %1").arg(scope.name));

    m_name = new QLineEdit(scope.name, this);
    m_description = new QLineEdit(scope.description, this);
    m_network = new QLineEdit(scope.id == 0 ? QString() : scope.prefix.toString(), this);
    m_network->setPlaceholderText(tr("10.0.1.0/24"));
    m_prefixId = new QSpinBox(this);
    m_prefixId->setRange(0, std::numeric_limits<int>::max());
    m_prefixId->setValue(int(scope.netboxPrefixId));
    m_start = new QLineEdit(scope.id == 0 ? QString() : scope.startIp.toString(), this);
    m_end = new QLineEdit(scope.id == 0 ? QString() : scope.endIp.toString(), this);
    m_router = new QLineEdit(scope.router ? scope.router->toString() : QString(), this);

    // A new scope starts at the default (1 Day); an edit shows the stored seconds decomposed.
    const LeaseDuration lease = scope.id == 0 ? LeaseDuration() : scope.leaseLifetime;
    m_leaseValue = new QSpinBox(this);
    m_leaseValue->setObjectName(QStringLiteral("leaseValue"));
    m_leaseValue->setRange(1, std::numeric_limits<int>::max());
    m_leaseValue->setValue(int(std::max<std::int64_t>(1, lease.displayValue())));
    m_leaseValue->setAccessibleName(tr("Lease time value"));
    m_leaseUnit = new QComboBox(this);
    m_leaseUnit->setObjectName(QStringLiteral("leaseUnit"));
    m_leaseUnit->setAccessibleName(tr("Lease time unit"));
    for (LeaseDuration::Unit unit : Units)
        m_leaseUnit->addItem(LeaseDuration::unitName(unit, true), int(unit));
    m_leaseUnit->setCurrentIndex(m_leaseUnit->findData(int(lease.displayUnit())));
    auto *leaseRow = new QHBoxLayout;
    leaseRow->addWidget(m_leaseValue, 1);
    leaseRow->addWidget(m_leaseUnit);

    // A scope whose server or failover was deleted keeps that state unless the admin picks one.
    const bool linked = std::any_of(m_sources.cbegin(), m_sources.cend(), [&scope](const auto &c) {
        return c.serverId == scope.serverId && c.failoverId == scope.failoverId;
    });
    if (scope.id != 0 && !linked)
        m_sources.prepend({tr("None (never synced)"), scope.serverId, scope.failoverId});
    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Source"));
    for (const SourceChoice &choice : m_sources)
        m_source->addItem(choice.label);
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).serverId == scope.serverId &&
            m_sources.at(i).failoverId == scope.failoverId)
            m_source->setCurrentIndex(i);
    }

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ne&twork:"), m_network);
    form->addRow(tr("NetBox &prefix id:"), m_prefixId);
    form->addRow(tr("&Start address:"), m_start);
    form->addRow(tr("&End address:"), m_end);
    form->addRow(tr("&Router:"), m_router);
    form->addRow(tr("&Lease time:"), leaseRow);
    form->addRow(tr("S&ource:"), m_source);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_network, m_start, m_end, m_router})
        connect(edit, &QLineEdit::textChanged, this, &ScopeEditDialog::revalidate);
    connect(m_leaseValue, &QSpinBox::valueChanged, this, &ScopeEditDialog::revalidate);
    connect(m_leaseUnit, &QComboBox::currentIndexChanged, this, &ScopeEditDialog::revalidate);
    connect(m_prefixId, &QSpinBox::valueChanged, this, &ScopeEditDialog::revalidate);
    revalidate();
}

QString ScopeEditDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a name.");
    const auto network = Ipv4Prefix::parse(m_network->text().trimmed());
    if (!network)
        return tr("The network is not a valid prefix (for example 10.0.1.0/24).");
    if (m_prefixId->value() <= 0)
        return tr("Enter the id of the NetBox prefix the scope belongs to.");
    const auto start = Ipv4Address::parse(m_start->text().trimmed());
    if (!start)
        return tr("The start address is not a valid IPv4 address.");
    const auto end = Ipv4Address::parse(m_end->text().trimmed());
    if (!end)
        return tr("The end address is not a valid IPv4 address.");
    if (!network->contains(*start))
        return tr("The start address %1 is outside the network %2.")
            .arg(start->toString(), network->toString());
    if (!network->contains(*end))
        return tr("The end address %1 is outside the network %2.")
            .arg(end->toString(), network->toString());
    if (*end < *start)
        return tr("The start address must not be after the end address.");
    if (!m_router->text().trimmed().isEmpty()) {
        const auto router = Ipv4Address::parse(m_router->text().trimmed());
        if (!router)
            return tr("The router is not a valid IPv4 address.");
        if (!network->contains(*router))
            return tr("The router %1 is outside the network %2.")
                .arg(router->toString(), network->toString());
    }
    const auto unit = LeaseDuration::Unit(m_leaseUnit->currentData().toInt());
    if (const auto lease = LeaseDuration::fromValueAndUnit(m_leaseValue->value(), unit); !lease)
        return lease.error().message;
    if (m_sources.isEmpty())
        return tr("Add a DHCP server first: a scope needs a server or a failover.");
    return {};
}

Scope ScopeEditDialog::scope() const
{
    Scope scope = m_scope;
    scope.name = m_name->text().trimmed();
    scope.description = m_description->text();
    if (const auto network = Ipv4Prefix::parse(m_network->text().trimmed()))
        scope.prefix = *network;
    scope.netboxPrefixId = m_prefixId->value();
    if (const auto start = Ipv4Address::parse(m_start->text().trimmed()))
        scope.startIp = *start;
    if (const auto end = Ipv4Address::parse(m_end->text().trimmed()))
        scope.endIp = *end;
    scope.router.reset();
    if (const auto router = Ipv4Address::parse(m_router->text().trimmed()))
        scope.router = *router;
    const auto unit = LeaseDuration::Unit(m_leaseUnit->currentData().toInt());
    if (const auto lease = LeaseDuration::fromValueAndUnit(m_leaseValue->value(), unit))
        scope.leaseLifetime = *lease;
    const int source = m_source->currentIndex();
    if (source >= 0 && source < m_sources.size()) {
        scope.serverId = m_sources.at(source).serverId;
        scope.failoverId = m_sources.at(source).failoverId;
    }
    return scope;
}

void ScopeEditDialog::revalidate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace leaselink
