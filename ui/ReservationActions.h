#pragma once

#include "MakeReservationDialog.h"

#include "config/ConfigOverrides.h"
#include "dhcp/ReservationCommands.h"

#include <QObject>

#include <QCoroTask>

#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QWidget;

namespace leaselink {

class Database;
class DhcpCacheView;
class LeaseTableModel;
class ReservationTableModel;
class SecretStore;

// The Leases view's Make Reservation and the Reservations view's Delete Reservation: a button,
// a context-menu entry and a key each (Ctrl+M in Leases, Delete in Reservations), disabled with
// a tooltip that says why when the rules refuse (read-only or unchecked token, already reserved,
// MAC reserved in several scopes…). The decisions and the work are ReservationCommands'; this
// class only asks (confirmation, maintenance, "drop from the cache?") and reports, through
// Prompts that tests replace.
class ReservationActions : public QObject
{
    Q_OBJECT

public:
    struct Prompts
    {
        // The Make Reservation dialog: the admin's choice, nullopt = cancelled.
        std::function<std::optional<MakeReservationChoice>(const MakeReservationFacts &)>
            makeReservation;
        // Delete Reservation's confirmation; the text names everything.
        std::function<bool(const QString &text)> confirmDelete;
        // A yes/no question (maintenance, "drop it from the cache?").
        std::function<bool(const QString &question)> confirm;
        // The outcome: error = false for success (and warnings), true for failures.
        std::function<void(bool error, const QString &title, const QString &text)> report;
    };

    ReservationActions(Database &database, SecretStore *secrets, ConfigOverrides overrides,
                       DhcpCacheView *leases, LeaseTableModel *leaseModel,
                       DhcpCacheView *reservations, ReservationTableModel *reservationModel,
                       QWidget *window);

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }
    // Tests shorten timeouts through it (see SyncConnections).
    void setTuneSession(std::function<void(HttpSessionConfig &)> tune)
    {
        m_tuneSession = std::move(tune);
    }

    QAction *makeReservationAction() const { return m_make; }
    QAction *deleteReservationAction() const { return m_delete; }
    QPushButton *makeReservationButton() const { return m_makeButton; }
    QPushButton *deleteReservationButton() const { return m_deleteButton; }

    QCoro::Task<void> makeReservation();
    QCoro::Task<void> deleteReservation();

    // Marks servers, scopes and cached reservations for a re-read (done when a selected row needs
    // a decision) and updates both actions.
    void refresh();

Q_SIGNALS:
    // The cache changed (both models were reloaded).
    void cacheChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<CachedLease> selectedLease() const;
    std::optional<CachedReservation> selectedReservation() const;
    void updateActions();
    void reloadModels();
    ReservationCommands commands() const;
    Prompts defaultPrompts();
    QString serverName(std::int64_t id) const;
    static QString scopeText(const ReservationTarget &target, Ipv4Address scopeId);

    Database &m_database;
    SecretStore *m_secrets;
    ConfigOverrides m_overrides;
    DhcpCacheView *m_leases;
    LeaseTableModel *m_leaseModel;
    DhcpCacheView *m_reservations;
    ReservationTableModel *m_reservationModel;
    QWidget *m_window;
    Prompts m_prompts;
    std::function<void(HttpSessionConfig &)> m_tuneSession;
    std::optional<ReservationInventory> m_inventory;
    QString m_inventoryError;     // why the last read failed, for the actions' tool tips
    bool m_inventoryStale = true; // read on the first decision after a reload
    void readInventoryIfStale();
    bool m_busy = false;
    QAction *m_make = nullptr;
    QAction *m_delete = nullptr;
    QPushButton *m_makeButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace leaselink
