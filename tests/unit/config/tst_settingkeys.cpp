// The settings table and its strict text conversion (what `leaselink-cli settings show|set`
// calls).
#include "config/SettingKeys.h"

#include <QTest>

using namespace leaselink;

class TestSettingKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableHasEveryDataModelKeyInOrder()
    {
        const QStringList expected = {
            QStringLiteral("sync_ip_addresses"),
            QStringLiteral("lease_status"),
            QStringLiteral("reservation_status"),
            QStringLiteral("push_reservations"),
            QStringLiteral("push_scope_info"),
            QStringLiteral("sync_active_scopes_only"),
            QStringLiteral("sync_interval"),
            QStringLiteral("sync_queue"),
            QStringLiteral("sync_job_timeout"),
            QStringLiteral("sync_protect_tag"),
            QStringLiteral("sync_protect_update_client_id"),
            QStringLiteral("create_missing_prefixes"),
            QStringLiteral("api_enabled"),
            QStringLiteral("scope_discovery"),
            QStringLiteral("invalid_hostname_tag"),
        };
        QCOMPARE(SettingKeys::names(), expected);
        for (const SettingKey &key : SettingKeys::all()) {
            QVERIFY2(!key.label.isEmpty(), qPrintable(key.name));
            QVERIFY2(!key.help.isEmpty(), qPrintable(key.name));
            QVERIFY2(!SettingKeys::typeDescription(key).isEmpty(), qPrintable(key.name));
            QCOMPARE(SettingKeys::find(key.name), &key);
        }
        QCOMPARE(SettingKeys::find(u"SYNC_INTERVAL"), nullptr);
    }

    void defaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        // Data model section 2, Default column.
        QTest::newRow("sync_ip_addresses") << "sync_ip_addresses"
                                           << "false";
        QTest::newRow("lease_status") << "lease_status"
                                      << "dhcp";
        QTest::newRow("reservation_status") << "reservation_status"
                                            << "reserved";
        QTest::newRow("push_reservations") << "push_reservations"
                                           << "false";
        QTest::newRow("push_scope_info") << "push_scope_info"
                                         << "false";
        QTest::newRow("sync_active_scopes_only") << "sync_active_scopes_only"
                                                 << "false";
        QTest::newRow("sync_interval") << "sync_interval"
                                       << "60";
        QTest::newRow("sync_queue") << "sync_queue"
                                    << "default";
        QTest::newRow("sync_job_timeout") << "sync_job_timeout"
                                          << "300";
        QTest::newRow("sync_protect_tag") << "sync_protect_tag"
                                          << "";
        QTest::newRow("sync_protect_update_client_id") << "sync_protect_update_client_id"
                                                       << "false";
        QTest::newRow("create_missing_prefixes") << "create_missing_prefixes"
                                                 << "true";
        QTest::newRow("api_enabled") << "api_enabled"
                                     << "true";
        QTest::newRow("invalid_hostname_tag") << "invalid_hostname_tag"
                                              << "";
    }

    void defaults()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const SettingKey *entry = SettingKeys::find(key);
        QVERIFY(entry);
        QCOMPARE(entry->defaultText, value);
        QCOMPARE(SettingKeys::valueText(Settings(), key).value(), value);
    }

    void bounds()
    {
        const SettingKey *interval = SettingKeys::find(u"sync_interval");
        QVERIFY(interval);
        QCOMPARE(interval->minimum, std::optional<int>(5));
        QCOMPARE(interval->maximum, std::optional<int>(1440));
        const SettingKey *timeout = SettingKeys::find(u"sync_job_timeout");
        QVERIFY(timeout);
        QCOMPARE(timeout->minimum, std::optional<int>(60));
        QCOMPARE(timeout->maximum, std::optional<int>());
        QCOMPARE(SettingKeys::find(u"sync_queue")->choices,
                 (QStringList{QStringLiteral("high"), QStringLiteral("default"),
                              QStringLiteral("low")}));
        QCOMPARE(SettingKeys::find(u"sync_ip_addresses")->overrideKey,
                 QStringLiteral("sync_ips_from_dhcp"));
        QCOMPARE(SettingKeys::find(u"push_reservations")->overrideKey,
                 QStringLiteral("push_reservations"));
        QCOMPARE(SettingKeys::find(u"push_scope_info")->overrideKey,
                 QStringLiteral("push_scope_info"));
        QVERIFY(SettingKeys::find(u"lease_status")->overrideKey.isEmpty());
        QVERIFY(!SettingKeys::find(u"api_enabled")->hasDesktopEffect);
        QVERIFY(SettingKeys::find(u"push_scope_info")->hasDesktopEffect);
    }

    void parseBoolean_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("value");
        for (const char *yes : {"true", "TRUE", "True", "yes", "Yes", "on", "ON", "1"}) {
            QTest::newRow(yes) << QString::fromLatin1(yes) << true << true;
        }
        for (const char *no : {"false", "FALSE", "no", "NO", "off", "Off", "0"}) {
            QTest::newRow(no) << QString::fromLatin1(no) << true << false;
        }
        for (const char *bad : {"", " true", "true ", "2", "-1", "00", "tru", "y", "n", "enabled",
                                "null", "yes please"}) {
            QTest::newRow(qPrintable(QStringLiteral("bad '%1'").arg(QLatin1String(bad))))
                << QString::fromLatin1(bad) << false << false;
        }
    }

    void parseBoolean()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, value);
        const Expected<bool> parsed = SettingKeys::parseBoolean(u"push_reservations", text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, value);
        } else {
            QVERIFY2(parsed.error().message.contains(QStringLiteral("push_reservations")),
                     qPrintable(parsed.error().message));
            QVERIFY2(parsed.error().message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')),
                     qPrintable(parsed.error().message));
            QVERIFY2(parsed.error().message.contains(QStringLiteral("yes/no")),
                     qPrintable(parsed.error().message));
        }
    }

    void setFromText_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("shown");         // valueText afterwards when valid
        QTest::addColumn<QString>("errorFragment"); // when invalid

        QTest::newRow("bool yes") << "push_reservations"
                                  << "yes" << true << "true"
                                  << "";
        QTest::newRow("bool 0") << "create_missing_prefixes"
                                << "0" << true << "false"
                                << "";
        QTest::newRow("bool junk") << "api_enabled"
                                   << "maybe" << false << ""
                                   << "Invalid value 'maybe' for api_enabled";
        QTest::newRow("interval min") << "sync_interval"
                                      << "5" << true << "5"
                                      << "";
        QTest::newRow("interval max") << "sync_interval"
                                      << "1440" << true << "1440"
                                      << "";
        QTest::newRow("interval plus sign") << "sync_interval"
                                            << "+30" << true << "30"
                                            << "";
        QTest::newRow("interval below") << "sync_interval"
                                        << "4" << false << ""
                                        << "Invalid value '4' for sync_interval: expected a "
                                           "whole number of minutes from 5 to 1440";
        QTest::newRow("interval above") << "sync_interval"
                                        << "1441" << false << ""
                                        << "'1441' for sync_interval";
        QTest::newRow("interval unit") << "sync_interval"
                                       << "60min" << false << ""
                                       << "'60min' for sync_interval";
        QTest::newRow("interval exponent") << "sync_interval"
                                           << "1e2" << false << ""
                                           << "'1e2' for sync_interval";
        QTest::newRow("interval decimal") << "sync_interval"
                                          << "60.0" << false << ""
                                          << "'60.0' for sync_interval";
        QTest::newRow("interval hex") << "sync_interval"
                                      << "0x3c" << false << ""
                                      << "'0x3c' for sync_interval";
        QTest::newRow("interval empty") << "sync_interval"
                                        << "" << false << ""
                                        << "'' for sync_interval";
        QTest::newRow("interval spaces") << "sync_interval"
                                         << " 60" << false << ""
                                         << "' 60' for sync_interval";
        QTest::newRow("interval negative") << "sync_interval"
                                           << "-60" << false << ""
                                           << "'-60' for sync_interval";
        QTest::newRow("interval huge") << "sync_interval"
                                       << "99999999999999999999999" << false << ""
                                       << "for sync_interval";
        QTest::newRow("timeout min") << "sync_job_timeout"
                                     << "60" << true << "60"
                                     << "";
        QTest::newRow("timeout large") << "sync_job_timeout"
                                       << "86400" << true << "86400"
                                       << "";
        QTest::newRow("timeout int max") << "sync_job_timeout"
                                         << "2147483647" << true << "2147483647"
                                         << "";
        QTest::newRow("timeout overflow") << "sync_job_timeout"
                                          << "2147483648" << false << ""
                                          << "expected a whole number of seconds, at least 60";
        QTest::newRow("timeout below") << "sync_job_timeout"
                                       << "59" << false << ""
                                       << "'59' for sync_job_timeout";
        QTest::newRow("queue high") << "sync_queue"
                                    << "high" << true << "high"
                                    << "";
        QTest::newRow("queue label case") << "sync_queue"
                                          << "Low" << true << "low"
                                          << "";
        QTest::newRow("queue bad") << "sync_queue"
                                   << "urgent" << false << ""
                                   << "Invalid value 'urgent' for sync_queue: expected one of "
                                      "high, default, low";
        QTest::newRow("lease status custom") << "lease_status"
                                             << "dhcp-lease" << true << "dhcp-lease"
                                             << "";
        QTest::newRow("lease status empty") << "lease_status"
                                            << "" << false << ""
                                            << "Cannot set lease_status to ''";
        QTest::newRow("lease status too long")
            << "lease_status" << QString(51, QLatin1Char('a')) << false << ""
            << "at most 50 characters";
        QTest::newRow("lease status equals reservation status") << "lease_status"
                                                                << "reserved" << false << ""
                                                                << "must differ";
        QTest::newRow("reservation status") << "reservation_status"
                                            << "reserved-dhcp" << true << "reserved-dhcp"
                                            << "";
        QTest::newRow("tag slug") << "sync_protect_tag"
                                  << "do-not-sync" << true << "do-not-sync"
                                  << "";
        QTest::newRow("tag empty clears") << "sync_protect_tag"
                                          << "" << true << ""
                                          << "";
        QTest::newRow("tag bad slug") << "sync_protect_tag"
                                      << "do not sync" << false << ""
                                      << "not a valid NetBox slug";
        // C-11: `settings set invalid_hostname_tag SLUG`.
        QTest::newRow("invalid hostname tag") << "invalid_hostname_tag"
                                              << "invalid-hostname" << true << "invalid-hostname"
                                              << "";
        QTest::newRow("invalid hostname tag empty") << "invalid_hostname_tag"
                                                    << "" << true << ""
                                                    << "";
        QTest::newRow("invalid hostname tag bad slug") << "invalid_hostname_tag"
                                                       << "bad name" << false << ""
                                                       << "not a valid NetBox slug";
    }

    void setFromText()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, shown);
        QFETCH(QString, errorFragment);

        Settings settings;
        settings.syncProtectTagSlug = QStringLiteral("old-tag");
        settings.syncProtectTagId = 4;
        const Settings before = settings;
        const Expected<void> result = SettingKeys::setFromText(settings, key, text);
        QCOMPARE(result.has_value(), valid);
        if (valid) {
            QCOMPARE(SettingKeys::valueText(settings, key).value(), shown);
            QVERIFY(settings.validate());
        } else {
            QVERIFY2(result.error().message.contains(errorFragment),
                     qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(key), qPrintable(result.error().message));
            QCOMPARE(settings, before); // nothing written on bad input
        }
    }

    void setChangesOnlyThatKey()
    {
        Settings settings;
        QVERIFY(SettingKeys::setFromText(settings, u"sync_interval", u"30"));
        Settings expected;
        expected.syncIntervalMinutes = 30;
        QCOMPARE(settings, expected);
    }

    void tagIdKeptOnlyForSameSlug()
    {
        Settings settings;
        settings.syncProtectTagSlug = QStringLiteral("protected");
        settings.syncProtectTagId = 12;
        QVERIFY(SettingKeys::setFromText(settings, u"sync_protect_tag", u"protected"));
        QCOMPARE(settings.syncProtectTagId, std::optional<std::int64_t>(12));
        QVERIFY(SettingKeys::setFromText(settings, u"sync_protect_tag", u"frozen"));
        QCOMPARE(settings.syncProtectTagSlug, QStringLiteral("frozen"));
        QCOMPARE(settings.syncProtectTagId, std::optional<std::int64_t>());
        QVERIFY(SettingKeys::setFromText(settings, u"sync_protect_tag", u""));
        QVERIFY(settings.syncProtectTagSlug.isEmpty());
    }

    void unknownKeyListsValidKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("typo") << "sync_intervall";
        QTest::newRow("override key is not a setting") << "sync_ips_from_dhcp";
        QTest::newRow("wrong case") << "Push_Reservations";
        QTest::newRow("empty") << "";
    }

    void unknownKeyListsValidKeys()
    {
        QFETCH(QString, key);
        Settings settings;
        const Expected<void> set = SettingKeys::setFromText(settings, key, u"true");
        QVERIFY(!set);
        const QString &message = set.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("Unknown setting '") + key + QLatin1Char('\'')),
                 qPrintable(message));
        for (const QString &name : SettingKeys::names()) {
            QVERIFY2(message.contains(name), qPrintable(message));
        }
        QCOMPARE(settings, Settings());
        const Expected<QString> get = SettingKeys::valueText(settings, key);
        QVERIFY(!get);
        QCOMPARE(get.error().message, message);
    }

    void longInputIsCutInMessages()
    {
        Settings settings;
        const QString huge(5000, QLatin1Char('x'));
        const Expected<void> set = SettingKeys::setFromText(settings, u"sync_interval", huge);
        QVERIFY(!set);
        QVERIFY2(set.error().message.size() < 400, qPrintable(set.error().message));
        QVERIFY(set.error().message.contains(QStringLiteral("5000 characters")));
    }
};

QTEST_GUILESS_MAIN(TestSettingKeys)
#include "tst_settingkeys.moc"
