#include "MainWindow.h"
#include "Translations.h"

#include "config/ConfigOverrides.h"
#include "secrets/ChainedSecretStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                       QStringLiteral("Use the cache in DIR (default: "
                                                      "$LEASELINK_DATA_DIR, else the platform's "
                                                      "application data folder)."),
                                       QStringLiteral("DIR"));
const QCommandLineOption configOption(QStringLiteral("config"),
                                      QStringLiteral("Configuration-file overrides (default: "
                                                     "$LEASELINK_CONFIG, else leaselink.json in "
                                                     "the configuration folder)."),
                                      QStringLiteral("FILE"));

// The same data and configuration options as leaselink-cli, so both can share a cache.
void describeOptions(QCoreApplication &app, QCommandLineParser &parser)
{
    QCoreApplication::setApplicationName(QStringLiteral("LeaseLink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASELINK_VERSION));
    parser.setApplicationDescription(
        QStringLiteral("LeaseLink keeps Windows DHCP servers and NetBox IPAM in step."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dataDirOption);
    parser.addOption(configOption);
    parser.process(app);
}

// --help and --version print and exit; they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describeOptions(app, parser); // exits after printing
        return 0;
    }

    QApplication app(argc, argv);
    // The installed desktop entry and icon are named by the application id (packaging/).
    QApplication::setDesktopFileName(QStringLiteral("io.github.leaselink.LeaseLink"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/leaselink/resources/icons/io.github.leaselink.LeaseLink.svg")));
    QCommandLineParser parser;
    describeOptions(app, parser);
    leaselink::installGuiTranslations(app);

    auto opened = leaselink::Database::openInDataDir(parser.value(dataDirOption));
    std::unique_ptr<leaselink::Database> database;
    QString openError;
    if (opened)
        database = std::move(*opened);
    else
        openError = opened.error().message;

    // App Tokens: environment variables first (headless and demo runs), then the OS keychain.
    const auto secrets = leaselink::ChainedSecretStore::environmentThenKeychain();
    leaselink::MainWindow window(database.get(), openError,
                                 leaselink::ConfigOverrides::load(parser.value(configOption)),
                                 secrets.get());
    leaselink::addLanguageMenu(window);
    window.show();
    // gui-start benchmark (tests/bench): report the moment the window is on screen and quit.
    if (qEnvironmentVariableIsSet("LEASELINK_BENCH_EXIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("leaselink: main window shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    const int code = app.exec();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    return code;
}
