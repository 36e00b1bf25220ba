#include "ServersCommand.h"
#include "CliText.h"

#include "CertificateTrustFlow.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Confirmation.h"
#include "ExitCode.h"
#include "ServerConnectionCommand.h"
#include "TextTable.h"
#include "TokenInput.h"
#include "UpdateScriptsCommand.h"

#include "net/psu/PsuScriptVersion.h"
#include "store/ServerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::cli {

namespace {

QString timestampText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

QString scriptVersionText(const QString &version)
{
    if (version.isEmpty())
        return QStringLiteral("?");
    if (PsuScriptVersion::compareWithShipped(version) == PsuScriptVersion::Match::Equal)
        return version;
    return version + QStringLiteral(" (expected ") + QLatin1String(PsuScriptVersion::Shipped) +
           QLatin1Char(')');
}

QJsonObject serverJson(const Server &server)
{
    return QJsonObject{
        {QStringLiteral("name"), server.name},
        {QStringLiteral("hostname"), server.hostname},
        {QStringLiteral("port"), server.port},
        {QStringLiteral("use_https"), server.useHttps},
        {QStringLiteral("verify_ssl"), server.verifySsl},
        {QStringLiteral("base_url"), server.baseUrl().toString()},
        {QStringLiteral("certificate_sha256"), server.certificate.sha256},
        {QStringLiteral("health_status"),
         ServerRepository::healthStatusStoredValue(server.healthStatus)},
        {QStringLiteral("psu_script_version"), server.psuScriptVersion},
        {QStringLiteral("last_sync_at"), server.lastSyncAt.isValid()
                                             ? QJsonValue(server.lastSyncAt.toString(Qt::ISODate))
                                             : QJsonValue()},
        {QStringLiteral("last_sync_error"), server.lastSyncError},
        {QStringLiteral("maintenance_mode"), server.maintenance.enabled},
        {QStringLiteral("description"), server.description},
    };
}

} // namespace

QString ServersCommand::summary()
{
    return CliText::tr(
        "  servers list [--json]\n"
        "      List the DHCP servers in the local cache.\n"
        "  servers add NAME --hostname HOST [--port P] [--http] [--no-verify]\n"
        "              [--token-env VAR | --no-token] [--description TEXT] [--timeout SECONDS]\n"
        "              [--no-standalone-scopes] [--trust-fingerprint FP]\n"
        "      Add a server. The PSU App Token is read from environment variable VAR, or\n"
        "      prompted for on a terminal, and stored in the OS keychain - never in the cache.\n"
        "  servers edit NAME [--hostname H] [--port P] [--http|--https] [--verify|--no-verify]\n"
        "              [--token-env VAR] [--description TEXT] [--timeout SECONDS]\n"
        "              [--sync-standalone on|off]\n"
        "      Change a server; what is not given stays. Without --token-env the stored App\n"
        "      Token is kept. A new host, port or scheme forgets the trusted certificate.\n"
        "  servers remove NAME [--yes]\n"
        "      Remove a server and its stored App Token (asks first unless --yes).\n");
}

QCoro::Task<int> ServersCommand::run(CliContext &context, QStringList args)
{
    QString action; // no ?: with class temporaries in a coroutine: g++ 12 destroys them twice
    if (!args.isEmpty())
        action = args.takeFirst();
    if (action == QLatin1String("list"))
        co_return list(context, args);
    if (action == QLatin1String("add"))
        co_return co_await add(context, std::move(args));
    if (action == QLatin1String("remove"))
        co_return co_await remove(context, std::move(args));
    if (action == QLatin1String("edit"))
        co_return co_await edit(context, std::move(args));
    if (ServerConnectionCommand::handles(action))
        co_return co_await ServerConnectionCommand::run(context, action, std::move(args));
    if (UpdateScriptsCommand::handles(action))
        co_return co_await UpdateScriptsCommand::run(context, std::move(args));
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.output().out() << "Usage:\n"
                               << summary() << ServerConnectionCommand::summary()
                               << UpdateScriptsCommand::summary();
        co_return action.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    context.output().error(
        CliText::tr("unknown servers command '%1' (expected list, add, edit, remove, "
                    "test-connection, certificate, trust, untrust or update-scripts)")
            .arg(action));
    co_return ExitCode::Usage;
}

int ServersCommand::list(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("servers list [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0))
        return *stop;
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    const auto servers = ServerRepository(*database).list();
    if (!servers) {
        context.output().error(servers.error().message);
        return ExitCode::DataError;
    }
    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &server : *servers)
            array.append(serverJson(server));
        context.output().out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return ExitCode::Ok;
    }
    if (servers->isEmpty()) {
        context.output().line(CliText::tr("No DHCP servers. Add one with: leaselink-cli "
                                          "servers add NAME --hostname HOST"));
        return ExitCode::Ok;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("URL"), QStringLiteral("VERIFY TLS"),
                     QStringLiteral("HEALTH"), QStringLiteral("SCRIPT"),
                     QStringLiteral("LAST SYNC"), QStringLiteral("MAINTENANCE")});
    for (const auto &server : *servers) {
        table.addRow({server.name, server.baseUrl().toString(),
                      server.verifySsl ? QStringLiteral("yes") : QStringLiteral("NO"),
                      ServerRepository::healthStatusStoredValue(server.healthStatus),
                      scriptVersionText(server.psuScriptVersion), timestampText(server.lastSyncAt),
                      server.maintenance.enabled ? QStringLiteral("on") : QStringLiteral("off")});
    }
    context.output().out() << table.render();
    return ExitCode::Ok;
}

QCoro::Task<int> ServersCommand::add(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers add NAME --hostname HOST [options]"));
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                  QLatin1String(valueName));
    };
    const auto flag = [](const char *name, const char *help) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help));
    };
    line.addOption(value("hostname", "Host name or IP address of the PSU server.", "HOST"));
    line.addOption(value("port", "PSU port (default 443).", "PORT"));
    line.addOption(flag("http", "Use plain HTTP instead of HTTPS (not recommended)."));
    line.addOption(flag("no-verify", "Do not verify the TLS certificate (not recommended)."));
    line.addOption(value("token-env", "Read the App Token from this environment variable.", "VAR"));
    line.addOption(flag("no-token", "Store no App Token now."));
    line.addOption(value("description", "Free-text description.", "TEXT"));
    line.addOption(value("timeout", "Transfer timeout per request in seconds (default 30).", "S"));
    line.addOption(flag("no-standalone-scopes", "Do not sync this server's standalone scopes."));
    line.addOption(value("trust-fingerprint",
                         "Trust the server's certificate if its SHA-256 fingerprint is exactly "
                         "FP; checked before anything is saved.",
                         "FP"));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        co_return *stop;

    Server server;
    server.name = line.positional().first().trimmed();
    server.hostname = line.value(QStringLiteral("hostname")).trimmed();
    if (server.hostname.isEmpty()) {
        context.output().error(CliText::tr("--hostname is required"));
        co_return ExitCode::Usage;
    }
    if (line.isSet(QStringLiteral("port"))) {
        bool ok = false;
        server.port = line.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || server.port < 1 || server.port > 65535) {
            context.output().error(CliText::tr("--port '%1' is not a port number (1-65535)")
                                       .arg(line.value(QStringLiteral("port"))));
            co_return ExitCode::Usage;
        }
    }
    if (line.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        server.timeoutSeconds = line.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || server.timeoutSeconds < 1 || server.timeoutSeconds > 3600) {
            context.output().error(CliText::tr("--timeout '%1' is not a number of seconds "
                                               "(1-3600)")
                                       .arg(line.value(QStringLiteral("timeout"))));
            co_return ExitCode::Usage;
        }
    }
    server.useHttps = !line.isSet(QStringLiteral("http"));
    server.verifySsl = !line.isSet(QStringLiteral("no-verify"));
    server.description = line.value(QStringLiteral("description"));
    server.syncStandaloneScopes = !line.isSet(QStringLiteral("no-standalone-scopes"));

    if (line.isSet(QStringLiteral("token-env")) && line.isSet(QStringLiteral("no-token"))) {
        context.output().error(CliText::tr("--token-env and --no-token exclude each other"));
        co_return ExitCode::Usage;
    }
    // Obtain the token before writing anything, so a mistake leaves no half-added server.
    std::optional<QString> token;
    if (line.isSet(QStringLiteral("token-env"))) {
        auto fromEnv = TokenInput::fromEnvironment(line.value(QStringLiteral("token-env")));
        if (!fromEnv) {
            context.output().error(fromEnv.error().message);
            co_return ExitCode::Usage;
        }
        token = *fromEnv;
    } else if (!line.isSet(QStringLiteral("no-token")) && TokenInput::canPrompt()) {
        auto typed = TokenInput::prompt(
            CliText::tr("PSU App Token for %1 (input hidden): ").arg(server.name));
        if (!typed) {
            context.output().error(typed.error().message);
            co_return ExitCode::Usage;
        }
        token = *typed;
    }

    // Trust is settled before anything is written: a wrong fingerprint adds nothing.
    if (line.isSet(QStringLiteral("trust-fingerprint"))) {
        if (!server.useHttps) {
            context.output().error(CliText::tr("--trust-fingerprint needs HTTPS (drop --http)"));
            co_return ExitCode::Usage;
        }
        const QString expected = line.value(QStringLiteral("trust-fingerprint"));
        const quint16 port = quint16(server.port);
        const auto trust = co_await CertificateTrustFlow::run(
            context.output(), server.name, server.hostname, port, StoredCertificate(), expected);
        if (trust.exitCode != ExitCode::Ok)
            co_return trust.exitCode;
        if (trust.toStore)
            server.certificate = *trust.toStore;
    }

    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;
    ServerRepository servers(*database);
    const auto created = servers.create(server);
    if (!created) {
        context.output().error(created.error().message);
        co_return created.error().kind == StoreError::Kind::Io ? ExitCode::DataError
                                                               : ExitCode::Usage;
    }
    if (token) {
        const auto key = SecretKey::psuAppToken(created->id, created->name);
        const auto written = co_await context.secrets().write(key, *token);
        if (!written) {
            // Without its token the server would fail every sync: undo the add.
            (void)servers.remove(created->id);
            context.output().error(CliText::tr("server '%1' was not added: %2")
                                       .arg(created->name, written.error().message));
            co_return ExitCode::SecretError;
        }
    }
    context.output().line(
        CliText::tr("Added server '%1' (%2).").arg(created->name, created->baseUrl().toString()));
    if (!token) {
        context.output().line(
            CliText::tr("No App Token stored. Headless runs can supply it in environment "
                        "variable %1.")
                .arg(SecretKey::psuAppToken(created->id, created->name).environmentVariable()));
    }
    if (!created->verifySsl)
        context.output().error(CliText::tr("warning: TLS verification is off for '%1'; "
                                           "anyone on the path can read its App Token.")
                                   .arg(created->name));
    co_return ExitCode::Ok;
}

QCoro::Task<int> ServersCommand::remove(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers remove NAME [--yes]"));
    line.addOption(
        QCommandLineOption(QStringLiteral("yes"), CliText::tr("Do not ask for confirmation.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        co_return *stop;
    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;
    ServerRepository servers(*database);
    const QString name = line.positional().first();
    const auto found = servers.findByName(name);
    if (!found) {
        context.output().error(found.error().message);
        co_return ExitCode::DataError;
    }
    if (!found->has_value()) {
        context.output().error(CliText::tr("no server named '%1'").arg(name));
        co_return ExitCode::Usage;
    }
    const Server server = **found;
    if (!confirmDestructive(context.output(), line.isSet(QStringLiteral("yes")),
                            CliText::tr("Remove server '%1' (%2) and its stored App Token? Its "
                                        "standalone scopes stay in the cache without a server.")
                                .arg(server.name, server.hostname))) {
        co_return ExitCode::Usage;
    }
    const auto removed = servers.remove(server.id);
    if (!removed) {
        context.output().error(removed.error().message);
        co_return removed.error().kind == StoreError::Kind::Io ? ExitCode::DataError
                                                               : ExitCode::Usage;
    }
    const auto forgotten =
        co_await context.secrets().remove(SecretKey::psuAppToken(server.id, server.name));
    context.output().line(CliText::tr("Removed server '%1'.").arg(server.name));
    // Without any keychain nothing can have been stored in one (the add would have failed), so
    // only a keychain that exists and refuses is an error.
    if (!forgotten && forgotten.error().kind == SecretErrorKind::NoBackend) {
        context.output().error(CliText::tr("note: no OS keychain is available, so no App "
                                           "Token was stored for '%1'.")
                                   .arg(server.name));
        co_return ExitCode::Ok;
    }
    if (!forgotten && forgotten.error().kind != SecretErrorKind::NotFound) {
        context.output().error(CliText::tr("warning: the App Token could not be removed from "
                                           "the keychain: ") +
                               forgotten.error().message);
        co_return ExitCode::SecretError;
    }
    co_return ExitCode::Ok;
}

QCoro::Task<int> ServersCommand::edit(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers edit NAME [options]"));
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                  QLatin1String(valueName));
    };
    const auto flag = [](const char *name, const char *help) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help));
    };
    line.addOption(value("hostname", "Host name or IP address of the PSU server.", "HOST"));
    line.addOption(value("port", "PSU port.", "PORT"));
    line.addOption(flag("http", "Use plain HTTP (not recommended)."));
    line.addOption(flag("https", "Use HTTPS."));
    line.addOption(flag("verify", "Verify the TLS certificate."));
    line.addOption(flag("no-verify", "Do not verify the TLS certificate (not recommended)."));
    line.addOption(
        value("token-env", "Replace the App Token with this environment variable's.", "VAR"));
    line.addOption(value("description", "Free-text description.", "TEXT"));
    line.addOption(value("timeout", "Transfer timeout per request in seconds.", "S"));
    line.addOption(
        value("sync-standalone", "Sync this server's standalone scopes (on or off).", "on|off"));
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1))
        co_return *stop;
    if (line.isSet(QStringLiteral("http")) && line.isSet(QStringLiteral("https"))) {
        context.output().error(CliText::tr("--http and --https exclude each other"));
        co_return ExitCode::Usage;
    }
    if (line.isSet(QStringLiteral("verify")) && line.isSet(QStringLiteral("no-verify"))) {
        context.output().error(CliText::tr("--verify and --no-verify exclude each other"));
        co_return ExitCode::Usage;
    }
    const QString name = line.positional().first().trimmed();
    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;
    ServerRepository servers(*database);
    const auto found = servers.findByName(name);
    if (!found) {
        context.output().error(found.error().message);
        co_return ExitCode::DataError;
    }
    if (!found->has_value()) {
        context.output().error(
            CliText::tr("no server named '%1' (see 'leaselink-cli servers list')").arg(name));
        co_return ExitCode::Usage;
    }
    const Server before = **found;
    Server server = before;
    if (line.isSet(QStringLiteral("hostname"))) {
        server.hostname = line.value(QStringLiteral("hostname")).trimmed();
        if (server.hostname.isEmpty()) {
            context.output().error(CliText::tr("--hostname must not be empty"));
            co_return ExitCode::Usage;
        }
    }
    if (line.isSet(QStringLiteral("port"))) {
        bool ok = false;
        server.port = line.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || server.port < 1 || server.port > 65535) {
            context.output().error(CliText::tr("--port '%1' is not a port number (1-65535)")
                                       .arg(line.value(QStringLiteral("port"))));
            co_return ExitCode::Usage;
        }
    }
    if (line.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        server.timeoutSeconds = line.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || server.timeoutSeconds < 1 || server.timeoutSeconds > 3600) {
            context.output().error(CliText::tr("--timeout '%1' is not a number of seconds "
                                               "(1-3600)")
                                       .arg(line.value(QStringLiteral("timeout"))));
            co_return ExitCode::Usage;
        }
    }
    if (line.isSet(QStringLiteral("sync-standalone"))) {
        const QString text = line.value(QStringLiteral("sync-standalone"));
        if (text != QLatin1String("on") && text != QLatin1String("off")) {
            context.output().error(
                CliText::tr("--sync-standalone takes 'on' or 'off', not '%1'").arg(text));
            co_return ExitCode::Usage;
        }
        server.syncStandaloneScopes = text == QLatin1String("on");
    }
    if (line.isSet(QStringLiteral("http")))
        server.useHttps = false;
    if (line.isSet(QStringLiteral("https")))
        server.useHttps = true;
    if (line.isSet(QStringLiteral("verify")))
        server.verifySsl = true;
    if (line.isSet(QStringLiteral("no-verify")))
        server.verifySsl = false;
    if (line.isSet(QStringLiteral("description")))
        server.description = line.value(QStringLiteral("description"));

    // The token is obtained before anything is written; no option keeps the stored one.
    std::optional<QString> token;
    const QString tokenVariable = line.value(QStringLiteral("token-env"));
    // A variable that is set but blank keeps the stored token, like a blank field in the GUI.
    const bool blankToken =
        !tokenVariable.isEmpty() &&
        qEnvironmentVariableIsSet(tokenVariable.toLocal8Bit().constData()) &&
        qEnvironmentVariable(tokenVariable.toLocal8Bit().constData()).trimmed().isEmpty();
    if (line.isSet(QStringLiteral("token-env")) && !blankToken) {
        auto fromEnv = TokenInput::fromEnvironment(tokenVariable);
        if (!fromEnv) {
            context.output().error(fromEnv.error().message);
            co_return ExitCode::Usage;
        }
        token = *fromEnv;
    }

    const auto saved = servers.update(server);
    if (!saved) {
        context.output().error(saved.error().message);
        co_return saved.error().kind == StoreError::Kind::Io ? ExitCode::DataError
                                                             : ExitCode::Usage;
    }
    // A trusted certificate belongs to one endpoint: another host, port or scheme drops it.
    const bool endpointChanged =
        saved->hostname.compare(before.hostname, Qt::CaseInsensitive) != 0 ||
        saved->port != before.port || saved->useHttps != before.useHttps;
    if (endpointChanged && !before.certificate.isEmpty()) {
        const auto cleared = servers.setCertificate(saved->id, StoredCertificate());
        if (!cleared) {
            context.output().error(cleared.error().message);
            co_return ExitCode::DataError;
        }
        context.output().error(CliText::tr("The trusted certificate of '%1' was forgotten "
                                           "because its address changed; trust the new one "
                                           "with 'servers trust %1 --fingerprint FP'.")
                                   .arg(saved->name));
    }
    if (token) {
        const auto key = SecretKey::psuAppToken(saved->id, saved->name);
        const auto written = co_await context.secrets().write(key, *token);
        if (!written) {
            context.output().error(CliText::tr("server '%1' was saved but its App Token "
                                               "was not: %2")
                                       .arg(saved->name, written.error().message));
            co_return ExitCode::SecretError;
        }
    }
    context.output().line(
        CliText::tr("Saved server '%1' (%2).").arg(saved->name, saved->baseUrl().toString()));
    if (!saved->verifySsl)
        context.output().error(CliText::tr("warning: TLS verification is off for '%1'; "
                                           "anyone on the path can read its App Token.")
                                   .arg(saved->name));
    co_return ExitCode::Ok;
}

} // namespace leaselink::cli
