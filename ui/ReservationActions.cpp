#include "ReservationActions.h"

#include "Icons.h"

#include "DhcpCacheView.h"
#include "LeaseTableModel.h"
#include "ListView.h"
#include "ReservationTableModel.h"

#include <QAction>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace leaselink {

namespace {

int currentSourceRow(const DhcpCacheView *view)
{
    const QModelIndex current = view->list()->table()->currentIndex();
    if (!current.isValid())
        return -1;
    return view->list()->proxy()->mapToSource(current).row();
}

} // namespace

ReservationActions::ReservationActions(Database &database, SecretStore *secrets,
                                       ConfigOverrides overrides, DhcpCacheView *leases,
                                       LeaseTableModel *leaseModel, DhcpCacheView *reservations,
                                       ReservationTableModel *reservationModel, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
    , m_leases(leases)
    , m_leaseModel(leaseModel)
    , m_reservations(reservations)
    , m_reservationModel(reservationModel)
    , m_window(window)
    , m_prompts(defaultPrompts())
{
    m_make = new QAction(tr("&Make Reservation…"), this);
    m_make->setObjectName(QStringLiteral("makeReservation"));
    m_make->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_make, &QAction::triggered, this,
            [this] { QCoro::connect(makeReservation(), this, [] {}); });
    m_makeButton = m_leases->addRowAction(
        m_make, tr("Make a reservation on the DHCP server from the selected lease"));

    m_delete = new QAction(icon(IconName::Delete), tr("&Delete Reservation…"), this);
    m_delete->setObjectName(QStringLiteral("deleteReservation"));
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this,
            [this] { QCoro::connect(deleteReservation(), this, [] {}); });
    m_deleteButton = m_reservations->addRowAction(
        m_delete, tr("Delete the selected reservation from the DHCP server"));
    // Delete in the reservation list is this action even while another view's window-wide
    // Delete (Servers) is enabled: the list claims the key before shortcuts are matched.
    m_reservations->list()->table()->installEventFilter(this);

    connect(m_leases->list(), &ListView::currentSourceRowChanged, this,
            &ReservationActions::updateActions);
    connect(m_reservations->list(), &ListView::currentSourceRowChanged, this,
            &ReservationActions::updateActions);
    connect(m_leaseModel, &QAbstractItemModel::modelReset, this, &ReservationActions::refresh);
    connect(m_reservationModel, &QAbstractItemModel::modelReset, this,
            &ReservationActions::refresh);
    refresh();
}

ReservationActions::Prompts ReservationActions::defaultPrompts()
{
    Prompts prompts;
    prompts.makeReservation =
        [this](const MakeReservationFacts &facts) -> std::optional<MakeReservationChoice> {
        MakeReservationDialog dialog(facts, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };
    prompts.confirmDelete = [this](const QString &text) {
        QMessageBox box(QMessageBox::Warning, tr("Delete Reservation"), text, QMessageBox::NoButton,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        QPushButton *remove =
            box.addButton(tr("&Delete Reservation"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == remove;
    };
    prompts.confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Reservations"), question,
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Cancel);
        return box.exec() == QMessageBox::Yes;
    };
    prompts.report = [this](bool error, const QString &title, const QString &text) {
        QMessageBox box(error ? QMessageBox::Warning : QMessageBox::Information, title, text,
                        QMessageBox::Ok, m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    };
    return prompts;
}

ReservationCommands ReservationActions::commands() const
{
    return ReservationCommands(m_database, *m_secrets, m_overrides, m_tuneSession);
}

void ReservationActions::refresh()
{
    // Read again when a row needs a decision: a reload of 110k leases (the first paint of the
    // Leases view) must not also read every reservation when nothing is selected yet.
    m_inventoryStale = true;
    updateActions();
}

void ReservationActions::readInventoryIfStale()
{
    if (!m_inventoryStale)
        return;
    m_inventoryStale = false;
    auto inventory = ReservationInventory::read(m_database);
    if (inventory) {
        m_inventory = std::move(*inventory);
        m_inventoryError.clear();
    } else {
        m_inventory.reset();
        m_inventoryError = inventory.error().message;
    }
}

std::optional<CachedLease> ReservationActions::selectedLease() const
{
    const int row = currentSourceRow(m_leases);
    if (row < 0 || row >= m_leaseModel->rowCount())
        return std::nullopt;
    return m_leaseModel->leaseAt(row);
}

std::optional<CachedReservation> ReservationActions::selectedReservation() const
{
    const int row = currentSourceRow(m_reservations);
    if (row < 0 || row >= m_reservationModel->rowCount())
        return std::nullopt;
    return m_reservationModel->reservationAt(row);
}

QString ReservationActions::serverName(std::int64_t id) const
{
    if (m_inventory) {
        for (const Server &server : m_inventory->servers) {
            if (server.id == id)
                return server.name;
        }
    }
    return QString::number(id);
}

QString ReservationActions::scopeText(const ReservationTarget &target, Ipv4Address scopeId)
{
    if (target.scope)
        return tr("%1 (%2)").arg(scopeId.toString(), target.scope->name);
    return scopeId.toString();
}

void ReservationActions::updateActions()
{
    const std::optional<CachedLease> lease = selectedLease();
    const std::optional<CachedReservation> reservation = selectedReservation();
    if (lease || reservation)
        readInventoryIfStale();
    const auto gate = [this](QAction *action, bool selected,
                             const std::optional<ReservationTarget> &target, const QString &ready) {
        QString why;
        if (!m_secrets)
            why = tr("No keychain is available, so no App Token can be read.");
        else if (m_busy)
            why = tr("Another reservation change is in progress.");
        else if (!selected)
            why = tr("Select a row first.");
        else if (!m_inventory || !target)
            why = tr("LeaseLink could not read its data: %1").arg(m_inventoryError);
        else if (!target->allowed())
            why = target->reason;
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? ready : why);
    };

    std::optional<ReservationTarget> create;
    if (lease && m_inventory)
        create = ReservationRules::forCreate(*m_inventory, *lease);
    gate(m_make, lease.has_value(), create,
         tr("Reserve the selected lease's address for its MAC on the DHCP server (Ctrl+M)"));

    std::optional<ReservationTarget> remove;
    if (reservation && m_inventory)
        remove = ReservationRules::forDeleteOnStoredVersion(*m_inventory, *reservation);
    gate(m_delete, reservation.has_value(), remove,
         tr("Delete the selected reservation from the DHCP server (Delete)"));
}

void ReservationActions::reloadModels()
{
    (void)m_leaseModel->load(m_database);
    (void)m_reservationModel->load(m_database);
    Q_EMIT cacheChanged();
}

bool ReservationActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reservations->list()->table() &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_delete->isEnabled())
                m_delete->trigger();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QCoro::Task<void> ReservationActions::makeReservation()
{
    QPointer<ReservationActions> self(this);
    const auto lease = selectedLease();
    if (!lease || !m_secrets || m_busy)
        co_return;
    const CachedLease selected = *lease;
    ReservationCommands runner = commands();
    const auto plan = runner.planCreate(selected);
    if (!plan) {
        m_prompts.report(true, tr("Make Reservation"), plan.error().message);
        co_return;
    }
    if (!plan->allowed()) {
        m_prompts.report(true, tr("Make Reservation"), plan->reason);
        co_return;
    }
    MakeReservationFacts facts;
    facts.lease = selected;
    facts.target = *plan;
    facts.reportedBy = serverName(selected.serverId);
    facts.scopeText = scopeText(*plan, selected.scopeId);
    const std::optional<MakeReservationChoice> choice = m_prompts.makeReservation(facts);
    if (!self || !choice)
        co_return;
    MakeReservationRequest request;
    request.lease = selected;
    request.name = choice->name;
    request.description = choice->description;
    request.type = choice->type;
    if (plan->needsMaintenanceConfirmation()) {
        const QString question = tr("%1 in maintenance. Contact it anyway to make the "
                                    "reservation?")
                                     .arg(plan->maintenance.join(QStringLiteral(", ")));
        if (!m_prompts.confirm(question))
            co_return;
        request.maintenanceConfirmed = true;
    }

    m_busy = true;
    updateActions();
    ReservationOutcome outcome = co_await runner.makeReservation(request);
    if (!self)
        co_return;
    if (outcome.result == ReservationResult::NeedsConfirmation &&
        m_prompts.confirm(outcome.message)) {
        // Maintenance was switched on since the dialog opened.
        request.maintenanceConfirmed = true;
        outcome = co_await runner.makeReservation(request);
        if (!self)
            co_return;
    }
    m_busy = false;
    if (outcome.result == ReservationResult::Done) {
        reloadModels();
        QString text = outcome.message;
        if (!outcome.warning.isEmpty())
            text += QStringLiteral("\n\n") + outcome.warning;
        m_prompts.report(false, tr("Reservation made"), text);
    } else if (outcome.result != ReservationResult::NeedsConfirmation) {
        refresh(); // a 403 may have changed the stored access level
        m_prompts.report(true, tr("Reservation not made"), outcome.message);
    }
    updateActions();
}

QCoro::Task<void> ReservationActions::deleteReservation()
{
    QPointer<ReservationActions> self(this);
    const auto reservation = selectedReservation();
    if (!reservation || !m_secrets || m_busy)
        co_return;
    const CachedReservation selected = *reservation;
    ReservationCommands runner = commands();
    const auto plan = runner.planDelete(selected);
    if (!plan) {
        m_prompts.report(true, tr("Delete Reservation"), plan.error().message);
        co_return;
    }
    if (!plan->allowed()) {
        m_prompts.report(true, tr("Delete Reservation"), plan->reason);
        co_return;
    }
    QString name = selected.name;
    if (name.isEmpty())
        name = tr("(no name)");
    QString text = tr("Delete the reservation of %1 (MAC %2, name %3) in scope %4 on DHCP server "
                      "%5?")
                       .arg(selected.address.toString(), selected.clientId, name,
                            scopeText(*plan, selected.scopeId), plan->server->name);
    text += QStringLiteral("\n\n") +
            tr("This removes it from the DHCP server: the device may get another address at its "
               "next renewal. NetBox follows at the next sync.");
    if (plan->failover)
        text += QLatin1Char(' ') + tr("The scope belongs to failover %1: the primary %2 deletes "
                                      "it, then the scope is replicated to its partner.")
                                       .arg(plan->failover->name, plan->server->name);
    if (!m_prompts.confirmDelete(text))
        co_return;
    DeleteReservationRequest request;
    request.reservation = selected;
    if (plan->needsMaintenanceConfirmation()) {
        const QString question = tr("%1 in maintenance. Contact it anyway to delete the "
                                    "reservation?")
                                     .arg(plan->maintenance.join(QStringLiteral(", ")));
        if (!m_prompts.confirm(question))
            co_return;
        request.maintenanceConfirmed = true;
    }

    m_busy = true;
    updateActions();
    ReservationOutcome outcome = co_await runner.deleteReservation(request);
    if (!self)
        co_return;
    if (outcome.result == ReservationResult::NeedsConfirmation &&
        m_prompts.confirm(outcome.message)) {
        request.maintenanceConfirmed = true;
        outcome = co_await runner.deleteReservation(request);
        if (!self)
            co_return;
    }
    m_busy = false;
    switch (outcome.result) {
    case ReservationResult::Done: {
        reloadModels();
        QString done = outcome.message;
        if (!outcome.warning.isEmpty())
            done += QStringLiteral("\n\n") + outcome.warning;
        m_prompts.report(false, tr("Reservation deleted"), done);
        break;
    }
    case ReservationResult::NotFound:
        if (m_prompts.confirm(outcome.message)) {
            const auto forgotten = runner.forget(selected);
            if (!forgotten)
                m_prompts.report(true, tr("Delete Reservation"), forgotten.error().message);
            reloadModels();
        }
        break;
    case ReservationResult::NeedsConfirmation:
        break;
    case ReservationResult::Refused:
    case ReservationResult::Failed:
        refresh();
        m_prompts.report(true, tr("Reservation not deleted"), outcome.message);
        break;
    }
    updateActions();
}

} // namespace leaselink
