#pragma once

#include "ScopeEditDialog.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace leaselink {

class Database;
class ListView;
class MaintenanceControl;
class ScopeTableModel;

// The Scopes view: the scope list with Create / Edit / Delete and Start / End Maintenance
// (buttons, context menu, Ctrl+M / Ctrl+Shift+M in the list; maintenance works whatever Push
// Scope Info says, as it only changes LeaseLink's own flag). Local scope edits only make sense
// when LeaseLink pushes scope information to the DHCP servers, so the buttons are disabled, with
// a tool tip saying why, while the effective Push Scope Info setting is off.
class ScopesView : public QWidget
{
    Q_OBJECT

public:
    // Answers a yes/no question; the default asks with a message box (tests replace it).
    using Confirm = std::function<bool(const QString &question)>;

    ScopesView(Database &database, QWidget *parent = nullptr);

    ListView *list() const { return m_list; }
    ScopeTableModel *model() const { return m_model; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *exclusionsButton() const { return m_exclusions; }
    QPushButton *startMaintenanceButton() const { return m_startMaintenance; }
    QPushButton *endMaintenanceButton() const { return m_endMaintenance; }
    MaintenanceControl *maintenanceControl() const { return m_maintenance; }

    void setPushScopeInfo(bool enabled);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Returns an error message, empty on success.
    QString reload();

    void createScope();
    void editScope();
    // Asks for confirmation naming the scope, then removes it from the local cache.
    void deleteScope();
    // The current scope's exclusion ranges (ExclusionsDialog), written on OK.
    void editExclusions();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    int currentSourceRow() const;
    QList<ScopeEditDialog::SourceChoice> sourceChoices() const;

    Database &m_database;
    ListView *m_list = nullptr;
    ScopeTableModel *m_model = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_exclusions = nullptr;
    QPushButton *m_startMaintenance = nullptr;
    QPushButton *m_endMaintenance = nullptr;
    MaintenanceControl *m_maintenance = nullptr;
    bool m_pushScopeInfo = false;
    Confirm m_confirm;
};

} // namespace leaselink
