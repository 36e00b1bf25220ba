#include "DemoGui.h"
#include "DemoSession.h"
#include "DemoWelcomeDialog.h"
#include "MainWindow.h"
#include "Translations.h"

#include "config/ConfigOverrides.h"
#include "secrets/ChainedSecretStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <QCoroTask>

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
const QCommandLineOption demoOption(
    QStringLiteral("demo"),
    QStringLiteral("Run the built-in demo: a lab of simulated DHCP servers and NetBox on this "
                   "computer (dataset M, HTTPS) and a throw-away data folder. Your data folder, "
                   "keychain and configuration file are not used (unless --config is given)."));

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
    parser.addOption(demoOption);
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

    // --demo: the lab in-process and a temporary data folder; its certificates are not trusted,
    // so the first connection shows the real trust dialog. The fingerprints to compare are printed
    // here (as leaselink-lab does) and listed in the welcome dialog.
    std::unique_ptr<leaselink::demo::DemoSession> demo;
    QString dataDir = parser.value(dataDirOption);
    if (parser.isSet(demoOption)) {
        demo = std::make_unique<leaselink::demo::DemoSession>();
        leaselink::demo::DemoOptions options;
        options.trustCertificates = false;
        const auto started = QCoro::waitFor(demo->start(options));
        QTextStream err(stderr);
        if (!started) {
            err << "leaselink: --demo: " << started.error().message << Qt::endl;
            return 1;
        }
        err << "leaselink: " << demo->summary() << Qt::endl;
        err << "leaselink: compare these SHA-256 fingerprints with the trust dialog:" << Qt::endl;
        for (const auto &service : demo->services())
            err << "  " << service.name << "  " << service.url.toString() << "\n    "
                << service.fingerprintSha256 << Qt::endl;
        dataDir = demo->dataDir();
    }

    auto opened = leaselink::Database::openInDataDir(dataDir);
    std::unique_ptr<leaselink::Database> database;
    QString openError;
    if (opened)
        database = std::move(*opened);
    else
        openError = opened.error().message;

    // App Tokens: environment variables first (headless and demo runs), then the OS keychain.
    // The demo's tokens live in memory only.
    const auto secrets =
        demo ? demo->secretStore() : leaselink::ChainedSecretStore::environmentThenKeychain();
    // The demo reads no configuration file of the admin's unless one is named.
    const bool useConfig = !demo || parser.isSet(configOption);
    leaselink::MainWindow window(database.get(), openError,
                                 useConfig
                                     ? leaselink::ConfigOverrides::load(parser.value(configOption))
                                     : leaselink::ConfigOverrides(),
                                 secrets.get());
    if (demo)
        window.setWindowTitle(QCoreApplication::translate("main", "LeaseLink — Demo"));
    leaselink::addLanguageMenu(window);
    window.show();
    // Screenshots for the README (packaging/screenshots.sh): drive the demo and save PNGs.
    const QString screenshotDir = qEnvironmentVariable("LEASELINK_SCREENSHOTS_DIR");
    if (demo && !screenshotDir.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &demo, screenshotDir] {
            QCoro::connect(leaselink::takeDemoScreenshots(window, *demo, screenshotDir), &window,
                           [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        });
    } else if (demo) {
        QTimer::singleShot(0, &window, [&window, &demo] {
            auto *welcome =
                new leaselink::DemoWelcomeDialog(leaselink::demoWelcomeServices(*demo), &window);
            welcome->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(
                welcome, &leaselink::DemoWelcomeDialog::checkCertificatesRequested, &window,
                [&window] { QCoro::connect(window.checkCertificates(), &window, [](bool) {}); });
            welcome->show();
        });
    }
    // gui-start benchmark (tests/bench): report the moment the window is on screen and quit.
    if (qEnvironmentVariableIsSet("LEASELINK_BENCH_EXIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("leaselink: main window shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    const int code = app.exec();
    if (!demo) // the demo's window size is not the admin's
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    return code;
}
