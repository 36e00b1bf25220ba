// ReservationPushApplier against the lab's PSU server (PsuSim over LabHttpServer): the 2.0.1
// bulk path (PUT then POST /reservations, an item refused by the server reported with its cause),
// the 1.0.2 path (single POST, PUT /reservations/{client id} of name and description, LL-24), a
// create answered 503 sent once and reported (LL-61, C-19: writes are never retried), and a
// cancelled run that sends nothing.
#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "net/CancellationToken.h"
#include "net/psu/PsuClient.h"
#include "sync/ReservationPushApplier.h"

#include <QCoroTask>
#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

ReservationPush createPush(const char *address, const QString &clientId, const QString &name,
                           bool bulk)
{
    ReservationPush push;
    push.kind = ReservationPushKind::Create;
    push.rule = QStringLiteral("SYN-27");
    push.origin = PlanOrigin{1, 1, ip("10.0.1.0")};
    push.address = ip(address);
    push.bulk = bulk;
    push.clientId = clientId;
    push.name = name;
    push.description = QString();
    return push;
}

ReservationPush updatePush(const char *address, bool bulk)
{
    ReservationPush push;
    push.kind = ReservationPushKind::Update;
    push.rule = QStringLiteral("C-08");
    push.origin = PlanOrigin{1, 1, ip("10.0.1.0")};
    push.address = ip(address);
    push.bulk = bulk;
    push.name = QStringLiteral("printer");
    push.description = QStringLiteral("desk");
    if (!bulk)
        push.byClientId = QStringLiteral("aa-bb-cc-dd-ee-01");
    return push;
}

} // namespace

class TestReservationPush : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::PsuSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_server;

    void startSim(const QString &version)
    {
        m_server.reset();
        m_sim = std::make_unique<lab::PsuSim>();
        lab::PsuScope a;
        a.scopeId = ip("10.0.1.0");
        a.name = QStringLiteral("Building A");
        a.startIp = ip("10.0.1.10");
        a.endIp = ip("10.0.1.254");
        a.subnetMask = ip("255.255.255.0");
        a.reservations << lab::PsuReservation{ip("10.0.1.100"), QStringLiteral("aa-bb-cc-dd-ee-01"),
                                              QStringLiteral("copier"), QString(),
                                              QStringLiteral("Dhcp")};
        m_sim->model().addScope(a);
        m_sim->setScriptVersion(version);
        m_server = std::make_unique<lab::LabHttpServer>(m_sim.get());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
    }

    HttpSessionConfig config()
    {
        HttpSessionConfig c;
        c.service = RemoteService::Psu;
        c.serviceName = QStringLiteral("SRV-A");
        c.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        c.authorization = "Bearer " + m_sim->writerToken().toUtf8();
        c.timeout = std::chrono::milliseconds(3000);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return c;
    }

    int requests(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog().entries())
            n += (e.method == method && e.path.endsWith(path)) ? 1 : 0;
        return n;
    }

    const lab::PsuReservation *reservationAt(const char *address)
    {
        return m_sim->model().scope(ip("10.0.1.0"))->reservationAt(ip(address));
    }

    void fail(const QByteArray &method, int status)
    {
        lab::LabFault fault;
        fault.kind = lab::LabFault::Kind::Status;
        fault.method = method;
        fault.pathPattern = QStringLiteral("*reservations*");
        fault.status = status;
        m_server->faults().add(fault);
    }

private Q_SLOTS:
    // 2.0.1: one bulk PUT (LL-23), then one bulk POST; the server refuses .151 (client id held by
    // .100) and the rest goes on.
    void bulkPath()
    {
        startSim(QStringLiteral("2.0.1"));
        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        QVERIFY(client.usesBulkContract());
        m_server->requestLog().clear();

        const QList<ReservationPush> pushes{
            createPush("10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), QStringLiteral("cam-01"),
                       true),
            createPush("10.0.1.151", QStringLiteral("aa-bb-cc-dd-ee-01"), QStringLiteral("dup"),
                       true),
            updatePush("10.0.1.100", true)};
        const ReservationPushResult result =
            QCoro::waitFor(ReservationPushApplier::apply(client, pushes));

        QCOMPARE(result.created, 1);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures[0].push.address, ip("10.0.1.151"));
        QCOMPARE(result.failures[0].what,
                 QStringLiteral("POST reservations 10.0.1.151 (scope 10.0.1.0)"));
        QVERIFY2(result.failures[0].cause.startsWith(QStringLiteral("error: ")),
                 qPrintable(result.failures[0].cause));
        QCOMPARE(requests("PUT", QStringLiteral("/reservations")), 1);
        QCOMPARE(requests("POST", QStringLiteral("/reservations")), 1);

        const lab::PsuReservation *created = reservationAt("10.0.1.150");
        QVERIFY(created);
        QCOMPARE(created->clientId, QStringLiteral("0a-00-00-00-00-01"));
        QCOMPARE(created->name, QStringLiteral("cam-01"));
        QCOMPARE(created->type, QStringLiteral("Dhcp"));
        QVERIFY(!reservationAt("10.0.1.151"));
        const lab::PsuReservation *updated = reservationAt("10.0.1.100");
        QCOMPARE(updated->name, QStringLiteral("printer"));
        QCOMPARE(updated->description, QStringLiteral("desk"));
        QCOMPARE(updated->clientId, QStringLiteral("aa-bb-cc-dd-ee-01"));
    }

    // LL-61 on 2.0.1: the bulk POST answered 503 is sent once and every item is reported.
    void bulkWriteNotRetried()
    {
        startSim(QStringLiteral("2.0.1"));
        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        fail("POST", 503);
        m_server->requestLog().clear();

        const QList<ReservationPush> pushes{createPush(
            "10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), QStringLiteral("cam-01"), true)};
        const ReservationPushResult result =
            QCoro::waitFor(ReservationPushApplier::apply(client, pushes));

        QCOMPARE(result.created, 0);
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.failures[0].push.address, ip("10.0.1.150"));
        QVERIFY2(result.failures[0].cause.contains(QStringLiteral("503")),
                 qPrintable(result.failures[0].cause));
        QCOMPARE(requests("POST", QStringLiteral("/reservations")), 1);
        QVERIFY(!reservationAt("10.0.1.150"));
    }

    // 1.0.2: single POSTs and PUT /reservations/{client id} with name and description (LL-24).
    void singlePath()
    {
        startSim(QStringLiteral("1.0.2"));
        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        QVERIFY(!client.usesBulkContract());
        m_server->requestLog().clear();

        const QList<ReservationPush> pushes{
            createPush("10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), QStringLiteral("cam-01"),
                       false),
            createPush("10.0.1.151", QStringLiteral("aa-bb-cc-dd-ee-01"), QStringLiteral("dup"),
                       false),
            updatePush("10.0.1.100", false)};
        const ReservationPushResult result =
            QCoro::waitFor(ReservationPushApplier::apply(client, pushes));

        QCOMPARE(result.created, 1);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.failures[0].push.address, ip("10.0.1.151"));
        QVERIFY2(result.failures[0].cause.contains(QStringLiteral("500")),
                 qPrintable(result.failures[0].cause));
        QCOMPARE(requests("POST", QStringLiteral("/reservations")), 2);
        QCOMPARE(requests("PUT", QStringLiteral("/reservations/aa-bb-cc-dd-ee-01")), 1);
        QCOMPARE(reservationAt("10.0.1.150")->name, QStringLiteral("cam-01"));
        QCOMPARE(reservationAt("10.0.1.100")->name, QStringLiteral("printer"));
        QCOMPARE(reservationAt("10.0.1.100")->description, QStringLiteral("desk"));
    }

    // LL-61 on 1.0.2: POST answered 503 is sent once, reported, and the next push still runs.
    void singleWriteNotRetried()
    {
        startSim(QStringLiteral("1.0.2"));
        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        fail("POST", 503);
        m_server->requestLog().clear();

        const QList<ReservationPush> pushes{
            createPush("10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), {}, false),
            updatePush("10.0.1.100", false)};
        const ReservationPushResult result =
            QCoro::waitFor(ReservationPushApplier::apply(client, pushes));

        QCOMPARE(result.created, 0);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.failed, 1);
        QCOMPARE(result.failures[0].what,
                 QStringLiteral("POST reservations 10.0.1.150 (scope 10.0.1.0)"));
        QVERIFY2(result.failures[0].cause.contains(QStringLiteral("503")),
                 qPrintable(result.failures[0].cause));
        QCOMPARE(requests("POST", QStringLiteral("/reservations")), 1);
    }

    // A cancelled run sends nothing more; the unsent pushes are reported.
    void cancelledSendsNothing()
    {
        startSim(QStringLiteral("2.0.1"));
        PsuClient client(config());
        QVERIFY(QCoro::waitFor(client.health()));
        m_server->requestLog().clear();
        CancellationToken cancel;
        cancel.cancel();

        QList<ReservationPush> pushes{
            createPush("10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), {}, true),
            createPush("10.0.1.152", QStringLiteral("0a-00-00-00-00-02"), {}, false)};
        const ReservationPushResult result =
            QCoro::waitFor(ReservationPushApplier::apply(client, pushes, &cancel));

        QCOMPARE(result.failed, 2);
        QCOMPARE(result.failures[0].cause, QStringLiteral("cancelled: not sent"));
        QCOMPARE(m_server->requestLog().entries().size(), 0);
    }

    void forServerKeepsOrder()
    {
        ReservationPush a = createPush("10.0.1.150", QStringLiteral("0a-00-00-00-00-01"), {}, true);
        ReservationPush b = a;
        b.origin.serverId = 2;
        ReservationPush c = a;
        c.address = ip("10.0.1.151");
        const QList<ReservationPush> mine = ReservationPushApplier::forServer({a, b, c}, 1);
        QCOMPARE(mine, (QList<ReservationPush>{a, c}));
    }
};

QTEST_GUILESS_MAIN(TestReservationPush)
#include "tst_reservationpush.moc"
