#include "domain/Ipv4Range.h"
#include "DomainTestSupport.h"

#include <QTest>

using leaselink::Ipv4Address;
using leaselink::Ipv4Range;

namespace {

Ipv4Range range(QStringView text)
{
    const auto parsed = Ipv4Range::parse(text);
    if (!parsed)
        qFatal("bad range in test data: %s", qPrintable(parsed.error().message));
    return *parsed;
}

Ipv4Address address(QStringView text)
{
    const auto parsed = Ipv4Address::parse(text);
    if (!parsed)
        qFatal("bad address in test data: %s", qPrintable(parsed.error().message));
    return *parsed;
}

} // namespace

class TestIpv4Range : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsOrderedRanges();
    void refusesReversedRange();
    void parsesValidRanges_data();
    void parsesValidRanges();
    void rejectsInvalidRanges_data();
    void rejectsInvalidRanges();
    void containsAddresses_data();
    void containsAddresses();
    void overlapsAndContainsRanges_data();
    void overlapsAndContainsRanges();
    void reportsSize_data();
    void reportsSize();
    void displayTextRoundTrips();
};

void TestIpv4Range::createsOrderedRanges()
{
    const auto single = Ipv4Range::create(address(u"10.0.1.5"), address(u"10.0.1.5"));
    DOMAIN_VERIFY_OK(single);
    QCOMPARE(single->size(), 1u);

    const auto normal = Ipv4Range::create(address(u"10.0.1.50"), address(u"10.0.1.59"));
    DOMAIN_VERIFY_OK(normal);
    QCOMPARE(normal->start(), address(u"10.0.1.50"));
    QCOMPARE(normal->end(), address(u"10.0.1.59"));
}

void TestIpv4Range::refusesReversedRange()
{
    DOMAIN_VERIFY_ERROR(Ipv4Range::create(address(u"10.0.1.60"), address(u"10.0.1.50")),
                        QStringLiteral("10.0.1.60"), QStringLiteral("10.0.1.50"),
                        QStringLiteral("after its end"));
    // Numeric, not textual: .10 comes after .9 even though "10" < "9" as text.
    DOMAIN_VERIFY_OK(Ipv4Range::create(address(u"10.0.0.9"), address(u"10.0.0.10")));
    DOMAIN_VERIFY_ERROR(Ipv4Range::create(address(u"10.0.0.10"), address(u"10.0.0.9")),
                        QStringLiteral("after its end"));
}

void TestIpv4Range::parsesValidRanges_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");

    QTest::newRow("hyphen") << "10.0.1.50-10.0.1.59"
                            << "10.0.1.50"
                            << "10.0.1.59";
    QTest::newRow("spaced hyphen") << "10.0.1.50 - 10.0.1.59"
                                   << "10.0.1.50"
                                   << "10.0.1.59";
    QTest::newRow("several spaces") << "10.0.1.50   -  10.0.1.59"
                                    << "10.0.1.50"
                                    << "10.0.1.59";
    QTest::newRow("en dash display form")
        << QStringLiteral("10.0.1.50 \u2013 10.0.1.59") << "10.0.1.50"
        << "10.0.1.59";
    QTest::newRow("bare en dash") << QStringLiteral("10.0.1.50\u201310.0.1.59") << "10.0.1.50"
                                  << "10.0.1.59";
    QTest::newRow("single address") << "10.0.1.5-10.0.1.5"
                                    << "10.0.1.5"
                                    << "10.0.1.5";
    QTest::newRow("whole space") << "0.0.0.0-255.255.255.255"
                                 << "0.0.0.0"
                                 << "255.255.255.255";
    QTest::newRow("numeric order") << "10.0.0.9-10.0.0.10"
                                   << "10.0.0.9"
                                   << "10.0.0.10";
}

void TestIpv4Range::parsesValidRanges()
{
    QFETCH(QString, input);
    QFETCH(QString, start);
    QFETCH(QString, end);

    const auto parsed = Ipv4Range::parse(input);
    DOMAIN_VERIFY_OK(parsed);
    QCOMPARE(parsed->start().toString(), start);
    QCOMPARE(parsed->end().toString(), end);
}

void TestIpv4Range::rejectsInvalidRanges_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("single address") << "10.0.1.50"
                                    << "expected <start>-<end>";
    QTest::newRow("reversed") << "10.0.1.59-10.0.1.50"
                              << "the start 10.0.1.59 is after the end 10.0.1.50";
    QTest::newRow("reversed numerically") << "10.0.0.10-10.0.0.9"
                                          << "is after the end";
    QTest::newRow("double hyphen") << "10.0.1.50--10.0.1.59"
                                   << "exactly one '-'";
    QTest::newRow("three parts") << "10.0.1.1-10.0.1.2-10.0.1.3"
                                 << "exactly one '-'";
    QTest::newRow("hyphen and dash")
        << QStringLiteral("10.0.1.1-\u201310.0.1.2") << "exactly one '-'";
    QTest::newRow("missing end") << "10.0.1.50-"
                                 << "the end address '' is invalid";
    QTest::newRow("missing start") << "-10.0.1.59"
                                   << "the start address '' is invalid";
    QTest::newRow("bad start") << "10.0.1-10.0.1.59"
                               << "the start address '10.0.1' is invalid: expected 4 octets";
    QTest::newRow("bad end") << "10.0.1.50-10.0.1.256"
                             << "the end address '10.0.1.256' is invalid";
    QTest::newRow("leading space") << " 10.0.1.50-10.0.1.59"
                                   << "whitespace";
    QTest::newRow("trailing space") << "10.0.1.50-10.0.1.59 "
                                    << "whitespace";
    QTest::newRow("prefix instead") << "10.0.1.0/24"
                                    << "expected <start>-<end>";
    QTest::newRow("comma separated") << "10.0.1.50,10.0.1.59"
                                     << "expected <start>-<end>";
    QTest::newRow("cidr end") << "10.0.1.50-10.0.1.59/24"
                              << "prefix length or mask";
}

void TestIpv4Range::rejectsInvalidRanges()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(Ipv4Range::parse(input), quotedInput(input),
                        QStringLiteral("is not a valid IPv4 range"), reason);
}

void TestIpv4Range::containsAddresses_data()
{
    QTest::addColumn<QString>("rangeText");
    QTest::addColumn<QString>("addressText");
    QTest::addColumn<bool>("inside");

    QTest::newRow("start") << "10.0.1.50-10.0.1.59"
                           << "10.0.1.50" << true;
    QTest::newRow("end") << "10.0.1.50-10.0.1.59"
                         << "10.0.1.59" << true;
    QTest::newRow("middle") << "10.0.1.50-10.0.1.59"
                            << "10.0.1.55" << true;
    QTest::newRow("before") << "10.0.1.50-10.0.1.59"
                            << "10.0.1.49" << false;
    QTest::newRow("after") << "10.0.1.50-10.0.1.59"
                           << "10.0.1.60" << false;
    QTest::newRow("textually inside, numerically not") << "10.0.0.1-10.0.0.9"
                                                       << "10.0.0.10" << false;
    QTest::newRow("across octet") << "10.0.0.250-10.0.1.5"
                                  << "10.0.1.0" << true;
}

void TestIpv4Range::containsAddresses()
{
    QFETCH(QString, rangeText);
    QFETCH(QString, addressText);
    QFETCH(bool, inside);

    QCOMPARE(range(rangeText).contains(address(addressText)), inside);
}

void TestIpv4Range::overlapsAndContainsRanges_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlaps");
    QTest::addColumn<bool>("aContainsB");

    QTest::newRow("identical") << "10.0.1.10-10.0.1.20"
                               << "10.0.1.10-10.0.1.20" << true << true;
    QTest::newRow("inside") << "10.0.1.10-10.0.1.20"
                            << "10.0.1.12-10.0.1.18" << true << true;
    QTest::newRow("surrounding") << "10.0.1.12-10.0.1.18"
                                 << "10.0.1.10-10.0.1.20" << true << false;
    QTest::newRow("partial left") << "10.0.1.10-10.0.1.20"
                                  << "10.0.1.5-10.0.1.10" << true << false;
    QTest::newRow("partial right") << "10.0.1.10-10.0.1.20"
                                   << "10.0.1.20-10.0.1.30" << true << false;
    QTest::newRow("adjacent left") << "10.0.1.10-10.0.1.20"
                                   << "10.0.1.1-10.0.1.9" << false << false;
    QTest::newRow("adjacent right") << "10.0.1.10-10.0.1.20"
                                    << "10.0.1.21-10.0.1.30" << false << false;
    QTest::newRow("far apart") << "10.0.1.10-10.0.1.20"
                               << "10.0.2.10-10.0.2.20" << false << false;
    QTest::newRow("same start") << "10.0.1.10-10.0.1.20"
                                << "10.0.1.10-10.0.1.11" << true << true;
}

void TestIpv4Range::overlapsAndContainsRanges()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlaps);
    QFETCH(bool, aContainsB);

    QCOMPARE(range(a).overlaps(range(b)), overlaps);
    QCOMPARE(range(b).overlaps(range(a)), overlaps); // symmetric
    QCOMPARE(range(a).contains(range(b)), aContainsB);
}

void TestIpv4Range::reportsSize_data()
{
    QTest::addColumn<QString>("rangeText");
    QTest::addColumn<quint64>("size");

    QTest::newRow("one") << "10.0.1.5-10.0.1.5" << quint64(1);
    QTest::newRow("ten") << "10.0.1.50-10.0.1.59" << quint64(10);
    QTest::newRow("across octet") << "10.0.0.255-10.0.1.0" << quint64(2);
    QTest::newRow("everything") << "0.0.0.0-255.255.255.255" << (quint64(1) << 32);
}

void TestIpv4Range::reportsSize()
{
    QFETCH(QString, rangeText);
    QFETCH(quint64, size);

    QCOMPARE(range(rangeText).size(), size);
}

void TestIpv4Range::displayTextRoundTrips()
{
    const Ipv4Range original = range(u"10.0.1.50-10.0.1.59");
    QCOMPARE(original.toString(), QStringLiteral("10.0.1.50 \u2013 10.0.1.59"));
    const auto reparsed = Ipv4Range::parse(original.toString());
    DOMAIN_VERIFY_OK(reparsed);
    QCOMPARE(*reparsed, original);
}

QTEST_GUILESS_MAIN(TestIpv4Range)
#include "tst_ipv4range.moc"
