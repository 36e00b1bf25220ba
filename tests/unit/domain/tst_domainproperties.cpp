#include "domain/Ipv4Prefix.h"
#include "domain/Ipv4Range.h"
#include "domain/LeaseDuration.h"
#include "domain/MacAddress.h"
#include "DomainTestSupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace leaselink;

// Property tests: many random valid values go through toString/parse and come back equal, and
// random near-miss text never parses to something other than what it says. The seed is fixed
// so a failure reproduces; LEASELINK_PROPERTY_SEED picks another one.
class TestDomainProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addressesRoundTrip();
    void prefixesRoundTrip();
    void rangesRoundTripAndOverlapConsistently();
    void macsRoundTripInEveryForm();
    void leaseDurationsRoundTrip();
    void addressParserIsStrict();
    void macParserAgreesWithClientIds();

private:
    static constexpr int Iterations = 5000;
    QRandomGenerator m_random;
    quint32 m_seed = 20260428;
};

void TestDomainProperties::initTestCase()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("LEASELINK_PROPERTY_SEED").toUInt(&ok);
    if (ok)
        m_seed = fromEnvironment;
    qInfo("property seed %u (set LEASELINK_PROPERTY_SEED to repeat another run)", m_seed);
}

void TestDomainProperties::addressesRoundTrip()
{
    m_random.seed(m_seed);
    for (int i = 0; i < Iterations; ++i) {
        const Ipv4Address original(m_random.generate());
        const QString text = original.toString();
        const auto parsed = Ipv4Address::parse(text);
        DOMAIN_VERIFY_OK(parsed);
        QCOMPARE(*parsed, original);
    }
}

void TestDomainProperties::prefixesRoundTrip()
{
    m_random.seed(m_seed + 1);
    for (int i = 0; i < Iterations; ++i) {
        const Ipv4Address address(m_random.generate());
        const int length = m_random.bounded(33);
        const QString loose = address.toString() + QLatin1Char('/') + QString::number(length);
        const auto normalised = Ipv4Prefix::parse(loose, Ipv4Prefix::HostBits::Normalise);
        DOMAIN_VERIFY_OK(normalised);
        QCOMPARE(normalised->length(), length);
        QVERIFY(normalised->contains(address));
        QVERIFY(normalised->contains(normalised->broadcast()));
        QVERIFY(normalised->contains(*normalised));

        // Strict parsing accepts the address as given exactly when it has no host bits.
        const bool clean = normalised->network() == address;
        QCOMPARE(Ipv4Prefix::parse(loose).has_value(), clean);

        const auto canonical = Ipv4Prefix::parse(normalised->toString());
        DOMAIN_VERIFY_OK(canonical);
        QCOMPARE(*canonical, *normalised);
        const QString maskForm =
            normalised->network().toString() + QLatin1Char('/') + normalised->mask().toString();
        const auto viaMask = Ipv4Prefix::parse(maskForm);
        DOMAIN_VERIFY_OK(viaMask);
        QCOMPARE(*viaMask, *normalised);
        const auto viaFields = Ipv4Prefix::fromAddressAndMask(address, normalised->mask(),
                                                              Ipv4Prefix::HostBits::Normalise);
        DOMAIN_VERIFY_OK(viaFields);
        QCOMPARE(*viaFields, *normalised);

        // The addresses just outside are outside.
        const quint32 network = normalised->network().toUInt();
        const quint32 broadcast = normalised->broadcast().toUInt();
        if (network > 0)
            QVERIFY(!normalised->contains(Ipv4Address(network - 1)));
        if (broadcast < 0xffffffffu)
            QVERIFY(!normalised->contains(Ipv4Address(broadcast + 1)));
    }
}

void TestDomainProperties::rangesRoundTripAndOverlapConsistently()
{
    m_random.seed(m_seed + 2);
    const auto randomRange = [this] {
        // Small ranges in a small space so that overlaps actually happen.
        quint32 a = 0x0a000000u + m_random.bounded(512u);
        quint32 b = 0x0a000000u + m_random.bounded(512u);
        if (b < a)
            std::swap(a, b);
        const auto range = Ipv4Range::create(Ipv4Address(a), Ipv4Address(b));
        if (!range)
            qFatal("create refused an ordered range: %s", qPrintable(range.error().message));
        return *range;
    };
    for (int i = 0; i < Iterations; ++i) {
        const Ipv4Range first = randomRange();
        const Ipv4Range second = randomRange();
        const QString hyphenForm =
            first.start().toString() + QLatin1Char('-') + first.end().toString();
        for (const QString &text : {first.toString(), hyphenForm}) {
            const auto parsed = Ipv4Range::parse(text);
            DOMAIN_VERIFY_OK(parsed);
            QCOMPARE(*parsed, first);
        }
        QCOMPARE(first.size(), quint64(first.end().toUInt() - first.start().toUInt()) + 1);

        // overlaps() agrees with "some address lies in both".
        const quint32 low = std::max(first.start().toUInt(), second.start().toUInt());
        const quint32 high = std::min(first.end().toUInt(), second.end().toUInt());
        QCOMPARE(first.overlaps(second), low <= high);
        QCOMPARE(second.overlaps(first), low <= high);
        QCOMPARE(first.contains(second),
                 first.contains(second.start()) && first.contains(second.end()));
    }
}

void TestDomainProperties::macsRoundTripInEveryForm()
{
    m_random.seed(m_seed + 3);
    static constexpr char Upper[] = "0123456789ABCDEF";
    static constexpr char Lower[] = "0123456789abcdef";
    for (int i = 0; i < Iterations; ++i) {
        std::array<std::uint8_t, 6> bytes{};
        QString bare;
        for (std::uint8_t &byte : bytes) {
            byte = std::uint8_t(m_random.bounded(256));
            // Each digit in a random case: parsing must not care.
            for (const int nibble : {byte >> 4, byte & 0xf})
                bare += QLatin1Char(m_random.bounded(2) ? Upper[nibble] : Lower[nibble]);
        }
        QString colons, hyphens, dots;
        for (int p = 0; p < 6; ++p) {
            colons += (p ? QStringLiteral(":") : QString()) + bare.mid(2 * p, 2);
            hyphens += (p ? QStringLiteral("-") : QString()) + bare.mid(2 * p, 2);
        }
        for (int g = 0; g < 3; ++g)
            dots += (g ? QStringLiteral(".") : QString()) + bare.mid(4 * g, 4);

        QString canonical;
        for (int p = 0; p < 6; ++p)
            canonical += (p ? QStringLiteral("-") : QString()) + bare.mid(2 * p, 2).toLower();

        for (const QString &form : {bare, colons, hyphens, dots}) {
            const auto parsed = MacAddress::parse(form);
            DOMAIN_VERIFY_OK(parsed);
            QVERIFY(parsed->bytes() == bytes);
            QCOMPARE(parsed->toString(), canonical);
        }
    }
}

void TestDomainProperties::leaseDurationsRoundTrip()
{
    m_random.seed(m_seed + 4);
    using Unit = LeaseDuration::Unit;
    for (int i = 0; i < Iterations; ++i) {
        // Mostly whole units, so every display unit is exercised.
        const Unit unit = Unit(m_random.bounded(4));
        const qint64 limit = LeaseDuration::MaxEntrySeconds / LeaseDuration::unitSeconds(unit);
        const qint64 value = 1 + qint64(m_random.bounded(quint64(std::min<qint64>(limit, 100000))));
        const auto built = LeaseDuration::fromValueAndUnit(value, unit);
        DOMAIN_VERIFY_OK(built);
        QCOMPARE(built->seconds(), value * LeaseDuration::unitSeconds(unit));

        // Decomposition is exact and uses the largest unit that divides.
        const qint64 shownValue = built->displayValue();
        const Unit shownUnit = built->displayUnit();
        QCOMPARE(shownValue * LeaseDuration::unitSeconds(shownUnit), built->seconds());
        QVERIFY(shownUnit >= unit);
        if (shownUnit != Unit::Days)
            QVERIFY(built->seconds() % LeaseDuration::unitSeconds(Unit(int(shownUnit) + 1)) != 0);

        const auto reparsed = LeaseDuration::parse(built->toDisplayString());
        DOMAIN_VERIFY_OK(reparsed);
        QCOMPARE(*reparsed, *built);
    }
}

void TestDomainProperties::addressParserIsStrict()
{
    // Random text over the characters that matter. Whatever parses must be exactly the
    // canonical text, i.e. there is only one spelling of each address.
    m_random.seed(m_seed + 5);
    static constexpr char Alphabet[] = "0123456789...../ -+x";
    int accepted = 0;
    for (int i = 0; i < Iterations * 5; ++i) {
        QString text;
        const int size = 1 + m_random.bounded(16);
        for (int c = 0; c < size; ++c)
            text += QLatin1Char(Alphabet[m_random.bounded(int(sizeof Alphabet - 1))]);
        const auto parsed = Ipv4Address::parse(text);
        if (parsed) {
            ++accepted;
            QCOMPARE(parsed->toString(), text);
        } else {
            QVERIFY2(parsed.error().message.startsWith(quotedInput(text)),
                     qPrintable(parsed.error().message));
        }
    }
    QVERIFY2(accepted > 0, "the generator never produced a valid address; the test is blind");
}

void TestDomainProperties::macParserAgreesWithClientIds()
{
    m_random.seed(m_seed + 6);
    static constexpr char Alphabet[] = "0123456789abcdefABCDEF::--..g ";
    int accepted = 0;
    for (int i = 0; i < Iterations * 5; ++i) {
        QString text;
        const int size = 10 + m_random.bounded(9);
        for (int c = 0; c < size; ++c)
            text += QLatin1Char(Alphabet[m_random.bounded(int(sizeof Alphabet - 1))]);
        const auto mac = MacAddress::parse(text);
        const auto clientId = MacAddress::canonicalClientId(text);
        if (mac) {
            ++accepted;
            DOMAIN_VERIFY_OK(clientId);
            QCOMPARE(*clientId, mac->toString());
        } else {
            QVERIFY2(mac.error().message.startsWith(quotedInput(text)),
                     qPrintable(mac.error().message));
        }
    }
    QVERIFY2(accepted > 0, "the generator never produced a valid MAC; the test is blind");
}

QTEST_GUILESS_MAIN(TestDomainProperties)
#include "tst_domainproperties.moc"
