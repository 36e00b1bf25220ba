#include "ImportWindow.h"

#include "RunningJobs.h"

#include "sync/JobLog.h"
#include "sync/SyncJobTypes.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

namespace {

QString countText(const QString &category, const sync::ImportCount &count)
{
    return ImportWindow::tr("%1: %2 created, %3 skipped, %4 error(s)")
        .arg(category)
        .arg(count.created)
        .arg(count.skipped)
        .arg(count.errors);
}

} // namespace

ImportWindow::ImportWindow(const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_serverName(serverName)
{
    setWindowTitle(tr("Import from Server: %1").arg(serverName));
    setObjectName(QStringLiteral("importWindow"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Importing failovers, scopes, options and exclusion ranges from "
                             "%1…")
                              .arg(serverName),
                          this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    layout->addWidget(m_status);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setAccessibleName(tr("Import log"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    layout->addWidget(m_log, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_counts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(720, 420);
    m_runningId = RunningJobs::instance().addImport(serverName);
}

ImportWindow::~ImportWindow()
{
    RunningJobs::instance().finish(m_runningId);
}

void ImportWindow::reject()
{
    // Closed while the import goes on: hidden, not deleted, so the Jobs view keeps its live row.
    if (!m_finished) {
        hide();
        return;
    }
    QDialog::reject();
}

void ImportWindow::closeEvent(QCloseEvent *event)
{
    if (!m_finished) {
        event->ignore();
        hide();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportWindow::appendLine(const sync::ImportLogLine &line)
{
    m_log->appendPlainText(sync::jobLogLevelName(line.level) + QLatin1Char(' ') + line.text);
    RunningJobs::instance().addImportLine(m_runningId, line);
}

void ImportWindow::showOutcome(const sync::ImportJobOutcome &outcome)
{
    m_finished = true;
    // The history row is stored by now: the live row gives way to it.
    RunningJobs::instance().finish(m_runningId);
    if (!isVisible() && testAttribute(Qt::WA_DeleteOnClose))
        deleteLater(); // closed early: nobody is left to read it
    const sync::ImportResult &r = outcome.result;
    if (outcome.busy) {
        m_status->setText(tr("%1 is being synced or imported by another run: nothing was sent. "
                             "Try again when it has finished.")
                              .arg(m_serverName));
        return;
    }
    if (r.failed) {
        m_status->setText(tr("Import of %1 failed: %2").arg(m_serverName, r.failure));
        return;
    }
    m_status->setText(
        tr("Import of %1 %2.").arg(m_serverName, sync::jobStatusText(outcome.status)));
    m_counts->setText(QStringList{
        countText(tr("Failovers"), r.failovers), countText(tr("Scopes"), r.scopes),
        countText(tr("Prefixes"), r.prefixes), countText(tr("Option Codes"), r.optionCodes),
        countText(tr("Option Values"), r.optionValues),
        countText(tr("Exclusion Ranges"), r.exclusions)}
                          .join(QLatin1Char('\n')));
    m_close->setFocus();
}

QString ImportWindow::summaryText() const
{
    return m_status->text() + QLatin1Char('\n') + m_counts->text();
}

} // namespace leaselink
