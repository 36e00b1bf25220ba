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
class SecretStore;

// The Servers view's actions: Add, Edit, Delete (confirmed, naming what goes with it), Test
// Connection and Certificate (fetch and trust). Each saves through the core repositories and the
// secret store and emits changed() so the view reloads.
class ServerActions : public QObject
{
    Q_OBJECT

public:
    using SelectedServer = std::function<std::optional<Server>()>;

    ServerActions(Database &database, SecretStore *secrets, ConfigOverrides overrides,
                  SelectedServer selected, QWidget *window);

    QList<QAction *> actions() const;
    // Enables the actions that need a selected server.
    void selectionChanged(bool hasSelection);

    QCoro::Task<void> addServer();
    QCoro::Task<void> editServer();
    QCoro::Task<void> deleteServer();
    QCoro::Task<void> testConnection();
    QCoro::Task<void> trustCertificate();
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
    // An Import from Server finished (whatever its outcome).
    void imported(const QString &serverName);

private:
    QCoro::Task<bool> saveToken(Server server, QString token);

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
};

} // namespace leaselink
