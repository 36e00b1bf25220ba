#include "ConnectionHealth.h"

#include "ConnectionTester.h"

#include "store/ServerRepository.h"

namespace leaselink {

StoreExpected<void> recordConnectionHealth(Database &database, const Server &server,
                                           const ConnectionReport &report, const QDateTime &now)
{
    const ConnectionStep *reach = report.step(QLatin1String(ConnectionTester::Reachability));
    if (!reach || reach->outcome == ConnectionStep::Outcome::Skipped)
        return {};
    QString problem;
    for (const ConnectionStep &step : report.steps) {
        if (step.outcome == ConnectionStep::Outcome::Failed) {
            problem = step.name + QStringLiteral(": ") + step.message;
            break;
        }
    }
    HealthStatus status = HealthStatus::Unknown;
    if (reach->outcome == ConnectionStep::Outcome::Failed)
        status = HealthStatus::Unreachable;
    else if (problem.isEmpty())
        status = HealthStatus::Healthy;
    ServerRepository servers(database);
    if (auto saved = servers.recordHealth(server.id, status, problem, now); !saved)
        return std::unexpected(saved.error());
    const ConnectionStep *version = report.step(QLatin1String(ConnectionTester::ScriptVersion));
    if (version && version->outcome != ConnectionStep::Outcome::Skipped &&
        !version->detail.isEmpty()) {
        if (auto saved = servers.setScriptVersion(server.id, version->detail); !saved)
            return std::unexpected(saved.error());
    }
    return {};
}

} // namespace leaselink
