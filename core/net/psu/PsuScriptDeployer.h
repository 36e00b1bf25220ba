#pragma once

#include "PsuEndpointPlan.h"
#include "PsuEndpointScript.h"

#include "domain/Server.h"
#include "net/NetError.h"

#include <QObject>
#include <QStringList>

#include <QCoroTask>

#include <chrono>
#include <optional>

namespace leaselink {

class PsuManagementClient;

// The outcome of one "Update PSU Scripts" run.
struct PsuScriptDeployReport
{
    int updated = 0;
    int created = 0;
    int leftAlone = 0;      // /api/dhcp/ records kept as they are (C-10: never deleted)
    QStringList failures;   // "update GET /api/dhcp/leases: <error>", one per failure
    QString fatalError;     // the run stopped here (plan, restart); empty when it went through
    bool restarted = false; // POST /endpoint/restart succeeded
    bool healthChecked = false;
    QString healthError;     // GET /api/dhcp/health failed
    QString reportedVersion; // what health reports after the restart ("" = none)
    QString expectedVersion; // the version in the deployed health endpoint (the shipped one)

    bool versionMatches() const { return healthChecked && reportedVersion == expectedVersion; }
    // upstream-v2.md §1.15: the job fails on any call failure.
    bool succeeded() const
    {
        return fatalError.isEmpty() && failures.isEmpty() && restarted && healthChecked &&
               healthError.isEmpty();
    }
    // "N updated, N created" (psu-api.md §5, without the plugin's deleted count: C-10).
    QString countsText() const;
};

// Runs "Update PSU Scripts" on one server (psu-api.md §5, decisions.md C-10, C-20):
//   preview(): GET /api/v1/endpoint and the plan (creates, updates, left alone);
//   apply(plan): PUT each update, POST each create (a failure is recorded and the run goes
//   on), POST /endpoint/restart (a failure stops the run), wait, then GET /api/dhcp/health.
// A server in maintenance is refused before any request. The token must be a writer token
// whose role has PSU's "apis/*" permission.
class PsuScriptDeployer : public QObject
{
    Q_OBJECT
public:
    PsuScriptDeployer(Server server, const QString &token, QObject *parent = nullptr);
    ~PsuScriptDeployer() override;

    // C-20: the reason the action is refused for this server, or nothing.
    static std::optional<QString> refusal(const Server &server);

    const Server &server() const { return m_server; }
    // Defaults to PsuEndpointScript::shipped().
    void setDefinitions(QList<PsuEndpointDefinition> definitions);
    const QList<PsuEndpointDefinition> &definitions() const { return m_definitions; }
    // The pause between the restart and the health check (the plugin's ~2 s).
    void setHealthDelay(std::chrono::milliseconds delay) { m_healthDelay = delay; }
    // The version the deployed GET /api/dhcp/health endpoint reports.
    QString expectedVersion() const;

    QCoro::Task<NetResult<PsuEndpointPlan>> preview();
    QCoro::Task<PsuScriptDeployReport> apply(PsuEndpointPlan plan);

Q_SIGNALS:
    // done of total steps (each PUT, POST, the restart and the health check); step says which.
    void progress(int done, int total, const QString &step);

private:
    Server m_server;
    QString m_token;
    QList<PsuEndpointDefinition> m_definitions;
    std::chrono::milliseconds m_healthDelay{2000};
    PsuManagementClient *m_client = nullptr;
};

} // namespace leaselink
