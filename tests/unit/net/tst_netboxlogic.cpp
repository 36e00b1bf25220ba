// NetBox client logic without sockets: parent= batching, bulk bisect over a fake transport,
// version parsing, decoders, token header forms, change-log messages.
#include "net/netbox/NetBoxBatching.h"
#include "net/netbox/NetBoxClient.h"
#include "net/netbox/NetBoxDecoder.h"

#include <QCoroTask>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace leaselink;

namespace {

NetError badRequest(const QByteArray &body)
{
    NetError e;
    e.kind = NetError::Kind::HttpStatus;
    e.httpStatus = 400;
    e.serverText = QString::fromUtf8(body);
    return e;
}

} // namespace

class TestNetBoxLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parentBatchesStayUnderTheLimit()
    {
        QList<Ipv4Prefix> prefixes;
        for (int i = 0; i < 300; ++i)
            prefixes << *Ipv4Prefix::parse(
                QStringLiteral("10.%1.%2.0/24").arg(i / 256).arg(i % 256));
        const int fixed = 180;
        const auto batches = NetBoxBatching::parentBatches(prefixes, fixed, 4000);
        QVERIFY(batches.size() > 1);
        QList<Ipv4Prefix> flattened;
        for (const auto &batch : batches) {
            QVERIFY(!batch.isEmpty());
            int length = fixed;
            for (const Ipv4Prefix &p : batch)
                length += 8 + int(QUrl::toPercentEncoding(p.toString()).size());
            QVERIFY2(length <= 4000, qPrintable(QString::number(length)));
            flattened << batch;
        }
        QCOMPARE(flattened, prefixes); // every prefix once, order kept
        QCOMPARE(NetBoxBatching::parentBatches({}, fixed, 4000).size(), 0);
        QCOMPARE(NetBoxBatching::parentBatches(prefixes.first(1), 5000, 4000).size(),
                 1); // never drops one
    }

    void bisectIsolatesBadItems()
    {
        // Bulk update style: a failing batch answers one error object, no index.
        const QSet<int> bad{3, 7};
        int calls = 0;
        const NetBoxBatching::Submit submit = [&](QList<int> indices) -> QCoro::Task<BatchReply> {
            ++calls;
            BatchReply reply;
            for (int i : indices) {
                if (bad.contains(i)) {
                    reply.error = badRequest(QByteArray("dns_name: item ") + QByteArray::number(i) +
                                             " invalid");
                    co_return reply;
                }
            }
            reply.ok = true;
            co_return reply;
        };
        const auto outcomes = QCoro::waitFor(NetBoxBatching::run(10, 4, submit));
        QCOMPARE(outcomes.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(outcomes[i].ok, !bad.contains(i));
        QCOMPARE(outcomes[3].error, QStringLiteral("dns_name: item 3 invalid"));
        QCOMPARE(outcomes[7].error, QStringLiteral("dns_name: item 7 invalid"));
        QVERIFY(calls < 20);
    }

    void perItemArraysDropOnlyFlaggedItems()
    {
        // Bulk create style: an aligned array, {} for good items; nothing was created.
        QList<QList<int>> sent;
        const NetBoxBatching::Submit submit = [&](QList<int> indices) -> QCoro::Task<BatchReply> {
            sent << indices;
            BatchReply reply;
            if (indices.contains(5)) {
                QStringList perItem;
                for (int i : indices)
                    perItem << (i == 5 ? QStringLiteral(
                                             "address: Duplicate IP address found in global table")
                                       : QString());
                reply.perItem = perItem;
                reply.error = badRequest("[...]");
                co_return reply;
            }
            reply.ok = true;
            for (int i : indices)
                reply.results << QJsonObject{{QStringLiteral("id"), 100 + i}};
            co_return reply;
        };
        const auto outcomes = QCoro::waitFor(NetBoxBatching::run(8, 8, submit));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[1], (QList<int>{0, 1, 2, 3, 4, 6, 7}));
        QVERIFY(!outcomes[5].ok);
        QVERIFY(outcomes[5].error.contains(QStringLiteral("Duplicate")));
        QCOMPARE(outcomes[6].result.value(QStringLiteral("id")).toInt(), 106);
        QVERIFY(outcomes[0].ok);
    }

    void unsplittableErrorsFailTheBatch()
    {
        int calls = 0;
        const NetBoxBatching::Submit submit = [&](QList<int>) -> QCoro::Task<BatchReply> {
            ++calls;
            BatchReply reply;
            reply.error.kind = NetError::Kind::HttpStatus;
            reply.error.httpStatus = 403;
            reply.error.serverText =
                QStringLiteral("You do not have permission to perform this action.");
            co_return reply;
        };
        const auto outcomes = QCoro::waitFor(NetBoxBatching::run(9, 3, submit));
        QCOMPARE(calls, 3);
        for (const auto &o : outcomes) {
            QVERIFY(!o.ok);
            QVERIFY(o.error.contains(QStringLiteral("permission")));
        }
        NetError timeout;
        timeout.kind = NetError::Kind::Timeout;
        QVERIFY(!NetBoxBatching::isSplittable(timeout));
        QVERIFY(NetBoxBatching::isSplittable(badRequest("x")));
    }

    void changelog()
    {
        const QString m =
            NetBoxBatching::changelogMessage(QStringLiteral("sync #12"), QStringLiteral("dhcp01"));
        QCOMPARE(m, QStringLiteral("LeaseLink: sync #12 for DHCP server dhcp01"));
        QVERIFY(NetBoxBatching::changelogMessage(QString(300, u'x'), QStringLiteral("s")).size() <=
                200);
    }

    void versions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<bool>("supported");
        QTest::newRow("4.6.8") << "4.6.8" << true << true;
        QTest::newRow("4.5.0") << "4.5.0" << true << true;
        QTest::newRow("beta") << "4.6.0-beta2" << true << true;
        QTest::newRow("4.4.9") << "4.4.9" << true << false;
        QTest::newRow("3.7") << "3.7" << true << false;
        QTest::newRow("4.7.0") << "4.7.0" << true << false;
        QTest::newRow("junk") << "latest" << false << false;
    }

    void versions()
    {
        QFETCH(QString, text);
        QFETCH(bool, parses);
        QFETCH(bool, supported);
        NetBoxStatus s;
        QCOMPARE(NetBoxDecoder::parseVersion(text, &s), parses);
        if (parses)
            QCOMPARE(s.isSupported(), supported);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("netbox-version"), text}}).toJson();
        QCOMPARE(NetBoxDecoder::status(body).has_value(), parses);
    }

    void ipAddressDecoding()
    {
        const QByteArray good =
            R"({"id":1201,"address":"10.20.0.11/24","vrf":{"id":2,"name":"Customers"},"tenant":null,
            "status":{"value":"dhcp","label":"DHCP"},"dns_name":"pc-11.example.net","description":"",
            "tags":[{"id":3,"name":"dhcp-managed","slug":"dhcp-managed"}],
            "custom_fields":{"dhcp_client_id":"00-11-22-33-44-55"},"last_updated":"2026-05-12T09:14:03.512398Z"})";
        std::optional<DecodeFailure> failure;
        JsonReader r(QJsonDocument::fromJson(good).object(), QStringLiteral("results[0]"),
                     &failure);
        const NetBoxIpAddress ip = NetBoxDecoder::readIpAddress(r);
        QVERIFY2(!failure,
                 qPrintable(failure ? failure->path + u' ' + failure->reason : QString()));
        QCOMPARE(ip.host.toString(), QStringLiteral("10.20.0.11"));
        QCOMPARE(ip.prefixLength, 24);
        QCOMPARE(ip.vrfId, std::optional<qint64>(2));
        QVERIFY(!ip.tenantId);
        QCOMPARE(ip.status.value, QStringLiteral("dhcp"));
        QCOMPARE(ip.tagSlugs, QStringList{QStringLiteral("dhcp-managed")});
        QCOMPARE(ip.dhcpClientId, std::optional<QString>(QStringLiteral("00-11-22-33-44-55")));

        const QList<QPair<QByteArray, QString>> bad{
            {QByteArray(good).replace("10.20.0.11/24", "2001:db8::1/64"),
             QStringLiteral("results[0].address")},
            {QByteArray(good).replace("\"00-11-22-33-44-55\"", "42"),
             QStringLiteral("results[0].custom_fields.dhcp_client_id")},
            {QByteArray(good).replace(R"({"value":"dhcp","label":"DHCP"})", R"("dhcp")"),
             QStringLiteral("results[0].status")},
            {QByteArray(good).replace(R"("id":2,)", ""), QStringLiteral("results[0].vrf.id")},
        };
        for (const auto &[body, path] : bad) {
            std::optional<DecodeFailure> f;
            JsonReader br(QJsonDocument::fromJson(body).object(), QStringLiteral("results[0]"), &f);
            NetBoxDecoder::readIpAddress(br);
            QVERIFY2(f.has_value(), body.constData());
            QCOMPARE(f->path, path);
        }
        QVERIFY(!NetBoxDecoder::page(R"({"count":1,"next":null,"results":{}})"));
        QVERIFY(!NetBoxDecoder::page(R"([1,2])"));
        QVERIFY(!NetBoxDecoder::statusChoices(R"({"name":"IP Address List"})")); // read-only token
    }

    void tokenHeaders()
    {
        QCOMPARE(NetBoxClient::authorizationFor(QStringLiteral(" nbt_ABCDEFabcdef.0123456789 ")),
                 QByteArray("Bearer nbt_ABCDEFabcdef.0123456789"));
        QCOMPARE(NetBoxClient::authorizationFor(
                     QStringLiteral("0123456789abcdef0123456789abcdef01234567")),
                 QByteArray("Token 0123456789abcdef0123456789abcdef01234567"));
        QVERIFY(NetBoxClient::authorizationFor(QString()).isEmpty());
        QCOMPARE(NetBoxClient::apiBase(QUrl(QStringLiteral("https://nb.example/netbox/"))).path(),
                 QStringLiteral("/netbox/api"));
        QCOMPARE(NetBoxClient::apiBase(QUrl(QStringLiteral("https://nb.example/api"))).path(),
                 QStringLiteral("/api"));
    }
};

QTEST_GUILESS_MAIN(TestNetBoxLogic)
#include "tst_netboxlogic.moc"
