#include "GuiLeasesBenchmark.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace leaselink::bench {

BenchReport runGuiLeasesL()
{
    BenchReport report(QStringLiteral("gui-leases-L"), QStringLiteral("L"));
#ifndef LEASELINK_BENCH_GUI_PATH
    report.fail(QStringLiteral("built without the GUI (LEASELINK_BUILD_GUI=OFF)"));
    return report;
#else
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    report.start();
    gui.start(QStringLiteral(LEASELINK_BENCH_GUI_PATH), QStringList());
    const bool finished = gui.waitForFinished(300000);
    report.stop();
    const QByteArray line = gui.readAllStandardOutput().trimmed();
    const QJsonObject figures = QJsonDocument::fromJson(line).object();
    if (!finished || figures.isEmpty()) {
        report.fail(QStringLiteral("leaselink-bench-gui gave no figures: ") +
                    QString::fromUtf8(gui.readAllStandardError()).left(300));
        return report;
    }
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("dataset"))
            report.add(it.key(), it.value());
    }
    if (figures.contains(QStringLiteral("error")))
        report.fail(figures.value(QStringLiteral("error")).toString());
    return report;
#endif
}

} // namespace leaselink::bench
