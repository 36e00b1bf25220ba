#include "SyncCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "InterruptWatcher.h"

#include "sync/SyncJob.h"
#include "sync/SyncReport.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace leaselink::cli {

namespace {

int exitCodeFor(const sync::SyncJobResult &result)
{
    if (result.usageError)
        return ExitCode::Usage;
    switch (result.status) {
    case JobStatus::Succeeded:
        return ExitCode::Ok;
    case JobStatus::Partial:
    case JobStatus::Cancelled:
    case JobStatus::Running:
        return ExitCode::PartialFailure;
    case JobStatus::Failed:
        break;
    }
    if (result.busy)
        return ExitCode::Busy;
    if (result.unreachable)
        return ExitCode::Unreachable;
    return ExitCode::PartialFailure;
}

QString summaryText(const sync::SyncJobResult &result)
{
    QString out = sync::SyncReport::text(result);
    const QJsonObject &c = result.counts;
    auto n = [&](const char *key) -> QString {
        return QString::number(c.value(QLatin1String(key)).toInteger());
    };
    if (!result.dryRun) {
        out += CliText::tr("Written: %1 created, %2 updated, %3 deleted in NetBox (%4 failed); "
                           "%5 scope fields pulled, %6 scopes pushed\n")
                   .arg(n("ip_created"), n("ip_updated"), n("ip_deleted"), n("ip_failed"),
                        n("scope_fields_pulled"), n("scopes_pushed"));
    }
    for (const sync::ItemFailure &failure : result.failures)
        out +=
            QStringLiteral("Failed: %1: %2: %3\n").arg(failure.server, failure.what, failure.cause);
    for (const QString &error : result.runErrors)
        out += QStringLiteral("Error: %1\n").arg(error);
    QString outcome = result.dryRun ? CliText::tr("Dry run %1 in %2 s; nothing was changed.")
                                    : QStringLiteral("Sync %1 in %2 s.");
    outcome = outcome.arg(sync::jobStatusText(result.status)).arg(result.seconds, 0, 'f', 1);
    if (!result.dryRun && result.status == JobStatus::Succeeded && result.changedNothing())
        outcome += CliText::tr(" No changes: NetBox, the servers and the cache were already "
                               "in step.");
    if (result.jobId != 0)
        outcome += CliText::tr(" Job %1 (leaselink-cli jobs show %1).").arg(result.jobId);
    out += outcome + QLatin1Char('\n');
    return out;
}

} // namespace

QString SyncCommand::summary()
{
    return CliText::tr(
        "  sync [SERVER...|--all] [--dry-run] [--json]\n"
        "      Sync the named DHCP servers (or every server) with NetBox now. --dry-run\n"
        "      plans without writing anything and lists the changes by server and scope,\n"
        "      every delete included. Exit code 1 when some items failed, 3 when a server\n"
        "      or NetBox was unreachable, 5 when another run holds a server.\n");
}

QCoro::Task<int> SyncCommand::run(CliContext &context, QStringList args, bool verbose)
{
    CommandLine line(QStringLiteral("sync [SERVER...|--all] [--dry-run] [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("all"), CliText::tr("Sync every server.")));
    line.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                      CliText::tr("Plan only; change nothing anywhere.")));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 1000))
        co_return *stop;
    const QStringList names = line.positional();
    const bool all = line.isSet(QStringLiteral("all"));
    if (all == !names.isEmpty()) {
        context.output().error(
            CliText::tr("name the servers to sync or give --all (see sync --help)"));
        co_return ExitCode::Usage;
    }
    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;

    sync::SyncRequest request;
    request.kind = all ? sync::SyncRequest::Kind::AllServers : sync::SyncRequest::Kind::Servers;
    request.serverNames = names;
    request.dryRun = line.isSet(QStringLiteral("dry-run"));
    request.trigger = QStringLiteral("leaselink-cli");
    sync::SyncJobContext jobContext;
    jobContext.database = database;
    jobContext.secrets = &context.secrets();
    jobContext.overrides = context.configOverrides();

    sync::SyncJob job(jobContext, request);
    // Live log on stderr: problems always, the rest on a terminal or with --verbose.
    const bool chatty = verbose || isatty(fileno(stderr));
    CliOutput &output = context.output();
    QObject::connect(&job, &sync::SyncJob::logLineAdded, &job,
                     [&output, chatty](const sync::JobLogLine &logLine) {
                         if (chatty || logLine.level >= sync::JobLogLevel::Warning)
                             output.err() << logLine.formatted() << Qt::endl;
                     });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, [&job, &output] {
        output.err() << "leaselink-cli: interrupted: stopping at the next safe point (press "
                        "Ctrl+C again to quit at once)"
                     << Qt::endl;
        job.cancel();
    });
    const sync::SyncJobResult result = co_await job.run();
    if (result.usageError)
        co_return ExitCode::Usage; // the reason is already on stderr
    if (line.isSet(QStringLiteral("json"))) {
        const QJsonObject json = sync::SyncReport::json(result);
        output.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        output.out() << summaryText(result);
    }
    output.out().flush();
    co_return exitCodeFor(result);
}

} // namespace leaselink::cli
