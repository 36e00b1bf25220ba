#include "JobsCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "TextTable.h"

#include "store/JobRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::cli {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue();
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject jobJson(const JobRecord &job, bool withLog)
{
    QJsonObject json{{QStringLiteral("id"), qint64(job.id)},
                     {QStringLiteral("kind"), job.kind},
                     {QStringLiteral("servers"), QJsonArray::fromStringList(job.servers)},
                     {QStringLiteral("started_at"), timeJson(job.startedAt)},
                     {QStringLiteral("finished_at"), timeJson(job.finishedAt)},
                     {QStringLiteral("status"), JobRepository::statusStoredValue(job.status)},
                     {QStringLiteral("counts"), job.counts}};
    if (withLog)
        json.insert(QStringLiteral("log"), job.log);
    return json;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString countsText(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString JobsCommand::summary()
{
    return CliText::tr("  jobs [list] [--limit N] [--json] | jobs show ID [--json]\n"
                       "      The job history (sync, import, ...), newest first, or one job "
                       "with its log.\n");
}

int JobsCommand::run(CliContext &context, QStringList args)
{
    // A bare "jobs" (or "jobs --json") lists.
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-')))
        return list(context, args);
    const QString action = args.takeFirst();
    if (action == QLatin1String("list"))
        return list(context, args);
    if (action == QLatin1String("show"))
        return show(context, args);
    context.output().error(
        CliText::tr("unknown jobs command '%1' (expected list or show)").arg(action));
    return ExitCode::Usage;
}

int JobsCommand::list(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("jobs list [--limit N] [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    line.addOption(QCommandLineOption(QStringLiteral("limit"),
                                      CliText::tr("Show at most N jobs (default 50)."),
                                      QStringLiteral("N")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0))
        return *stop;
    int limit = 50;
    if (line.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            context.output().error(CliText::tr("--limit '%1' is not a number from 1 to 10000")
                                       .arg(line.value(QStringLiteral("limit"))));
            return ExitCode::Usage;
        }
    }
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    const auto jobs = JobRepository(*database).listRecent(limit);
    if (!jobs) {
        context.output().error(jobs.error().message);
        return ExitCode::DataError;
    }
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &job : *jobs)
            array.append(jobJson(job, false));
        context.output().out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return ExitCode::Ok;
    }
    if (jobs->isEmpty()) {
        context.output().line(CliText::tr("No jobs yet."));
        return ExitCode::Ok;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATUS"),
                     QStringLiteral("STARTED"), QStringLiteral("FINISHED"),
                     QStringLiteral("SERVERS"), QStringLiteral("COUNTS")});
    for (const auto &job : *jobs)
        table.addRow({QString::number(job.id), job.kind,
                      JobRepository::statusStoredValue(job.status), timeText(job.startedAt),
                      timeText(job.finishedAt), job.servers.join(QStringLiteral(", ")),
                      countsText(job.counts)});
    context.output().out() << table.render();
    return ExitCode::Ok;
}

int JobsCommand::show(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("jobs show ID [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        return *stop;
    bool ok = false;
    const qint64 id = line.positional().first().toLongLong(&ok);
    if (!ok || id < 1) {
        context.output().error(CliText::tr("'%1' is not a job id (see 'leaselink-cli jobs list')")
                                   .arg(line.positional().first()));
        return ExitCode::Usage;
    }
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    const auto job = JobRepository(*database).get(id);
    if (!job) {
        context.output().error(job.error().message);
        return job.error().kind == StoreError::Kind::NotFound ? ExitCode::Usage
                                                              : ExitCode::DataError;
    }
    if (line.isSet(QStringLiteral("json"))) {
        context.output().out() << QJsonDocument(jobJson(*job, true)).toJson(QJsonDocument::Compact)
                               << '\n';
        return ExitCode::Ok;
    }
    context.output().out() << QStringLiteral("Job:       %1\n"
                                             "Kind:      %2\n"
                                             "Status:    %3\n"
                                             "Started:   %4\n"
                                             "Finished:  %5\n"
                                             "Servers:   %6\n"
                                             "Counts:    %7\n")
                                  .arg(QString::number(job->id), job->kind,
                                       JobRepository::statusStoredValue(job->status),
                                       timeText(job->startedAt), timeText(job->finishedAt),
                                       job->servers.join(QStringLiteral(", ")),
                                       countsText(job->counts));
    if (!job->log.isEmpty())
        context.output().out() << "\n" << job->log << (job->log.endsWith(u'\n') ? "" : "\n");
    return ExitCode::Ok;
}

} // namespace leaselink::cli
