#include "DemoGui.h"

#include "CertificateTrustDialog.h"
#include "DemoSession.h"
#include "ImportWindow.h"
#include "ListView.h"
#include "MainWindow.h"
#include "ServerActions.h"
#include "SyncDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

#include <QCoroTimer>

#include <chrono>

namespace leaselink {

namespace {

using namespace std::chrono_literals;

void say(const QString &text)
{
    QTextStream(stderr) << "leaselink: screenshots: " << text << Qt::endl;
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    say((saved ? QStringLiteral("saved ") : QStringLiteral("could not save ")) + path);
    return saved;
}

// Lets layouts, lazy loads and repaints settle before a grab.
QCoro::Task<void> settle(std::chrono::milliseconds time = 400ms)
{
    co_await QCoro::sleepFor(time);
    QApplication::processEvents();
}

QCoro::Task<bool> waitUntilDone(SyncDialog *dialog)
{
    QPointer<SyncDialog> guard(dialog);
    for (int i = 0; i < 1200; ++i) {
        if (!guard)
            co_return false;
        if (!guard->isRunning() && guard->lastResult().has_value())
            co_return true;
        co_await QCoro::sleepFor(100ms);
    }
    co_return false;
}

} // namespace

QList<DemoWelcomeDialog::Service> demoWelcomeServices(const demo::DemoSession &session)
{
    QList<DemoWelcomeDialog::Service> services;
    for (const demo::DemoService &service : session.services())
        services.append({service.name, service.url.toString(), service.fingerprintSha256});
    return services;
}

QCoro::Task<bool> takeDemoScreenshots(MainWindow &window, demo::DemoSession &session, QString dir)
{
    QDir().mkpath(dir);
    window.resize(1400, 860);
    co_await settle();

    {
        DemoWelcomeDialog welcome(demoWelcomeServices(session), &window);
        welcome.show();
        co_await settle();
        save(&welcome, dir, QStringLiteral("demo-welcome"));
    }

    // The first connection: the real trust dialog for each service, ticked and trusted.
    bool trustShot = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        auto *trust = qobject_cast<CertificateTrustDialog *>(QApplication::activeModalWidget());
        if (!trust)
            return;
        if (!trustShot) {
            trust->comparedCheck()->setChecked(true);
            trustShot = save(trust, dir, QStringLiteral("certificate-trust"));
        }
        trust->comparedCheck()->setChecked(true);
        trust->trustButton()->click();
    });
    poll.start(300);
    const bool trusted = co_await window.checkCertificates();
    poll.stop();
    if (!trusted) {
        say(QStringLiteral("trusting the lab certificates failed"));
        co_return false;
    }

    // Import from Server, server by server, as from the Servers view.
    window.showView(MainWindow::ServersView);
    for (const demo::DemoService &service : session.services()) {
        if (service.name == QLatin1String("NetBox"))
            continue;
        if (!window.selectServer(service.name)) {
            say(QStringLiteral("no server %1 in the list").arg(service.name));
            co_return false;
        }
        co_await window.serverActions()->importFromServer();
        co_await settle(200ms);
        const auto windows = window.findChildren<ImportWindow *>();
        if (windows.isEmpty() || !windows.last()->isFinished()) {
            say(QStringLiteral("the import of %1 did not finish").arg(service.name));
            co_return false;
        }
        save(windows.last(), dir, QStringLiteral("import"));
        for (ImportWindow *importWindow : windows)
            importWindow->close();
    }
    window.refresh();

    // Sync All: Preview changes, then Apply.
    const QStringList allServers;
    window.openSyncDialog(allServers, MainWindow::SyncStart::Preview);
    auto dialogs = window.findChildren<SyncDialog *>();
    if (dialogs.isEmpty()) {
        say(QStringLiteral("the Sync dialog did not open"));
        co_return false;
    }
    QPointer<SyncDialog> dialog(dialogs.last());
    dialog->resize(1100, 760);
    const bool previewed = co_await waitUntilDone(dialog);
    if (!previewed) {
        say(QStringLiteral("the preview did not finish"));
        co_return false;
    }
    // Open the first scope of the first server, so the picture shows single changes too.
    if (QTreeWidgetItem *server = dialog->planTree()->topLevelItem(0);
        server && server->childCount())
        server->child(0)->setExpanded(true);
    co_await settle();
    save(dialog, dir, QStringLiteral("sync-preview"));
    co_await dialog->apply();
    bool applied = false;
    if (dialog)
        applied = co_await waitUntilDone(dialog);
    if (!applied) {
        say(QStringLiteral("applying the preview did not finish"));
        co_return false;
    }
    co_await settle();
    save(dialog, dir, QStringLiteral("sync-applied"));
    // Sync again ("Sync now"): nothing left to do, and the run records each server's health and
    // script version, which the Servers view shows.
    co_await dialog->runNow();
    bool again = false;
    if (dialog)
        again = co_await waitUntilDone(dialog);
    if (!again) {
        say(QStringLiteral("the second sync did not finish"));
        co_return false;
    }
    dialog->close();
    window.refresh();

    QList<QPair<MainWindow::View, QString>> shots;
    shots.append(qMakePair(MainWindow::ServersView, QStringLiteral("servers")));
    shots.append(qMakePair(MainWindow::FailoverView, QStringLiteral("failover")));
    shots.append(qMakePair(MainWindow::ScopesPage, QStringLiteral("scopes")));
    shots.append(qMakePair(MainWindow::LeasesView, QStringLiteral("leases")));
    shots.append(qMakePair(MainWindow::SettingsView, QStringLiteral("settings")));
    shots.append(qMakePair(MainWindow::JobsView, QStringLiteral("jobs")));
    for (const auto &shot : std::as_const(shots)) {
        window.showView(shot.first);
        co_await settle();
        if (ListView *list = window.listOf(shot.first)) {
            // Fits the visible rows only (QTableView measures what is on screen).
            list->table()->resizeColumnsToContents();
            // A long host name or log line must not push the other columns off the picture.
            QHeaderView *header = list->table()->horizontalHeader();
            const int widest = shot.first == MainWindow::JobsView ? 560 : 300;
            for (int column = 0; column < header->count(); ++column)
                header->resizeSection(column, qMin(header->sectionSize(column), widest));
            list->table()->selectRow(0);
        }
        co_await settle(200ms);
        save(&window, dir, shot.second);
    }
    co_return true;
}

} // namespace leaselink
