#include "MainWindow.h"

#include "AboutDialog.h"
#include "NetBoxDialog.h"
#include "ServerActions.h"
#include "ServerTableModel.h"
#include "SettingEditDialog.h"
#include "SettingsTableModel.h"

#include "config/SettingKeys.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace leaselink {

MainWindow::MainWindow(Database *database, QString openError, ConfigOverrides overrides,
                       SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_overrides(std::move(overrides))
    , m_secrets(secrets)
{
    setWindowTitle(tr("LeaseLink"));
    resize(1100, 650);

    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, qApp, &QApplication::quit);
    auto *aboutAction = new QAction(tr("&About LeaseLink"), this);
    connect(aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    menuBar()->addMenu(tr("&Edit"))->addAction(findAction);
    menuBar()->addMenu(tr("&Help"))->addAction(aboutAction);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(refreshAction);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

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
        refreshAction->setEnabled(false);
        m_search->setEnabled(false);
        for (QTableView *view : std::as_const(m_views))
            view->resizeColumnsToContents();
        m_statusLabel->setText(tr("No data file"));
        return;
    }

    m_navigation = new QListWidget(this);
    m_stack = new QStackedWidget(this);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({170, 930});
    setCentralWidget(splitter);

    m_serverModel = new ServerTableModel(this);
    m_settingsModel = new SettingsTableModel(this);
    QSortFilterProxyModel *proxy = nullptr;
    m_serversView = addTableView(tr("Servers"), m_serverModel, &proxy);
    QTableView *settingsView = addTableView(tr("Settings"), m_settingsModel, &proxy);
    connect(settingsView, &QTableView::activated, this, [this, proxy](const QModelIndex &index) {
        editSetting(proxy->mapToSource(index).row());
    });

    m_serverActions = new ServerActions(
        *m_database, secrets, m_overrides, [this] { return selectedServer(); }, this);
    connect(m_serverActions, &ServerActions::changed, this, &MainWindow::refresh);
    auto *serverMenu = new QMenu(tr("&Server"), this);
    serverMenu->addActions(m_serverActions->actions());
    menuBar()->insertMenu(menuBar()->actions().last(), serverMenu); // before Help
    auto *adminMenu = new QMenu(tr("&Admin"), this);
    adminMenu->addAction(tr("&NetBox Connection…"), this,
                         [this] { QCoro::connect(editNetBoxConnection(), this, [] {}); });
    menuBar()->insertMenu(menuBar()->actions().last(), adminMenu);
    toolBar->insertActions(toolBar->actions().value(1), m_serverActions->actions());
    m_serversView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_serversView->addActions(m_serverActions->actions());
    connect(m_serversView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_serverActions->selectionChanged(selectedServer().has_value()); });
    connect(m_serversView, &QTableView::doubleClicked, this,
            [this] { QCoro::connect(m_serverActions->editServer(), this, [] {}); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showView);
    m_navigation->setCurrentRow(0);

    QSettings ui;
    restoreGeometry(ui.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    refresh();
}

QTableView *MainWindow::addTableView(const QString &title, QAbstractItemModel *model,
                                     QSortFilterProxyModel **proxyOut)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // One line per row: URLs and messages are elided in the middle instead of wrapped, and the
    // columns fit their contents after every refresh (the admin can still resize them).
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack->addWidget(view);
    m_views.append(view);
    m_navigation->addItem(title);
    m_proxies.append(proxy);
    *proxyOut = proxy;
    return view;
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
    SettingEditDialog dialog(key, SettingKeys::valueText(*settings, key.name).value_or(QString()),
                             forced ? forced->sourcePath : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto changed = SettingKeys::setFromText(*settings, key.name, dialog.valueText());
        !changed) {
        QMessageBox::warning(this, tr("Setting not saved"), changed.error().message);
        return;
    }
    if (auto saved = repository.save(*settings); !saved)
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
    if (!m_serversView || !m_serversView->selectionModel())
        return std::nullopt;
    const QModelIndexList rows = m_serversView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_serversView->model());
    const QModelIndex source = proxy->mapToSource(rows.first());
    if (!source.isValid() || source.row() >= m_serverModel->rowCount())
        return std::nullopt;
    return m_serverModel->serverAt(source.row());
}

void MainWindow::showView(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    applySearch(m_search->text());
}

void MainWindow::applySearch(const QString &text)
{
    if (!m_stack)
        return;
    const int index = m_stack->currentIndex();
    if (index >= 0 && index < m_proxies.size())
        m_proxies.at(index)->setFilterFixedString(text);
}

void MainWindow::refresh()
{
    if (!m_database)
        return;
    QStringList problems;
    const auto servers = ServerRepository(*m_database).list();
    if (servers)
        m_serverModel->setServers(*servers);
    else
        problems.append(servers.error().message);
    const auto settings = SettingsRepository(*m_database).get();
    if (settings)
        m_settingsModel->setSettings(EffectiveSettings(*settings, m_overrides));
    else
        problems.append(settings.error().message);
    problems.append(m_overrides.problems());

    for (QTableView *view : std::as_const(m_views))
        view->resizeColumnsToContents();
    m_statusLabel->setText(
        tr("%n server(s) · data file %1", nullptr, servers ? int(servers->size()) : 0)
            .arg(m_database->filePath()));
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("LeaseLink"), problems.join(QLatin1Char('\n')));
}

} // namespace leaselink
