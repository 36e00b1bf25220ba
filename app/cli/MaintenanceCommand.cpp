#include "MaintenanceCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include "store/FailoverRepository.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"

#include <QDir>

namespace leaselink::cli {

namespace {

int storeExit(CliContext &context, const StoreError &error)
{
    context.output().error(error.message);
    if (error.kind == StoreError::Kind::NotFound || error.kind == StoreError::Kind::Constraint)
        return ExitCode::Usage;
    return ExitCode::DataError;
}

} // namespace

QString MaintenanceCommand::summary()
{
    return CliText::tr(
        "  maintenance on|off OBJECT [--note TEXT]\n"
        "      Put a server, failover or scope into maintenance (no sync path reads or writes\n"
        "      it) or take it out. OBJECT: server:NAME, failover:NAME, scope:NAME or\n"
        "      scope:CIDR, or a plain server name. 'on' records the time, your user name and\n"
        "      the note; 'off' clears them.\n");
}

QString MaintenanceCommand::osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QDir::home().dirName(); // services often run without USER
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

int MaintenanceCommand::run(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("maintenance on|off OBJECT [--note TEXT]"));
    line.addOption(QCommandLineOption(QStringList{QStringLiteral("note"), QStringLiteral("notes")},
                                      CliText::tr("Why (e.g. a change ticket); only with "
                                                  "'on'."),
                                      QStringLiteral("TEXT")));
    if (const auto stop = line.parseOrStop(context.output(), args, 2, 2))
        return *stop;
    const QString state = line.positional().at(0);
    if (state != QLatin1String("on") && state != QLatin1String("off")) {
        context.output().error(
            CliText::tr("expected 'on' or 'off', not '%1' (maintenance on|off OBJECT)").arg(state));
        return ExitCode::Usage;
    }
    const bool enable = state == QLatin1String("on");
    if (!enable && line.isSet(QStringLiteral("note"))) {
        context.output().error(CliText::tr("--note goes with 'on'; 'off' clears the note"));
        return ExitCode::Usage;
    }
    QString object = line.positional().at(1);
    QString type = QStringLiteral("server");
    const auto colon = object.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        type = object.left(colon);
        object = object.mid(colon + 1);
    }
    object = object.trimmed();
    if (object.isEmpty()) {
        context.output().error(CliText::tr("the object name is empty (e.g. server:dhcp01)"));
        return ExitCode::Usage;
    }
    if (type != QLatin1String("server") && type != QLatin1String("failover") &&
        type != QLatin1String("scope")) {
        context.output().error(CliText::tr("unknown object type '%1' (expected server:NAME, "
                                           "failover:NAME or scope:NAME)")
                                   .arg(type));
        return ExitCode::Usage;
    }
    const QString note = line.value(QStringLiteral("note"));
    QString user;
    if (enable)
        user = osUserName();

    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;

    Maintenance result;
    QString label;
    if (type == QLatin1String("server")) {
        ServerRepository servers(*database);
        const auto found = servers.findByName(object);
        if (!found)
            return storeExit(context, found.error());
        if (!found->has_value()) {
            context.output().error(CliText::tr("no server named '%1' (see 'leaselink-cli "
                                               "servers list')")
                                       .arg(object));
            return ExitCode::Usage;
        }
        const auto saved = servers.setMaintenance((*found)->id, enable, user, note);
        if (!saved)
            return storeExit(context, saved.error());
        result = saved->maintenance;
        label = QStringLiteral("server '%1'").arg(saved->name);
    } else if (type == QLatin1String("failover")) {
        FailoverRepository failovers(*database);
        const auto found = failovers.findByName(object);
        if (!found)
            return storeExit(context, found.error());
        if (!found->has_value()) {
            context.output().error(CliText::tr("no failover named '%1'").arg(object));
            return ExitCode::Usage;
        }
        const auto saved = failovers.setMaintenance((*found)->id, enable, user, note);
        if (!saved)
            return storeExit(context, saved.error());
        result = saved->maintenance;
        label = QStringLiteral("failover '%1'").arg(saved->name);
    } else {
        ScopeRepository scopes(*database);
        const auto all = scopes.list();
        if (!all)
            return storeExit(context, all.error());
        // Scope names are not unique; a prefix (the sync key) tells same-named scopes apart.
        QList<Scope> matches;
        for (const auto &scope : *all) {
            if (scope.name == object || scope.prefix.toString() == object)
                matches.append(scope);
        }
        if (matches.isEmpty()) {
            context.output().error(CliText::tr("no scope named '%1'").arg(object));
            return ExitCode::Usage;
        }
        if (matches.size() > 1) {
            QStringList prefixes;
            for (const auto &scope : matches)
                prefixes << scope.prefix.toString();
            context.output().error(CliText::tr("%1 scopes match '%2' (%3); name one by its "
                                               "prefix, e.g. scope:%4")
                                       .arg(QString::number(matches.size()), object,
                                            prefixes.join(QStringLiteral(", ")), prefixes.first()));
            return ExitCode::Usage;
        }
        const auto saved = scopes.setMaintenance(matches.first().id, enable, user, note);
        if (!saved)
            return storeExit(context, saved.error());
        result = saved->maintenance;
        label = QStringLiteral("scope '%1' (%2)").arg(saved->name, saved->prefix.toString());
    }
    if (result.enabled)
        context.output().line(CliText::tr("Maintenance on for %1 (by %2).").arg(label, user));
    else
        context.output().line(CliText::tr("Maintenance off for %1.").arg(label));
    return ExitCode::Ok;
}

} // namespace leaselink::cli
