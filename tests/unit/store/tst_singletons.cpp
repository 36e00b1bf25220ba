// SettingsRepository, NetBoxConnectionRepository and JobRepository.

#include "StoreTestSupport.h"

#include "store/JobRepository.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/SettingsRepository.h"

using namespace leaselink;
using namespace leaselink::test;

class TestSingletons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDefaultsOnFirstRead()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        QCOMPARE(rowCount(*f.db, QStringLiteral("settings")), 0);
        SettingsRepository repo(*f.db);
        auto settings = repo.get();
        STORE_VERIFY(settings);
        QCOMPARE(rowCount(*f.db, QStringLiteral("settings")), 1);
        QCOMPARE(*settings, Settings{});
        QVERIFY(!settings->syncIpAddresses);
        QCOMPARE(settings->leaseStatus, QStringLiteral("dhcp"));
        QCOMPARE(settings->reservationStatus, QStringLiteral("reserved"));
        QCOMPARE(settings->syncIntervalMinutes, 60);
        QCOMPARE(settings->syncQueue, SyncQueue::Default);
        QCOMPARE(settings->syncJobTimeoutSeconds, 300);
        QVERIFY(!settings->syncProtectTagId);
        QVERIFY(settings->createMissingPrefixes);
        QVERIFY(settings->apiEnabled);
        STORE_VERIFY(repo.get());
        QCOMPARE(rowCount(*f.db, QStringLiteral("settings")), 1); // still a singleton
    }

    void settingsRoundTrip()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        SettingsRepository repo(*f.db);
        Settings s;
        s.syncIpAddresses = true;
        s.leaseStatus = QStringLiteral("active");
        s.reservationStatus = QStringLiteral("reserved-dhcp");
        s.pushReservations = true;
        s.pushScopeInfo = true;
        s.syncActiveScopesOnly = true;
        s.syncIntervalMinutes = 1440;
        s.syncQueue = SyncQueue::Low;
        s.syncJobTimeoutSeconds = 60;
        s.syncProtectTagId = 12;
        s.syncProtectTagSlug = QStringLiteral("do-not-touch");
        s.syncProtectUpdateClientId = true;
        s.createMissingPrefixes = false;
        s.apiEnabled = false;
        auto saved = repo.save(s);
        STORE_VERIFY(saved);
        QCOMPARE(*saved, s);
        auto reread = repo.get();
        STORE_VERIFY(reread);
        QCOMPARE(*reread, s);

        // Clearing the protect tag stores NULL again.
        s.syncProtectTagId.reset();
        s.syncProtectTagSlug.clear();
        auto cleared = repo.save(s);
        STORE_VERIFY(cleared);
        QVERIFY(!cleared->syncProtectTagId);
        QCOMPARE(
            scalar(*f.db, QStringLiteral(
                              "SELECT COUNT(*) FROM settings WHERE sync_protect_tag_id IS NULL")),
            1);
    }

    void settingsBounds_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("interval 4")
            << 4 << 300 << QStringLiteral("between 5 and 1440 minutes (it is 4)");
        QTest::newRow("interval 1441") << 1441 << 300 << QStringLiteral("(it is 1441)");
        QTest::newRow("timeout 59") << 60 << 59 << QStringLiteral("at least 60 seconds (it is 59)");
    }

    void settingsBounds()
    {
        QFETCH(int, interval);
        QFETCH(int, timeout);
        QFETCH(QString, fragment);
        FreshDatabase f;
        QVERIFY(f.db);
        SettingsRepository repo(*f.db);
        Settings s;
        s.syncIntervalMinutes = interval;
        s.syncJobTimeoutSeconds = timeout;
        STORE_VERIFY_ERROR(repo.save(s), StoreError::Kind::Constraint, fragment);
        auto stored = repo.get();
        STORE_VERIFY(stored);
        QCOMPARE(*stored, Settings{}); // nothing written
    }

    void netboxConnection()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        NetBoxConnectionRepository repo(*f.db);
        auto none = repo.get();
        STORE_VERIFY(none);
        QVERIFY(!none->has_value());

        NetBoxConnection c;
        c.url = QUrl(QStringLiteral("https://netbox.example.test:8443/"));
        c.verifySsl = false;
        c.certificate.pem = QByteArrayLiteral("PEM");
        c.certificate.notAfter = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
        c.certificate.sha256 = QStringLiteral("AA:BB");
        auto saved = repo.save(c);
        STORE_VERIFY(saved);
        QCOMPARE(saved->url, c.url);
        QVERIFY(!saved->verifySsl);
        QCOMPARE(saved->certificate, c.certificate);
        QVERIFY(saved->lastUpdated.isValid());

        c.url = QUrl(QStringLiteral("https://netbox2.example.test/"));
        STORE_VERIFY(repo.save(c));
        QCOMPARE(rowCount(*f.db, QStringLiteral("netbox_connection")), 1);
        auto reread = repo.get();
        STORE_VERIFY(reread);
        QCOMPARE((*reread)->url.host(), QStringLiteral("netbox2.example.test"));

        for (const QString &bad : {QStringLiteral("netbox.example.test"),
                                   QStringLiteral("ftp://netbox/"), QStringLiteral("https://")}) {
            c.url = QUrl(bad);
            STORE_VERIFY_ERROR(repo.save(c), StoreError::Kind::Constraint,
                               QStringLiteral("not an absolute"));
        }
        c.url = QUrl(QStringLiteral("https://admin:hunter2@netbox.example.test/"));
        const auto withPassword = repo.save(c);
        STORE_VERIFY_ERROR(withPassword, StoreError::Kind::Constraint, QStringLiteral("keychain"));
        QVERIFY(!withPassword.error().message.contains(QStringLiteral("hunter2"))); // never echoed
        c.url = QUrl(QStringLiteral("https://netbox.example.test/?token=abc"));
        STORE_VERIFY_ERROR(repo.save(c), StoreError::Kind::Constraint, QStringLiteral("query"));
        QCOMPARE(
            scalar(*f.db, QStringLiteral(
                              "SELECT COUNT(*) FROM netbox_connection WHERE url LIKE '%netbox2%'")),
            1);

        STORE_VERIFY(repo.clear());
        auto cleared = repo.get();
        STORE_VERIFY(cleared);
        QVERIFY(!cleared->has_value());
    }

    void jobHistory()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        JobRepository jobs(*f.db);
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
        auto job = jobs.start(QStringLiteral("sync"),
                              {QStringLiteral("dhcp01"), QStringLiteral("dhcp02")}, t0);
        STORE_VERIFY(job);
        QCOMPARE(job->status, JobStatus::Running);
        QCOMPARE(job->servers, (QStringList{QStringLiteral("dhcp01"), QStringLiteral("dhcp02")}));
        QVERIFY(!job->finishedAt.isValid());

        STORE_VERIFY(jobs.appendLog(job->id, QStringLiteral("line 1\n")));
        auto logged = jobs.appendLog(job->id, QStringLiteral("line 2\n"));
        STORE_VERIFY(logged);
        QCOMPARE(logged->log, QStringLiteral("line 1\nline 2\n"));

        STORE_VERIFY_ERROR(jobs.finish(job->id, JobStatus::Running, {}, t0.addSecs(5)),
                           StoreError::Kind::Constraint, QStringLiteral("cannot finish"));
        STORE_VERIFY_ERROR(jobs.finish(job->id, JobStatus::Succeeded, {}, t0.addSecs(-5)),
                           StoreError::Kind::Constraint, QStringLiteral("not before its start"));
        const QJsonObject counts{{QStringLiteral("created"), 3}, {QStringLiteral("updated"), 10}};
        auto finished = jobs.finish(job->id, JobStatus::Partial, counts, t0.addSecs(42));
        STORE_VERIFY(finished);
        QCOMPARE(finished->status, JobStatus::Partial);
        QCOMPARE(finished->counts, counts);
        QCOMPARE(finished->finishedAt, t0.addSecs(42));
        QCOMPARE(finished->log,
                 QStringLiteral("line 1\nline 2\n")); // null log keeps the stored one

        auto later = jobs.start(QStringLiteral("import"), {}, t0.addDays(2));
        STORE_VERIFY(later);
        auto recent = jobs.listRecent(10);
        STORE_VERIFY(recent);
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).id, later->id); // newest first

        STORE_VERIFY_ERROR(jobs.start(QString(), {}, t0), StoreError::Kind::Constraint,
                           QStringLiteral("Job kind"));
        STORE_VERIFY_ERROR(jobs.start(QStringLiteral("sync"), {}, QDateTime()),
                           StoreError::Kind::Constraint, QStringLiteral("start time"));
        STORE_VERIFY_ERROR(jobs.get(777), StoreError::Kind::NotFound, QStringLiteral("777"));

        auto pruned = jobs.pruneBefore(t0.addDays(3)); // the running one is kept
        STORE_VERIFY(pruned);
        QCOMPARE(*pruned, 1);
        QCOMPARE(rowCount(*f.db, QStringLiteral("jobs")), 1);
    }

    // A job recorded after the fact is one row or none: a finish that fails rolls the start back.
    void jobRecordedWholeOrNotAtAll()
    {
        FreshDatabase f;
        QVERIFY(f.db);
        JobRepository jobs(*f.db);
        const QDateTime t0(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
        const QJsonObject counts{{QStringLiteral("created"), 2}};
        auto job = jobs.recordFinished(QStringLiteral("import"), {QStringLiteral("dhcp01")}, t0,
                                       JobStatus::Succeeded, counts, t0.addSecs(9),
                                       QStringLiteral("done\n"));
        STORE_VERIFY(job);
        QCOMPARE(job->status, JobStatus::Succeeded);
        QCOMPARE(job->counts, counts);
        QCOMPARE(job->startedAt, t0);
        QCOMPARE(job->finishedAt, t0.addSecs(9));
        QCOMPARE(job->log, QStringLiteral("done\n"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("jobs")), 1);

        STORE_VERIFY_ERROR(jobs.recordFinished(QStringLiteral("sync"), {}, t0, JobStatus::Running,
                                               {}, t0.addSecs(1), QString()),
                           StoreError::Kind::Constraint, QStringLiteral("cannot finish"));
        STORE_VERIFY_ERROR(jobs.recordFinished(QStringLiteral("sync"), {}, t0, JobStatus::Failed,
                                               {}, t0.addSecs(-1), QString()),
                           StoreError::Kind::Constraint, QStringLiteral("not before its start"));
        QCOMPARE(rowCount(*f.db, QStringLiteral("jobs")), 1); // no "running" row left behind
    }
};

QTEST_GUILESS_MAIN(TestSingletons)
#include "tst_singletons.moc"
