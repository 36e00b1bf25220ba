#include "CliRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QTextStream>

namespace leaselink::test {

CliRunner::CliRunner(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    // No session bus: the keychain is unavailable, as on a headless server.
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent"));
    m_env.remove(QStringLiteral("LEASELINK_CONFIG"));
    m_env.remove(QStringLiteral("LEASELINK_NETBOX_TOKEN"));
    // The CLI speaks the locale's language; the tests read its English texts.
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.remove(QStringLiteral("LANGUAGE"));
}

// The suite-wide secret scan (tests/security) reads every CLI output too: each run's command
// line, stdout and stderr are appended to a file next to the test's traffic recording.
void CliRunner::keepForSecretScan(const QStringList &arguments, const CliRun &run)
{
    const QString traffic = qEnvironmentVariable("LEASELINK_TRAFFIC_LOG");
    if (traffic.isEmpty())
        return;
    QFile file(QFileInfo(traffic).absolutePath() + QLatin1Char('/') +
               QCoreApplication::applicationName() + QStringLiteral("-cli-output.txt"));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    QTextStream out(&file);
    out << "$ leaselink-cli " << arguments.join(QLatin1Char(' ')) << " (exit " << run.exitCode
        << ")\n"
        << run.out << run.err << '\n';
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(LEASELINK_CLI_PATH),
                  QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    CliRun result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start leaselink-cli: ") + process.errorString();
        return result;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("leaselink-cli timed out");
        return result;
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    keepForSecretScan(arguments, result);
    return result;
}

} // namespace leaselink::test
