#include "ServerActions.h"

#include "CertificateTrust.h"
#include "ConnectionReportView.h"
#include "FirstUseTrust.h"
#include "Icons.h"
#include "ImportWindow.h"
#include "MaintenanceControl.h"
#include "PsuScriptUpdateDialog.h"
#include "ServerDialog.h"

#include "config/PsuTokenResolver.h"
#include "net/ConnectionHealth.h"
#include "net/ConnectionTester.h"
#include "net/psu/PsuClient.h"
#include "net/psu/PsuScriptDeployer.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/FailoverRepository.h"
#include "store/ServerRepository.h"
#include "sync/ImportJob.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

ServerActions::ServerActions(Database &database, SecretStore *secrets, ConfigOverrides overrides,
                             SelectedServer selected, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
    , m_selected(std::move(selected))
    , m_window(window)
{
    const auto make = [this](const QString &text, const QKeySequence &keys, auto member) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this,
                [this, member] { QCoro::connect((this->*member)(), this, [] {}); });
        return action;
    };
    m_add = make(tr("&Add Server…"), QKeySequence::New, &ServerActions::addServer);
    m_edit =
        make(tr("&Edit Server…"), QKeySequence(Qt::CTRL | Qt::Key_E), &ServerActions::editServer);
    m_delete = make(tr("&Delete Server…"), QKeySequence::Delete, &ServerActions::deleteServer);
    m_test = make(tr("&Test Connection"), QKeySequence(Qt::CTRL | Qt::Key_T),
                  &ServerActions::testConnection);
    m_certificate = make(tr("&Certificate…"), QKeySequence(), &ServerActions::trustCertificate);
    m_import = make(tr("&Import from Server…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                    &ServerActions::importFromServer);
    m_import->setToolTip(tr("Import the server's failovers, scopes, options and exclusion ranges "
                            "into LeaseLink (adds only; nothing existing changes)"));
    m_updateScripts =
        make(tr("&Update PSU Scripts…"), QKeySequence(), &ServerActions::updatePsuScripts);
    m_updateScripts->setObjectName(QStringLiteral("updatePsuScripts"));
    m_updateScripts->setToolTip(tr("Create or update LeaseLink's endpoints on the selected PSU "
                                   "server (writer token with the \"apis/*\" permission)"));
    // The Delete key deletes a server only from the Servers list (the list carries the action):
    // window-wide it would offer to delete the selected server while the admin works in another
    // view's list.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_certificate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_certificate->setToolTip(tr("Fetch the certificate the server presents, compare it with "
                                 "the trusted one and trust or replace it"));
    m_updateScripts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_forgetCertificate =
        make(tr("&Forget Certificate…"), QKeySequence(), &ServerActions::forgetCertificate);
    m_forgetCertificate->setObjectName(QStringLiteral("forgetCertificate"));
    m_forgetCertificate->setToolTip(tr("Remove the certificate trusted for the selected server; "
                                       "the next connection asks to trust it again"));
    for (QAction *action : {m_add, m_edit, m_delete, m_test, m_certificate, m_import,
                            m_updateScripts, m_forgetCertificate})
        action->setStatusTip(action->toolTip());
    m_maintenance = new MaintenanceControl(m_database, m_window, [this] {
        std::optional<MaintenanceTarget> target;
        if (const auto selected = m_selected()) {
            target.emplace();
            target->kind = MaintenanceTableModel::ObjectKind::Server;
            target->id = selected->id;
            target->name = selected->name;
            target->maintenance = selected->maintenance;
        }
        return target;
    });
    m_maintenance->setParent(this);
    m_startMaintenance = m_maintenance->startAction();
    m_endMaintenance = m_maintenance->endAction();
    m_startMaintenance->setToolTip(
        tr("Put the selected server into maintenance (with a note): every sync skips it"));
    m_endMaintenance->setToolTip(
        tr("Take the selected server out of maintenance: the next sync includes it again"));
    for (QAction *action : {m_startMaintenance, m_endMaintenance})
        action->setStatusTip(action->toolTip());
    connect(m_maintenance, &MaintenanceControl::changed, this, &ServerActions::changed);
    m_confirm = [this](const QString &title, const QString &question) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, m_window);
        QPushButton *yes = box.addButton(tr("&Continue"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    };
    m_add->setIcon(icon(IconName::Add));
    m_edit->setIcon(icon(IconName::Edit));
    m_delete->setIcon(icon(IconName::Delete));
    m_test->setIcon(icon(IconName::TestConnection));
    m_certificate->setIcon(icon(IconName::Certificate));
    m_import->setIcon(icon(IconName::Import));
    selectionChanged(false);
}

QList<QAction *> ServerActions::actions() const
{
    return {m_add,
            m_edit,
            m_delete,
            m_test,
            m_certificate,
            m_forgetCertificate,
            m_startMaintenance,
            m_endMaintenance,
            m_updateScripts};
}

void ServerActions::selectionChanged(bool hasSelection)
{
    for (QAction *action : {m_edit, m_delete, m_test, m_certificate, m_import, m_updateScripts})
        action->setEnabled(hasSelection);
    const std::optional<Server> selected = hasSelection ? m_selected() : std::nullopt;
    m_forgetCertificate->setEnabled(selected && !selected->certificate.isEmpty());
    m_maintenance->updateActions();
}

bool ServerActions::confirmDespiteMaintenance(const Server &server, const QString &action)
{
    if (!server.maintenance.enabled)
        return true;
    QString question =
        tr("%1 is in maintenance. %2 contacts it anyway. Continue?").arg(server.name, action);
    if (!server.maintenance.notes.isEmpty())
        question += QLatin1Char('\n') + tr("Maintenance note: %1").arg(server.maintenance.notes);
    return m_confirm(action, question);
}

QCoro::Task<bool> ServerActions::saveToken(Server server, QString token)
{
    if (!m_secrets)
        co_return false;
    const SecretKey key = SecretKey::psuAppToken(server.id, server.name);
    const auto written = co_await m_secrets->write(key, token);
    if (!written) {
        QMessageBox::warning(m_window, tr("App Token not saved"), written.error().message);
        co_return false;
    }
    co_return true;
}

QCoro::Task<void> ServerActions::addServer()
{
    QPointer<ServerActions> self(this);
    ServerDialog dialog(std::nullopt, m_secrets, m_overrides, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const auto created = ServerRepository(m_database).create(dialog.server());
        if (!created) {
            QMessageBox::warning(m_window, tr("Server not added"), created.error().message);
            continue; // back to the dialog with the values as typed
        }
        Q_EMIT changed();
        if (const auto token = dialog.token()) {
            const Server server = *created;
            const QString text = *token;
            const bool saved = co_await saveToken(server, text);
            if (!self)
                co_return;
            if (!saved) {
                // Without its token the server would fail every sync: undo the add.
                (void)ServerRepository(m_database).remove(server.id);
                Q_EMIT changed();
            }
        }
        co_return;
    }
}

QCoro::Task<void> ServerActions::editServer()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected)
        co_return;
    ServerDialog dialog(selected, m_secrets, m_overrides, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const auto updated = ServerRepository(m_database).update(dialog.server());
        if (!updated) {
            QMessageBox::warning(m_window, tr("Server not saved"), updated.error().message);
            continue;
        }
        Q_EMIT changed();
        if (const auto token = dialog.token()) {
            const Server server = *updated;
            const QString text = *token;
            co_await saveToken(server, text);
            if (!self)
                co_return;
        }
        co_return;
    }
}

QCoro::Task<void> ServerActions::deleteServer()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected)
        co_return;
    QMessageBox confirm(
        QMessageBox::Warning, tr("Delete server"),
        tr("Delete DHCP server %1 (%2)?")
            .arg(selected->name.toHtmlEscaped(), selected->hostname.toHtmlEscaped()),
        QMessageBox::NoButton, m_window);
    confirm.setInformativeText(tr("Its stored App Token and trusted certificate are removed "
                                  "with it. Its standalone scopes stay in the cache without a "
                                  "server. Nothing changes on the DHCP server or in NetBox."));
    QPushButton *remove = confirm.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        co_return;
    const auto removed = ServerRepository(m_database).remove(selected->id);
    if (!removed) {
        QMessageBox::warning(m_window, tr("Server not deleted"), removed.error().message);
        co_return;
    }
    Q_EMIT changed();
    if (!m_secrets)
        co_return;
    const SecretKey key = SecretKey::psuAppToken(selected->id, selected->name);
    const auto forgotten = co_await m_secrets->remove(key);
    if (!self)
        co_return;
    if (!forgotten && forgotten.error().kind != SecretErrorKind::NotFound &&
        forgotten.error().kind != SecretErrorKind::NoBackend)
        QMessageBox::warning(m_window, tr("App Token not removed"),
                             tr("The server was deleted, but its App Token could not be removed "
                                "from the keychain: %1")
                                 .arg(forgotten.error().message));
}

QCoro::Task<void> ServerActions::testConnection()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected)
        co_return;
    if (!confirmDespiteMaintenance(*selected, tr("Test Connection")))
        co_return;
    // A non-modal window that fills in when the test is done; closing it early is fine.
    auto *window = new QDialog(m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Test Connection: %1").arg(selected->name));
    auto *layout = new QVBoxLayout(window);
    auto *view = new ConnectionReportView(window);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
    layout->addWidget(buttons);
    window->resize(620, 300);
    window->show();
    QPointer<ConnectionReportView> viewGuard(view);
    view->showRunning(selected->baseUrl().toString());

    QString tokenText;
    if (m_secrets) {
        PsuTokenResolver resolver(m_overrides, *m_secrets);
        const auto resolved = co_await resolver.resolve(*selected);
        if (!self)
            co_return;
        if (resolved)
            tokenText = resolved->token;
    }
    ConnectionTester tester;
    const HttpSessionConfig config = PsuClient::sessionConfig(*selected, tokenText);
    const ConnectionReport report = co_await tester.testPsu(config);
    if (!self)
        co_return;
    (void)recordConnectionHealth(m_database, *selected, report, QDateTime::currentDateTimeUtc());
    Q_EMIT changed();
    if (viewGuard)
        viewGuard->showReport(report);
}

QCoro::Task<void> ServerActions::trustCertificate()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected)
        co_return;
    if (!selected->useHttps) {
        QMessageBox::information(
            m_window, tr("Certificate"),
            tr("%1 uses plain HTTP: there is no certificate to check.").arg(selected->name));
        co_return;
    }
    if (!confirmDespiteMaintenance(*selected, tr("Fetching the certificate")))
        co_return;
    const QString host = selected->hostname;
    const quint16 port = quint16(selected->port);
    const TrustDecision decision =
        co_await fetchAndAskTrust(m_window, selected->name, host, port, selected->certificate);
    if (!self)
        co_return;
    if (!decision.error.isEmpty()) {
        QString text = decision.error;
        // The fetch failed: at least say what is trusted now and how long it is good for.
        if (!selected->certificate.isEmpty())
            text += QStringLiteral("\n\n") +
                    trustedCertificateSummary(selected->certificate, selected->name);
        QMessageBox::warning(m_window, tr("Certificate"), text);
    }
    if (!decision.trusted)
        co_return;
    const auto stored =
        ServerRepository(m_database).setCertificate(selected->id, *decision.trusted);
    if (!stored)
        QMessageBox::warning(m_window, tr("Certificate not saved"), stored.error().message);
    Q_EMIT changed();
}

QCoro::Task<void> ServerActions::forgetCertificate()
{
    const auto selected = m_selected();
    if (!selected || selected->certificate.isEmpty())
        co_return;
    const QString question =
        tr("Forget the certificate trusted for %1 (SHA-256 %2, expires %3)?\n\nThe next "
           "connection to %1 (Sync Now, Sync All, Import or Test Connection) asks you to trust "
           "its certificate again. Unless the system's certificate authorities verify it, the "
           "scheduled sync fails for this server until you do.")
            .arg(selected->name, selected->certificate.sha256,
                 QLocale().toString(selected->certificate.notAfter.toLocalTime().date(),
                                    QLocale::ShortFormat));
    if (!m_confirm(tr("Forget Certificate"), question))
        co_return;
    const auto cleared = ServerRepository(m_database).clearCertificate(selected->id);
    if (!cleared)
        QMessageBox::warning(m_window, tr("Certificate not removed"), cleared.error().message);
    Q_EMIT changed();
}

QCoro::Task<void> ServerActions::importFromServer()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected || !m_secrets)
        co_return;
    const Server server = *selected;
    // C-20: a server or failover in maintenance is only contacted when the admin says so.
    QStringList paused;
    if (server.maintenance.enabled)
        paused << tr("server %1").arg(server.name);
    if (const auto failovers = FailoverRepository(m_database).listForServer(server.id)) {
        for (const Failover &failover : *failovers)
            if (failover.maintenance.enabled)
                paused << tr("failover %1").arg(failover.name);
    }
    if (!paused.isEmpty()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Import from Server"),
            tr("%1 in maintenance. Import anyway?").arg(paused.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            co_return;
    }
    const QStringList names{server.name};
    const bool trusted = co_await FirstUseTrust::ensureTrusted(m_window, m_database, names, true);
    if (!self || !trusted)
        co_return;
    Q_EMIT changed(); // a certificate may have been saved

    auto *window = new ImportWindow(server.name, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QPointer<ImportWindow> windowGuard(window);
    sync::ImportJob job(m_database, *m_secrets, m_overrides);
    job.setLockDescription(QStringLiteral("LeaseLink window import %1").arg(server.name));
    job.setSink([windowGuard](const sync::ImportLogLine &line) {
        if (windowGuard)
            windowGuard->appendLine(line);
    });
    const QString name = server.name;
    Q_EMIT importStarted(name);
    const sync::ImportJobOutcome outcome = co_await job.run(name);
    if (!self)
        co_return;
    if (windowGuard)
        windowGuard->showOutcome(outcome);
    Q_EMIT imported(name);
    Q_EMIT changed();
}

QCoro::Task<void> ServerActions::updatePsuScripts()
{
    QPointer<ServerActions> self(this);
    const auto selected = m_selected();
    if (!selected)
        co_return;
    // Read it again: the maintenance flag may have changed since the list was loaded.
    const auto current = ServerRepository(m_database).get(selected->id);
    if (!current) {
        QMessageBox::warning(m_window, tr("Update PSU Scripts"), current.error().message);
        co_return;
    }
    const Server server = *current;
    if (PsuScriptDeployer::refusal(server)) {
        // C-20 / LL-66: refused, no request.
        QMessageBox::warning(m_window, tr("Update PSU Scripts"),
                             tr("%1 is in maintenance: Update PSU Scripts is refused. End its "
                                "maintenance first.")
                                 .arg(server.name));
        co_return;
    }
    QString tokenText;
    if (m_secrets) {
        PsuTokenResolver resolver(m_overrides, *m_secrets);
        const auto resolved = co_await resolver.resolve(server);
        if (!self)
            co_return;
        if (resolved)
            tokenText = resolved->token;
    }
    if (tokenText.trimmed().isEmpty()) {
        QMessageBox::warning(m_window, tr("Update PSU Scripts"),
                             tr("%1 has no App Token: edit the server and enter a writer token "
                                "whose role has the PSU permission \"apis/*\".")
                                 .arg(server.name));
        co_return;
    }
    auto deployer = std::make_shared<PsuScriptDeployer>(server, tokenText);
    auto *dialog = new PsuScriptUpdateDialog(deployer, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::int64_t serverId = server.id;
    connect(dialog, &PsuScriptUpdateDialog::versionReported, this,
            [this, serverId](const QString &version) {
                // psu-api.md §5 step 6: store the version health reports after the update.
                (void)ServerRepository(m_database).setScriptVersion(serverId, version);
                Q_EMIT changed();
            });
    dialog->show();
    co_await dialog->start();
}

} // namespace leaselink
