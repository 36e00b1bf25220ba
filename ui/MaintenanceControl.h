#pragma once

#include "MaintenanceTableModel.h"

#include "domain/Maintenance.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QObject>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QPushButton;

namespace leaselink {

class Database;

// One server, failover or scope whose maintenance the admin switches.
struct MaintenanceTarget
{
    MaintenanceTableModel::ObjectKind kind = MaintenanceTableModel::ObjectKind::Server;
    std::int64_t id = 0;
    QString name;
    Maintenance maintenance; // as the view shows it now
};

// "Start Maintenance": says what maintenance means (decisions.md DIS-12 / C-20: every sync path
// skips the object) and asks for the note (a change ticket, the reason) that Current
// Maintenance shows beside who started it and when.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT

public:
    MaintenanceDialog(const MaintenanceTarget &target, const QString &userName,
                      QWidget *parent = nullptr);

    QString note() const;
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *startButton() const { return m_start; }

    // What maintenance means for this kind of object, in one paragraph.
    static QString explanation(MaintenanceTableModel::ObjectKind kind);

private:
    QLineEdit *m_note = nullptr;
    QPushButton *m_start = nullptr;
};

// Maintenance on/off for one list (Servers, Failover or Scopes): the Start Maintenance… and
// End Maintenance… actions (Ctrl+M / Ctrl+Shift+M while the focus is in that list, so each
// list's keys act on its own rows), the note dialog to start, a confirmation naming the object
// to end. Saves through the owning repository's setMaintenance with the OS user name and emits
// changed() so every view reloads. The questions are injectable so tests drive the flow
// without modal windows.
class MaintenanceControl : public QObject
{
    Q_OBJECT

public:
    // Returns the note, or nothing when the admin cancelled.
    using AskNote = std::function<std::optional<QString>(const MaintenanceTarget &target)>;
    using Confirm = std::function<bool(const QString &question)>;
    // The list's current object, nothing when no row is current.
    using CurrentTarget = std::function<std::optional<MaintenanceTarget>()>;

    MaintenanceControl(Database &database, QWidget *window, CurrentTarget current);

    QAction *startAction() const { return m_startAction; }
    QAction *endAction() const { return m_endAction; }
    // Adds both actions to the widget (context menu, and the shortcuts' focus scope).
    void attachTo(QWidget *widget);
    // Enables Start or End after the current row or its state changed.
    void updateActions();
    // Start or End of the current object (no-op when there is none or it is already so).
    bool startCurrent();
    bool endCurrent();

    void setAskNote(AskNote ask) { m_askNote = std::move(ask); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // True when the flag was saved.
    bool start(const MaintenanceTarget &target);
    bool end(const MaintenanceTarget &target);

    // Saves without asking (the repositories' setMaintenance of the object's kind).
    static StoreExpected<void> save(Database &database, const MaintenanceTarget &target,
                                    bool enabled, const QString &enabledBy, const QString &notes);
    // The name recorded as "enabled by": the OS login, as the CLI's maintenance command records.
    static QString osUserName();
    // "server dhcp-a", "failover fo-1", "scope Office"
    static QString describe(const MaintenanceTarget &target);

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
    QWidget *m_window;
    CurrentTarget m_current;
    QAction *m_startAction = nullptr;
    QAction *m_endAction = nullptr;
    AskNote m_askNote;
    Confirm m_confirm;
};

} // namespace leaselink
