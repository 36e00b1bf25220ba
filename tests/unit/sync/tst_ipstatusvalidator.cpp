// Worked examples of sync-rules.md C (VAL-01…VAL-04) as amended: VAL-03.5 by DIS-16 (every
// scope on the prefix is checked, amended-examples.md §4.3) and LL-53 (C-17: only scopes in the
// IP's VRF count). One row per example id, asserting accepted / rejected and the message parts.
// VAL-03.2 has two addresses: rows "VAL-03.2 .40" and "VAL-03.2 .60". VAL-04.1 has the rejected
// and the "would be accepted" half as two rows.

#include "sync/IpStatusValidator.h"

#include <QTest>

using namespace leaselink;
using namespace leaselink::sync;

Q_DECLARE_METATYPE(QList<leaselink::sync::ValidationScope>)
Q_DECLARE_METATYPE(leaselink::sync::IpWriteOrigin)

namespace {

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

ValidationScope scope(const char *name, const char *prefix,
                      QList<QPair<const char *, const char *>> exclusions = {},
                      std::optional<qint64> vrf = std::nullopt)
{
    ValidationScope s;
    s.scope.name = QLatin1String(name);
    s.scope.prefix = *Ipv4Prefix::parse(QString::fromLatin1(prefix));
    s.scope.vrfId = vrf;
    s.scope.startIp = ip("10.0.1.10");
    s.scope.endIp = ip("10.0.1.254");
    for (const auto &[start, end] : exclusions) {
        ExclusionRange range;
        range.startIp = ip(start);
        range.endIp = ip(end);
        s.exclusions.append(range);
    }
    return s;
}

} // namespace

class TestIpStatusValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void reportListsOnlyProblems();
};

void TestIpStatusValidator::check_data()
{
    QTest::addColumn<QList<ValidationScope>>("scopes");
    QTest::addColumn<QString>("leaseStatus");
    QTest::addColumn<QString>("address");
    QTest::addColumn<qint64>("vrf"); // 0 = global
    QTest::addColumn<QString>("status");
    QTest::addColumn<IpWriteOrigin>("origin");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("messageParts");

    const QString dhcp = QStringLiteral("dhcp");
    const auto user = IpWriteOrigin::User;
    const QList<ValidationScope> none;
    const QList<ValidationScope> buildingA{scope("Building A", "10.0.1.0/24")};
    const QList<ValidationScope> excluded{
        scope("Building A", "10.0.1.0/24", {{"10.0.1.40", "10.0.1.60"}})};

    QTest::newRow("VAL-01.1") << none << dhcp << "10.0.9.9" << qint64(0) << "active" << user << true
                              << QStringList();
    QTest::newRow("VAL-01.2") << none << dhcp << "10.0.9.9" << qint64(0) << "dhcp"
                              << IpWriteOrigin::Sync << true << QStringList();
    QTest::newRow("VAL-02.1") << buildingA << dhcp << "10.0.1.60" << qint64(0) << "dhcp" << user
                              << true << QStringList();
    QTest::newRow("VAL-02.2") << buildingA << dhcp << "10.0.2.5" << qint64(0) << "dhcp" << user
                              << false << QStringList{"10.0.2.5", "scope prefix", "'dhcp'"};
    QTest::newRow("VAL-02.3") << buildingA << dhcp << "10.0.1.5" << qint64(0) << "dhcp" << user
                              << true << QStringList();
    QTest::newRow("VAL-03.1") << excluded << dhcp << "10.0.1.50" << qint64(0) << "dhcp" << user
                              << false
                              << QStringList{"10.0.1.50", "10.0.1.40–10.0.1.60", "\"Building A\"",
                                             "'dhcp'"};
    QTest::newRow("VAL-03.2 .40") << excluded << dhcp << "10.0.1.40" << qint64(0) << "dhcp" << user
                                  << false << QStringList{"10.0.1.40–10.0.1.60"};
    QTest::newRow("VAL-03.2 .60") << excluded << dhcp << "10.0.1.60" << qint64(0) << "dhcp" << user
                                  << false << QStringList{"10.0.1.40–10.0.1.60"};
    QTest::newRow("VAL-03.3") << excluded << dhcp << "10.0.1.61" << qint64(0) << "dhcp" << user
                              << true << QStringList();
    QTest::newRow("VAL-03.4") << excluded << dhcp << "10.0.1.50" << qint64(0) << "reserved" << user
                              << true << QStringList();
    // Amended (DIS-16): "Beta"'s exclusion counts although "Alpha" comes first by name.
    QTest::newRow("VAL-03.5") << QList<ValidationScope>{scope("Beta", "10.0.1.0/24",
                                                              {{"10.0.1.40", "10.0.1.60"}}),
                                                        scope("Alpha", "10.0.1.0/24")}
                              << dhcp << "10.0.1.50" << qint64(0) << "dhcp" << user << false
                              << QStringList{"10.0.1.40–10.0.1.60", "\"Beta\""};
    QTest::newRow("VAL-04.1") << buildingA << "active"
                              << "10.0.2.5" << qint64(0) << "active" << user << false
                              << QStringList{"10.0.2.5", "'active'"};
    QTest::newRow("VAL-04.1 dhcp")
        << buildingA << "active"
        << "10.0.2.5" << qint64(0) << "dhcp" << user << true << QStringList();
    // C-17: "Building A" is on the global prefix; the IP is in VRF blue (id 7).
    QTest::newRow("LL-53") << buildingA << dhcp << "10.0.1.60" << qint64(7) << "dhcp" << user
                           << false << QStringList{"10.0.1.60", "VRF 7"};
    QTest::newRow("LL-53 same VRF")
        << QList<ValidationScope>{scope("Building A", "10.0.1.0/24", {}, 7)} << dhcp << "10.0.1.60"
        << qint64(7) << "dhcp" << user << true << QStringList();
}

void TestIpStatusValidator::check()
{
    QFETCH(QList<ValidationScope>, scopes);
    QFETCH(QString, leaseStatus);
    QFETCH(QString, address);
    QFETCH(qint64, vrf);
    QFETCH(QString, status);
    QFETCH(IpWriteOrigin, origin);
    QFETCH(bool, accepted);
    QFETCH(QStringList, messageParts);

    Settings settings;
    settings.leaseStatus = leaseStatus;
    std::optional<qint64> vrfId;
    if (vrf != 0)
        vrfId = vrf;
    const auto verdict = IpStatusValidator::check(*Ipv4Address::parse(address), vrfId, status,
                                                  scopes, settings, origin);
    QCOMPARE(verdict.accepted(), accepted);
    QCOMPARE(verdict.message.isEmpty(), accepted);
    for (const auto &part : messageParts)
        QVERIFY2(verdict.message.contains(part), qPrintable(verdict.message + " lacks " + part));
}

void TestIpStatusValidator::reportListsOnlyProblems()
{
    Settings settings;
    const QList<ValidationScope> scopes{
        scope("Building A", "10.0.1.0/24", {{"10.0.1.40", "10.0.1.60"}})};
    auto nb = [](qint64 id, const char *host, const char *status) {
        NetBoxIpAddress a;
        a.id = id;
        a.host = ip(host);
        a.prefixLength = 24;
        a.address = QLatin1String(host) + QStringLiteral("/24");
        a.status.value = QLatin1String(status);
        return a;
    };
    const QList<NetBoxIpAddress> ips{nb(1, "10.0.1.20", "dhcp"), nb(2, "10.0.1.50", "dhcp"),
                                     nb(3, "10.0.2.5", "dhcp"), nb(4, "10.0.2.6", "active")};
    const auto problems = IpStatusValidator::report(ips, scopes, settings);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].netboxId, 2);
    QCOMPARE(problems[0].address, QStringLiteral("10.0.1.50/24"));
    QCOMPARE(problems[0].verdict.reason, IpStatusVerdict::Reason::Excluded);
    QCOMPARE(problems[0].verdict.scopeName, QStringLiteral("Building A"));
    QCOMPARE(problems[1].netboxId, 3);
    QCOMPARE(problems[1].verdict.reason, IpStatusVerdict::Reason::OutsideScopes);
}

QTEST_GUILESS_MAIN(TestIpStatusValidator)
#include "tst_ipstatusvalidator.moc"
