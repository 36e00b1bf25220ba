#include "PsuScriptUpdateDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leaselink {

namespace {

QString reasonText(PsuEndpointPlan::Reason reason)
{
    switch (reason) {
    case PsuEndpointPlan::Reason::NotDefined:
        return PsuScriptUpdateDialog::tr("not in LeaseLink's script (kept, never deleted)");
    case PsuEndpointPlan::Reason::Duplicate:
        return PsuScriptUpdateDialog::tr("a second record for an endpoint that is updated");
    case PsuEndpointPlan::Reason::SeveralDefined:
        return PsuScriptUpdateDialog::tr("one record for several methods: edit it in PSU");
    }
    return {};
}

} // namespace

PsuScriptUpdateDialog::PsuScriptUpdateDialog(std::shared_ptr<PsuScriptDeployer> deployer,
                                             QWidget *parent)
    : QDialog(parent)
    , m_deployer(std::move(deployer))
{
    setWindowTitle(tr("Update PSU Scripts: %1").arg(m_deployer->server().name));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Reading the endpoints of %1…").arg(m_deployer->server().name), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Nothing is removed: endpoints on the server that LeaseLink's script does not define "
           "are left as they are, so another tool's endpoints keep working. Updated endpoints "
           "keep their roles and settings; only their script changes. PSU then reloads the "
           "endpoints (the PSU service is not restarted)."));
    m_note->hide();
    layout->addWidget(m_note);
    m_endpoints = new QTreeWidget(this);
    m_endpoints->setObjectName(QStringLiteral("endpoints"));
    m_endpoints->setHeaderLabels({tr("Action"), tr("Method"), tr("URL"), tr("Note")});
    m_endpoints->setRootIsDecorated(false);
    m_endpoints->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_endpoints->hide();
    layout->addWidget(m_endpoints, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("step"));
    m_step->hide();
    layout->addWidget(m_step);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Update Endpoints"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    m_apply->setAutoDefault(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setDefault(true); // a confirmed action: Enter never applies by accident
    layout->addWidget(buttons);
    connect(m_apply, &QPushButton::clicked, this, [this] { QCoro::connect(apply(), this, [] {}); });
    connect(m_cancel, &QPushButton::clicked, this, &PsuScriptUpdateDialog::reject);
    connect(m_deployer.get(), &PsuScriptDeployer::progress, this,
            [this](int done, int total, const QString &step) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_step->setText(step);
            });
    resize(720, 460);
}

void PsuScriptUpdateDialog::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PsuScriptUpdateDialog::reject()
{
    if (m_state == State::Applying)
        return;
    QDialog::reject();
}

QCoro::Task<void> PsuScriptUpdateDialog::start()
{
    QPointer<PsuScriptUpdateDialog> self(this);
    const std::shared_ptr<PsuScriptDeployer> deployer = m_deployer; // outlives a closed dialog
    setState(State::Loading);
    const NetResult<PsuEndpointPlan> plan = co_await deployer->preview();
    if (!self)
        co_return;
    if (!plan) {
        m_summary->setText(tr("The endpoints of %1 could not be read; nothing was changed.\n%2")
                               .arg(deployer->server().name, plan.error().toString()));
        m_cancel->setText(tr("Close"));
        setState(State::Failed);
        co_return;
    }
    m_plan = *plan;
    showPlan(m_plan);
    setState(State::Preview);
}

void PsuScriptUpdateDialog::showPlan(const PsuEndpointPlan &plan)
{
    const QString name = m_deployer->server().name;
    const int unchanged = int(plan.updates.size()) - plan.changingUpdates();
    QString text =
        tr("On %1, LeaseLink will create %n endpoint(s), ", nullptr, int(plan.creates.size()))
            .arg(name) +
        tr("update %n endpoint(s) ", nullptr, int(plan.updates.size())) +
        tr("and leave %n other /api/dhcp/ endpoint(s) alone. ", nullptr,
           int(plan.leftAlone.size())) +
        tr("No endpoint will be removed.");
    if (unchanged > 0)
        text += u' ' + tr("%n of the updated endpoint(s) already have LeaseLink's script.", nullptr,
                          unchanged);
    text += u' ' + tr("Script version after the update: %1.").arg(m_deployer->expectedVersion());
    m_summary->setText(text);
    m_note->show();

    m_endpoints->clear();
    for (const auto &c : plan.creates)
        new QTreeWidgetItem(m_endpoints, {tr("Create"), c.method, c.url, QString()});
    for (const auto &u : plan.updates)
        new QTreeWidgetItem(m_endpoints,
                            {tr("Update"), u.method, u.url,
                             u.scriptChanges ? QString() : tr("script already current")});
    for (const auto &l : plan.leftAlone)
        new QTreeWidgetItem(m_endpoints,
                            {tr("Leave alone"), l.methods, l.url, reasonText(l.reason)});
    m_endpoints->show();
    m_apply->setEnabled(!plan.creates.isEmpty() || !plan.updates.isEmpty());
    m_cancel->setFocus();
}

QCoro::Task<void> PsuScriptUpdateDialog::apply()
{
    if (m_state != State::Preview)
        co_return;
    QPointer<PsuScriptUpdateDialog> self(this);
    const std::shared_ptr<PsuScriptDeployer> deployer = m_deployer;
    setState(State::Applying);
    m_apply->setEnabled(false);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, int(m_plan.updates.size() + m_plan.creates.size()) + 2);
    m_progress->setValue(0);
    m_progress->show();
    m_step->show();
    const PsuEndpointPlan plan = m_plan;
    const PsuScriptDeployReport report = co_await deployer->apply(plan);
    if (!self)
        co_return;
    showReport(report);
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    setState(State::Done);
    if (report.healthChecked && report.healthError.isEmpty())
        Q_EMIT versionReported(report.reportedVersion);
}

void PsuScriptUpdateDialog::showReport(const PsuScriptDeployReport &report)
{
    m_step->hide();
    QStringList lines;
    lines << tr("%1 updated, %2 created, %3 left alone; nothing removed.")
                 .arg(report.updated)
                 .arg(report.created)
                 .arg(report.leftAlone);
    if (!report.failures.isEmpty()) {
        lines << tr("%n call(s) failed:", nullptr, int(report.failures.size()));
        lines << report.failures;
    }
    if (!report.fatalError.isEmpty())
        lines << tr("PSU did not reload the endpoints, so the changes are not live yet: %1")
                     .arg(report.fatalError);
    if (report.healthChecked) {
        if (!report.healthError.isEmpty())
            lines << tr("Health check failed: %1").arg(report.healthError);
        else if (report.versionMatches())
            lines << tr("Health check: the server reports script version %1, the version "
                        "LeaseLink ships.")
                         .arg(report.reportedVersion);
        else
            lines << tr("Health check: the server reports script version %1, but LeaseLink "
                        "ships %2. PSU may need a moment to reload; run Test Connection to "
                        "check again.")
                         .arg(report.reportedVersion.isEmpty() ? tr("(none)")
                                                               : report.reportedVersion,
                              report.expectedVersion);
    }
    lines.prepend(report.succeeded() ? tr("Update PSU Scripts finished.")
                                     : tr("Update PSU Scripts finished with errors."));
    m_result->setText(lines.join(u'\n'));
    m_result->show();
}

} // namespace leaselink
