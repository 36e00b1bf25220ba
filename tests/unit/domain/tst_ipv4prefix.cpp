#include "domain/Ipv4Prefix.h"
#include "DomainTestSupport.h"

#include <QSet>
#include <QTest>

using leaselink::Ipv4Address;
using leaselink::Ipv4Prefix;
using HostBits = Ipv4Prefix::HostBits;

namespace {

Ipv4Address address(QStringView text)
{
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed)
        qFatal("bad address in test data: %s", qPrintable(parsed.error().message));
    return *parsed;
}

Ipv4Prefix prefix(QStringView text)
{
    const auto parsed = Ipv4Prefix::parse(text);
    if (!parsed)
        qFatal("bad prefix in test data: %s", qPrintable(parsed.error().message));
    return *parsed;
}

} // namespace

class TestIpv4Prefix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidPrefixes_data();
    void parsesValidPrefixes();
    void rejectsInvalidPrefixes_data();
    void rejectsInvalidPrefixes();
    void buildsFromAddressAndMask_data();
    void buildsFromAddressAndMask();
    void rejectsBadAddressAndMask_data();
    void rejectsBadAddressAndMask();
    void convertsEveryContiguousMask();
    void rejectsNonContiguousMasks_data();
    void rejectsNonContiguousMasks();
    void containsAddresses_data();
    void containsAddresses();
    void containsPrefixes_data();
    void containsPrefixes();
    void comparesAndHashes();
};

void TestIpv4Prefix::parsesValidPrefixes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("broadcast");

    QTest::newRow("cidr /24") << "10.0.1.0/24" << false << "10.0.1.0/24" << 24 << "255.255.255.0"
                              << "10.0.1.255";
    QTest::newRow("mask form") << "10.0.1.0/255.255.255.0" << false << "10.0.1.0/24" << 24
                               << "255.255.255.0"
                               << "10.0.1.255";
    QTest::newRow("/0") << "0.0.0.0/0" << false << "0.0.0.0/0" << 0 << "0.0.0.0"
                        << "255.255.255.255";
    QTest::newRow("mask 0.0.0.0") << "0.0.0.0/0.0.0.0" << false << "0.0.0.0/0" << 0 << "0.0.0.0"
                                  << "255.255.255.255";
    QTest::newRow("/32 host") << "10.0.1.5/32" << false << "10.0.1.5/32" << 32 << "255.255.255.255"
                              << "10.0.1.5";
    QTest::newRow("/31") << "10.0.1.4/31" << false << "10.0.1.4/31" << 31 << "255.255.255.254"
                         << "10.0.1.5";
    QTest::newRow("/30") << "10.0.1.4/30" << false << "10.0.1.4/30" << 30 << "255.255.255.252"
                         << "10.0.1.7";
    QTest::newRow("/12") << "172.16.0.0/12" << false << "172.16.0.0/12" << 12 << "255.240.0.0"
                         << "172.31.255.255";
    QTest::newRow("/8 mask") << "10.0.0.0/255.0.0.0" << false << "10.0.0.0/8" << 8 << "255.0.0.0"
                             << "10.255.255.255";
    QTest::newRow("/1") << "128.0.0.0/1" << false << "128.0.0.0/1" << 1 << "128.0.0.0"
                        << "255.255.255.255";
    QTest::newRow("normalise host bits")
        << "10.0.1.5/24" << true << "10.0.1.0/24" << 24 << "255.255.255.0"
        << "10.0.1.255";
    QTest::newRow("normalise mask form")
        << "10.0.1.77/255.255.255.192" << true << "10.0.1.64/26" << 26 << "255.255.255.192"
        << "10.0.1.127";
    QTest::newRow("normalise /0") << "192.168.1.1/0" << true << "0.0.0.0/0" << 0 << "0.0.0.0"
                                  << "255.255.255.255";
    QTest::newRow("normalise keeps clean")
        << "10.0.1.0/24" << true << "10.0.1.0/24" << 24 << "255.255.255.0"
        << "10.0.1.255";
}

void TestIpv4Prefix::parsesValidPrefixes()
{
    QFETCH(QString, input);
    QFETCH(bool, normalise);
    QFETCH(QString, canonical);
    QFETCH(int, length);
    QFETCH(QString, mask);
    QFETCH(QString, broadcast);

    const auto parsed =
        Ipv4Prefix::parse(input, normalise ? HostBits::Normalise : HostBits::Reject);
    DOMAIN_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->length(), length);
    QCOMPARE(parsed->mask().toString(), mask);
    QCOMPARE(parsed->broadcast().toString(), broadcast);
    QCOMPARE(parsed->first(), parsed->network());
    QCOMPARE(parsed->last(), parsed->broadcast());
    QCOMPARE(parsed->network().toString(), canonical.section(QLatin1Char('/'), 0, 0));

    // The canonical text parses back to the same prefix, strictly.
    const auto reparsed = Ipv4Prefix::parse(parsed->toString());
    DOMAIN_VERIFY_OK(reparsed);
    QCOMPARE(*reparsed, *parsed);
}

void TestIpv4Prefix::rejectsInvalidPrefixes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "" << false << "empty";
    QTest::newRow("bare address") << "10.0.1.0" << false << "expected <address>/<length>";
    QTest::newRow("missing length") << "10.0.1.0/" << false << "prefix length after '/' is missing";
    QTest::newRow("missing address")
        << "/24" << false << "the address '' is invalid: the value is empty";
    QTest::newRow("length 33") << "10.0.1.0/33" << false << "prefix length '33' is greater than 32";
    QTest::newRow("length 100") << "10.0.1.0/100" << false << "greater than 32";
    QTest::newRow("huge length") << "10.0.1.0/99999999999999999999" << false << "greater than 32";
    QTest::newRow("negative length") << "10.0.1.0/-1" << false << "not a whole number";
    QTest::newRow("signed length") << "10.0.1.0/+24" << false << "not a whole number";
    QTest::newRow("leading zero length") << "10.0.1.0/024" << false << "'024' has a leading zero";
    QTest::newRow("space before length") << "10.0.1.0/ 24" << false << "not a whole number";
    QTest::newRow("space after slash") << "10.0.1.0 /24" << false << "whitespace";
    QTest::newRow("trailing space") << "10.0.1.0/24 " << false << "not a whole number";
    QTest::newRow("leading space") << " 10.0.1.0/24" << false << "whitespace";
    QTest::newRow("two slashes") << "10.0.1.0/24/8" << false << "not a whole number";
    QTest::newRow("short address")
        << "10.0.1/24" << false << "the address '10.0.1' is invalid: expected 4 octets";
    QTest::newRow("octet too big") << "10.0.256.0/24" << false << "octet 3 (256) is greater";
    QTest::newRow("leading zero address") << "10.0.01.0/24" << false << "leading zero";
    QTest::newRow("non-contiguous mask")
        << "10.0.1.0/255.0.255.0" << false << "'255.0.255.0' is not a valid subnet mask";
    QTest::newRow("inverted mask") << "10.0.1.0/0.0.0.255" << false << "not contiguous";
    QTest::newRow("bad mask octet")
        << "10.0.1.0/255.255.255.256" << false << "the mask '255.255.255.256' is invalid";
    QTest::newRow("short mask") << "10.0.1.0/255.255.255." << false << "ends with a dot";
    QTest::newRow("host bits /24")
        << "10.0.1.5/24" << false << "has host bits set (0.0.0.5); use 10.0.1.0/24";
    QTest::newRow("host bits mask form")
        << "10.0.1.5/255.255.255.0" << false << "has host bits set (0.0.0.5); use 10.0.1.0/24";
    QTest::newRow("host bits /8") << "10.1.2.3/8" << false
                                  << "has host bits set (0.1.2.3); use 10.0.0.0/8";
    QTest::newRow("host bits /0") << "1.0.0.0/0" << false
                                  << "has host bits set (1.0.0.0); use 0.0.0.0/0";
    QTest::newRow("host bits /31") << "10.0.0.1/31" << false << "use 10.0.0.0/31";
    QTest::newRow("normalise still checks syntax") << "10.0.1.5/33" << true << "greater than 32";
    QTest::newRow("letters") << "net/24" << false << "invalid character 'n'";
}

void TestIpv4Prefix::rejectsInvalidPrefixes()
{
    QFETCH(QString, input);
    QFETCH(bool, normalise);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(
        Ipv4Prefix::parse(input, normalise ? HostBits::Normalise : HostBits::Reject),
        quotedInput(input), QStringLiteral("is not a valid IPv4 prefix"), reason);
}

void TestIpv4Prefix::buildsFromAddressAndMask_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<bool>("normalise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scope /24") << "10.0.1.0"
                               << "255.255.255.0" << false << "10.0.1.0/24";
    QTest::newRow("scope /23") << "10.0.2.0"
                               << "255.255.254.0" << false << "10.0.2.0/23";
    QTest::newRow("/32") << "10.0.2.9"
                         << "255.255.255.255" << false << "10.0.2.9/32";
    QTest::newRow("/0") << "0.0.0.0"
                        << "0.0.0.0" << false << "0.0.0.0/0";
    QTest::newRow("normalised") << "10.0.3.1"
                                << "255.255.255.0" << true << "10.0.3.0/24";
}

void TestIpv4Prefix::buildsFromAddressAndMask()
{
    QFETCH(QString, network);
    QFETCH(QString, mask);
    QFETCH(bool, normalise);
    QFETCH(QString, expected);

    const auto built = Ipv4Prefix::fromAddressAndMask(
        address(network), address(mask), normalise ? HostBits::Normalise : HostBits::Reject);
    DOMAIN_VERIFY_OK(built);
    QCOMPARE(built->toString(), expected);
    QCOMPARE(built->mask(), address(mask));
}

void TestIpv4Prefix::rejectsBadAddressAndMask_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("reason");

    QTest::newRow("non-contiguous") << "10.0.1.0"
                                    << "255.255.0.255"
                                    << "'255.255.0.255' is not a valid subnet mask";
    QTest::newRow("host bits") << "10.0.1.9"
                               << "255.255.255.0"
                               << "has host bits set (0.0.0.9); use 10.0.1.0/24";
}

void TestIpv4Prefix::rejectsBadAddressAndMask()
{
    QFETCH(QString, network);
    QFETCH(QString, mask);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(Ipv4Prefix::fromAddressAndMask(address(network), address(mask)), network,
                        reason);
}

void TestIpv4Prefix::convertsEveryContiguousMask()
{
    for (int length = 0; length <= 32; ++length) {
        const std::uint32_t bits = length == 0 ? 0u : ~std::uint32_t(0) << (32 - length);
        const auto converted = Ipv4Prefix::maskToLength(Ipv4Address(bits));
        DOMAIN_VERIFY_OK(converted);
        QCOMPARE(*converted, length);
        const QString text = QStringLiteral("0.0.0.0/") + Ipv4Address(bits).toString();
        const auto viaText = Ipv4Prefix::parse(text);
        DOMAIN_VERIFY_OK(viaText);
        QCOMPARE(viaText->length(), length);
        QCOMPARE(viaText->mask().toUInt(), bits);
    }
}

void TestIpv4Prefix::rejectsNonContiguousMasks_data()
{
    QTest::addColumn<QString>("mask");

    QTest::newRow("hole") << "255.0.255.0";
    QTest::newRow("inverted") << "0.0.0.255";
    QTest::newRow("last bit gap") << "255.255.255.253";
    QTest::newRow("low bit only") << "0.0.0.1";
    QTest::newRow("not leading") << "127.255.255.255";
    QTest::newRow("single high gap") << "191.255.255.0";
}

void TestIpv4Prefix::rejectsNonContiguousMasks()
{
    QFETCH(QString, mask);
    DOMAIN_VERIFY_ERROR(Ipv4Prefix::maskToLength(address(mask)), quotedInput(mask),
                        QStringLiteral("not contiguous"));
}

void TestIpv4Prefix::containsAddresses_data()
{
    QTest::addColumn<QString>("prefixText");
    QTest::addColumn<QString>("addressText");
    QTest::addColumn<bool>("inside");

    QTest::newRow("network address") << "10.0.1.0/24"
                                     << "10.0.1.0" << true;
    QTest::newRow("host") << "10.0.1.0/24"
                          << "10.0.1.50" << true;
    QTest::newRow("broadcast") << "10.0.1.0/24"
                               << "10.0.1.255" << true;
    QTest::newRow("just below") << "10.0.1.0/24"
                                << "10.0.0.255" << false;
    QTest::newRow("just above") << "10.0.1.0/24"
                                << "10.0.2.0" << false;
    QTest::newRow("/0 contains all") << "0.0.0.0/0"
                                     << "255.255.255.255" << true;
    QTest::newRow("/32 itself") << "10.0.1.5/32"
                                << "10.0.1.5" << true;
    QTest::newRow("/32 neighbour") << "10.0.1.5/32"
                                   << "10.0.1.6" << false;
    QTest::newRow("/16 inside") << "10.0.0.0/16"
                                << "10.0.200.7" << true;
    QTest::newRow("/16 outside") << "10.0.0.0/16"
                                 << "10.1.0.0" << false;
}

void TestIpv4Prefix::containsAddresses()
{
    QFETCH(QString, prefixText);
    QFETCH(QString, addressText);
    QFETCH(bool, inside);

    QCOMPARE(prefix(prefixText).contains(address(addressText)), inside);
}

void TestIpv4Prefix::containsPrefixes_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("inside");

    QTest::newRow("itself") << "10.0.1.0/24"
                            << "10.0.1.0/24" << true;
    QTest::newRow("subnet") << "10.0.0.0/16"
                            << "10.0.1.0/24" << true;
    QTest::newRow("host route") << "10.0.1.0/24"
                                << "10.0.1.9/32" << true;
    QTest::newRow("supernet") << "10.0.1.0/24"
                              << "10.0.0.0/16" << false;
    QTest::newRow("sibling") << "10.0.1.0/24"
                             << "10.0.2.0/24" << false;
    QTest::newRow("same network wider") << "10.0.0.0/24"
                                        << "10.0.0.0/23" << false;
    QTest::newRow("everything") << "0.0.0.0/0"
                                << "192.168.0.0/16" << true;
}

void TestIpv4Prefix::containsPrefixes()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, inside);

    QCOMPARE(prefix(outer).contains(prefix(inner)), inside);
}

void TestIpv4Prefix::comparesAndHashes()
{
    QVERIFY(prefix(u"10.0.0.0/24") < prefix(u"10.0.0.0/25"));
    QVERIFY(prefix(u"10.0.0.9/32") < prefix(u"10.0.0.10/32")); // numeric, not textual
    QCOMPARE(prefix(u"10.0.1.0/24"), prefix(u"10.0.1.0/255.255.255.0"));
    QCOMPARE(qHash(prefix(u"10.0.1.0/24"), 3), qHash(prefix(u"10.0.1.0/255.255.255.0"), 3));
    const QSet<Ipv4Prefix> set{prefix(u"10.0.1.0/24"), prefix(u"10.0.1.0/255.255.255.0"),
                               prefix(u"10.0.1.0/25")};
    QCOMPARE(set.size(), 2);
}

QTEST_GUILESS_MAIN(TestIpv4Prefix)
#include "tst_ipv4prefix.moc"
