// Stored settings + configuration-file overrides = what sync jobs, edit gates and views use
// (SET-03, SET-04, SET-05 as amended by C-10, Q-06, O-17, O-18).
#include "../secrets/MessageRecorder.h"

#include "config/EffectiveSettings.h"

#include <QLoggingCategory>
#include <QTest>

using namespace leaselink;

namespace {
const QString source = QStringLiteral("/home/admin/.config/LeaseLink/leaselink.json");
}

class TestEffectiveSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forcedBooleans_data()
    {
        QTest::addColumn<bool>("stored");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("effective");
        QTest::addColumn<bool>("overridden");

        // SET-03 examples, with Q-06/O-17: a non-boolean is an error and the stored value applies.
        QTest::newRow("SET-03.1 forced off")
            << true << QByteArray(R"({"push_scope_info": false})") << false << true;
        QTest::newRow("SET-03.2 absent") << false << QByteArray("{}") << false << false;
        QTest::newRow("SET-03.2 null")
            << false << QByteArray(R"({"push_scope_info": null})") << false << false;
        QTest::newRow("SET-03.3 forced on")
            << false << QByteArray(R"({"push_scope_info": true})") << true << true;
        QTest::newRow("SET-03.4 zero is an error")
            << true << QByteArray(R"({"push_scope_info": 0})") << true << false;
        QTest::newRow("SET-03.5 string false is an error")
            << false << QByteArray(R"({"push_scope_info": "false"})") << false << false;
        QTest::newRow("forced to what is stored")
            << true << QByteArray(R"({"push_scope_info": true})") << true << true;
    }

    void forcedBooleans()
    {
        QFETCH(bool, stored);
        QFETCH(QByteArray, json);
        QFETCH(bool, effective);
        QFETCH(bool, overridden);

        Settings settings;
        settings.pushScopeInfo = stored;
        const EffectiveSettings result(settings, ConfigOverrides::parse(json, source),
                                       QProcessEnvironment());
        QCOMPARE(result.effective().pushScopeInfo, effective);
        QCOMPARE(result.stored().pushScopeInfo, stored); // never changed by an override
        QCOMPARE(result.isOverridden(u"push_scope_info"), overridden);
        QCOMPARE(result.overrideOf(u"push_scope_info").has_value(), overridden);
        QCOMPARE(result.forcedSettings().size(), overridden ? 1 : 0);
        // Everything else is the stored value.
        Settings rest = result.effective();
        rest.pushScopeInfo = stored;
        QCOMPARE(rest, settings);
    }

    void allThreeOverrideKeys()
    {
        Settings settings;
        settings.syncIntervalMinutes = 15;
        const EffectiveSettings result(
            settings,
            ConfigOverrides::parse(R"({"sync_ips_from_dhcp": true, "push_reservations": true,
                                       "push_scope_info": true})",
                                   source),
            QProcessEnvironment());
        QVERIFY(result.effective().syncIpAddresses);
        QVERIFY(result.effective().pushReservations);
        QVERIFY(result.effective().pushScopeInfo);
        QCOMPARE(result.effective().syncIntervalMinutes, 15);
        QCOMPARE(result.forcedSettings().size(), 3);
        const SettingOverride first = result.forcedSettings().first();
        QCOMPARE(first.settingKey, QStringLiteral("sync_ip_addresses"));
        QCOMPARE(first.overrideKey, QStringLiteral("sync_ips_from_dhcp"));
        QCOMPARE(first.value, true);
        QCOMPARE(first.storedValue, false);
        QCOMPARE(first.sourcePath, source);
        QVERIFY(result.isOverridden(u"sync_ip_addresses"));
        QVERIFY(!result.isOverridden(u"sync_ips_from_dhcp")); // asked by setting name
        QVERIFY(!result.isOverridden(u"sync_interval"));
    }

    void describe()
    {
        Settings settings;
        settings.pushReservations = false;
        const EffectiveSettings result(
            settings, ConfigOverrides::parse(R"({"push_reservations": true})", source),
            QProcessEnvironment());
        QCOMPARE(result.describe(u"push_reservations").value(),
                 QStringLiteral("push_reservations = true (forced by config file ") + source +
                     QStringLiteral("; stored value: false)"));
        QCOMPARE(result.describe(u"sync_interval").value(), QStringLiteral("sync_interval = 60"));
        const Expected<QString> unknown = result.describe(u"push_reservation");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("Unknown setting")));
    }

    void problemsAreExposed()
    {
        const EffectiveSettings result(
            Settings(), ConfigOverrides::parse(R"({"push_reservations": "on"})", source),
            QProcessEnvironment());
        QCOMPARE(result.problems().size(), 1);
        QVERIFY(result.problems().first().contains(QStringLiteral("push_reservations")));
        QVERIFY(!result.effective().pushReservations);
    }

    void apiKeyOverride_data()
    {
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("variableValue"); // of STAGING_A_TOKEN; empty = unset
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("token"); // empty = no override

        QTest::newRow("SET-04.1 match") << "dhcp-a.example.com"
                                        << "dev-token" << true << "dev-token";
        QTest::newRow("SET-04.1 other server") << "dhcp-b.example.com"
                                               << "dev-token" << true << "";
        QTest::newRow("SET-04.2 case differs") << "DHCP-A.example.com"
                                               << "dev-token" << true << "";
        QTest::newRow("SET-04.2 short name") << "dhcp-a"
                                             << "dev-token" << true << "";
        QTest::newRow("variable unset") << "dhcp-a.example.com"
                                        << "" << false << "";
    }

    void apiKeyOverride()
    {
        QFETCH(QString, hostname);
        QFETCH(QString, variableValue);
        QFETCH(bool, ok);
        QFETCH(QString, token);

        QLoggingCategory::setFilterRules(QStringLiteral("leaselink.config.debug=true"));
        MessageRecorder recorder;
        QProcessEnvironment environment;
        if (!variableValue.isEmpty()) {
            environment.insert(QStringLiteral("STAGING_A_TOKEN"), variableValue);
        }
        const EffectiveSettings result(
            Settings(),
            ConfigOverrides::parse(
                R"({"server_overrides": {"dhcp-a.example.com": {"token_env": "STAGING_A_TOKEN"}}})",
                source),
            environment);
        const Expected<std::optional<QString>> override = result.apiKeyOverrideFor(hostname);
        QCOMPARE(override.has_value(), ok);
        if (ok) {
            QCOMPARE(override->value_or(QString()), token);
            QCOMPARE(override->has_value(), !token.isEmpty());
        } else {
            const QString &message = override.error().message;
            QVERIFY2(message.contains(QStringLiteral("STAGING_A_TOKEN")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("dhcp-a.example.com")), qPrintable(message));
            QVERIFY2(message.contains(source), qPrintable(message));
        }
        QVERIFY(!recorder.anyContains(QStringLiteral("dev-token")));
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestEffectiveSettings)
#include "tst_effectivesettings.moc"
