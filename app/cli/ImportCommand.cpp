#include "ImportCommand.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "TokenInput.h"

#include "store/FailoverRepository.h"
#include "store/JobRepository.h"
#include "sync/ImportJob.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <iostream>
#include <string>

namespace leaselink::cli {

namespace {

const QString IgnoreMaintenanceOption = QStringLiteral("ignore-maintenance");

// What is in maintenance among the server and its failovers ("" when nothing is).
QString maintenanceText(Database &database, const Server &server)
{
    QStringList parts;
    if (server.maintenance.enabled)
        parts << ImportCommand::tr("server '%1'").arg(server.name);
    if (const auto failovers = FailoverRepository(database).listForServer(server.id)) {
        for (const Failover &failover : *failovers)
            if (failover.maintenance.enabled)
                parts << ImportCommand::tr("failover '%1'").arg(failover.name);
    }
    return parts.join(QStringLiteral(", "));
}

// C-20 / LL-65: refused without --ignore-maintenance unless a terminal confirms.
bool maintenanceConfirmed(CliContext &context, const QString &what, bool ignoreGiven)
{
    if (what.isEmpty() || ignoreGiven)
        return true;
    const QString question = ImportCommand::tr("%1 in maintenance. Import anyway?").arg(what);
    if (!TokenInput::canPrompt()) {
        context.output().error(
            ImportCommand::tr(
                "%1 in maintenance; no request was sent. Give --ignore-maintenance to import "
                "anyway.")
                .arg(what));
        return false;
    }
    context.output().err() << question << " [y/N] " << Qt::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer == "y" || answer == "Y" || answer == "yes")
        return true;
    context.output().error(ImportCommand::tr("cancelled; no request was sent"));
    return false;
}

QString countLine(const QString &category, const sync::ImportCount &count)
{
    return ImportCommand::tr("%1: %2 created, %3 skipped, %4 error(s)")
        .arg(category)
        .arg(count.created)
        .arg(count.skipped)
        .arg(count.errors);
}

int exitCodeOf(const sync::ImportJobOutcome &outcome)
{
    if (outcome.unknownServer)
        return ExitCode::Usage;
    if (outcome.busy)
        return ExitCode::Busy;
    if (outcome.result.failed || outcome.result.listReadFailed)
        return ExitCode::Unreachable;
    if (outcome.result.errorCount() > 0)
        return ExitCode::PartialFailure;
    return ExitCode::Ok;
}

} // namespace

QString ImportCommand::summary()
{
    return tr("  import SERVER [--ignore-maintenance] [--json]\n"
              "      Import failovers, scopes, their option values and exclusion ranges from one\n"
              "      DHCP server (creating missing NetBox prefixes when the setting is on). Never\n"
              "      changes what already exists; run it again to pick up new scopes. A server\n"
              "      or failover in maintenance needs confirmation or --ignore-maintenance.\n");
}

QCoro::Task<int> ImportCommand::run(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("import SERVER [--ignore-maintenance] [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")));
    line.addOption(QCommandLineOption(IgnoreMaintenanceOption,
                                      tr("Import although the server or one of its failovers is "
                                         "in maintenance.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        co_return *stop;
    const QString name = line.positional().first();
    const auto found = context.serverNamed(name);
    if (!found)
        co_return found.error();
    Database *database = context.database();
    const QString inMaintenance = maintenanceText(*database, *found);
    if (!maintenanceConfirmed(context, inMaintenance, line.isSet(IgnoreMaintenanceOption)))
        co_return ExitCode::Usage;

    sync::ImportJob job(*database, context.secrets(), context.configOverrides());
    job.setLockDescription(QStringLiteral("leaselink-cli import %1").arg(name));
    CliOutput &output = context.output();
    job.setSink([&output](const sync::ImportLogLine &logLine) {
        output.err() << sync::jobLogLevelName(logLine.level) << ' ' << logLine.text << Qt::endl;
    });
    const sync::ImportJobOutcome outcome = co_await job.run(name);
    const int exitCode = exitCodeOf(outcome);

    if (line.isSet(QStringLiteral("json"))) {
        QJsonObject json = outcome.result.toJson();
        json.insert(QStringLiteral("server"), name);
        json.insert(QStringLiteral("job_id"), qint64(outcome.jobId));
        json.insert(QStringLiteral("status"), JobRepository::statusStoredValue(outcome.status));
        json.insert(QStringLiteral("busy"), outcome.busy);
        output.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        co_return exitCode;
    }
    const sync::ImportResult &r = outcome.result;
    if (r.failed) {
        output.error(r.failure);
        co_return exitCode;
    }
    output.line(countLine(tr("Failovers"), r.failovers));
    output.line(countLine(tr("Scopes"), r.scopes));
    output.line(countLine(tr("Prefixes"), r.prefixes));
    output.line(countLine(tr("Option Codes"), r.optionCodes));
    output.line(countLine(tr("Option Values"), r.optionValues));
    output.line(countLine(tr("Exclusion Ranges"), r.exclusions));
    output.line(tr("Import of %1: %2 (job %3)")
                    .arg(name, JobRepository::statusStoredValue(outcome.status))
                    .arg(outcome.jobId));
    output.out().flush();
    co_return exitCode;
}

} // namespace leaselink::cli
