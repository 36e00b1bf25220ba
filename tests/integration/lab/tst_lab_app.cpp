// leaselink-lab as a process: --json prints one line once ready, the servers answer, and
// SIGTERM ends it cleanly.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

class TestLabApp : public QObject
{
    Q_OBJECT

private:
    QString executable() const { return qEnvironmentVariable("LEASELINK_LAB_EXE"); }

private Q_SLOTS:
    void jsonLineAndCleanShutdown()
    {
        QVERIFY2(!executable().isEmpty(), "LEASELINK_LAB_EXE is set by CMake");
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("rec.jsonl"));
        QProcess lab;
        lab.start(executable(),
                  {QStringLiteral("--dataset"), QStringLiteral("S"), QStringLiteral("--https"),
                   QStringLiteral("--json"), QStringLiteral("--psu-script"), QStringLiteral("2.x"),
                   QStringLiteral("--record"), recording});
        QVERIFY(lab.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(lab.canReadLine(), 30000);
        const QByteArray line = lab.readLine();
        const QJsonObject ready = QJsonDocument::fromJson(line).object();
        QVERIFY2(!ready.isEmpty(), line.constData());
        const QJsonObject netbox = ready.value(u"netbox").toObject();
        QVERIFY(netbox.value(u"url").toString().startsWith(u"https://127.0.0.1:"));
        QVERIFY(!netbox.value(u"token").toString().isEmpty());
        QCOMPARE(netbox.value(u"fingerprint_sha256").toString().size(), 95);
        const QJsonArray psu = ready.value(u"psu").toArray();
        QCOMPARE(psu.size(), 1);
        const QJsonObject first = psu.first().toObject();
        QCOMPARE(first.value(u"name").toString(), QStringLiteral("psu-1"));
        QVERIFY(first.value(u"fingerprint_sha256").toString() !=
                netbox.value(u"fingerprint_sha256").toString());

        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(first.value(u"url").toString() + u"/api/dhcp/health"));
        request.setRawHeader("Authorization",
                             "Bearer " + first.value(u"reader_token").toString().toLatin1());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the fingerprint was checked above
        request.setSslConfiguration(tls);
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->readAll(), QByteArray(R"({"status":"ok","version":"2.0.1"})"));
        reply->deleteLater();

        lab.terminate(); // SIGTERM
        QVERIFY(lab.waitForFinished(30000));
        QCOMPARE(lab.exitStatus(), QProcess::NormalExit);
        QCOMPARE(lab.exitCode(), 0);
        QFile file(recording);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray recorded = file.readAll();
        QVERIFY(recorded.contains("/api/dhcp/health"));
        QVERIFY(!recorded.contains(first.value(u"reader_token").toString().toLatin1()));
    }

    void writesDatasetFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QProcess lab;
        lab.start(executable(),
                  {QStringLiteral("--dataset"), QStringLiteral("M"), QStringLiteral("--seed"),
                   QStringLiteral("9"), QStringLiteral("--write-dataset"), path});
        QVERIFY(lab.waitForFinished(60000));
        QCOMPARE(lab.exitCode(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"name").toString(), QStringLiteral("M"));
        QCOMPARE(root.value(u"seed").toInt(), 9);
        QCOMPARE(root.value(u"servers").toArray().size(), 3);
        QCOMPARE(root.value(u"models").toObject().keys(),
                 (QStringList{QStringLiteral("pair-1"), QStringLiteral("psu-3")}));
    }

    void badOptionsNameTheProblem()
    {
        QProcess lab;
        lab.start(executable(), {QStringLiteral("--psu-script"), QStringLiteral("three")});
        QVERIFY(lab.waitForFinished(30000));
        QCOMPARE(lab.exitCode(), 1);
        QVERIFY(lab.readAllStandardError().contains("--psu-script must be 1.0.2, 2.x"));
    }
};

QTEST_GUILESS_MAIN(TestLabApp)
#include "tst_lab_app.moc"
