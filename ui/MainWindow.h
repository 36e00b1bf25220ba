#pragma once

#include "Notifications.h"

#include "config/ConfigOverrides.h"
#include "domain/Server.h"
#include "store/JobRecord.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <QCoroTask>

#include <optional>

class QAction;
class QCloseEvent;
class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace leaselink {

class Database;
class DhcpCacheView;
class FailoverTableModel;
class JobsTableModel;
class LeaseTableModel;
class ListView;
class MaintenanceControl;
class MaintenanceView;
class OptionCodeLibrary;
class OptionValueLibrary;
class ReservationTableModel;
class ScopesView;
class SecretStore;
class ServerActions;
class ServerTableModel;
class SettingsTableModel;

// LeaseLink's main window: a navigation tree on the left (Infrastructure → Servers, Failover;
// Scopes; Leases; Reservations; Options → Option Values, Option Code Definitions; Admin →
// Settings, NetBox connection, Current Maintenance, Jobs) and one view per entry in a
// QStackedWidget. Ctrl+1..9 jump to the first nine views, Ctrl+F focuses the current view's
// search, F5 reloads every view. The window only wires views; each view reads its repository.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Stack order of the views (also the order of the leaves in the navigation tree).
    enum View
    {
        ServersView,
        FailoverView,
        ScopesPage,
        LeasesView,
        ReservationsView,
        OptionValuesView,
        OptionCodesView,
        SettingsView,
        NetBoxView,
        MaintenancePage,
        JobsView,
        ViewCount
    };

    // database may be null when the data file could not be opened; openError then says why and
    // the window shows it instead of the views.
    // secrets may be null (tests): the server actions then cannot store App Tokens.
    MainWindow(Database *database, QString openError, ConfigOverrides overrides,
               SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerActions *serverActions() const { return m_serverActions; }
    // Sync Now and Preview Sync on the Servers view (they emit syncRequested).
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *previewSyncAction() const { return m_previewSync; }

    void refresh();
    QCoro::Task<void> editNetBoxConnection();
    void editSetting(int row);

    // Shows one view and selects its navigation entry.
    void showView(View view);
    View currentView() const;
    // The ListView of a view (nullptr for the NetBox connection page).
    ListView *listOf(View view) const;
    QStringList selectedServerNames() const;

    ScopesView *scopesView() const { return m_scopesView; }
    // Start / End Maintenance of the Failover view's current failover.
    MaintenanceControl *failoverMaintenance() const { return m_failoverMaintenance; }
    // The status bar's running-jobs text ("Sync running…"), empty while nothing runs.
    QString runningJobsText() const;
    // A sync dialog, an import or the scheduled sync (source) started or ended a run.
    void setJobRunning(QObject *source, const QString &text, bool running);
    MaintenanceView *maintenanceView() const { return m_maintenanceView; }
    DhcpCacheView *leasesView() const { return m_leasesView; }
    DhcpCacheView *reservationsView() const { return m_reservationsView; }
    OptionValueLibrary *optionValuesView() const { return m_optionValuesView; }
    OptionCodeLibrary *optionCodesView() const { return m_optionCodesView; }

Q_SIGNALS:
    // The admin asked to sync (or preview a sync of) these servers; the job panel runs it.
    void syncRequested(QStringList serverNames, bool preview);

public:
    enum class SyncStart
    {
        Idle,    // the dialog waits for Preview or Sync now
        Preview, // starts a preview
        Run      // starts the sync
    };
    // Opens the Sync Now dialog for these servers (empty: all servers).
    void openSyncDialog(const QStringList &serverNames, SyncStart start);
    QAction *syncAllAction() const { return m_syncAll; }

    // Tray and background notifications (issue 6). The tray exists only where the platform has
    // one (TrayIcon::isAvailable); without it notifications go to the status bar.
    class TrayIcon *trayIcon() const { return m_tray; }
    // View → "Keep Syncing in the Tray When Closed" (a QSettings UI preference).
    QAction *keepRunningAction() const { return m_keepRunning; }
    static bool keepRunningWhenClosed();
    static void setKeepRunningWhenClosed(bool keep);
    // What closing the window does now: hide to the tray (true) or quit.
    bool closeHidesToTray() const;
    // Shows these notifications (tray balloon, or the status bar without a tray), skipping those
    // already shown in this session. Returns the ones shown.
    QList<Notification> notify(const QList<Notification> &notifications);
    // A notification was clicked: a certificate problem opens the Servers view's Certificate
    // action for that server (or the NetBox connection dialog for NetBox).
    void openNotification(const Notification &notification);
    // Selects the named server in the Servers view (false when there is none by that name).
    bool selectServer(const QString &name);
    // Asks to trust every never-trusted certificate (servers and NetBox) now (the demo's
    // "Connect and Check Certificates").
    QCoro::Task<bool> checkCertificates();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openSyncDialogNow(const QStringList &serverNames, SyncStart start);
    void toggleVisibility();
    void checkCertificateExpiry();
    void buildNavigation();
    void addPage(View view, QWidget *page, ListView *list);
    void navigationChanged(QTreeWidgetItem *current);
    void focusSearch();
    void updateStatus(int serverCount, int serversInMaintenance);
    std::optional<Server> selectedServer() const;

    Database *m_database;
    ConfigOverrides m_overrides;
    SecretStore *m_secrets = nullptr;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<QTreeWidgetItem *> m_navItems; // by View
    QList<ListView *> m_lists;           // by View
    QLabel *m_statusLabel = nullptr;
    QLabel *m_netBoxStatus = nullptr;
    QLabel *m_maintenanceStatus = nullptr;
    QLabel *m_netBoxSummary = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_previewSync = nullptr;
    QAction *m_syncAll = nullptr;
    QLabel *m_scheduleStatus = nullptr;
    QLabel *m_runningJobs = nullptr;
    QHash<QObject *, QString> m_runningJobTexts;
    QSet<QObject *> m_jobSources; // watched for destroyed()
    QStringList m_runningImports; // server names, one entry per running import
    void updateRunningJobs();
    std::optional<JobRecord> m_lastSyncJob;
    MaintenanceControl *m_failoverMaintenance = nullptr;
    class ScheduledSync *m_scheduledSync = nullptr;
    bool m_dhcpCacheStale = true; // leases and reservations load when their view is shown
    void loadDhcpCache();
    bool m_columnsSized = false;

    ServerTableModel *m_serverModel = nullptr;
    SettingsTableModel *m_settingsModel = nullptr;
    FailoverTableModel *m_failoverModel = nullptr;
    LeaseTableModel *m_leaseModel = nullptr;
    ReservationTableModel *m_reservationModel = nullptr;
    OptionValueLibrary *m_optionValuesView = nullptr;
    OptionCodeLibrary *m_optionCodesView = nullptr;
    JobsTableModel *m_jobsModel = nullptr;
    ScopesView *m_scopesView = nullptr;
    MaintenanceView *m_maintenanceView = nullptr;
    DhcpCacheView *m_leasesView = nullptr;
    DhcpCacheView *m_reservationsView = nullptr;
    ServerActions *m_serverActions = nullptr;
    class TrayIcon *m_tray = nullptr;
    QAction *m_keepRunning = nullptr;
    Notifications m_notifications;
};

} // namespace leaselink
