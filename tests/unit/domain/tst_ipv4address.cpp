#include "domain/Ipv4Address.h"
#include "DomainTestSupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using leaselink::Ipv4Address;

class TestIpv4Address : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidAddresses_data();
    void parsesValidAddresses();
    void rejectsInvalidAddresses_data();
    void rejectsInvalidAddresses();
    void shortensVeryLongInputInMessages();
    void ordersNumerically();
    void hashesByValue();
    void defaultIsZero();
};

void TestIpv4Address::parsesValidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<quint32>("value");

    QTest::newRow("zero") << "0.0.0.0" << 0u;
    QTest::newRow("all ones") << "255.255.255.255" << 0xffffffffu;
    QTest::newRow("private") << "10.0.1.20" << 0x0a000114u;
    QTest::newRow("class c") << "192.168.0.1" << 0xc0a80001u;
    QTest::newRow("single digits") << "1.2.3.4" << 0x01020304u;
    QTest::newRow("two digits") << "10.20.30.40" << 0x0a141e28u;
    QTest::newRow("boundary 199/200") << "199.200.249.250" << 0xc7c8f9fau;
    QTest::newRow("zero octets inside") << "10.0.0.10" << 0x0a00000au;
}

void TestIpv4Address::parsesValidAddresses()
{
    QFETCH(QString, input);
    QFETCH(quint32, value);

    const auto parsed = Ipv4Address::parse(input);
    DOMAIN_VERIFY_OK(parsed);
    QCOMPARE(parsed->toUInt(), value);
    // The strict grammar admits exactly one spelling, so the text round-trips unchanged.
    QCOMPARE(parsed->toString(), input);
    QCOMPARE(Ipv4Address(value).toString(), input);
}

void TestIpv4Address::rejectsInvalidAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("three octets") << "10.0.1"
                                  << "expected 4 octets";
    QTest::newRow("two octets") << "10.0"
                                << "expected 4 octets, found 2";
    QTest::newRow("one number") << "167772161"
                                << "expected 4 octets, found 1";
    QTest::newRow("five octets") << "10.0.0.0.1"
                                 << "expected 4 octets, found 5";
    QTest::newRow("trailing dot") << "10.0.0.1."
                                  << "ends with a dot";
    QTest::newRow("trailing dot short") << "10.0.0."
                                        << "ends with a dot";
    QTest::newRow("leading dot") << ".10.0.0.1"
                                 << "starts with a dot";
    QTest::newRow("empty octet") << "10..0.1"
                                 << "octet 2 is empty";
    QTest::newRow("leading space") << " 10.0.0.1"
                                   << "whitespace";
    QTest::newRow("trailing space") << "10.0.0.1 "
                                    << "whitespace";
    QTest::newRow("inner space") << "10.0. 0.1"
                                 << "whitespace";
    QTest::newRow("newline") << "10.0.0.1\n"
                             << "whitespace";
    QTest::newRow("tab") << "10.0.0.1\t"
                         << "whitespace";
    QTest::newRow("plus sign") << "+10.0.0.1"
                               << "sign";
    QTest::newRow("minus sign") << "10.-1.0.0"
                                << "sign";
    QTest::newRow("leading zero first") << "010.0.0.1"
                                        << "octet 1 ('010') has a leading zero";
    QTest::newRow("leading zero double 0") << "10.00.0.1"
                                           << "octet 2 ('00') has a leading zero";
    QTest::newRow("leading zero last") << "10.0.0.01"
                                       << "octet 4 ('01') has a leading zero";
    QTest::newRow("256") << "256.0.0.1"
                         << "octet 1 (256) is greater than 255";
    QTest::newRow("300 last") << "10.0.1.300"
                              << "octet 4 (300) is greater than 255";
    QTest::newRow("999") << "10.999.0.1"
                         << "octet 2 (999) is greater than 255";
    QTest::newRow("four digits") << "1000.0.0.1"
                                 << "octet 1 is greater than 255";
    QTest::newRow("huge octet") << "10.0.0.99999999999999999999"
                                << "greater than 255";
    QTest::newRow("cidr suffix") << "10.0.0.1/24"
                                 << "prefix length or mask";
    QTest::newRow("mask suffix") << "10.0.0.1/255.255.255.0"
                                 << "prefix length or mask";
    QTest::newRow("letters") << "a.b.c.d"
                             << "invalid character 'a'";
    QTest::newRow("hex octet") << "10.0.0.0x1"
                               << "invalid character 'x'";
    QTest::newRow("port suffix") << "10.0.0.1:443"
                                 << "invalid character ':'";
    QTest::newRow("ipv6") << "::1"
                          << "invalid character ':'";
    QTest::newRow("comma") << "10,0,0,1"
                           << "invalid character ','";
    QTest::newRow("full-width digit") << QStringLiteral("\uff11.0.0.1") << "U+FF11";
    QTest::newRow("non-breaking space") << QStringLiteral("10.0.0.1\u00a0") << "whitespace";
    QTest::newRow("only dots") << "..."
                               << "starts with a dot";
}

void TestIpv4Address::rejectsInvalidAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(Ipv4Address::parse(input), quotedInput(input),
                        QStringLiteral("is not a valid IPv4 address"), reason);
}

void TestIpv4Address::shortensVeryLongInputInMessages()
{
    const QString input = QStringLiteral("10.0.0.1") + QString(5000, QLatin1Char('9'));
    const auto parsed = Ipv4Address::parse(input);
    DOMAIN_VERIFY_ERROR(parsed, QStringLiteral("'10.0.0.1999"), QStringLiteral("\u2026'"));
    QVERIFY2(parsed.error().message.size() < 200, qPrintable(parsed.error().message));
}

void TestIpv4Address::ordersNumerically()
{
    const auto nine = Ipv4Address::parse(u"10.0.0.9");
    const auto ten = Ipv4Address::parse(u"10.0.0.10");
    DOMAIN_VERIFY_OK(nine);
    DOMAIN_VERIFY_OK(ten);
    QVERIFY(*nine < *ten); // text order would say the opposite
    QVERIFY(nine->toString() > ten->toString());

    QList<Ipv4Address> addresses;
    for (const auto text : {u"10.0.0.100", u"9.255.255.255", u"10.0.0.9", u"10.0.0.10"}) {
        const auto parsed = Ipv4Address::parse(QStringView(text));
        DOMAIN_VERIFY_OK(parsed);
        addresses << *parsed;
    }
    std::sort(addresses.begin(), addresses.end());
    QStringList sorted;
    for (const Ipv4Address &address : addresses)
        sorted << address.toString();
    QCOMPARE(sorted, QStringList({QStringLiteral("9.255.255.255"), QStringLiteral("10.0.0.9"),
                                  QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.100")}));
}

void TestIpv4Address::hashesByValue()
{
    const Ipv4Address a(0x0a000001);
    const Ipv4Address b(0x0a000001);
    const Ipv4Address c(0x0a000002);
    QCOMPARE(qHash(a, 7), qHash(b, 7));
    QVERIFY(a == b);
    QVERIFY(a != c);
    const QSet<Ipv4Address> set{a, b, c};
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Ipv4Address(0x0a000002)));
}

void TestIpv4Address::defaultIsZero()
{
    QCOMPARE(Ipv4Address().toUInt(), 0u);
    QCOMPARE(Ipv4Address().toString(), QStringLiteral("0.0.0.0"));
}

QTEST_GUILESS_MAIN(TestIpv4Address)
#include "tst_ipv4address.moc"
