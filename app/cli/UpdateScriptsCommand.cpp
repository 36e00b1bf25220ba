#include "UpdateScriptsCommand.h"

#include "CliContext.h"
#include "CliText.h"
#include "CommandLine.h"
#include "Confirmation.h"
#include "ExitCode.h"

#include "config/PsuTokenResolver.h"
#include "net/psu/PsuScriptDeployer.h"
#include "secrets/SecretStore.h"
#include "store/ServerRepository.h"

namespace leaselink::cli {

namespace {

const QString DryRunOption = QStringLiteral("dry-run");
const QString YesOption = QStringLiteral("yes");

QString reasonText(PsuEndpointPlan::Reason reason)
{
    switch (reason) {
    case PsuEndpointPlan::Reason::NotDefined:
        return CliText::tr("not in LeaseLink's script");
    case PsuEndpointPlan::Reason::Duplicate:
        return CliText::tr("a second record for an endpoint that is updated");
    case PsuEndpointPlan::Reason::SeveralDefined:
        return CliText::tr("one record for several methods; edit it in PSU");
    }
    return {};
}

void printPlan(CliOutput &output, const QString &name, const PsuEndpointPlan &plan,
               const QString &version)
{
    output.line(CliText::tr("%1: create %2, update %3 (%4 already current), leave alone %5; "
                            "nothing is removed. Script version after the update: %6.")
                    .arg(name)
                    .arg(plan.creates.size())
                    .arg(plan.updates.size())
                    .arg(plan.updates.size() - plan.changingUpdates())
                    .arg(plan.leftAlone.size())
                    .arg(version));
    for (const auto &c : plan.creates)
        output.line(QStringLiteral("  create  %1 %2").arg(c.method, c.url));
    for (const auto &u : plan.updates)
        output.line(QStringLiteral("  update  %1 %2%3")
                        .arg(u.method, u.url,
                             u.scriptChanges ? QString() : CliText::tr(" (already current)")));
    for (const auto &l : plan.leftAlone)
        output.line(
            QStringLiteral("  keep    %1 %2 (%3)").arg(l.methods, l.url, reasonText(l.reason)));
}

} // namespace

QString UpdateScriptsCommand::summary()
{
    return CliText::tr(
        "  servers update-scripts NAME [--dry-run] [--yes]\n"
        "      Create or update LeaseLink's endpoints on the server's PSU through its management\n"
        "      API, then reload them and run a health check. Never deletes an endpoint. Needs a\n"
        "      writer token whose role has the \"apis/*\" permission; refused for a server in\n"
        "      maintenance. --dry-run only shows the plan; otherwise asks first unless --yes.\n");
}

bool UpdateScriptsCommand::handles(const QString &action)
{
    return action == QLatin1String("update-scripts");
}

QCoro::Task<int> UpdateScriptsCommand::run(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers update-scripts NAME [--dry-run] [--yes]"));
    line.addOption(QCommandLineOption(DryRunOption, CliText::tr("Only show the plan.")));
    line.addOption(QCommandLineOption(YesOption, CliText::tr("Do not ask for confirmation.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        co_return *stop;
    const QString name = line.positional().first();
    const auto found = context.serverNamed(name);
    if (!found)
        co_return found.error();
    const Server server = *found;
    if (const auto refused = PsuScriptDeployer::refusal(server)) {
        // C-20 / LL-66: refused, no request; unlike import there is no override.
        context.output().error(*refused);
        co_return ExitCode::Usage;
    }

    PsuTokenResolver resolver(context.configOverrides(), context.secrets());
    const auto token = co_await resolver.resolve(server);
    if (!token) {
        context.output().error(
            CliText::tr("no App Token for '%1': %2").arg(server.name, token.error().message));
        co_return ExitCode::Usage;
    }

    PsuScriptDeployer deployer(server, token->token);
    const auto plan = co_await deployer.preview();
    if (!plan) {
        context.output().error(plan.error().toString());
        co_return ExitCode::Unreachable;
    }
    printPlan(context.output(), server.name, *plan, deployer.expectedVersion());
    if (line.isSet(DryRunOption))
        co_return ExitCode::Ok;
    if (plan->creates.isEmpty() && plan->updates.isEmpty()) {
        context.output().line(CliText::tr("Nothing to do."));
        co_return ExitCode::Ok;
    }
    const QString question =
        CliText::tr("Update the PSU endpoints of '%1' as listed?").arg(server.name);
    if (!confirmDestructive(context.output(), line.isSet(YesOption), question)) {
        context.output().error(CliText::tr("cancelled; nothing was changed"));
        co_return ExitCode::Usage;
    }

    const PsuScriptDeployReport report = co_await deployer.apply(*plan);
    context.output().line(report.countsText());
    for (const QString &failure : report.failures)
        context.output().error(failure);
    if (!report.fatalError.isEmpty())
        context.output().error(CliText::tr("the endpoints were not reloaded: ") +
                               report.fatalError);
    if (report.healthChecked && report.healthError.isEmpty()) {
        QString reported = report.reportedVersion;
        if (reported.isEmpty())
            reported = CliText::tr("(none)");
        context.output().line(CliText::tr("health: script version %1 (LeaseLink ships %2)")
                                  .arg(reported, report.expectedVersion));
        if (auto saved = ServerRepository(*context.database())
                             .setScriptVersion(server.id, report.reportedVersion);
            !saved)
            context.output().error(CliText::tr("warning: the version was not saved: ") +
                                   saved.error().message);
    } else if (report.healthChecked) {
        context.output().error(CliText::tr("health check failed: ") + report.healthError);
    }
    if (!report.fatalError.isEmpty())
        co_return ExitCode::Unreachable;
    co_return report.succeeded() ? ExitCode::Ok : ExitCode::PartialFailure;
}

} // namespace leaselink::cli
