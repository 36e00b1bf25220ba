#include "MainWindow.h"

#include "config/ConfigOverrides.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LeaseLink"));
    QApplication::setApplicationVersion(QStringLiteral(LEASELINK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("leaselink"));

    // The same data and configuration options as leaselink-cli, so both can share a cache.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("LeaseLink keeps Windows DHCP servers and NetBox IPAM in step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Use the cache in DIR (default: "
                                                    "$LEASELINK_DATA_DIR, else the platform's "
                                                    "application data folder)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Configuration-file overrides (default: "
                                                   "$LEASELINK_CONFIG, else leaselink.json in "
                                                   "the configuration folder)."),
                                    QStringLiteral("FILE"));
    parser.addOption(dataDir);
    parser.addOption(config);
    parser.process(app);

    auto opened = leaselink::Database::openInDataDir(parser.value(dataDir));
    std::unique_ptr<leaselink::Database> database;
    QString openError;
    if (opened)
        database = std::move(*opened);
    else
        openError = opened.error().message;

    leaselink::MainWindow window(database.get(), openError,
                                 leaselink::ConfigOverrides::load(parser.value(config)));
    window.show();
    const int code = app.exec();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    return code;
}
