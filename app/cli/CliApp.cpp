#include "CliApp.h"
#include "CliText.h"

#include "CliContext.h"
#include "DemoLab.h"
#include "ExitCode.h"
#include "ImportCommand.h"
#include "JobsCommand.h"
#include "MaintenanceCommand.h"
#include "NetBoxCommand.h"
#include "ServerConnectionCommand.h"
#include "ServersCommand.h"
#include "SettingsCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "ValidateCommand.h"

#include "secrets/ChainedSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace leaselink::cli {

QString CliApp::helpText()
{
    return CliText::tr(
               "Usage: leaselink-cli [--data-dir DIR] [--config FILE] [--json] [--demo] COMMAND "
               "[ARGS...]\n"
               "\n"
               "LeaseLink keeps Windows DHCP servers (through PowerShell Universal) and NetBox\n"
               "IPAM in step. This is its command-line interface, for scripts, cron, systemd\n"
               "timers and Windows Task Scheduler.\n"
               "\n"
               "Global options:\n"
               "  --data-dir DIR   Use the cache in DIR (default: $LEASELINK_DATA_DIR, else the\n"
               "                   platform's application data folder).\n"
               "  --config FILE    Configuration-file overrides (default: $LEASELINK_CONFIG, else\n"
               "                   leaselink.json in the platform's configuration folder).\n"
               "  --demo           Run the command against an in-process lab (dataset M, HTTPS)\n"
               "                   with a throw-away data directory, servers and NetBox\n"
               "                   configured and trusted; --data-dir is ignored and nothing\n"
               "                   of yours is read or changed.\n"
               "  --json           Machine-readable JSON on stdout (list, show, status, validate,\n"
               "                   jobs, sync); the same as the command's own --json.\n"
               "  --verbose, -v    Also print LeaseLink's informational log lines on stderr.\n"
               "  --help, -h       Show this help. 'COMMAND --help' shows a command's options.\n"
               "  --version        Show the version.\n"
               "\n"
               "Commands:\n") +
           ServersCommand::summary() + ServerConnectionCommand::summary() +
           NetBoxCommand::summary() + SettingsCommand::summary() + StatusCommand::summary() +
           ImportCommand::summary() + SyncCommand::summary() + JobsCommand::summary() +
           MaintenanceCommand::summary() + ValidateCommand::summary() +
           CliText::tr(
               "\n"
               "Secrets: App Tokens and the NetBox token are kept in the OS keychain, never in\n"
               "the cache or on the command line. Headless runs without a keychain can supply\n"
               "them in LEASELINK_PSU_TOKEN_<SERVER NAME> and LEASELINK_NETBOX_TOKEN (the server\n"
               "name upper-cased, other characters than letters and digits replaced by '_').\n"
               "\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  the command ran but some items failed (see the output); validate: problems\n"
               "     found\n"
               "  2  usage error or invalid value; nothing was changed\n"
               "  3  a server or NetBox was unreachable or refused the credentials\n"
               "  4  the data file could not be opened, is from a newer version, or refused the\n"
               "     change\n"
               "  5  another LeaseLink process is busy with the same server or data file\n"
               "  6  the keychain is unavailable or refused the operation\n"
               "  7  the certificate is not trusted: unknown, changed since it was trusted, or\n"
               "     --trust-fingerprint does not match it\n");
}

QCoro::Task<int> CliApp::run(QStringList arguments)
{
    CliOutput output;
    arguments.removeFirst(); // program name
    QString dataDir;
    QString configPath;
    bool verbose = false;
    bool json = false;
    bool demo = false;
    // Global options come before the command word.
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            output.out() << helpText();
            co_return ExitCode::Ok;
        }
        if (option == QLatin1String("--verbose") || option == QLatin1String("-v")) {
            verbose = true;
            continue;
        }
        if (option == QLatin1String("--demo")) {
            demo = true;
            continue;
        }
        if (option == QLatin1String("--json")) {
            json = true;
            continue;
        }
        if (option == QLatin1String("--version")) {
            output.out() << "leaselink-cli " << QCoreApplication::applicationVersion() << '\n';
            co_return ExitCode::Ok;
        }
        const bool takesValue =
            option == QLatin1String("--data-dir") || option == QLatin1String("--config");
        const auto equals = option.indexOf(QLatin1Char('='));
        const QString name = equals > 0 ? option.left(equals) : option;
        if (name != QLatin1String("--data-dir") && name != QLatin1String("--config")) {
            output.error(CliText::tr("unknown option '%1' (see leaselink-cli --help)").arg(option));
            co_return ExitCode::Usage;
        }
        QString value;
        if (equals > 0) {
            value = option.mid(equals + 1);
        } else if (takesValue && !arguments.isEmpty()) {
            value = arguments.takeFirst();
        }
        if (value.isEmpty()) {
            output.error(CliText::tr("%1 needs a value").arg(name));
            co_return ExitCode::Usage;
        }
        (name == QLatin1String("--data-dir") ? dataDir : configPath) = value;
    }
    // The library logs what it does at info level (migrations, store opens, retries); a command's
    // own output already says what happened, so those lines are only wanted on request.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("leaselink.*.info=false\n"
                                                        "leaselink.*.debug=false"));
    if (arguments.isEmpty()) {
        output.err() << helpText();
        co_return ExitCode::Usage;
    }

    const QString command = arguments.takeFirst();
    // The global --json is the command's own: every command that prints JSON takes --json.
    if (json && !arguments.contains(QStringLiteral("--json")))
        arguments.append(QStringLiteral("--json"));
    std::unique_ptr<DemoLab> demoLab;
    std::unique_ptr<SecretStore> secrets;
    if (demo) {
        // --data-dir (and $LEASELINK_DATA_DIR) are not used: the demo never touches real data.
        demoLab = std::make_unique<DemoLab>();
        const int ready = co_await demoLab->start(configPath);
        if (ready != ExitCode::Ok)
            co_return ready;
        if (isatty(fileno(stderr)))
            output.err() << demoLab->summary() << Qt::endl;
        dataDir = demoLab->dataDir();
        secrets = demoLab->secretStore();
    } else {
        secrets = ChainedSecretStore::environmentThenKeychain();
    }
    CliContext context(dataDir, configPath, std::move(secrets));
    if (command == QLatin1String("servers"))
        co_return co_await ServersCommand::run(context, std::move(arguments));
    if (command == QLatin1String("netbox"))
        co_return co_await NetBoxCommand::run(context, std::move(arguments));
    if (command == QLatin1String("settings"))
        co_return SettingsCommand::run(context, std::move(arguments));
    if (command == QLatin1String("status"))
        co_return StatusCommand::run(context, arguments);
    if (command == QLatin1String("jobs"))
        co_return JobsCommand::run(context, std::move(arguments));
    if (command == QLatin1String("maintenance"))
        co_return MaintenanceCommand::run(context, std::move(arguments));
    if (command == QLatin1String("validate"))
        co_return co_await ValidateCommand::run(context, std::move(arguments));
    if (command == QLatin1String("import"))
        co_return co_await ImportCommand::run(context, std::move(arguments));
    if (command == QLatin1String("sync"))
        co_return co_await SyncCommand::run(context, std::move(arguments), verbose);
    output.error(CliText::tr("unknown command '%1' (see leaselink-cli --help)").arg(command));
    co_return ExitCode::Usage;
}

} // namespace leaselink::cli
