#include "JobCountsText.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace leaselink;

// The Jobs view's Counts column: the engine's keys become words, zeros are left out, and a key
// the text does not know is still shown.
class TestJobCountsText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void words_data();
    void words();
};

void TestJobCountsText::words_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("text");
    QTest::newRow("sync") << QByteArray(R"({"ip_created":120,"ip_updated":0,"ip_deleted":3,
        "ip_failed":0,"leases_read":10000,"reservations_read":600,"servers_synced":3,
        "side_info_written":120,"scopes_pushed":0})")
                          << QStringLiteral("120 created, 3 deleted in NetBox · 10000 leases read, "
                                            "600 reservations read · 3 servers synced");
    QTest::newRow("pushes")
        << QByteArray(R"({"reservations_pushed":2,"reservations_push_failed":1})")
        << QStringLiteral("2 reservations pushed, 1 failed to the DHCP servers");
    QTest::newRow("unknown key kept") << QByteArray(R"({"ip_created":1,"new_thing":4})")
                                      << QStringLiteral("1 created in NetBox · new_thing: 4");
    QTest::newRow("nothing") << QByteArray(R"({"ip_created":0,"side_info_deleted":7})")
                             << QStringLiteral("nothing to do");
    QTest::newRow("import")
        << QByteArray(R"({"failovers":{"created":2,"skipped":0,"errors":0},
            "scopes":{"created":20,"skipped":1,"errors":2},
            "option_codes":{"created":0,"skipped":18,"errors":0},
            "prefixes":{"created":0,"skipped":0,"errors":0}})")
        << QStringLiteral("failovers: 2 created · option codes: 18 skipped · scopes: 20 created, 1 "
                          "skipped, 2 error(s)");
}

void TestJobCountsText::words()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(jobCountsText(document.object()), text);
}

QTEST_GUILESS_MAIN(TestJobCountsText)
#include "tst_jobcountstext.moc"
