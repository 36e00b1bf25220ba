// NetBoxClient against the lab's simulated NetBox (lab/netbox/NetBoxSim over LabHttpServer).
#include "LogCapture.h"

#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"

#include "net/netbox/NetBoxClient.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QTest>

using namespace leaselink;

class TestNetBoxClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::NetBoxSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_server;
    QString m_v1;
    QString m_v2;
    QString m_readOnly;
    int m_vrf = 0;
    int m_tag = 0;
    QList<Ipv4Prefix> m_prefixes;

    std::unique_ptr<NetBoxClient> client(const QString &token, NetBoxClientOptions options = {})
    {
        HttpSessionConfig c;
        c.serviceName = QStringLiteral("netbox");
        c.baseUrl = m_server->baseUrl();
        c.authorization = NetBoxClient::authorizationFor(token);
        c.timeout = std::chrono::seconds(5);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return std::make_unique<NetBoxClient>(c, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        lab::NetBoxConfig config;
        config.maxPageSize = 100;
        config.maxRequestLineBytes = 4094;
        m_sim = std::make_unique<lab::NetBoxSim>(config);
        const int admin = m_sim->addUser(QStringLiteral("leaselink"), true);
        m_v1 = m_sim->addTokenV1(admin);
        m_v2 = m_sim->addTokenV2(admin);
        m_readOnly = m_sim->addTokenV1(admin, false);
        m_vrf = m_sim->addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
        m_tag = m_sim->addTag(QStringLiteral("dhcp-managed"));
        for (int i = 0; i < 250; ++i) {
            const QString net = QStringLiteral("10.1.%1.0/24").arg(i);
            QVERIFY(m_sim->addPrefix(net) > 0);
            m_prefixes << *Ipv4Prefix::parse(net);
            QVERIFY(m_sim->addIpAddress(QStringLiteral("10.1.%1.10/24").arg(i), 0,
                                        QStringLiteral("dhcp")) > 0);
            QVERIFY(m_sim->addIpAddress(QStringLiteral("10.1.%1.11/24").arg(i), 0,
                                        QStringLiteral("active"), QStringLiteral("host-%1").arg(i),
                                        {m_tag}) > 0);
        }
        QVERIFY(m_sim->addIpAddress(QStringLiteral("10.1.0.50/24"), m_vrf, QStringLiteral("dhcp")) >
                0);
        m_server = std::make_unique<lab::LabHttpServer>(m_sim.get());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
    }

    void init() { m_server->faults().clear(); }

    void statusWithBothTokenForms()
    {
        for (const QString &token : {m_v1, m_v2}) {
            auto c = client(token);
            const auto s = QCoro::waitFor(c->status());
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
            QCOMPARE(s->major, 4);
            QCOMPARE(s->minor, 6);
            QVERIFY(c->detectedVersion());
        }
        const QString sent = QString::fromLatin1(NetBoxClient::authorizationFor(m_v2));
        QVERIFY(sent.startsWith(QStringLiteral("Bearer nbt_")));
        const auto user = QCoro::waitFor(client(m_v2)->authenticationCheck());
        QVERIFY(user);
        QCOMPARE(user->username, QStringLiteral("leaselink"));
    }

    void oldVersionRefused()
    {
        m_sim->config().version = QStringLiteral("4.4.9");
        const auto s = QCoro::waitFor(client(m_v1)->status());
        m_sim->config().version = QStringLiteral("4.6.8");
        QVERIFY(!s);
        QCOMPARE(s.error().kind, NetError::Kind::Unsupported);
        QVERIFY2(s.error().adminMessage.contains(
                     QStringLiteral("too old: LeaseLink needs NetBox 4.5 or 4.6")),
                 qPrintable(s.error().adminMessage));
    }

    void badTokenIs403()
    {
        const auto s = QCoro::waitFor(
            client(QStringLiteral("0000000000000000000000000000000000000000"))->status());
        QVERIFY(!s);
        QCOMPARE(s.error().httpStatus, 403);
        QVERIFY(s.error().adminMessage.contains(QStringLiteral("NetBox refused the API token")));
        QCOMPARE(s.error().serverText, QStringLiteral("Invalid v1 token"));
    }

    void ipAddressesForManyPrefixes()
    {
        m_server->requestLog().clear();
        NetBoxClientOptions options;
        options.pagesInFlight = 3;
        auto c = client(m_v1, options);
        const auto ips = QCoro::waitFor(c->ipAddresses(m_prefixes, 0));
        QVERIFY2(ips, qPrintable(ips ? QString() : ips.error().toString()));
        QCOMPARE(ips->size(), 500); // the VRF address is excluded by vrf_id=null
        int requests = 0;
        for (const auto &e : m_server->requestLog().entries()) {
            QCOMPARE(e.status, 200); // never over the request-line limit
            ++requests;
            QVERIFY(e.query.contains(QStringLiteral("fields=")));
        }
        QVERIFY(requests >= 5); // 500 rows at MAX_PAGE_SIZE 100
        QVERIFY(requests < 40);
        const auto withVrf = QCoro::waitFor(c->ipAddresses({m_prefixes.first()}));
        QVERIFY(withVrf);
        QCOMPARE(withVrf->size(), 3);
    }

    void lookups()
    {
        auto c = client(m_v1);
        const auto prefixes = QCoro::waitFor(c->prefixes());
        QVERIFY2(prefixes, qPrintable(prefixes ? QString() : prefixes.error().toString()));
        QCOMPARE(prefixes->size(), 250);
        const auto tags = QCoro::waitFor(c->tags());
        QVERIFY(tags);
        QCOMPARE(tags->first().slug, QStringLiteral("dhcp-managed"));
        const auto vrfs = QCoro::waitFor(c->vrfs());
        QVERIFY(vrfs);
        QCOMPARE(vrfs->first().rd, QStringLiteral("65000:100"));

        auto statuses = lab::NetBoxConfig::builtInIpStatuses();
        m_sim->setIpStatusChoices(
            {{QStringLiteral("dhcp-reserved"), QStringLiteral("DHCP Reserved")}}, false);
        const auto choices = QCoro::waitFor(c->ipStatusChoices());
        QVERIFY2(choices, qPrintable(choices ? QString() : choices.error().toString()));
        QVERIFY(std::any_of(choices->begin(), choices->end(), [](const NetBoxChoice &ch) {
            return ch.value == QLatin1String("dhcp-reserved");
        }));
        const auto readOnly = QCoro::waitFor(client(m_readOnly)->ipStatusChoices());
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().kind, NetError::Kind::Decode);
        QVERIFY(readOnly.error().detail.contains(QStringLiteral("may not create IP addresses")));
    }

    void customField()
    {
        const auto denied = QCoro::waitFor(client(m_readOnly)->ensureClientIdCustomField());
        QVERIFY(!denied);
        QVERIFY2(
            denied.error().adminMessage.contains(QStringLiteral("may not create custom fields")),
            qPrintable(denied.error().adminMessage));
        auto c = client(m_v1);
        const auto check = QCoro::waitFor(c->ensureClientIdCustomField(false));
        QVERIFY(check);
        QVERIFY(!check->existed);
        const auto created = QCoro::waitFor(c->ensureClientIdCustomField());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(created->created);
        QCOMPARE(created->field.name, QStringLiteral("dhcp_client_id"));
        const auto again = QCoro::waitFor(c->ensureClientIdCustomField());
        QVERIFY(again);
        QVERIFY(again->existed);
        QVERIFY(!again->created);
        QCOMPARE(again->field.filterLogic, QStringLiteral("exact"));
    }

    void bulkWrites()
    {
        NetBoxClientOptions options;
        options.batchSize = 3;
        auto c = client(m_v1, options);
        const QString message =
            NetBoxBatching::changelogMessage(QStringLiteral("sync"), QStringLiteral("dhcp01"));
        QList<QJsonObject> items;
        for (int i = 0; i < 5; ++i)
            items << QJsonObject{
                {QStringLiteral("address"), QStringLiteral("10.2.0.%1/24").arg(i + 1)},
                {QStringLiteral("status"), QStringLiteral("dhcp")}};
        items[3] =
            QJsonObject{{QStringLiteral("address"), QStringLiteral("10.1.7.10/24")}, // exists
                        {QStringLiteral("status"), QStringLiteral("dhcp")}};
        const auto created =
            QCoro::waitFor(c->bulkCreate(QStringLiteral("/ipam/ip-addresses/"), items, message));
        QCOMPARE(created.size(), 5);
        for (int i : {0, 1, 2, 4})
            QVERIFY2(created[i].ok, qPrintable(created[i].error));
        QVERIFY(!created[3].ok);
        QVERIFY2(created[3].error.contains(QStringLiteral("Duplicate IP address")),
                 qPrintable(created[3].error));
        QVERIFY(created[0].result.value(QStringLiteral("id")).toInt() > 0);
        QVERIFY(m_sim->changes().back().message == message);

        QList<QJsonObject> updates;
        for (int i : {0, 1, 2, 4})
            updates << QJsonObject{
                {QStringLiteral("id"), created[i].result.value(QStringLiteral("id"))},
                {QStringLiteral("dns_name"), QStringLiteral("ok-%1").arg(i)}};
        updates[1].insert(QStringLiteral("dns_name"),
                          QStringLiteral("not valid!")); // NetBox refuses
        const auto updated =
            QCoro::waitFor(c->bulkUpdate(QStringLiteral("/ipam/ip-addresses/"), updates, message));
        QCOMPARE(updated.size(), 4);
        QVERIFY(updated[0].ok);
        QVERIFY(!updated[1].ok);
        QVERIFY2(updated[1].error.contains(QStringLiteral("dns_name")),
                 qPrintable(updated[1].error));
        QVERIFY(updated[2].ok);
        QVERIFY(updated[3].ok);

        QList<qint64> ids;
        for (int i : {0, 1, 2, 4})
            ids << created[i].result.value(QStringLiteral("id")).toInteger();
        const auto deleted =
            QCoro::waitFor(c->bulkDelete(QStringLiteral("/ipam/ip-addresses/"), ids, message));
        QCOMPARE(deleted.size(), 4);
        for (const auto &o : deleted)
            QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(m_sim->changes().back().action, QStringLiteral("delete"));
        QCOMPARE(m_sim->changes().back().message, message);

        const auto refused = QCoro::waitFor(
            client(m_readOnly)
                ->bulkCreate(QStringLiteral("/ipam/ip-addresses/"), items.first(2), message));
        QVERIFY(!refused[0].ok);
        QVERIFY(refused[0].error.contains(QStringLiteral("permission")));
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        using K = lab::LabFault::Kind;
        QTest::newRow("502 html") << int(K::Status) << 502 << int(NetError::Kind::HttpStatus);
        QTest::newRow("500 json") << int(K::Status) << 500 << int(NetError::Kind::HttpStatus);
        QTest::newRow("malformed") << int(K::MalformedJson) << 0 << int(NetError::Kind::Decode);
        QTest::newRow("reset") << int(K::Reset) << 0 << int(NetError::Kind::Reset);
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, expected);
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind(kind);
        fault.status = status;
        fault.pathPattern = QStringLiteral("/api/extras/tags/*");
        m_server->faults().add(fault);
        const auto tags = QCoro::waitFor(client(m_v1)->tags());
        QVERIFY(!tags);
        QVERIFY2(int(tags.error().kind) == expected, qPrintable(tags.error().toString()));
        QVERIFY(!tags.error().adminMessage.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &token : {m_v1, m_v2, m_readOnly})
            QVERIFY2(!test::LogCapture::contains(token), "a NetBox token reached the log");
        QVERIFY(!test::LogCapture::contains(m_v2.section(u'.', 1)));
        m_server.reset();
        m_sim.reset();
    }
};

QTEST_GUILESS_MAIN(TestNetBoxClient)
#include "tst_netboxclient.moc"
