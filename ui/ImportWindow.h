#pragma once

#include "sync/ImportJob.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace leaselink {

// Import from Server's job window: what is being imported, the live log, and when it is done the
// counts per category (created / skipped / errors) with the job's outcome. Non-modal: the
// window can be closed while the import goes on (the job history keeps the full log). The import
// shows live in the Jobs view too (RunningJobs): closed early, the window only hides and goes
// on feeding that row until the outcome arrives.
class ImportWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ImportWindow(const QString &serverName, QWidget *parent = nullptr);
    ~ImportWindow() override;

    void appendLine(const sync::ImportLogLine &line);
    void showOutcome(const sync::ImportJobOutcome &outcome);
    bool isFinished() const { return m_finished; }
    QString summaryText() const;

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString m_serverName;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_close = nullptr;
    bool m_finished = false;
    quint64 m_runningId = 0;
};

} // namespace leaselink
