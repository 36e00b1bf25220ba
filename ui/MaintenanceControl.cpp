#include "MaintenanceControl.h"

#include "Icons.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

using ObjectKind = MaintenanceTableModel::ObjectKind;

MaintenanceDialog::MaintenanceDialog(const MaintenanceTarget &target, const QString &userName,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Start Maintenance: %1").arg(target.name));
    auto *heading = new QLabel(tr("<b>Put %1 into maintenance?</b>")
                                   .arg(MaintenanceControl::describe(target).toHtmlEscaped()),
                               this);
    auto *about = new QLabel(explanation(target.kind), this);
    about->setWordWrap(true);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("maintenanceNote"));
    m_note->setAccessibleName(tr("Maintenance note"));
    m_note->setPlaceholderText(tr("e.g. change ticket CHG-1234, DHCP server being patched"));
    m_note->setMaxLength(1000);
    auto *recorded =
        new QLabel(tr("%1, %2").arg(userName, QLocale().toString(QDateTime::currentDateTime(),
                                                                 QLocale::ShortFormat)),
                   this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Recorded as:"), recorded);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start Maintenance"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_note->setFocus();
    resize(520, sizeHint().height());
}

QString MaintenanceDialog::note() const
{
    return m_note->text().trimmed();
}

QString MaintenanceDialog::explanation(ObjectKind kind)
{
    QString what;
    switch (kind) {
    case ObjectKind::Server:
        what = tr("While a server is in maintenance, every sync (scheduled, Sync Now, Sync All "
                  "and the command line) skips it: no health check, no reads, no writes, no "
                  "cleanup of its addresses in NetBox. Import, Test Connection and fetching its "
                  "certificate ask first; Update PSU Scripts is refused.");
        break;
    case ObjectKind::Failover:
        what = tr("While a failover is in maintenance, every sync (scheduled, Sync Now, Sync "
                  "All and the command line) skips its scopes: no reads, no writes, no cleanup "
                  "of their addresses in NetBox. Importing from its servers asks first.");
        break;
    case ObjectKind::Scope:
        what = tr("While a scope is in maintenance, every sync (scheduled, Sync Now, Sync All "
                  "and the command line) skips it: no reads, no writes, no cleanup of its "
                  "addresses in NetBox.");
        break;
    }
    return what + QLatin1Char(' ') +
           tr("It is listed under Admin → Current Maintenance until you end it there or here; "
              "the next sync after that picks it up again.");
}

MaintenanceControl::MaintenanceControl(Database &database, QWidget *window, CurrentTarget current)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_current(std::move(current))
{
    m_startAction = new QAction(icon(IconName::Maintenance), tr("Start &Maintenance…"), this);
    m_startAction->setObjectName(QStringLiteral("startMaintenance"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_startAction->setToolTip(
        tr("Put the selected object into maintenance, with a note: every sync skips it"));
    m_endAction = new QAction(icon(IconName::Resume), tr("E&nd Maintenance…"), this);
    m_endAction->setObjectName(QStringLiteral("endMaintenance"));
    m_endAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_endAction->setToolTip(
        tr("Take the selected object out of maintenance: the next sync includes it again"));
    for (QAction *action : {m_startAction, m_endAction}) {
        // Each list has its own pair: the keys act on the list that has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(action->toolTip());
    }
    connect(m_startAction, &QAction::triggered, this, &MaintenanceControl::startCurrent);
    connect(m_endAction, &QAction::triggered, this, &MaintenanceControl::endCurrent);
    m_askNote = [this](const MaintenanceTarget &target) -> std::optional<QString> {
        MaintenanceDialog dialog(target, osUserName(), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.note();
    };
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("End Maintenance"), question,
                        QMessageBox::NoButton, m_window);
        QPushButton *end = box.addButton(tr("&End Maintenance"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == end;
    };
}

void MaintenanceControl::attachTo(QWidget *widget)
{
    widget->addAction(m_startAction);
    widget->addAction(m_endAction);
}

void MaintenanceControl::updateActions()
{
    const std::optional<MaintenanceTarget> target = m_current ? m_current() : std::nullopt;
    m_startAction->setEnabled(target && !target->maintenance.enabled);
    m_endAction->setEnabled(target && target->maintenance.enabled);
}

bool MaintenanceControl::startCurrent()
{
    const std::optional<MaintenanceTarget> target = m_current ? m_current() : std::nullopt;
    return target && start(*target);
}

bool MaintenanceControl::endCurrent()
{
    const std::optional<MaintenanceTarget> target = m_current ? m_current() : std::nullopt;
    return target && end(*target);
}

QString MaintenanceControl::osUserName()
{
    // The same order as the CLI's `maintenance on` (app/cli/MaintenanceCommand), so the GUI and
    // the command line record the same name for the same admin.
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString MaintenanceControl::describe(const MaintenanceTarget &target)
{
    switch (target.kind) {
    case ObjectKind::Server:
        return tr("server %1").arg(target.name);
    case ObjectKind::Failover:
        return tr("failover %1").arg(target.name);
    case ObjectKind::Scope:
        return tr("scope %1").arg(target.name);
    }
    return target.name;
}

StoreExpected<void> MaintenanceControl::save(Database &database, const MaintenanceTarget &target,
                                             bool enabled, const QString &enabledBy,
                                             const QString &notes)
{
    const auto done = [](const auto &result) -> StoreExpected<void> {
        if (!result)
            return std::unexpected(result.error());
        return {};
    };
    switch (target.kind) {
    case ObjectKind::Server:
        return done(
            ServerRepository(database).setMaintenance(target.id, enabled, enabledBy, notes));
    case ObjectKind::Failover:
        return done(
            FailoverRepository(database).setMaintenance(target.id, enabled, enabledBy, notes));
    case ObjectKind::Scope:
        return done(ScopeRepository(database).setMaintenance(target.id, enabled, enabledBy, notes));
    }
    return {};
}

bool MaintenanceControl::start(const MaintenanceTarget &target)
{
    if (target.id == 0 || target.maintenance.enabled)
        return false;
    const std::optional<QString> note = m_askNote(target);
    if (!note)
        return false;
    if (const auto saved = save(m_database, target, true, osUserName(), *note); !saved) {
        QMessageBox::warning(
            m_window, tr("Maintenance not started"),
            tr("%1 was not put into maintenance: %2").arg(describe(target), saved.error().message));
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool MaintenanceControl::end(const MaintenanceTarget &target)
{
    if (target.id == 0 || !target.maintenance.enabled)
        return false;
    QString question =
        tr("End maintenance of %1? The next sync reads and writes it again.").arg(describe(target));
    const Maintenance &current = target.maintenance;
    QString since = QLocale().toString(current.enabledAt.toLocalTime(), QLocale::ShortFormat);
    if (!current.enabledBy.isEmpty())
        since = tr("%1 by %2").arg(since, current.enabledBy);
    question += QLatin1Char('\n') + tr("In maintenance since %1.").arg(since);
    if (!current.notes.isEmpty())
        question += QLatin1Char('\n') + tr("Note: %1").arg(current.notes);
    if (!m_confirm(question))
        return false;
    if (const auto saved = save(m_database, target, false, QString(), QString()); !saved) {
        QMessageBox::warning(
            m_window, tr("Maintenance not ended"),
            tr("%1 is still in maintenance: %2").arg(describe(target), saved.error().message));
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace leaselink
