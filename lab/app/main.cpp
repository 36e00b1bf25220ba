// leaselink-lab: simulated PSU servers and a simulated NetBox on loopback, for development,
// tests, benchmarks and demos.
#include "LabRunner.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace leaselink::lab;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leaselink-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASELINK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts simulated PowerShell Universal DHCP servers and a simulated NetBox on 127.0.0.1 "
        "and prints their URLs, tokens and certificate fingerprints.\n"
        "The tokens it prints are throw-away lab tokens, printed on purpose so clients can be "
        "pointed at the lab; never reuse them anywhere else."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataset(QStringLiteral("dataset"),
                                     QStringLiteral("S, M, L or a dataset JSON file (default S)."),
                                     QStringLiteral("S|M|L|FILE"), QStringLiteral("S"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated dataset (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption https(QStringLiteral("https"),
                                   QStringLiteral("Serve HTTPS with a self-signed certificate per "
                                                  "server."));
    const QCommandLineOption faults(QStringLiteral("faults"),
                                    QStringLiteral("Inject the faults listed in this JSON file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption netboxVersion(
        QStringLiteral("netbox-version"), QStringLiteral("NetBox behaviour: 4.5 or 4.6 (default)."),
        QStringLiteral("4.5|4.6"), QStringLiteral("4.6"));
    const QCommandLineOption netboxState(QStringLiteral("netbox-state"),
                                         QStringLiteral("NetBox pre-state: empty (default), "
                                                        "partly-populated, …"),
                                         QStringLiteral("NAME"), QStringLiteral("empty"));
    const QCommandLineOption psuScript(
        QStringLiteral("psu-script"),
        QStringLiteral("PSU endpoint script: 1.0.2 (default) or 2.x."), QStringLiteral("1.0.2|2.x"),
        QStringLiteral("1.0.2"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Append every request/response as JSON lines "
                                                   "(tokens redacted)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON line once ready, for scripts."));
    const QCommandLineOption writeDataset(
        QStringLiteral("write-dataset"),
        QStringLiteral("Write the PSU side of the dataset as JSON (a starting point for "
                       "--dataset FILE) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption loopbackHostnames(
        QStringLiteral("loopback-hostnames"),
        QStringLiteral("Give each PSU server its own loopback address (127.0.0.2, 127.0.0.3, ...) "
                       "and report it as its host name, so failover partners can be matched by "
                       "host name when LeaseLink imports them."));
    parser.addOptions({dataset, seed, https, faults, netboxVersion, netboxState, psuScript, record,
                       json, writeDataset, loopbackHostnames});
    parser.process(app);

    bool seedOk = false;
    LabRunnerOptions options;
    options.dataset = parser.value(dataset);
    options.seed = parser.value(seed).toUInt(&seedOk);
    options.https = parser.isSet(https);
    options.faultsFile = parser.value(faults);
    options.netboxVersion = parser.value(netboxVersion);
    options.netboxPreState = parser.value(netboxState);
    options.psuScript = parser.value(psuScript);
    options.recordFile = parser.value(record);
    options.loopbackHostnames = parser.isSet(loopbackHostnames);
    if (!seedOk) {
        std::fprintf(stderr, "leaselink-lab: --seed must be a non-negative number, not '%s'\n",
                     qPrintable(parser.value(seed)));
        return 2;
    }

    if (parser.isSet(writeDataset)) {
        const auto written = LabRunner::writeDataset(options, parser.value(writeDataset));
        if (!written) {
            std::fprintf(stderr, "leaselink-lab: %s\n", qPrintable(written.error().message));
            return 1;
        }
        return 0;
    }

    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    LabRunner runner;
    if (const auto started = runner.start(options); !started) {
        std::fprintf(stderr, "leaselink-lab: %s\n", qPrintable(started.error().message));
        return 1;
    }
    if (parser.isSet(json))
        std::fprintf(stdout, "%s\n", runner.readyJson().constData());
    else
        std::fprintf(stdout, "%s", qPrintable(runner.summary()));
    std::fflush(stdout);
    return app.exec();
}
