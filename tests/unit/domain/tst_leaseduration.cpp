#include "domain/LeaseDuration.h"
#include "DomainTestSupport.h"

#include <QTest>

#include <limits>

using leaselink::LeaseDuration;
using Unit = LeaseDuration::Unit;

class TestLeaseDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displaysByLargestExactUnit_data();
    void displaysByLargestExactUnit();
    void defaultsToOneDay();
    void namesUnits();
    void buildsFromValueAndUnit_data();
    void buildsFromValueAndUnit();
    void refusesBadValueAndUnit_data();
    void refusesBadValueAndUnit();
    void parsesCliText_data();
    void parsesCliText();
    void rejectsBadCliText_data();
    void rejectsBadCliText();
    void takesServerSeconds_data();
    void takesServerSeconds();
    void orders();
};

void TestLeaseDuration::displaysByLargestExactUnit_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("display");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("unit");

    // Data model section 9 table, every row.
    QTest::newRow("86400") << qint64(86400) << "1 Day" << qint64(1) << int(Unit::Days);
    QTest::newRow("259200") << qint64(259200) << "3 Days" << qint64(3) << int(Unit::Days);
    QTest::newRow("262800") << qint64(262800) << "73 Hours" << qint64(73) << int(Unit::Hours);
    QTest::newRow("3600") << qint64(3600) << "1 Hour" << qint64(1) << int(Unit::Hours);
    QTest::newRow("1800") << qint64(1800) << "30 Minutes" << qint64(30) << int(Unit::Minutes);
    QTest::newRow("60") << qint64(60) << "1 Minute" << qint64(1) << int(Unit::Minutes);
    QTest::newRow("90") << qint64(90) << "90 Seconds" << qint64(90) << int(Unit::Seconds);
    QTest::newRow("45") << qint64(45) << "45 Seconds" << qint64(45) << int(Unit::Seconds);
    QTest::newRow("1") << qint64(1) << "1 Second" << qint64(1) << int(Unit::Seconds);
    QTest::newRow("0") << qint64(0) << "0 Seconds" << qint64(0) << int(Unit::Seconds);
    QTest::newRow("-5") << qint64(-5) << "-5 Seconds" << qint64(-5) << int(Unit::Seconds);
    // Further cases of the same rule.
    QTest::newRow("-86400 stays seconds")
        << qint64(-86400) << "-86400 Seconds" << qint64(-86400) << int(Unit::Seconds);
    QTest::newRow("-1") << qint64(-1) << "-1 Seconds" << qint64(-1) << int(Unit::Seconds);
    QTest::newRow("8 days") << qint64(691200) << "8 Days" << qint64(8) << int(Unit::Days);
    QTest::newRow("2 hours") << qint64(7200) << "2 Hours" << qint64(2) << int(Unit::Hours);
    QTest::newRow("25 hours") << qint64(90000) << "25 Hours" << qint64(25) << int(Unit::Hours);
    QTest::newRow("61 minutes") << qint64(3660) << "61 Minutes" << qint64(61) << int(Unit::Minutes);
    QTest::newRow("1 day 1 second")
        << qint64(86401) << "86401 Seconds" << qint64(86401) << int(Unit::Seconds);
    QTest::newRow("dhcp maximum") << qint64(4294967294) << "4294967294 Seconds"
                                  << qint64(4294967294) << int(Unit::Seconds);
}

void TestLeaseDuration::displaysByLargestExactUnit()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, display);
    QFETCH(qint64, value);
    QFETCH(int, unit);

    const LeaseDuration duration(seconds);
    QCOMPARE(duration.toDisplayString(), display);
    QCOMPARE(duration.displayValue(), value);
    QCOMPARE(int(duration.displayUnit()), unit);
    QCOMPARE(duration.seconds(), seconds);

    if (seconds > 0) {
        // The widget decomposition saves back to the same seconds, and the display text is
        // accepted by the CLI parser.
        const auto rebuilt = LeaseDuration::fromValueAndUnit(value, Unit(unit));
        DOMAIN_VERIFY_OK(rebuilt);
        QCOMPARE(rebuilt->seconds(), seconds);
        const auto parsed = LeaseDuration::parse(display);
        DOMAIN_VERIFY_OK(parsed);
        QCOMPARE(parsed->seconds(), seconds);
    }
}

void TestLeaseDuration::defaultsToOneDay()
{
    QCOMPARE(LeaseDuration().seconds(), qint64(86400));
    QCOMPARE(LeaseDuration().toDisplayString(), QStringLiteral("1 Day"));
    QCOMPARE(LeaseDuration::DefaultSeconds, qint64(86400));
}

void TestLeaseDuration::namesUnits()
{
    QCOMPARE(LeaseDuration::unitName(Unit::Seconds, false), QStringLiteral("Second"));
    QCOMPARE(LeaseDuration::unitName(Unit::Seconds, true), QStringLiteral("Seconds"));
    QCOMPARE(LeaseDuration::unitName(Unit::Minutes, false), QStringLiteral("Minute"));
    QCOMPARE(LeaseDuration::unitName(Unit::Minutes, true), QStringLiteral("Minutes"));
    QCOMPARE(LeaseDuration::unitName(Unit::Hours, false), QStringLiteral("Hour"));
    QCOMPARE(LeaseDuration::unitName(Unit::Hours, true), QStringLiteral("Hours"));
    QCOMPARE(LeaseDuration::unitName(Unit::Days, false), QStringLiteral("Day"));
    QCOMPARE(LeaseDuration::unitName(Unit::Days, true), QStringLiteral("Days"));
    QCOMPARE(LeaseDuration::unitSeconds(Unit::Seconds), qint64(1));
    QCOMPARE(LeaseDuration::unitSeconds(Unit::Minutes), qint64(60));
    QCOMPARE(LeaseDuration::unitSeconds(Unit::Hours), qint64(3600));
    QCOMPARE(LeaseDuration::unitSeconds(Unit::Days), qint64(86400));
}

void TestLeaseDuration::buildsFromValueAndUnit_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("1 second") << qint64(1) << int(Unit::Seconds) << qint64(1);
    QTest::newRow("90 seconds") << qint64(90) << int(Unit::Seconds) << qint64(90);
    QTest::newRow("30 minutes") << qint64(30) << int(Unit::Minutes) << qint64(1800);
    QTest::newRow("73 hours") << qint64(73) << int(Unit::Hours) << qint64(262800);
    QTest::newRow("1 day") << qint64(1) << int(Unit::Days) << qint64(86400);
    QTest::newRow("3 days") << qint64(3) << int(Unit::Days) << qint64(259200);
    QTest::newRow("max seconds") << qint64(4294967294) << int(Unit::Seconds) << qint64(4294967294);
    QTest::newRow("max days") << qint64(49710) << int(Unit::Days) << qint64(4294944000);
}

void TestLeaseDuration::buildsFromValueAndUnit()
{
    QFETCH(qint64, value);
    QFETCH(int, unit);
    QFETCH(qint64, seconds);

    const auto built = LeaseDuration::fromValueAndUnit(value, Unit(unit));
    DOMAIN_VERIFY_OK(built);
    QCOMPARE(built->seconds(), seconds);
}

void TestLeaseDuration::refusesBadValueAndUnit_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("reason");

    QTest::newRow("zero") << qint64(0) << int(Unit::Days) << "0 Days"
                          << "at least 1";
    QTest::newRow("negative") << qint64(-5) << int(Unit::Hours) << "-5 Hours"
                              << "at least 1";
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << int(Unit::Seconds)
                               << "-9223372036854775808 Seconds"
                               << "at least 1";
    QTest::newRow("just over max seconds")
        << qint64(4294967295) << int(Unit::Seconds) << "4294967295 Seconds"
        << "DHCP maximum";
    QTest::newRow("just over max days") << qint64(49711) << int(Unit::Days) << "49711 Days"
                                        << "DHCP maximum";
    QTest::newRow("would overflow int64")
        << std::numeric_limits<qint64>::max() << int(Unit::Days) << "9223372036854775807 Days"
        << "DHCP maximum";
    QTest::newRow("overflow minutes")
        << std::numeric_limits<qint64>::max() / 30 << int(Unit::Minutes) << "Minutes"
        << "DHCP maximum";
}

void TestLeaseDuration::refusesBadValueAndUnit()
{
    QFETCH(qint64, value);
    QFETCH(int, unit);
    QFETCH(QString, shown);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(LeaseDuration::fromValueAndUnit(value, Unit(unit)), shown, reason);
}

void TestLeaseDuration::parsesCliText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("3 Days") << "3 Days" << qint64(259200);
    QTest::newRow("1 day") << "1 day" << qint64(86400);
    QTest::newRow("1 DAY") << "1 DAY" << qint64(86400);
    QTest::newRow("2d") << "2d" << qint64(172800);
    QTest::newRow("73 hours") << "73 hours" << qint64(262800);
    QTest::newRow("1 Hour") << "1 Hour" << qint64(3600);
    QTest::newRow("8h") << "8h" << qint64(28800);
    QTest::newRow("2 hrs") << "2 hrs" << qint64(7200);
    QTest::newRow("30 minutes") << "30 minutes" << qint64(1800);
    QTest::newRow("1 Minute") << "1 Minute" << qint64(60);
    QTest::newRow("15 min") << "15 min" << qint64(900);
    QTest::newRow("5m") << "5m" << qint64(300);
    QTest::newRow("90 seconds") << "90 seconds" << qint64(90);
    QTest::newRow("1 Second") << "1 Second" << qint64(1);
    QTest::newRow("90 s") << "90 s" << qint64(90);
    QTest::newRow("90s") << "90s" << qint64(90);
    QTest::newRow("45 sec") << "45 sec" << qint64(45);
    QTest::newRow("plain seconds") << "86400" << qint64(86400);
    QTest::newRow("plain one") << "1" << qint64(1);
    QTest::newRow("surrounding spaces") << "  3 Days  " << qint64(259200);
    QTest::newRow("tab between") << "3\tDays" << qint64(259200);
    QTest::newRow("leading zeros are harmless") << "007 days" << qint64(604800);
    QTest::newRow("max") << "4294967294" << qint64(4294967294);
}

void TestLeaseDuration::parsesCliText()
{
    QFETCH(QString, input);
    QFETCH(qint64, seconds);

    const auto parsed = LeaseDuration::parse(input);
    DOMAIN_VERIFY_OK(parsed);
    QCOMPARE(parsed->seconds(), seconds);
}

void TestLeaseDuration::rejectsBadCliText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("zero") << "0"
                          << "at least 1 Second";
    QTest::newRow("zero days") << "0 days"
                               << "at least 1 Day";
    QTest::newRow("negative") << "-5"
                              << "cannot be negative";
    QTest::newRow("negative days") << "-1 day"
                                   << "cannot be negative";
    QTest::newRow("plus sign") << "+5"
                               << "expected a whole number";
    QTest::newRow("unit only") << "days"
                               << "expected a whole number";
    QTest::newRow("garbage") << "forever"
                             << "expected a whole number";
    QTest::newRow("unknown unit") << "3 weeks"
                                  << "'weeks' is not a unit";
    QTest::newRow("fraction") << "1.5 days"
                              << "'.5 days' is not a unit";
    QTest::newRow("two numbers") << "1 2"
                                 << "'2' is not a unit";
    QTest::newRow("trailing junk") << "3 days ago"
                                   << "'days ago' is not a unit";
    QTest::newRow("unit typo") << "3 dayz"
                               << "'dayz' is not a unit";
    QTest::newRow("over maximum") << "4294967295"
                                  << "DHCP maximum";
    QTest::newRow("over maximum days") << "49711 days"
                                       << "DHCP maximum";
    QTest::newRow("enormous number") << "99999999999999999999999999 days"
                                     << "DHCP maximum";
}

void TestLeaseDuration::rejectsBadCliText()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    DOMAIN_VERIFY_ERROR(LeaseDuration::parse(input), quotedInput(input),
                        QStringLiteral("is not a valid lease time"), reason);
}

void TestLeaseDuration::takesServerSeconds_data()
{
    QTest::addColumn<qint64>("reported");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("missing/zero") << qint64(0) << qint64(86400);
    QTest::newRow("negative") << qint64(-1) << qint64(86400);
    QTest::newRow("one hour") << qint64(3600) << qint64(3600);
    QTest::newRow("eight days") << qint64(691200) << qint64(691200);
    QTest::newRow("one second") << qint64(1) << qint64(1);
}

void TestLeaseDuration::takesServerSeconds()
{
    QFETCH(qint64, reported);
    QFETCH(qint64, seconds);

    QCOMPARE(LeaseDuration::fromServerSeconds(reported).seconds(), seconds);
}

void TestLeaseDuration::orders()
{
    QVERIFY(LeaseDuration(60) < LeaseDuration(3600));
    QVERIFY(LeaseDuration(86400) == LeaseDuration());
}

QTEST_GUILESS_MAIN(TestLeaseDuration)
#include "tst_leaseduration.moc"
