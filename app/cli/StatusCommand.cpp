#include "StatusCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "TextTable.h"

#include "store/FailoverRepository.h"
#include "store/JobRepository.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

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

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

QJsonObject maintenanceJson(const QString &type, const QString &name, const Maintenance &m)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("enabled_at"), timeJson(m.enabledAt)},
                       {QStringLiteral("enabled_by"), m.enabledBy},
                       {QStringLiteral("notes"), m.notes}};
}

// Everything status shows, read in one go so a store failure stops before printing.
struct StatusData
{
    QList<Server> servers;
    QJsonArray maintenance;
    QStringList maintenanceLines;
    std::optional<JobRecord> lastSync;
    std::optional<NetBoxConnection> netbox;
};

std::optional<StoreError> load(Database &database, StatusData *data)
{
    const auto servers = ServerRepository(database).list();
    if (!servers)
        return servers.error();
    data->servers = *servers;
    const auto failovers = FailoverRepository(database).list();
    if (!failovers)
        return failovers.error();
    const auto scopes = ScopeRepository(database).list();
    if (!scopes)
        return scopes.error();
    const auto note = [](const Maintenance &m) {
        QString text = QStringLiteral("since %1 by %2").arg(timeText(m.enabledAt), m.enabledBy);
        if (!m.notes.isEmpty())
            text += QStringLiteral(": ") + m.notes;
        return text;
    };
    for (const auto &server : *servers) {
        if (!server.maintenance.enabled)
            continue;
        data->maintenance.append(
            maintenanceJson(QStringLiteral("server"), server.name, server.maintenance));
        data->maintenanceLines
            << QStringLiteral("  server %1, %2").arg(server.name, note(server.maintenance));
    }
    for (const auto &failover : *failovers) {
        if (!failover.maintenance.enabled)
            continue;
        data->maintenance.append(
            maintenanceJson(QStringLiteral("failover"), failover.name, failover.maintenance));
        data->maintenanceLines
            << QStringLiteral("  failover %1, %2").arg(failover.name, note(failover.maintenance));
    }
    for (const auto &scope : *scopes) {
        if (!scope.maintenance.enabled)
            continue;
        const QString name =
            scope.name + QStringLiteral(" (") + scope.prefix.toString() + QLatin1Char(')');
        data->maintenance.append(maintenanceJson(QStringLiteral("scope"), name, scope.maintenance));
        data->maintenanceLines
            << QStringLiteral("  scope %1, %2").arg(name, note(scope.maintenance));
    }
    const auto jobs = JobRepository(database).listRecent(200);
    if (!jobs)
        return jobs.error();
    for (const auto &job : *jobs) {
        if (job.kind.startsWith(QLatin1String("sync"))) {
            data->lastSync = job;
            break;
        }
    }
    const auto netbox = NetBoxConnectionRepository(database).get();
    if (!netbox)
        return netbox.error();
    data->netbox = *netbox;
    return std::nullopt;
}

} // namespace

QString StatusCommand::summary()
{
    return CliText::tr("  status [--json]\n"
                       "      Servers with health and last sync, the last sync job, and what "
                       "is in\n"
                       "      maintenance. Reads the local cache only.\n");
}

int StatusCommand::run(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("status [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0))
        return *stop;
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    StatusData data;
    if (const auto failed = load(*database, &data)) {
        context.output().error(failed->message);
        return ExitCode::DataError;
    }

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray servers;
        for (const auto &server : data.servers) {
            servers.append(
                QJsonObject{{QStringLiteral("name"), server.name},
                            {QStringLiteral("health_status"),
                             ServerRepository::healthStatusStoredValue(server.healthStatus)},
                            {QStringLiteral("last_health_check"), timeJson(server.lastHealthCheck)},
                            {QStringLiteral("health_error"), server.healthError},
                            {QStringLiteral("last_sync_at"), timeJson(server.lastSyncAt)},
                            {QStringLiteral("last_sync_error"), server.lastSyncError},
                            {QStringLiteral("maintenance_mode"), server.maintenance.enabled}});
        }
        QJsonObject json{{QStringLiteral("servers"), servers},
                         {QStringLiteral("maintenance"), data.maintenance},
                         {QStringLiteral("netbox_configured"), data.netbox.has_value()}};
        if (data.netbox)
            json.insert(QStringLiteral("netbox_url"), data.netbox->url.toString());
        if (data.lastSync) {
            json.insert(
                QStringLiteral("last_sync_job"),
                QJsonObject{{QStringLiteral("id"), qint64(data.lastSync->id)},
                            {QStringLiteral("kind"), data.lastSync->kind},
                            {QStringLiteral("status"),
                             JobRepository::statusStoredValue(data.lastSync->status)},
                            {QStringLiteral("started_at"), timeJson(data.lastSync->startedAt)},
                            {QStringLiteral("finished_at"), timeJson(data.lastSync->finishedAt)}});
        } else {
            json.insert(QStringLiteral("last_sync_job"), QJsonValue());
        }
        context.output().out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return ExitCode::Ok;
    }

    QString netbox = CliText::tr("not configured (leaselink-cli netbox set URL)");
    if (data.netbox)
        netbox = data.netbox->url.toString();
    context.output().line(QStringLiteral("NetBox:     ") + netbox);
    QString lastSync = CliText::tr("none yet");
    if (data.lastSync)
        lastSync = QStringLiteral("job %1 (%2), %3, started %4")
                       .arg(QString::number(data.lastSync->id), data.lastSync->kind,
                            JobRepository::statusStoredValue(data.lastSync->status),
                            timeText(data.lastSync->startedAt));
    context.output().line(CliText::tr("Last sync:  ") + lastSync);
    context.output().line(QString());
    if (data.servers.isEmpty()) {
        context.output().line(CliText::tr("No DHCP servers."));
    } else {
        TextTable table({QStringLiteral("SERVER"), QStringLiteral("HEALTH"),
                         QStringLiteral("CHECKED"), QStringLiteral("LAST SYNC"),
                         QStringLiteral("LAST ERROR"), QStringLiteral("MAINTENANCE")});
        for (const auto &server : data.servers) {
            QString error = server.lastSyncError;
            if (error.isEmpty())
                error = server.healthError;
            table.addRow(
                {server.name, ServerRepository::healthStatusStoredValue(server.healthStatus),
                 timeText(server.lastHealthCheck), timeText(server.lastSyncAt),
                 error.isEmpty() ? QStringLiteral("-") : error,
                 server.maintenance.enabled ? QStringLiteral("on") : QStringLiteral("off")});
        }
        context.output().out() << table.render();
    }
    context.output().line(QString());
    if (data.maintenanceLines.isEmpty()) {
        context.output().line(CliText::tr("Nothing is in maintenance."));
    } else {
        context.output().line(QStringLiteral("In maintenance:"));
        for (const auto &text : std::as_const(data.maintenanceLines))
            context.output().line(text);
    }
    return ExitCode::Ok;
}

} // namespace leaselink::cli
