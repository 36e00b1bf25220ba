#include "GuiStartBenchmark.h"

#include "LCache.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace leaselink::bench {

BenchReport runGuiStartL()
{
    BenchReport report(QStringLiteral("gui-start-L"), QStringLiteral("L"));
#ifndef LEASELINK_GUI_PATH
    report.fail(QStringLiteral("built without the GUI (LEASELINK_BUILD_GUI=OFF)"));
    return report;
#else
    QTemporaryDir dir;
    {
        auto opened = Database::openInDataDir(dir.path());
        if (!opened) {
            report.fail(opened.error().message);
            return report;
        }
        if (const QString error = LCache::fill(**opened); !error.isEmpty()) {
            report.fail(error);
            return report;
        }
    }
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LEASELINK_BENCH_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    QElapsedTimer shown;
    report.start();
    shown.start();
    gui.start(QStringLiteral(LEASELINK_GUI_PATH), {QStringLiteral("--data-dir"), dir.path()});
    qint64 shownMs = -1;
    QByteArray output;
    while (gui.waitForReadyRead(30000)) {
        output += gui.readAllStandardOutput();
        if (output.contains("main window shown")) {
            shownMs = shown.elapsed();
            break;
        }
    }
    report.stop();
    gui.waitForFinished(30000);
    if (shownMs < 0) {
        report.fail(QStringLiteral("the window was not reported shown: ") +
                    QString::fromUtf8(gui.readAllStandardError()).left(300));
        return report;
    }
    report.add(QStringLiteral("shown_seconds"), double(shownMs) / 1000.0);
    report.add(QStringLiteral("target_wall_seconds"), 1.0);
    return report;
#endif
}

} // namespace leaselink::bench
