#include "CliRunner.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTest>

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
    return result;
}

} // namespace leaselink::test
