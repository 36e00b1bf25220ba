#include "ExclusionsDialog.h"

#include "store/ScopeRepository.h"
#include "store/Transaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace leaselink {

namespace {

QString rangeText(const ExclusionRange &range)
{
    return range.startIp.toString() + QStringLiteral(" – ") + range.endIp.toString();
}

bool sameRange(const ExclusionRange &a, const ExclusionRange &b)
{
    return a.startIp == b.startIp && a.endIp == b.endIp;
}

} // namespace

ExclusionsDialog::ExclusionsDialog(const Scope &scope, QList<ExclusionRange> current,
                                   QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_stored(current)
    , m_staged(std::move(current))
{
    setWindowTitle(tr("Exclusion Ranges of %1").arg(scope.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Addresses in an exclusion range are never leased by the DHCP "
                                "server. Scope range: %1 – %2. Changes are pushed to the server "
                                "at the next sync.")
                                 .arg(scope.startIp.toString(), scope.endIp.toString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Exclusion ranges"));
    layout->addWidget(m_list, 1);
    m_remove = new QPushButton(tr("&Remove Selected"), this);
    m_remove->setAccessibleName(tr("Remove the selected exclusion ranges"));
    m_remove->setAutoDefault(false);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    m_start = new QLineEdit(this);
    m_start->setPlaceholderText(scope.startIp.toString());
    m_start->setAccessibleName(tr("First excluded address"));
    m_end = new QLineEdit(this);
    m_end->setPlaceholderText(tr("same as the start for one address"));
    m_end->setAccessibleName(tr("Last excluded address"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_start);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_end);
    m_add = new QPushButton(tr("A&dd"), this);
    m_add->setAutoDefault(false);
    m_add->setAccessibleName(tr("Add the exclusion range"));
    row->addWidget(m_add);
    form->addRow(tr("&New range:"), row);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ExclusionsDialog::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &ExclusionsDialog::removeSelected);
    connect(m_start, &QLineEdit::textChanged, this, &ExclusionsDialog::revalidate);
    connect(m_end, &QLineEdit::textChanged, this, &ExclusionsDialog::revalidate);
    // Enter in the range fields adds the range; it must not also press OK (a default button).
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_start, &QLineEdit::returnPressed, this, &ExclusionsDialog::addTyped);
    connect(m_end, &QLineEdit::returnPressed, this, &ExclusionsDialog::addTyped);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    refill();
    revalidate();
    resize(460, 420);
}

QString ExclusionsDialog::problem() const
{
    const QString startText = m_start->text().trimmed();
    const QString endText = m_end->text().trimmed();
    if (startText.isEmpty())
        return tr("Type the first address of the range.");
    const auto start = Ipv4Address::parse(startText);
    if (!start)
        return tr("'%1' is not an IPv4 address.").arg(startText);
    const auto end = endText.isEmpty() ? start : Ipv4Address::parse(endText);
    if (!end)
        return tr("'%1' is not an IPv4 address.").arg(endText);
    if (*end < *start)
        return tr("The range ends before it starts.");
    if (*start < m_scope.startIp || m_scope.endIp < *end)
        return tr("The range must lie inside the scope's range %1 – %2.")
            .arg(m_scope.startIp.toString(), m_scope.endIp.toString());
    ExclusionRange typed;
    typed.startIp = *start;
    typed.endIp = *end;
    for (const ExclusionRange &range : m_staged) {
        if (sameRange(range, typed))
            return tr("This range is already excluded.");
    }
    return {};
}

void ExclusionsDialog::revalidate()
{
    const bool typing = !m_start->text().trimmed().isEmpty() || !m_end->text().trimmed().isEmpty();
    const QString why = problem();
    m_add->setEnabled(why.isEmpty());
    m_problem->setText(typing ? why : QString());
}

void ExclusionsDialog::addTyped()
{
    if (!problem().isEmpty())
        return;
    ExclusionRange range;
    range.scopeId = m_scope.id;
    range.startIp = *Ipv4Address::parse(m_start->text().trimmed());
    const QString endText = m_end->text().trimmed();
    range.endIp = endText.isEmpty() ? range.startIp : *Ipv4Address::parse(endText);
    m_staged.append(range);
    std::sort(
        m_staged.begin(), m_staged.end(),
        [](const ExclusionRange &a, const ExclusionRange &b) { return a.startIp < b.startIp; });
    m_start->clear();
    m_end->clear();
    m_start->setFocus();
    refill();
}

void ExclusionsDialog::removeSelected()
{
    QList<int> rows;
    for (QListWidgetItem *item : m_list->selectedItems())
        rows.append(m_list->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_staged.removeAt(row);
    refill();
}

void ExclusionsDialog::refill()
{
    m_list->clear();
    for (const ExclusionRange &range : m_staged) {
        auto *item = new QListWidgetItem(rangeText(range), m_list);
        if (range.id == 0)
            item->setToolTip(tr("New: written when you press OK"));
    }
    if (m_staged.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No exclusion ranges"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
    revalidate();
}

StoreExpected<void> ExclusionsDialog::save(Database &database) const
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    ScopeRepository scopes(database);
    for (const ExclusionRange &stored : m_stored) {
        const bool kept = std::any_of(m_staged.cbegin(), m_staged.cend(),
                                      [&](const ExclusionRange &r) { return r.id == stored.id; });
        if (kept)
            continue;
        if (auto removed = scopes.removeExclusion(stored.id); !removed)
            return std::unexpected(removed.error());
    }
    for (const ExclusionRange &range : m_staged) {
        if (range.id != 0)
            continue;
        if (auto added = scopes.addExclusion(range); !added)
            return std::unexpected(added.error());
    }
    return transaction->commit();
}

} // namespace leaselink
