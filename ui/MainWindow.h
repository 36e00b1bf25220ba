#pragma once

#include "config/ConfigOverrides.h"
#include "domain/Server.h"

#include <QMainWindow>

#include <QCoroTask>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace leaselink {

class Database;
class SecretStore;
class ServerActions;
class ServerTableModel;
class SettingsTableModel;

// LeaseLink's main window: navigation on the left, one view per entity on the right. Each view
// is a table over a core repository; the window itself only wires views, search and refresh.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // database may be null when the data file could not be opened; openError then says why and
    // the window shows it instead of the views.
    // secrets may be null (tests): the server actions then cannot store App Tokens.
    MainWindow(Database *database, QString openError, ConfigOverrides overrides,
               SecretStore *secrets = nullptr, QWidget *parent = nullptr);

    ServerActions *serverActions() const { return m_serverActions; }

    void refresh();
    QCoro::Task<void> editNetBoxConnection();
    void editSetting(int row);

private:
    QTableView *addTableView(const QString &title, QAbstractItemModel *model,
                             QSortFilterProxyModel **proxyOut);
    void showView(int index);
    void applySearch(const QString &text);
    std::optional<Server> selectedServer() const;

    Database *m_database;
    QList<QTableView *> m_views;
    ConfigOverrides m_overrides;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    ServerTableModel *m_serverModel = nullptr;
    SettingsTableModel *m_settingsModel = nullptr;
    QTableView *m_serversView = nullptr;
    SecretStore *m_secrets = nullptr;
    ServerActions *m_serverActions = nullptr;
    QList<QSortFilterProxyModel *> m_proxies;
};

} // namespace leaselink
