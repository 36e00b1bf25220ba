#include "MainWindow.h"

#include "ScheduledSync.h"
#include "SyncDialog.h"

#include "AboutDialog.h"
#include "DhcpCacheView.h"
#include "FailoverTableModel.h"
#include "FirstUseTrust.h"
#include "Icons.h"
#include "JobsTableModel.h"
#include "LeaseTableModel.h"
#include "ListView.h"
#include "MaintenanceControl.h"
#include "MaintenanceTableModel.h"
#include "MaintenanceView.h"
#include "NetBoxDialog.h"
#include "NetBoxStatusText.h"
#include "OptionLibraryViews.h"
#include "ReservationActions.h"
#include "ReservationTableModel.h"
#include "RunningJobs.h"
#include "ScopesView.h"
#include "ScopeTableModel.h"
#include "ServerActions.h"
#include "ServerTableModel.h"
#include "SettingEditDialog.h"
#include "SettingsTableModel.h"
#include "SettingsView.h"
#include "TrayIcon.h"

#include "config/SettingKeys.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/JobRepository.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/RelabelRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leaselink {

namespace {

constexpr int ViewRole = Qt::UserRole;
constexpr int JobHistoryLimit = 200;
constexpr int ColumnFitRowLimit = 2000;

} // namespace

MainWindow::MainWindow(Database *database, QString openError, ConfigOverrides overrides,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_overrides(std::move(overrides))
    , m_secrets(secrets)
{
    setWindowTitle(tr("LeaseLink"));
    resize(1100, 650);

    m_refresh = new QAction(icon(IconName::Refresh), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_find = new QAction(icon(IconName::Find), tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::focusSearch);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);
    auto *aboutAction = new QAction(tr("&About LeaseLink"), this);
    connect(aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    menuBar()->addMenu(tr("&Edit"))->addAction(m_find);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    menuBar()->addMenu(tr("&Help"))->addAction(aboutAction);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_refresh);

    m_statusLabel = new QLabel(this);
    m_netBoxStatus = new QLabel(this);
    m_netBoxStatus->setObjectName(QStringLiteral("netBoxStatus"));
    m_maintenanceStatus = new QLabel(this);
    m_maintenanceStatus->setObjectName(QStringLiteral("maintenanceStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_scheduleStatus = new QLabel(this);
    m_scheduleStatus->setObjectName(QStringLiteral("scheduleStatus"));
    m_runningJobs = new QLabel(this);
    m_runningJobs->setObjectName(QStringLiteral("runningJobs"));
    m_runningJobs->setAccessibleName(tr("Running jobs"));
    m_runningJobs->hide();
    statusBar()->addPermanentWidget(m_runningJobs);
    statusBar()->addPermanentWidget(m_scheduleStatus);
    statusBar()->addPermanentWidget(m_maintenanceStatus);
    statusBar()->addPermanentWidget(m_netBoxStatus);

    if (!m_database) {
        auto *message = new QLabel(
            tr("<h3>The LeaseLink data file could not be opened</h3><p>%1</p>"
               "<p>Nothing was changed. Fix the cause and restart LeaseLink, or start it with "
               "another data folder (environment variable LEASELINK_DATA_DIR).</p>")
                .arg(openError.toHtmlEscaped()),
            this);
        message->setWordWrap(true);
        message->setAlignment(Qt::AlignCenter);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        setCentralWidget(message);
        m_refresh->setEnabled(false);
        m_find->setEnabled(false);
        m_statusLabel->setText(tr("No data file"));
        return;
    }

    m_navigation = new QTreeWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_stack = new QStackedWidget(this);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == LeasesView || index == ReservationsView)
            loadDhcpCache();
    });
    m_stack->setObjectName(QStringLiteral("views"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({190, 910});
    setCentralWidget(splitter);
    buildNavigation();
    m_lists.fill(nullptr, ViewCount);

    // Servers.
    m_serverModel = new ServerTableModel(this);
    auto *servers = new ListView(QStringLiteral("servers"), m_serverModel, this);
    addPage(ServersView, servers, servers);
    m_serverActions = new ServerActions(
        *m_database, secrets, m_overrides, [this] { return selectedServer(); }, this);
    connect(m_serverActions, &ServerActions::changed, this, &MainWindow::refresh);
    m_syncNow = new QAction(icon(IconName::Sync), tr("S&ync Now"), this);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_previewSync = new QAction(icon(IconName::Preview), tr("&Preview Sync…"), this);
    m_previewSync->setObjectName(QStringLiteral("previewSync"));
    m_previewSync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewSync->setToolTip(
        tr("Plan a sync of the selected servers and show every change before anything is written"));
    // "&All" would share its mnemonic with "&Add Server…" in the Server menu.
    m_syncAll = new QAction(icon(IconName::Sync), tr("Sync A&ll Servers…"), this);
    m_syncAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_syncAll->setToolTip(tr("Sync every server with NetBox (preview first, or sync at once)"));
    connect(m_syncNow, &QAction::triggered, this,
            [this] { Q_EMIT syncRequested(selectedServerNames(), false); });
    connect(m_previewSync, &QAction::triggered, this,
            [this] { Q_EMIT syncRequested(selectedServerNames(), true); });
    connect(m_syncAll, &QAction::triggered, this, [this] { openSyncDialog({}, SyncStart::Idle); });
    connect(this, &MainWindow::syncRequested, this, [this](const QStringList &names, bool preview) {
        openSyncDialog(names, preview ? SyncStart::Preview : SyncStart::Run);
    });
    QList<QAction *> serverActions = m_serverActions->actions();
    serverActions << m_serverActions->importAction() << m_syncNow << m_previewSync << m_syncAll;
    // The Server menu in groups: the server itself, its connection, maintenance, import and
    // scripts, syncing.
    auto *serverMenu = new QMenu(tr("&Server"), this);
    const QList<QAction *> all = m_serverActions->actions();
    serverMenu->addActions(all.mid(0, 3)); // Add, Edit, Delete
    serverMenu->addSeparator();
    serverMenu->addActions(all.mid(3, 3)); // Test Connection, Certificate, Forget Certificate
    serverMenu->addSeparator();
    serverMenu->addActions(all.mid(6, 2)); // Start / End Maintenance
    serverMenu->addSeparator();
    serverMenu->addAction(m_serverActions->importAction());
    serverMenu->addActions(all.mid(8)); // Update PSU Scripts
    serverMenu->addSeparator();
    serverMenu->addActions({m_syncNow, m_previewSync, m_syncAll});
    menuBar()->insertMenu(menuBar()->actions().last(), serverMenu); // before Help
    // The toolbar keeps the everyday actions, named beside their icons; the rest are in the
    // Server menu and the Servers list's context menu.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addSeparator();
    toolBar->addActions({all.at(0), all.at(3)}); // Add Server, Test Connection
    toolBar->addAction(m_serverActions->importAction());
    toolBar->addSeparator();
    toolBar->addActions({m_syncNow, m_previewSync, m_syncAll});
    servers->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    servers->table()->addActions(serverActions);
    const auto serverSelectionChanged = [this] {
        const bool selected = selectedServer().has_value();
        m_serverActions->selectionChanged(selected);
        m_syncNow->setEnabled(selected);
        m_previewSync->setEnabled(selected);
    };
    connect(servers->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            serverSelectionChanged);
    connect(m_serverModel, &QAbstractItemModel::modelReset, this, serverSelectionChanged);
    serverSelectionChanged();
    connect(m_serverActions, &ServerActions::importStarted, this, [this](const QString &name) {
        m_runningImports.append(name);
        updateRunningJobs();
    });
    connect(m_serverActions, &ServerActions::imported, this, [this](const QString &name) {
        m_runningImports.removeOne(name);
        updateRunningJobs();
    });
    connect(servers->table(), &QTableView::doubleClicked, this,
            [this] { QCoro::connect(m_serverActions->editServer(), this, [] {}); });

    // Failover: import only, so no Add; Sync Enabled toggles in place.
    m_failoverModel = new FailoverTableModel(this);
    auto *failovers = new ListView(QStringLiteral("failovers"), m_failoverModel, this);
    failovers->setDetailProvider(
        [this](const QModelIndex &source) { return m_failoverModel->detailHtml(source.row()); });
    connect(m_failoverModel, &FailoverTableModel::saveFailed, this, [this](const QString &text) {
        QMessageBox::warning(this, tr("Failover not saved"), text);
    });
    addPage(FailoverView, failovers, failovers);
    m_failoverMaintenance = new MaintenanceControl(*m_database, this, [this, failovers] {
        std::optional<MaintenanceTarget> target;
        const QModelIndex current =
            failovers->proxy()->mapToSource(failovers->table()->currentIndex());
        if (current.isValid()) {
            const Failover &failover = m_failoverModel->failoverAt(current.row());
            target.emplace();
            target->kind = MaintenanceTableModel::ObjectKind::Failover;
            target->id = failover.id;
            target->name = failover.name;
            target->maintenance = failover.maintenance;
        }
        return target;
    });
    m_failoverMaintenance->attachTo(failovers);
    failovers->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    failovers->table()->addAction(m_failoverMaintenance->startAction());
    failovers->table()->addAction(m_failoverMaintenance->endAction());
    for (QAction *action :
         {m_failoverMaintenance->startAction(), m_failoverMaintenance->endAction()}) {
        auto *button = new QPushButton(action->icon(), action->text(), failovers);
        button->setObjectName(action->objectName());
        button->setToolTip(action->toolTip());
        button->setAccessibleName(action == m_failoverMaintenance->startAction()
                                      ? tr("Start maintenance of the selected failover")
                                      : tr("End maintenance of the selected failover"));
        button->setEnabled(action->isEnabled());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
        failovers->addToolWidget(button);
    }
    connect(failovers, &ListView::currentSourceRowChanged, m_failoverMaintenance,
            &MaintenanceControl::updateActions);
    connect(m_failoverModel, &QAbstractItemModel::modelReset, m_failoverMaintenance,
            &MaintenanceControl::updateActions);
    connect(m_failoverMaintenance, &MaintenanceControl::changed, this, &MainWindow::refresh);
    m_failoverMaintenance->updateActions();

    m_scopesView = new ScopesView(*m_database, this);
    connect(m_scopesView, &ScopesView::changed, this, &MainWindow::refresh);
    addPage(ScopesPage, m_scopesView, m_scopesView->list());

    m_leaseModel = new LeaseTableModel(this);
    m_leasesView = new DhcpCacheView(QStringLiteral("leases"), m_leaseModel,
                                     {LeaseTableModel::Address, LeaseTableModel::Server,
                                      LeaseTableModel::State, LeaseTableModel::Scope},
                                     tr("state"), this);
    m_leasesView->list()->setDetailProvider(
        [this](const QModelIndex &source) { return m_leaseModel->detailHtml(source.row()); });
    addPage(LeasesView, m_leasesView, m_leasesView->list());

    m_reservationModel = new ReservationTableModel(this);
    m_reservationsView =
        new DhcpCacheView(QStringLiteral("reservations"), m_reservationModel,
                          {ReservationTableModel::Address, ReservationTableModel::Server,
                           ReservationTableModel::Type, ReservationTableModel::Scope},
                          tr("type"), this);
    m_reservationsView->list()->setDetailProvider(
        [this](const QModelIndex &source) { return m_reservationModel->detailHtml(source.row()); });
    addPage(ReservationsView, m_reservationsView, m_reservationsView->list());
    // Issue 6: Make Reservation (Leases) and Delete Reservation (Reservations).
    new ReservationActions(*m_database, m_secrets, m_overrides, m_leasesView, m_leaseModel,
                           m_reservationsView, m_reservationModel, this);

    m_optionValuesView = new OptionValueLibrary(*m_database, this);
    connect(m_optionValuesView, &OptionValueLibrary::changed, this, &MainWindow::refresh);
    addPage(OptionValuesView, m_optionValuesView, m_optionValuesView->list());
    m_optionCodesView = new OptionCodeLibrary(*m_database, this);
    connect(m_optionCodesView, &OptionCodeLibrary::changed, this, &MainWindow::refresh);
    addPage(OptionCodesView, m_optionCodesView, m_optionCodesView->list());

    m_settingsModel = new SettingsTableModel(this);
    // leaselink::SettingsView is the widget; the bare SettingsView here is the View enumerator.
    auto *settings = new leaselink::SettingsView(m_settingsModel, this);
    connect(settings, &leaselink::SettingsView::editRequested, this, &MainWindow::editSetting);
    addPage(SettingsView, settings, settings->list());

    auto *netBoxPage = new QWidget(this);
    m_netBoxSummary = new QLabel(netBoxPage);
    m_netBoxSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_netBoxSummary->setWordWrap(true);
    auto *editNetBox = new QPushButton(tr("&Edit NetBox Connection…"), netBoxPage);
    editNetBox->setAccessibleName(tr("Edit NetBox connection"));
    connect(editNetBox, &QPushButton::clicked, this,
            [this] { QCoro::connect(editNetBoxConnection(), this, [this] { refresh(); }); });
    auto *netBoxLayout = new QVBoxLayout(netBoxPage);
    netBoxLayout->addWidget(m_netBoxSummary);
    netBoxLayout->addWidget(editNetBox, 0, Qt::AlignLeft);
    netBoxLayout->addStretch(1);
    addPage(NetBoxView, netBoxPage, nullptr);

    m_maintenanceView = new MaintenanceView(*m_database, this);
    connect(m_maintenanceView, &MaintenanceView::changed, this, &MainWindow::refresh);
    addPage(MaintenancePage, m_maintenanceView, m_maintenanceView->list());

    m_jobsModel = new JobsTableModel(this);
    // Jobs running in this window live on top; a finished one turns into its history row.
    m_jobsModel->setRunningJobs(&RunningJobs::instance(), [this] {
        auto stored = JobRepository(*m_database).listRecent(JobHistoryLimit);
        return stored ? std::optional(*stored) : std::nullopt;
    });
    auto *jobs = new ListView(QStringLiteral("jobs"), m_jobsModel, this);
    jobs->table()->sortByColumn(-1, Qt::AscendingOrder); // newest first, as stored
    jobs->setDetailProvider(
        [this](const QModelIndex &source) { return m_jobsModel->detailHtml(source.row()); });
    addPage(JobsView, jobs, jobs);

    auto *adminMenu = new QMenu(tr("&Admin"), this);
    adminMenu->addAction(tr("&NetBox Connection…"), this,
                         [this] { QCoro::connect(editNetBoxConnection(), this, [] {}); });
    menuBar()->insertMenu(menuBar()->actions().last(), adminMenu);

    // Every view is reachable from the View menu; the first nine also by Ctrl+1..9.
    for (int view = 0; view < ViewCount; ++view) {
        auto *action = viewMenu->addAction(m_navItems.at(view)->text(0));
        if (view < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
        connect(action, &QAction::triggered, this, [this, view] { showView(View(view)); });
        addAction(action);
    }
    viewMenu->addSeparator();
    m_keepRunning = viewMenu->addAction(tr("&Keep Syncing in the Tray When Closed"));
    m_keepRunning->setObjectName(QStringLiteral("keepRunningWhenClosed"));
    m_keepRunning->setCheckable(true);
    m_keepRunning->setChecked(keepRunningWhenClosed());
    m_keepRunning->setToolTip(
        tr("Closing the window hides it to the system tray and the scheduled sync goes on; "
           "quit from the tray menu. Without a system tray, closing always quits."));
    m_keepRunning->setStatusTip(m_keepRunning->toolTip());
    connect(m_keepRunning, &QAction::toggled, this, &MainWindow::setKeepRunningWhenClosed);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { navigationChanged(current); });
    showView(ServersView);

    // The recurring sync runs while the window is open (its first run one interval from now).
    if (m_secrets) {
        sync::SyncJobContext context;
        context.database = m_database;
        context.secrets = m_secrets;
        context.overrides = m_overrides;
        m_scheduledSync = new ScheduledSync(context, this);
        connect(m_scheduledSync, &ScheduledSync::statusChanged, m_scheduleStatus, &QLabel::setText);
        connect(m_scheduledSync, &ScheduledSync::runningChanged, this, [this](bool running) {
            setJobRunning(m_scheduledSync, tr("Scheduled sync running…"), running);
        });
        connect(m_scheduledSync, &ScheduledSync::runFinished, this,
                [this](const sync::SyncJobResult &result) {
                    refresh();
                    if (result.status == JobStatus::Failed || result.status == JobStatus::Partial)
                        statusBar()->showMessage(
                            tr("Scheduled sync %1: see Admin → Jobs for the details")
                                .arg(sync::jobStatusText(result.status)));
                    const auto servers = ServerRepository(*m_database).list();
                    notify(
                        Notifications::forSyncResult(result, servers ? *servers : QList<Server>()));
                    checkCertificateExpiry();
                });
        // The tray keeps the schedule visible (and running, when the admin chose so) while the
        // window is hidden.
        if (TrayIcon::isAvailable()) {
            m_tray = new TrayIcon(this);
            m_tray->setStatus(m_scheduledSync->statusText());
            connect(m_scheduledSync, &ScheduledSync::statusChanged, m_tray, &TrayIcon::setStatus);
            connect(m_tray, &TrayIcon::toggleWindowRequested, this, &MainWindow::toggleVisibility);
            connect(m_tray, &TrayIcon::syncAllRequested, this, [this] {
                if (!isVisible())
                    toggleVisibility();
                openSyncDialog({}, SyncStart::Idle);
            });
            connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
            connect(m_tray, &TrayIcon::notificationClicked, this, &MainWindow::openNotification);
            // Hidden to the tray, the window is not "the last one closed"; Quit quits.
            QApplication::setQuitOnLastWindowClosed(false);
        }
    }
    if (!m_tray) {
        // The preference is kept, but without a tray closing must quit (nothing would show
        // that the scheduler still runs).
        m_keepRunning->setEnabled(false);
        m_keepRunning->setToolTip(tr("This desktop has no system tray: closing the window quits "
                                     "LeaseLink."));
        m_keepRunning->setStatusTip(m_keepRunning->toolTip());
    }

    QSettings ui;
    restoreGeometry(ui.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    refresh();
    checkCertificateExpiry();
}

MainWindow::~MainWindow()
{
    // The children (a sync dialog, the scheduler) are destroyed after this window's members:
    // their destroyed() must no longer reach setJobRunning.
    for (QObject *source : std::as_const(m_jobSources))
        disconnect(source, &QObject::destroyed, this, nullptr);
}

bool MainWindow::keepRunningWhenClosed()
{
    return QSettings().value(QStringLiteral("tray/keepRunningWhenClosed"), false).toBool();
}

void MainWindow::setKeepRunningWhenClosed(bool keep)
{
    QSettings().setValue(QStringLiteral("tray/keepRunningWhenClosed"), keep);
}

bool MainWindow::closeHidesToTray() const
{
    return Notifications::closeHidesToTray(m_tray != nullptr, keepRunningWhenClosed());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeHidesToTray()) {
        QMainWindow::closeEvent(event);
        if (m_tray && event->isAccepted())
            QCoreApplication::quit(); // quit-on-last-window-closed is off while a tray exists
        return;
    }
    event->ignore();
    hide();
    m_tray->setWindowVisible(false);
    Notification hint;
    hint.kind = Notification::Kind::Info;
    hint.title = tr("LeaseLink keeps running");
    hint.message = tr("The scheduled sync goes on in the background. Use the tray icon to show "
                      "the window or quit.");
    hint.warning = false;
    notify({hint}); // once per session: filterNew remembers it
}

void MainWindow::toggleVisibility()
{
    if (isVisible() && !isMinimized()) {
        if (closeHidesToTray()) {
            hide();
        } else {
            showMinimized();
        }
    } else {
        showNormal();
        raise();
        activateWindow();
    }
    if (m_tray)
        m_tray->setWindowVisible(isVisible() && !isMinimized());
}

QList<Notification> MainWindow::notify(const QList<Notification> &notifications)
{
    const QList<Notification> fresh = m_notifications.filterNew(notifications);
    if (fresh.isEmpty())
        return fresh;
    if (m_tray) {
        m_tray->notify(fresh);
    } else {
        // No tray: the status bar says it (a certificate problem is the one worth acting on).
        const Notification &first = fresh.first();
        statusBar()->showMessage(first.title + QStringLiteral(": ") + first.message);
    }
    return fresh;
}

void MainWindow::checkCertificateExpiry()
{
    if (!m_database)
        return;
    const auto servers = ServerRepository(*m_database).list();
    const auto connection = NetBoxConnectionRepository(*m_database).get();
    std::optional<NetBoxConnection> netBox;
    if (connection && *connection)
        netBox = **connection;
    notify(Notifications::forCertificates(servers ? *servers : QList<Server>(), netBox,
                                          QDateTime::currentDateTimeUtc()));
}

bool MainWindow::selectServer(const QString &name)
{
    ListView *servers = listOf(ServersView);
    if (!servers)
        return false;
    for (int row = 0; row < m_serverModel->rowCount(); ++row) {
        if (m_serverModel->serverAt(row).name != name)
            continue;
        const QModelIndex index = servers->proxy()->mapFromSource(m_serverModel->index(row, 0));
        if (!index.isValid())
            return false; // filtered out by the search box
        // Through the selection model: selectRow() would honour held keyboard modifiers (a
        // Ctrl still down from a shortcut toggles the row instead of selecting it).
        servers->table()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        servers->table()->scrollTo(index);
        return true;
    }
    return false;
}

void MainWindow::openNotification(const Notification &notification)
{
    if (!isVisible() || isMinimized())
        toggleVisibility();
    if (notification.kind != Notification::Kind::CertificateProblem &&
        notification.kind != Notification::Kind::CertificateExpiring) {
        if (notification.kind == Notification::Kind::SyncFailed)
            showView(JobsView);
        else if (notification.kind == Notification::Kind::ServerUnreachable)
            showView(ServersView);
        return;
    }
    if (notification.serverName == QLatin1String("NetBox") &&
        !selectServer(notification.serverName)) {
        showView(NetBoxView);
        QCoro::connect(editNetBoxConnection(), this, [this] { refresh(); });
        return;
    }
    showView(ServersView);
    if (!selectServer(notification.serverName))
        return;
    m_notifications.forgetServer(notification.serverName);
    QCoro::connect(m_serverActions->trustCertificate(), this, [] {});
}

QCoro::Task<bool> MainWindow::checkCertificates()
{
    QPointer<MainWindow> self(this);
    if (!m_database)
        co_return false;
    const QStringList all;
    const bool trusted = co_await FirstUseTrust::ensureTrusted(this, *m_database, all, true);
    if (self)
        refresh();
    co_return trusted;
}

void MainWindow::buildNavigation()
{
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_navigation, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setData(0, ViewRole, -1);
        return item;
    };
    m_navItems.resize(ViewCount);
    const auto leaf = [this](QTreeWidgetItem *parent, View view, const QString &title) {
        auto *item = parent ? new QTreeWidgetItem(parent, {title})
                            : new QTreeWidgetItem(m_navigation, {title});
        item->setData(0, ViewRole, int(view));
        m_navItems[view] = item;
    };
    QTreeWidgetItem *infrastructure = group(tr("Infrastructure"));
    leaf(infrastructure, ServersView, tr("Servers"));
    leaf(infrastructure, FailoverView, tr("Failover"));
    leaf(nullptr, ScopesPage, tr("Scopes"));
    leaf(nullptr, LeasesView, tr("Leases"));
    leaf(nullptr, ReservationsView, tr("Reservations"));
    QTreeWidgetItem *options = group(tr("Options"));
    leaf(options, OptionValuesView, tr("Option Values"));
    leaf(options, OptionCodesView, tr("Option Code Definitions"));
    QTreeWidgetItem *admin = group(tr("Admin"));
    leaf(admin, SettingsView, tr("Settings"));
    leaf(admin, NetBoxView, tr("NetBox Connection"));
    leaf(admin, MaintenancePage, tr("Current Maintenance"));
    leaf(admin, JobsView, tr("Jobs"));
    m_navigation->expandAll();
    // Groups stay open: collapsing would hide views from the arrow-key walk.
    m_navigation->setItemsExpandable(false);
}

void MainWindow::addPage(View view, QWidget *page, ListView *list)
{
    page->setAccessibleName(m_navItems.at(view)->text(0));
    const int index = m_stack->addWidget(page);
    Q_ASSERT(index == view);
    Q_UNUSED(index);
    m_lists[view] = list;
    if (list) // the window's Ctrl+F serves every list (see ListView::findAction)
        list->findAction()->setShortcut(QKeySequence());
    if (list) // a screen reader names the table by its view ("Servers"), not "List"
        list->table()->setAccessibleName(m_navItems.at(view)->text(0));
}

void MainWindow::navigationChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    int view = current->data(0, ViewRole).toInt();
    // A group heading shows its first view, so arrow keys never land on an empty page.
    if (view < 0 && current->childCount() > 0)
        view = current->child(0)->data(0, ViewRole).toInt();
    if (view >= 0 && view < m_stack->count())
        m_stack->setCurrentIndex(view);
}

void MainWindow::loadDhcpCache()
{
    if (!m_database || !m_dhcpCacheStale)
        return;
    m_dhcpCacheStale = false;
    QStringList problems;
    for (const StoreExpected<void> &loaded :
         {m_leaseModel->load(*m_database), m_reservationModel->load(*m_database)}) {
        if (!loaded)
            problems << loaded.error().message;
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("; ")));
}

void MainWindow::showView(View view)
{
    if (!m_stack || view < 0 || view >= ViewCount)
        return;
    m_navigation->setCurrentItem(m_navItems.at(view));
    m_stack->setCurrentIndex(view);
}

MainWindow::View MainWindow::currentView() const
{
    return m_stack ? View(m_stack->currentIndex()) : ServersView;
}

ListView *MainWindow::listOf(View view) const
{
    return view >= 0 && view < m_lists.size() ? m_lists.at(view) : nullptr;
}

void MainWindow::focusSearch()
{
    ListView *list = listOf(currentView());
    if (!list)
        return;
    list->searchBox()->setFocus(Qt::ShortcutFocusReason);
    list->searchBox()->selectAll();
}

void MainWindow::editSetting(int row)
{
    if (row < 0 || row >= SettingKeys::all().size())
        return;
    const SettingKey &key = SettingKeys::all().at(row);
    SettingsRepository repository(*m_database);
    auto settings = repository.get();
    if (!settings) {
        QMessageBox::warning(this, tr("Settings"), settings.error().message);
        return;
    }
    const EffectiveSettings effective(*settings, m_overrides);
    const auto forced = effective.overrideOf(key.name);
    if (forced) {
        // The file decides this value (SET-05); the view never asks, this guards other callers.
        statusBar()->showMessage(tr("%1 is forced by the configuration file %2; change it there.")
                                     .arg(key.label, forced->sourcePath),
                                 10000);
        return;
    }
    SettingEditDialog dialog(key, SettingKeys::valueText(*settings, key.name).value_or(QString()),
                             forced ? forced->sourcePath : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto changed = SettingKeys::setFromText(*settings, key.name, dialog.valueText());
        !changed) {
        QMessageBox::warning(this, tr("Setting not saved"), changed.error().message);
        return;
    }
    // A status change records the relabel of the IPs that carry the old one (C-14).
    if (auto saved = RelabelRepository(*m_database).saveSettings(*settings); !saved)
        QMessageBox::warning(this, tr("Setting not saved"), saved.error().message);
    refresh();
}

QCoro::Task<void> MainWindow::editNetBoxConnection()
{
    QPointer<MainWindow> self(this);
    const auto current = NetBoxConnectionRepository(*m_database).get();
    if (!current) {
        QMessageBox::warning(this, tr("NetBox Connection"), current.error().message);
        co_return;
    }
    NetBoxDialog dialog(*current, m_secrets, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto saved = NetBoxConnectionRepository(*m_database).save(dialog.connection());
        if (!saved) {
            QMessageBox::warning(this, tr("NetBox connection not saved"), saved.error().message);
            continue;
        }
        if (const auto token = dialog.token(); token && m_secrets) {
            const QString text = *token;
            const auto written = co_await m_secrets->write(SecretKey::netBoxApiToken(), text);
            if (!self)
                co_return;
            if (!written)
                QMessageBox::warning(this, tr("API token not saved"),
                                     tr("The NetBox URL was saved, but the API token was not: %1")
                                         .arg(written.error().message));
        }
        co_return;
    }
}

std::optional<Server> MainWindow::selectedServer() const
{
    ListView *servers = listOf(ServersView);
    if (!servers)
        return std::nullopt;
    const QModelIndex current = servers->table()->currentIndex();
    const QList<int> rows = servers->selectedSourceRows();
    if (rows.isEmpty())
        return std::nullopt;
    // The current row when it is selected, else the first selected one.
    const int currentRow = servers->proxy()->mapToSource(current).row();
    const int row = rows.contains(currentRow) ? currentRow : rows.first();
    if (row < 0 || row >= m_serverModel->rowCount())
        return std::nullopt;
    return m_serverModel->serverAt(row);
}

QStringList MainWindow::selectedServerNames() const
{
    QStringList names;
    ListView *servers = listOf(ServersView);
    if (!servers)
        return names;
    for (int row : servers->selectedSourceRows()) {
        if (row >= 0 && row < m_serverModel->rowCount())
            names.append(m_serverModel->serverAt(row).name);
    }
    return names;
}

void MainWindow::updateStatus(int serverCount, int serversInMaintenance)
{
    m_statusLabel->setText(
        tr("%n server(s) · data file %1", nullptr, serverCount).arg(m_database->filePath()));
    m_maintenanceStatus->setText(tr("%n server(s) in maintenance", nullptr, serversInMaintenance));
}

void MainWindow::setJobRunning(QObject *source, const QString &text, bool running)
{
    if (running) {
        if (!m_jobSources.contains(source)) {
            // A source destroyed while running (a dialog closed with the window) has ended.
            m_jobSources.insert(source);
            connect(source, &QObject::destroyed, this, [this, source] {
                m_jobSources.remove(source);
                setJobRunning(source, QString(), false);
            });
        }
        m_runningJobTexts.insert(source, text);
    } else {
        m_runningJobTexts.remove(source);
    }
    updateRunningJobs();
}

void MainWindow::updateRunningJobs()
{
    QStringList texts = m_runningJobTexts.values();
    for (const QString &name : std::as_const(m_runningImports))
        texts << tr("Import from %1 running…").arg(name);
    texts.sort();
    texts.removeDuplicates(); // two sync dialogs read "Sync running…" once
    m_runningJobs->setText(texts.join(QStringLiteral(" · ")));
    m_runningJobs->setVisible(!texts.isEmpty());
}

QString MainWindow::runningJobsText() const
{
    return m_runningJobs && !m_runningJobs->isHidden() ? m_runningJobs->text() : QString();
}

void MainWindow::refresh()
{
    if (!m_database)
        return;
    QStringList problems;
    const auto note = [&problems](const StoreExpected<void> &result) {
        if (!result)
            problems.append(result.error().message);
    };
    const auto servers = ServerRepository(*m_database).list();
    int inMaintenance = 0;
    if (servers) {
        m_serverModel->setServers(*servers);
        for (const Server &server : *servers)
            inMaintenance += server.maintenance.enabled ? 1 : 0;
    } else {
        problems.append(servers.error().message);
    }
    const auto settings = SettingsRepository(*m_database).get();
    if (settings) {
        const EffectiveSettings effective(*settings, m_overrides);
        m_settingsModel->setSettings(effective);
        m_scopesView->setPushScopeInfo(effective.effective().pushScopeInfo);
        if (m_scheduledSync)
            m_scheduledSync->configure(effective.effective().syncIntervalMinutes,
                                       servers && !servers->isEmpty());
    } else {
        problems.append(settings.error().message);
    }
    note(m_failoverModel->load(*m_database));
    if (const QString error = m_scopesView->reload(); !error.isEmpty())
        problems.append(error);
    // The lease cache (110k rows on a large estate) loads when its view is shown: start-up and
    // a refresh of another view do not pay for it.
    m_dhcpCacheStale = true;
    if (currentView() == LeasesView || currentView() == ReservationsView)
        loadDhcpCache();
    for (const QString &error : {m_optionValuesView->reload(), m_optionCodesView->reload()}) {
        if (!error.isEmpty())
            problems.append(error);
    }
    if (const QString error = m_maintenanceView->reload(); !error.isEmpty())
        problems.append(error);
    if (const auto jobs = JobRepository(*m_database).listRecent(JobHistoryLimit)) {
        m_jobsModel->setJobs(*jobs);
        m_lastSyncJob = NetBoxStatusText::lastSync(*jobs);
    } else
        problems.append(jobs.error().message);

    const auto connection = NetBoxConnectionRepository(*m_database).get();
    QUrl netBoxUrl;
    if (connection && *connection)
        netBoxUrl = (*connection)->url;
    else if (!connection)
        problems.append(connection.error().message);
    m_leasesView->setNetBoxUrl(netBoxUrl);
    m_reservationsView->setNetBoxUrl(netBoxUrl);
    std::optional<NetBoxConnection> netBoxConnection;
    if (connection && *connection)
        netBoxConnection = **connection;
    const NetBoxStatusText netBoxState =
        NetBoxStatusText::describe(netBoxConnection, m_lastSyncJob);
    m_netBoxStatus->setText(netBoxState.text);
    m_netBoxStatus->setToolTip(netBoxState.toolTip);
    m_netBoxSummary->setText(
        netBoxUrl.isEmpty()
            ? tr("No NetBox connection is configured yet.")
            : tr("<p>NetBox URL: <b>%1</b></p><p>TLS certificate verification: %2</p>")
                  .arg(netBoxUrl.toDisplayString().toHtmlEscaped(),
                       (*connection)->verifySsl ? tr("on") : tr("off")));
    problems.append(m_overrides.problems());

    updateStatus(servers ? int(servers->size()) : 0, inMaintenance);
    if (!m_columnsSized) {
        // Fit the columns once, on the first load; later refreshes keep the admin's widths.
        // The lease and reservation lists are skipped: measuring 110k rows would stall start-up.
        m_columnsSized = true;
        for (ListView *list : std::as_const(m_lists)) {
            if (list && list->proxy()->rowCount() <= ColumnFitRowLimit)
                list->table()->resizeColumnsToContents();
        }
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("LeaseLink"), problems.join(QLatin1Char('\n')));
}

// Sync Now / Preview Sync / Sync All: the job panel of issue 6. It runs on this thread (the
// job is asynchronous I/O), writes nothing until Apply after a preview, and the views reload
// when a run has finished.
void MainWindow::openSyncDialog(const QStringList &serverNames, SyncStart start)
{
    if (!m_database || !m_secrets)
        return;
    // The first connection to a never-trusted certificate asks here, in the admin's hands, and
    // not in the job (which would only fail that server). Without such a certificate the task
    // completes at once and the dialog opens synchronously.
    QCoro::connect(FirstUseTrust::ensureTrusted(this, *m_database, serverNames, true), this,
                   [this, serverNames, start](bool trusted) {
                       refresh();
                       if (trusted)
                           openSyncDialogNow(serverNames, start);
                   });
}

void MainWindow::openSyncDialogNow(const QStringList &serverNames, SyncStart start)
{
    sync::SyncJobContext context;
    context.database = m_database;
    context.secrets = m_secrets;
    context.overrides = m_overrides;
    sync::SyncRequest request;
    request.kind = serverNames.isEmpty() ? sync::SyncRequest::Kind::AllServers
                                         : sync::SyncRequest::Kind::Servers;
    request.serverNames = serverNames;
    request.trigger = QStringLiteral("LeaseLink window");
    auto *dialog = new SyncDialog(context, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::syncFinished, this, [this] { refresh(); });
    connect(dialog, &SyncDialog::runningChanged, this,
            [this, dialog](bool running) { setJobRunning(dialog, tr("Sync running…"), running); });
    dialog->show();
    if (start == SyncStart::Preview)
        QCoro::connect(dialog->preview(), dialog, [] {});
    else if (start == SyncStart::Run)
        QCoro::connect(dialog->runNow(), dialog, [] {});
}

} // namespace leaselink
