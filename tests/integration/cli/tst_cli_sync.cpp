// Issue 5's "done when", as an admin runs it: against the lab's dataset M (HTTPS, each server on
// its own loopback address), `leaselink-cli import` of each server and then `sync --all` give
// NetBox exactly the servers' leases and reservations (compared address by address, status by
// status, every change with LeaseLink's changelog message); `--dry-run` first lists exactly what
// the real run then writes and changes nothing; a repeated sync reports no changes.
#include "CliRunner.h"

#include "LabRunner.h"
#include "LabSetup.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "secrets/InMemorySecretStore.h"
#include "store/Database.h"

#include <QCoroTask>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;
using leaselink::test::CliRun;
using leaselink::test::CliRunner;

namespace {

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(run.exitCode)
        .arg(run.out.left(3000), run.err.left(3000));
}

qint64 countOf(const CliRun &run, const char *key)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("counts"))
        .toObject()
        .value(QLatin1String(key))
        .toInteger();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    lab::LabRunner m_lab;
    QString m_dataDir;

    CliRunner cli() const
    {
        CliRunner runner(m_dataDir);
        for (const lab::LabEndpoint &e : m_lab.psuEndpoints())
            runner.setEnv(QStringLiteral("LEASELINK_PSU_TOKEN_") +
                              e.name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')),
                          e.writerToken);
        runner.setEnv(QStringLiteral("LEASELINK_NETBOX_TOKEN"), m_lab.netboxEndpoint().writerToken);
        return runner;
    }

    // address -> status for every lease and reservation of the lab's servers (a reservation's
    // status wins on its address).
    QMap<QString, QString> expectedState() const
    {
        QMap<QString, QString> out;
        QSet<const lab::PsuModel *> seen;
        for (const lab::LabEndpoint &e : m_lab.psuEndpoints()) {
            const lab::PsuModel &model = e.psu->model();
            if (seen.contains(&model))
                continue;
            seen.insert(&model);
            for (const auto &[id, scope] : model.scopes) {
                for (const auto &lease : scope.leases)
                    out.insert(lease.ipAddress.toString(), QStringLiteral("dhcp"));
                for (const auto &reservation : scope.reservations)
                    out.insert(reservation.ipAddress.toString(), QStringLiteral("reserved"));
            }
        }
        return out;
    }

    QMap<QString, QString> netboxState() const
    {
        QMap<QString, QString> out;
        for (const auto &[id, ip] : m_lab.netbox()->state().ipAddresses())
            out.insert(ip.address.hostText(), ip.status);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        lab::LabRunnerOptions options;
        options.dataset = QStringLiteral("M");
        options.https = true;
        options.loopbackHostnames = true;
        options.psuScript = QStringLiteral("2.x");
        const auto started = m_lab.start(options);
        QVERIFY(started.has_value());
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        auto opened = Database::openInDataDir(m_dataDir);
        QVERIFY(opened.has_value());
        InMemorySecretStore secrets;
        const auto configured = QCoro::waitFor(lab::LabSetup::configure(m_lab, **opened, secrets));
        QVERIFY(configured.has_value());
    }

    void importThenSyncGivesNetBoxTheServersState()
    {
        for (const QString &server : {QStringLiteral("psu-1"), QStringLiteral("psu-3")}) {
            const CliRun imported = cli().run({QStringLiteral("import"), server}, 120000);
            QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
        }
        // The preview changes nothing and lists every create.
        const CliRun planned = cli().run({QStringLiteral("sync"), QStringLiteral("--all"),
                                          QStringLiteral("--dry-run"), QStringLiteral("--json")},
                                         120000);
        QVERIFY2(planned.exitCode == 0, qPrintable(describe(planned)));
        QCOMPARE(m_lab.netbox()->state().ipAddresses().size(), size_t(0));
        const QMap<QString, QString> expected = expectedState();
        QCOMPARE(countOf(planned, "ip_created"), qint64(expected.size()));

        const CliRun synced = cli().run(
            {QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--json")}, 120000);
        QVERIFY2(synced.exitCode == 0, qPrintable(describe(synced)));
        QCOMPARE(countOf(synced, "ip_created"), countOf(planned, "ip_created"));
        QCOMPARE(netboxState(), expected);
        for (const lab::NbObjectChange &change : m_lab.netbox()->state().changes()) {
            if (change.objectType == QLatin1String("ipam.ipaddress"))
                QVERIFY2(change.message.startsWith(QStringLiteral("LeaseLink: sync for DHCP")),
                         qPrintable(change.message));
        }
    }

    // The secret scan (tests/security) also reads the cache these imports and syncs wrote.
    void cleanupTestCase()
    {
        const QString traffic = qEnvironmentVariable("LEASELINK_TRAFFIC_LOG");
        if (traffic.isEmpty())
            return;
        const QString target =
            QFileInfo(traffic).absolutePath() + QStringLiteral("/tst_cli_sync-cache");
        QDir().mkpath(target);
        const QDir source(m_dataDir);
        for (const QString &name : source.entryList(QDir::Files))
            QFile::copy(source.filePath(name), target + QLatin1Char('/') + name);
    }

    void repeatedSyncReportsNoChanges()
    {
        const auto changes = m_lab.netbox()->state().changes().size();
        const CliRun again = cli().run({QStringLiteral("sync"), QStringLiteral("--all")}, 120000);
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("No changes")), qPrintable(describe(again)));
        QCOMPARE(m_lab.netbox()->state().changes().size(), changes);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
