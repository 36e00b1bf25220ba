#pragma once

#include "config/ConfigOverrides.h"
#include "domain/Server.h"

#include <QObject>

#include <QCoroTask>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace leaselink {

class Database;
class MaintenanceControl;
class SecretStore;

// The Servers view's actions: Add, Edit, Delete (confirmed, naming what goes with it), Test
// Connection, Certificate (fetch and trust) and Forget Certificate, Start / End Maintenance
// (with a note, MaintenanceControl). Each saves through the core repositories and the
// secret store and emits changed() so the view reloads.
class ServerActions : public QObject
{
    Q_OBJECT

public:
    using SelectedServer = std::function<std::optional<Server>()>;
    // Answers a yes/no question (title, text); the default asks with a message box whose
    // default button is Cancel. Tests replace it.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    ServerActions(Database &database, SecretStore *secrets, ConfigOverrides overrides,
                  SelectedServer selected, QWidget *window);

    QList<QAction *> actions() const;
    // Enables the actions that need a selected server; Forget Certificate and Start / End
    // Maintenance also follow the selected server's state.
    void selectionChanged(bool hasSelection);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    MaintenanceControl *maintenanceControl() const { return m_maintenance; }
    QAction *forgetCertificateAction() const { return m_forgetCertificate; }
    // Maintenance on (asking for the note) / off (confirmed) for the selected server; Ctrl+M /
    // Ctrl+Shift+M while the focus is in the Servers list.
    QAction *startMaintenanceAction() const { return m_startMaintenance; }
    QAction *endMaintenanceAction() const { return m_endMaintenance; }

    QCoro::Task<void> addServer();
    QCoro::Task<void> editServer();
    QCoro::Task<void> deleteServer();
    QCoro::Task<void> testConnection();
    QCoro::Task<void> trustCertificate();
    // Removes the stored trusted certificate (confirmed): the next connection asks again.
    QCoro::Task<void> forgetCertificate();
    // Import from Server (Ctrl+I): asks when the server or one of its failovers is in
    // maintenance (C-20), trusts first-use certificates (FirstUseTrust), then runs the import in
    // a non-modal ImportWindow and emits changed() when it is done.
    QCoro::Task<void> importFromServer();
    QAction *importAction() const { return m_import; }
    // Issue 9: deploy or update the endpoint script through the PSU management API (preview,
    // confirmation, progress, health check). Refused for a server in maintenance (C-20).
    QCoro::Task<void> updatePsuScripts();

Q_SIGNALS:
    void changed();
    // An Import from Server started; imported() follows when it is over.
    void importStarted(const QString &serverName);
    // An Import from Server finished (whatever its outcome).
    void imported(const QString &serverName);

private:
    QCoro::Task<bool> saveToken(Server server, QString token);
    // C-20: an explicit action on a server in maintenance goes ahead only when confirmed.
    bool confirmDespiteMaintenance(const Server &server, const QString &action);

    Database &m_database;
    SecretStore *m_secrets;
    ConfigOverrides m_overrides;
    SelectedServer m_selected;
    QWidget *m_window;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_test = nullptr;
    QAction *m_certificate = nullptr;
    QAction *m_import = nullptr;
    QAction *m_updateScripts = nullptr;
    QAction *m_forgetCertificate = nullptr;
    QAction *m_startMaintenance = nullptr;
    QAction *m_endMaintenance = nullptr;
    MaintenanceControl *m_maintenance = nullptr;
    Confirm m_confirm;
};

} // namespace leaselink
