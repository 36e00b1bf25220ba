#pragma once

#include "net/psu/PsuEndpointPlan.h"
#include "net/psu/PsuScriptDeployer.h"

#include <QDialog>

#include <QCoroTask>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace leaselink {

// "Update PSU Scripts" for one server (issue 9; psu-api.md §5, decisions.md C-10): reads the
// server's endpoints, previews what will be created, updated or left alone (nothing is ever
// removed), applies after the user confirms (Cancel is the default), shows progress, then the
// health check: the script version the server now reports against the one LeaseLink ships.
// Never blocks the GUI thread: start() and the apply step are QCoro tasks.
class PsuScriptUpdateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State
    {
        Loading,
        Preview,
        Failed, // the preview could not be made (error shown)
        Applying,
        Done
    };
    Q_ENUM(State)

    PsuScriptUpdateDialog(std::shared_ptr<PsuScriptDeployer> deployer, QWidget *parent = nullptr);

    State state() const { return m_state; }
    // Reads the endpoints and shows the preview.
    QCoro::Task<void> start();

Q_SIGNALS:
    void stateChanged(leaselink::PsuScriptUpdateDialog::State state);
    // After the health check: the version the server reports ("" when it reports none).
    void versionReported(const QString &version);

public Q_SLOTS:
    void reject() override; // ignored while applying: the run is not interrupted half-way

private:
    QCoro::Task<void> apply();
    void setState(State state);
    void showPlan(const PsuEndpointPlan &plan);
    void showReport(const PsuScriptDeployReport &report);

    std::shared_ptr<PsuScriptDeployer> m_deployer;
    PsuEndpointPlan m_plan;
    State m_state = State::Loading;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_endpoints = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace leaselink
