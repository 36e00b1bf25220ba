#include "domain/OptionCode.h"
#include "domain/Scope.h"
#include "domain/Server.h"
#include "domain/Settings.h"
#include "DomainTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leaselink;

Q_DECLARE_METATYPE(leaselink::OptionDataType)

namespace {

// A settings object with one field changed by the test row.
using SettingsEdit = void (*)(Settings &);

} // namespace

Q_DECLARE_METATYPE(SettingsEdit)

class TestDomainEntities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesServerUrls_data();
    void derivesServerUrls();
    void flagsUnusableHostname_data();
    void flagsUnusableHostname();
    void mapsOptionDataTypes_data();
    void mapsOptionDataTypes();
    void refusesUnknownStoredTypes_data();
    void refusesUnknownStoredTypes();
    void readsEveryBuiltinCatalogueType();
    void displaysOptionCodeDefinition();
    void entityDefaultsMatchDataModel();
    void acceptsValidSettings_data();
    void acceptsValidSettings();
    void refusesInvalidSettings_data();
    void refusesInvalidSettings();
    void reportsEverySettingsProblem();
};

void TestDomainEntities::derivesServerUrls_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("management");

    QTest::newRow("https default port") << "dhcp01.corp.example.com" << 443 << true
                                        << "https://dhcp01.corp.example.com:443/api/dhcp"
                                        << "https://dhcp01.corp.example.com:443/api/v1";
    QTest::newRow("http custom port") << "dhcp02" << 5000 << false << "http://dhcp02:5000/api/dhcp"
                                      << "http://dhcp02:5000/api/v1";
    QTest::newRow("ip address host")
        << "10.0.0.5" << 8443 << true << "https://10.0.0.5:8443/api/dhcp"
        << "https://10.0.0.5:8443/api/v1";
    QTest::newRow("http on 80") << "psu.lab" << 80 << false << "http://psu.lab:80/api/dhcp"
                                << "http://psu.lab:80/api/v1";
}

void TestDomainEntities::derivesServerUrls()
{
    QFETCH(QString, hostname);
    QFETCH(int, port);
    QFETCH(bool, https);
    QFETCH(QString, base);
    QFETCH(QString, management);

    Server server;
    server.hostname = hostname;
    server.port = port;
    server.useHttps = https;
    QVERIFY(server.baseUrl().isValid());
    QCOMPARE(server.baseUrl().toString(), base);
    QCOMPARE(server.managementBaseUrl().toString(), management);
    QCOMPARE(server.baseUrl().host(), hostname);
    QCOMPARE(server.baseUrl().port(), port);
}

void TestDomainEntities::flagsUnusableHostname_data()
{
    QTest::addColumn<QString>("hostname");

    QTest::newRow("empty") << "";
    QTest::newRow("space inside") << "dhcp 01";
    QTest::newRow("slash") << "dhcp01/api";
    QTest::newRow("port inside") << "dhcp01:443";
}

void TestDomainEntities::flagsUnusableHostname()
{
    QFETCH(QString, hostname);

    Server server;
    server.hostname = hostname;
    QVERIFY(!server.baseUrl().isValid());
    QVERIFY(!server.managementBaseUrl().isValid());
}

void TestDomainEntities::mapsOptionDataTypes_data()
{
    QTest::addColumn<OptionDataType>("type");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("label");

    // Data model 5.1: exactly eight stored values.
    QTest::newRow("String") << OptionDataType::String << "String"
                            << "String";
    QTest::newRow("IPAddress") << OptionDataType::IPAddress << "IPAddress"
                               << "IP Address";
    QTest::newRow("IPAddressList") << OptionDataType::IPAddressList << "IPAddressList"
                                   << "IP Address List";
    QTest::newRow("DWORD") << OptionDataType::DWord << "DWORD"
                           << "DWORD (32-bit)";
    QTest::newRow("DWORD DWORD") << OptionDataType::DWordDWord << "DWORD DWORD"
                                 << "DWORD DWORD (64-bit)";
    QTest::newRow("Binary") << OptionDataType::Binary << "Binary"
                            << "Binary";
    QTest::newRow("Encapsulated") << OptionDataType::Encapsulated << "Encapsulated"
                                  << "Encapsulated";
    QTest::newRow("IPv6Address") << OptionDataType::IPv6Address << "IPv6Address"
                                 << "IPv6 Address";
}

void TestDomainEntities::mapsOptionDataTypes()
{
    QFETCH(OptionDataType, type);
    QFETCH(QString, stored);
    QFETCH(QString, label);

    QCOMPARE(optionDataTypeStoredValue(type), stored);
    QCOMPARE(optionDataTypeLabel(type), label);
    const auto back = optionDataTypeFromStoredValue(stored);
    QVERIFY(back.has_value());
    QCOMPARE(*back, type);
}

void TestDomainEntities::refusesUnknownStoredTypes_data()
{
    QTest::addColumn<QString>("stored");

    QTest::newRow("empty") << "";
    QTest::newRow("script name IPv4Address") << "IPv4Address";
    QTest::newRow("script name DWord") << "DWord";
    QTest::newRow("script name BinaryData") << "BinaryData";
    QTest::newRow("lower case") << "string";
    QTest::newRow("label not value") << "IP Address";
    QTest::newRow("double space") << "DWORD  DWORD";
    QTest::newRow("no space") << "DWORDDWORD";
    QTest::newRow("trailing space") << "DWORD ";
}

void TestDomainEntities::refusesUnknownStoredTypes()
{
    QFETCH(QString, stored);
    QVERIFY(!optionDataTypeFromStoredValue(stored).has_value());
}

void TestDomainEntities::readsEveryBuiltinCatalogueType()
{
    QFile file(
        QStringLiteral(LEASELINK_SOURCE_DIR "/resources/data/windows-dhcp-option-codes.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray codes = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(codes.size(), 71);
    int dwordDword = 0;
    for (const QJsonValue &code : codes) {
        const QString stored = code.toObject().value(QStringLiteral("data_type")).toString();
        const auto type = optionDataTypeFromStoredValue(stored);
        QVERIFY2(type.has_value(), qPrintable(stored));
        QCOMPARE(optionDataTypeStoredValue(*type), stored);
        dwordDword += *type == OptionDataType::DWordDWord;
    }
    QCOMPARE(dwordDword, 1);
}

void TestDomainEntities::displaysOptionCodeDefinition()
{
    OptionCodeDefinition definition;
    definition.code = 6;
    definition.name = QStringLiteral("DNS Servers");
    QCOMPARE(definition.displayName(), QStringLiteral("6: DNS Servers"));
}

void TestDomainEntities::entityDefaultsMatchDataModel()
{
    const Server server;
    QCOMPARE(server.port, 443);
    QVERIFY(server.useHttps);
    QVERIFY(server.verifySsl);
    QVERIFY(server.syncStandaloneScopes);
    QCOMPARE(server.healthStatus, HealthStatus::Unknown);

    const Scope scope;
    QCOMPARE(scope.leaseLifetime.seconds(), qint64(86400));
    QVERIFY(scope.active);

    const Settings settings;
    QVERIFY(!settings.syncIpAddresses);
    QCOMPARE(settings.leaseStatus, QStringLiteral("dhcp"));
    QCOMPARE(settings.reservationStatus, QStringLiteral("reserved"));
    QCOMPARE(settings.syncIntervalMinutes, 60);
    QCOMPARE(settings.syncJobTimeoutSeconds, 300);
    QVERIFY(settings.createMissingPrefixes);
    QVERIFY(settings.apiEnabled);
    DOMAIN_VERIFY_OK(settings.validate());
}

void TestDomainEntities::acceptsValidSettings_data()
{
    QTest::addColumn<SettingsEdit>("edit");

    QTest::newRow("interval 5") << SettingsEdit([](Settings &s) { s.syncIntervalMinutes = 5; });
    QTest::newRow("interval 1440")
        << SettingsEdit([](Settings &s) { s.syncIntervalMinutes = 1440; });
    QTest::newRow("timeout 60") << SettingsEdit([](Settings &s) { s.syncJobTimeoutSeconds = 60; });
    QTest::newRow("timeout large")
        << SettingsEdit([](Settings &s) { s.syncJobTimeoutSeconds = 86400 * 7; });
    QTest::newRow("status 50 chars")
        << SettingsEdit([](Settings &s) { s.leaseStatus = QString(50, QLatin1Char('a')); });
    QTest::newRow("custom status")
        << SettingsEdit([](Settings &s) { s.reservationStatus = QStringLiteral("dhcp-reserved"); });
    QTest::newRow("protect tag") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QStringLiteral("dhcp-protect_2");
    });
    QTest::newRow("protect slug 100 chars") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QString(100, QLatin1Char('x'));
    });
}

void TestDomainEntities::acceptsValidSettings()
{
    QFETCH(SettingsEdit, edit);
    Settings settings;
    edit(settings);
    DOMAIN_VERIFY_OK(settings.validate());
}

void TestDomainEntities::refusesInvalidSettings_data()
{
    QTest::addColumn<SettingsEdit>("edit");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("interval 4") << SettingsEdit([](Settings &s) {
        s.syncIntervalMinutes = 4;
    }) << QStringList{"Sync interval", "between 5 and 1440 minutes", "(it is 4)"};
    QTest::newRow("interval 1441")
        << SettingsEdit([](Settings &s) { s.syncIntervalMinutes = 1441; })
        << QStringList{"Sync interval", "between 5 and 1440", "(it is 1441)"};
    QTest::newRow("interval 0") << SettingsEdit([](Settings &s) { s.syncIntervalMinutes = 0; })
                                << QStringList{"Sync interval", "(it is 0)"};
    QTest::newRow("interval negative")
        << SettingsEdit([](Settings &s) { s.syncIntervalMinutes = -60; })
        << QStringList{"(it is -60)"};
    QTest::newRow("timeout 59") << SettingsEdit([](Settings &s) {
        s.syncJobTimeoutSeconds = 59;
    }) << QStringList{"Sync job timeout", "at least 60 seconds", "(it is 59)"};
    // SYN-38.2: the user enters 30; the settings form (this validation) rejects it.
    QTest::newRow("SYN-38.2") << SettingsEdit([](Settings &s) {
        s.syncJobTimeoutSeconds = 30;
    }) << QStringList{"Sync job timeout", "at least 60 seconds", "(it is 30)"};
    QTest::newRow("timeout 0") << SettingsEdit([](Settings &s) { s.syncJobTimeoutSeconds = 0; })
                               << QStringList{"Sync job timeout", "(it is 0)"};
    QTest::newRow("lease status empty") << SettingsEdit([](Settings &s) { s.leaseStatus.clear(); })
                                        << QStringList{"Lease status must not be empty"};
    QTest::newRow("lease status blank")
        << SettingsEdit([](Settings &s) { s.leaseStatus = QStringLiteral("  "); })
        << QStringList{"Lease status must not be empty"};
    QTest::newRow("reservation status empty")
        << SettingsEdit([](Settings &s) { s.reservationStatus.clear(); })
        << QStringList{"Reservation status must not be empty"};
    QTest::newRow("status 51 chars")
        << SettingsEdit([](Settings &s) { s.leaseStatus = QString(51, QLatin1Char('a')); })
        << QStringList{"Lease status", "at most 50 characters", "(it has 51)"};
    QTest::newRow("reservation status 51")
        << SettingsEdit([](Settings &s) { s.reservationStatus = QString(51, QLatin1Char('r')); })
        << QStringList{"Reservation status", "at most 50"};
    QTest::newRow("status padded")
        << SettingsEdit([](Settings &s) { s.leaseStatus = QStringLiteral(" dhcp"); })
        << QStringList{"Lease status ' dhcp'", "space"};
    QTest::newRow("statuses equal")
        << SettingsEdit([](Settings &s) { s.reservationStatus = QStringLiteral("dhcp"); })
        << QStringList{"must differ", "'dhcp'"};
    QTest::newRow("tag without slug") << SettingsEdit([](Settings &s) { s.syncProtectTagId = 7; })
                                      << QStringList{"protect tag 7 has no slug"};
    QTest::newRow("tag id zero") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 0;
        s.syncProtectTagSlug = QStringLiteral("p");
    }) << QStringList{"protect tag id", "(it is 0)"};
    QTest::newRow("slug with space") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QStringLiteral("dhcp protect");
    }) << QStringList{"slug 'dhcp protect'", "letters, digits, '-' or '_'"};
    QTest::newRow("slug with dot") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QStringLiteral("a.b");
    }) << QStringList{"slug 'a.b'"};
    QTest::newRow("slug non-ascii") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QStringLiteral("gesch\u00fctzt");
    }) << QStringList{"not a valid NetBox slug"};
    QTest::newRow("slug 101 chars") << SettingsEdit([](Settings &s) {
        s.syncProtectTagId = 3;
        s.syncProtectTagSlug = QString(101, QLatin1Char('x'));
    }) << QStringList{"1 to 100"};
}

void TestDomainEntities::refusesInvalidSettings()
{
    QFETCH(SettingsEdit, edit);
    QFETCH(QStringList, fragments);

    Settings settings;
    edit(settings);
    const auto result = settings.validate();
    QVERIFY2(!result.has_value(), "expected the settings to be refused");
    for (const QString &fragment : fragments)
        QVERIFY2(result.error().message.contains(fragment),
                 qPrintable(
                     QStringLiteral("\"%1\" lacks \"%2\"").arg(result.error().message, fragment)));
}

void TestDomainEntities::reportsEverySettingsProblem()
{
    Settings settings;
    settings.syncIntervalMinutes = 2;
    settings.syncJobTimeoutSeconds = 10;
    settings.leaseStatus.clear();
    const auto result = settings.validate();
    QVERIFY(!result.has_value());
    const QStringList lines = result.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Sync interval")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Sync job timeout")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Lease status")));
}

QTEST_GUILESS_MAIN(TestDomainEntities)
#include "tst_domainentities.moc"
