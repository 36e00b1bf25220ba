#include "domain/MacAddress.h"
#include "DomainTestSupport.h"

#include <QSet>
#include <QTest>

using leaselink::MacAddress;

class TestMacAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAcceptedForms_data();
    void parsesAcceptedForms();
    void rejectsInvalidMacs_data();
    void rejectsInvalidMacs();
    void exposesBytes();
    void comparesAndHashesCanonically();
    void canonicalisesClientIds_data();
    void canonicalisesClientIds();
    void rejectsInvalidClientIds_data();
    void rejectsInvalidClientIds();
};

void TestMacAddress::parsesAcceptedForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("windows form") << "00-11-22-aa-bb-cc"
                                  << "00-11-22-aa-bb-cc";
    QTest::newRow("colons") << "00:11:22:33:44:55"
                            << "00-11-22-33-44-55";
    QTest::newRow("colons upper") << "00:11:22:AA:BB:CC"
                                  << "00-11-22-aa-bb-cc";
    QTest::newRow("hyphens upper") << "0A-00-00-00-00-52"
                                   << "0a-00-00-00-00-52";
    QTest::newRow("cisco dots") << "0011.2233.4455"
                                << "00-11-22-33-44-55";
    QTest::newRow("cisco dots mixed case") << "0011.22Aa.bBcC"
                                           << "00-11-22-aa-bb-cc";
    QTest::newRow("bare digits") << "001122334455"
                                 << "00-11-22-33-44-55";
    QTest::newRow("bare upper") << "AABBCCDDEEFF"
                                << "aa-bb-cc-dd-ee-ff";
    QTest::newRow("all zero") << "00:00:00:00:00:00"
                              << "00-00-00-00-00-00";
    QTest::newRow("broadcast") << "ff:ff:ff:ff:ff:ff"
                               << "ff-ff-ff-ff-ff-ff";
}

void TestMacAddress::parsesAcceptedForms()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    const auto parsed = MacAddress::parse(input);
    DOMAIN_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), canonical);
    const auto reparsed = MacAddress::parse(parsed->toString());
    DOMAIN_VERIFY_OK(reparsed);
    QCOMPARE(*reparsed, *parsed);
}

void TestMacAddress::rejectsInvalidMacs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("mixed colon hyphen") << "00:11-22:33:44:55"
                                        << "mixes the separators ':' and '-'";
    QTest::newRow("mixed dot colon") << "0011.2233:4455"
                                     << "mixes the separators '.' and ':'";
    QTest::newRow("five bytes") << "00:11:22:33:44"
                                << "expected 12 hex digits, found 10";
    QTest::newRow("seven bytes") << "01:00:11:22:33:44:55"
                                 << "expected 12 hex digits, found 14";
    QTest::newRow("eleven digits") << "00112233445"
                                   << "expected 12 hex digits, found 11";
    QTest::newRow("thirteen digits") << "0011223344556"
                                     << "found 13";
    QTest::newRow("single-digit group") << "0:11:22:33:44:55"
                                        << "found 11";
    QTest::newRow("misplaced colons") << "001:12:23:34:45:5"
                                      << "':' must separate pairs";
    QTest::newRow("misplaced hyphens") << "0011-2233-4455"
                                       << "'-' must separate pairs";
    QTest::newRow("dots as pairs") << "00.11.22.33.44.55"
                                   << "'.' must separate groups of four";
    QTest::newRow("dots wrong groups") << "001122.334455"
                                       << "groups of four";
    QTest::newRow("leading separator") << ":00:11:22:33:44:55"
                                       << "must separate pairs";
    QTest::newRow("trailing separator") << "00:11:22:33:44:55:"
                                        << "must separate pairs";
    QTest::newRow("double separator") << "00::11:22:33:44:55"
                                      << "must separate pairs";
    QTest::newRow("non-hex letter") << "00:11:22:33:44:GG"
                                    << "'G' is not a hex digit";
    QTest::newRow("non-hex lower") << "zz-11-22-33-44-55"
                                   << "'z' is not a hex digit";
    QTest::newRow("space inside") << "00 11 22 33 44 55"
                                  << "whitespace";
    QTest::newRow("leading space") << " 00:11:22:33:44:55"
                                   << "whitespace";
    QTest::newRow("trailing newline") << "00:11:22:33:44:55\n"
                                      << "whitespace";
    QTest::newRow("hex prefix") << "0x001122334455"
                                << "'x' is not a hex digit";
    QTest::newRow("underscore") << "00_11_22_33_44_55"
                                << "invalid character '_'";
    QTest::newRow("free text") << "see ticket 42"
                               << "is not a hex digit";
    QTest::newRow("only separators") << "::::"
                                     << "found 0";
}

void TestMacAddress::rejectsInvalidMacs()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(MacAddress::parse(input), quotedInput(input),
                        QStringLiteral("is not a valid MAC address"), reason);
}

void TestMacAddress::exposesBytes()
{
    const auto parsed = MacAddress::parse(u"01:23:45:67:89:AB");
    DOMAIN_VERIFY_OK(parsed);
    const std::array<std::uint8_t, 6> expected{0x01, 0x23, 0x45, 0x67, 0x89, 0xab};
    QVERIFY(parsed->bytes() == expected);
    QCOMPARE(MacAddress().toString(), QStringLiteral("00-00-00-00-00-00"));
}

void TestMacAddress::comparesAndHashesCanonically()
{
    QSet<MacAddress> set;
    for (const auto text : {u"00:11:22:AA:BB:CC", u"0011.22aa.bbcc", u"001122AABBCC",
                            u"00-11-22-aa-bb-cc", u"00-11-22-aa-bb-cd"}) {
        const auto parsed = MacAddress::parse(QStringView(text));
        DOMAIN_VERIFY_OK(parsed);
        set.insert(*parsed);
    }
    QCOMPARE(set.size(), 2);

    const auto low = MacAddress::parse(u"00-11-22-aa-bb-cc");
    const auto high = MacAddress::parse(u"00-11-22-aa-bb-cd");
    DOMAIN_VERIFY_OK(low);
    DOMAIN_VERIFY_OK(high);
    QVERIFY(*low < *high);
    const auto same = MacAddress::parse(u"00:11:22:AA:BB:CC");
    DOMAIN_VERIFY_OK(same);
    QCOMPARE(qHash(*same, 9), qHash(*low, 9));
}

void TestMacAddress::canonicalisesClientIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    // Decision C-18 examples (LL-54..LL-58): any length, lower-case pairs joined by '-'.
    QTest::newRow("mac colons") << "00:11:22:AA:BB:CC"
                                << "00-11-22-aa-bb-cc";
    QTest::newRow("mac dots") << "0011.22aa.bbcc"
                              << "00-11-22-aa-bb-cc";
    QTest::newRow("seven bytes") << "01-00-11-22-aa-bb-cc"
                                 << "01-00-11-22-aa-bb-cc";
    QTest::newRow("seven bytes colons upper") << "01:AA:BB:CC:DD:EE:11"
                                              << "01-aa-bb-cc-dd-ee-11";
    QTest::newRow("upper hyphens") << "0A-00-00-00-00-52"
                                   << "0a-00-00-00-00-52";
    QTest::newRow("one byte") << "0a"
                              << "0a";
    QTest::newRow("bare odd bytes") << "01AABBCCDDEE11"
                                    << "01-aa-bb-cc-dd-ee-11";
    QTest::newRow("dot groups of four, eight bytes") << "0100.1122.aabb.ccdd"
                                                     << "01-00-11-22-aa-bb-cc-dd";
}

void TestMacAddress::canonicalisesClientIds()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);

    const auto result = MacAddress::canonicalClientId(input);
    DOMAIN_VERIFY_OK(result);
    QCOMPARE(*result, canonical);
    // A 6-byte id is the same text as the MAC's canonical form.
    if (const auto mac = MacAddress::parse(input))
        QCOMPARE(mac->toString(), canonical);
}

void TestMacAddress::rejectsInvalidClientIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("free text") << "see ticket 42"
                               << "is not a hex digit";
    QTest::newRow("odd digits") << "0a0"
                                << "even number of hex digits";
    QTest::newRow("single-digit group") << "aaa-bbb"
                                        << "must separate pairs";
    QTest::newRow("mixed") << "01-aa:bb"
                           << "mixes the separators";
    QTest::newRow("only separator") << "-"
                                    << "found 0 hex digits";
}

void TestMacAddress::rejectsInvalidClientIds()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(MacAddress::canonicalClientId(input), quotedInput(input),
                        QStringLiteral("is not a valid DHCP client id"), reason);
}

QTEST_GUILESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
