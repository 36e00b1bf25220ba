// Issue 8 "Hostile input", oversized answers: a PSU server (the lab's PsuSim behind
// LabHttpServer) answers a lease read with a 200 MB body, announced by Content-Length or
// streamed without one. HttpSession must stop the transfer at HttpSessionConfig's
// maxResponseBytes with a clear Protocol error, not retry it, and keep the process's peak
// memory bounded (VmHWM, reset through /proc/self/clear_refs where the kernel allows it).
#include "LogCapture.h"

#include "LabHttpServer.h"
#include "psu/PsuSim.h"

#include "net/psu/PsuClient.h"

#include <QCoroTask>
#include <QFile>
#include <QTest>

using namespace leaselink;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Peak resident memory of this process in bytes (0 when /proc is not there).
qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

// Lets VmHWM measure from now on ("5" resets the peak, Linux 4.0+); false when not allowed.
bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace

class TestHostileBody : public QObject
{
    Q_OBJECT

    std::unique_ptr<lab::PsuSim> m_sim;
    std::unique_ptr<lab::LabHttpServer> m_server;

    HttpSessionConfig config() const
    {
        HttpSessionConfig c;
        c.service = RemoteService::Psu;
        c.serviceName = QStringLiteral("dhcp01");
        c.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/dhcp"));
        c.authorization = "Bearer " + m_sim->writerToken().toUtf8();
        c.timeout = std::chrono::milliseconds(20000);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return c;
    }

    void addFault(lab::LabFault::Kind kind, qint64 bytes)
    {
        lab::LabFault fault;
        fault.kind = kind;
        fault.pathPattern = QStringLiteral("/api/dhcp/leases*");
        fault.bodyBytes = bytes;
        m_server->faults().add(fault);
    }

    int leaseRequests() const
    {
        int n = 0;
        for (const auto &e : m_server->requestLog().entries())
            n += e.path.startsWith(QStringLiteral("/api/dhcp/leases")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::LogCapture::install();
        m_sim = std::make_unique<lab::PsuSim>();
        m_server = std::make_unique<lab::LabHttpServer>(m_sim.get());
        const auto started = m_server->start();
        QVERIFY2(started.has_value(), qPrintable(started ? QString() : started.error().message));
    }

    void init()
    {
        m_server->faults().clear();
        m_server->requestLog().clear();
    }

    void defaultLimit() { QCOMPARE(HttpSessionConfig().maxResponseBytes, 128 * MiB); }

    void hugeBody_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("how");
        QTest::newRow("200 MB, Content-Length")
            << int(lab::LabFault::Kind::HugeBody) << QStringLiteral("announced");
        QTest::newRow("200 MB, streamed")
            << int(lab::LabFault::Kind::HugeStream) << QStringLiteral("received");
    }

    void hugeBody()
    {
        QFETCH(int, kind);
        QFETCH(QString, how);
        addFault(lab::LabFault::Kind(kind), 200'000'000);
        const bool measured = resetPeakRss();
        const qint64 before = peakRss();
        PsuClient client(config());
        const auto leases = QCoro::waitFor(client.leases(Ipv4Address(0x0A000100)));
        const qint64 peak = peakRss();
        QVERIFY(!leases);
        const QString text = leases.error().toString();
        QVERIFY2(leases.error().kind == NetError::Kind::Protocol, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("larger than the 128 MiB LeaseLink accepts")),
                 qPrintable(text));
        QVERIFY2(text.contains(how), qPrintable(text));
        QCOMPARE(leaseRequests(), 1); // not transient: a huge answer is not asked for again
        qInfo("VmHWM %lld MiB (before %lld MiB, reset %s)", peak / MiB, before / MiB,
              measured ? "yes" : "no");
        QVERIFY2(peak < 600 * MiB, qPrintable(QString::number(peak / MiB)));
    }

    // The limit is the session's setting: a body under it arrives whole and decodes (one lease
    // whose host name fills the body: 2 MiB of text, kept raw; O-12 cuts it later), one over it
    // is stopped.
    void configuredLimit()
    {
        HttpSessionConfig c = config();
        c.maxResponseBytes = 4 * MiB;
        addFault(lab::LabFault::Kind::HugeStream, 2 * MiB);
        PsuClient small(c);
        const auto leases = QCoro::waitFor(small.leases(Ipv4Address(0x0A000100)));
        QVERIFY2(leases, qPrintable(leases ? QString() : leases.error().toString()));
        QCOMPARE(leases->size(), qsizetype(1));
        QVERIFY(leases->first().hostname.size() > 2 * MiB - 200);

        m_server->faults().clear();
        addFault(lab::LabFault::Kind::HugeBody, 5 * MiB);
        PsuClient tooSmall(c);
        const auto refused = QCoro::waitFor(tooSmall.leases(Ipv4Address(0x0A000100)));
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(QStringLiteral("larger than the 4 MiB")),
                 qPrintable(refused.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestHostileBody)
#include "tst_hostilebody.moc"
