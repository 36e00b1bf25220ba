// The desktop configuration file (data model section 12; decisions Q-06, C-10, O-17, O-18).
#include "../secrets/MessageRecorder.h"

#include "config/ConfigOverrides.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

const QString source = QStringLiteral("/etc/leaselink/test.json");
const QString secretToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig");

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestConfigOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void forcedBooleans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<std::optional<bool>>("syncIps");
        QTest::addColumn<std::optional<bool>>("pushReservations");
        QTest::addColumn<std::optional<bool>>("pushScopeInfo");
        QTest::addColumn<QString>("problem"); // empty = no problem expected

        const std::optional<bool> none;
        QTest::newRow("empty object") << QByteArray("{}") << none << none << none << QString();
        QTest::newRow("all forced")
            << QByteArray(R"({"sync_ips_from_dhcp": true,
            "push_reservations": false, "push_scope_info": true})")
            << std::optional(true) << std::optional(false) << std::optional(true) << QString();
        QTest::newRow("null means stored")
            << QByteArray(R"({"push_reservations": null})") << none << none << none << QString();
        // SET-03.5 / Q-06: the text "false" is an error, not true.
        QTest::newRow("string false")
            << QByteArray(R"({"push_scope_info": "false"})") << none << none << none
            << QStringLiteral("push_scope_info must be true, false or "
                              "null, not the string \"false\"");
        // SET-03.4: 0 is not a boolean either.
        QTest::newRow("number zero")
            << QByteArray(R"({"push_reservations": 0})") << none << none << none
            << QStringLiteral("push_reservations must be true, false or "
                              "null, not the number 0");
        QTest::newRow("string true") << QByteArray(R"({"sync_ips_from_dhcp": "true"})") << none
                                     << none << none << QStringLiteral("not the string \"true\"");
        QTest::newRow("array") << QByteArray(R"({"sync_ips_from_dhcp": [true]})") << none << none
                               << none << QStringLiteral("not an array");
        // O-17: a bad entry is ignored, the good ones still apply.
        QTest::newRow("bad entry does not spoil the rest")
            << QByteArray(R"({"push_reservations": "yes", "push_scope_info": false})") << none
            << none << std::optional(false) << QStringLiteral("push_reservations");
        // Unknown keys are errors (a misspelt forcing key must not go unnoticed).
        QTest::newRow("misspelt key") << QByteArray(R"({"push_reservation": true})") << none << none
                                      << none << QStringLiteral("unknown key \"push_reservation\"");
        QTest::newRow("data-model name is not the override key")
            << QByteArray(R"({"sync_ip_addresses": true})") << none << none << none
            << QStringLiteral("unknown key \"sync_ip_addresses\"");
    }

    void forcedBooleans()
    {
        QFETCH(QByteArray, json);
        QFETCH(std::optional<bool>, syncIps);
        QFETCH(std::optional<bool>, pushReservations);
        QFETCH(std::optional<bool>, pushScopeInfo);
        QFETCH(QString, problem);

        const ConfigOverrides overrides = ConfigOverrides::parse(json, source);
        QCOMPARE(overrides.sourcePath(), source);
        QCOMPARE(overrides.syncIpsFromDhcp(), syncIps);
        QCOMPARE(overrides.pushReservations(), pushReservations);
        QCOMPARE(overrides.pushScopeInfo(), pushScopeInfo);
        if (problem.isEmpty()) {
            QCOMPARE(overrides.problems(), QStringList());
        } else {
            QCOMPARE(overrides.problems().size(), 1);
            QVERIFY2(overrides.problems().first().contains(problem),
                     qPrintable(overrides.problems().first()));
            QVERIFY2(overrides.problems().first().contains(source),
                     qPrintable(overrides.problems().first()));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");

        QTest::newRow("bad literal on line 3")
            << QByteArray("{\n  \"push_scope_info\": false,\n  \"push_reservations\": tru\n}")
            << QStringLiteral("line 3, column");
        QTest::newRow("trailing comma")
            << QByteArray("{\"push_scope_info\": false,}") << QStringLiteral("line 1, column");
        QTest::newRow("unterminated")
            << QByteArray("{\n\"server_overrides\": {") << QStringLiteral("line 2");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("line 1, column 1");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        const ConfigOverrides overrides = ConfigOverrides::parse(json, source);
        QCOMPARE(overrides.problems().size(), 1);
        const QString message = overrides.problems().first();
        QVERIFY2(message.contains(QStringLiteral("is not valid JSON")), qPrintable(message));
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(source), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("no overrides apply")), qPrintable(message));
        QVERIFY(!overrides.pushReservations());
        QVERIFY(!overrides.pushScopeInfo());
    }

    void exactErrorPosition()
    {
        const ConfigOverrides overrides = ConfigOverrides::parse(
            QByteArray("{\n  \"push_scope_info\": false,\n  \"push_reservations\": tru\n}"),
            source);
        QCOMPARE(overrides.problems().size(), 1);
        // Qt reports the position just after the bad literal "tru" on line 3.
        QVERIFY2(overrides.problems().first().contains(QStringLiteral("line 3, column 27")),
                 qPrintable(overrides.problems().first()));
    }

    void topLevelMustBeObject()
    {
        const ConfigOverrides overrides = ConfigOverrides::parse("[true]", source);
        QCOMPARE(overrides.problems().size(), 1);
        QVERIFY(overrides.problems().first().contains(QStringLiteral("JSON object")));
    }

    void serverTokenEnvironment()
    {
        const ConfigOverrides overrides = ConfigOverrides::parse(R"({"server_overrides": {
            "dhcp-a.example.com": {"token_env": "STAGING_DHCP_A_TOKEN"},
            "dhcp-b.example.com": {"token_env": null},
            "dhcp-c.example.com": {}
        }})",
                                                                 source);
        QCOMPARE(overrides.problems(), QStringList());
        QCOMPARE(overrides.tokenEnvironmentByHostname().size(), 1);
        QCOMPARE(overrides.tokenEnvironmentVariableFor(QStringLiteral("dhcp-a.example.com")),
                 std::optional<QString>(QStringLiteral("STAGING_DHCP_A_TOKEN")));
        // SET-04.2: exact, case-sensitive host names.
        QCOMPARE(overrides.tokenEnvironmentVariableFor(QStringLiteral("DHCP-A.example.com")),
                 std::optional<QString>());
        QCOMPARE(overrides.tokenEnvironmentVariableFor(QStringLiteral("dhcp-b.example.com")),
                 std::optional<QString>());
    }

    void apiKeyInFileIsRejectedAndNeverEchoed()
    {
        MessageRecorder recorder;
        // Plain string literals on purpose: moc miscounts braces inside unbalanced raw strings.
        const QByteArray json =
            "{\"push_scope_info\": true, \"server_overrides\": {\"dhcp-a.example.com\": "
            "{\"api_key\": \"" +
            secretToken.toUtf8() + "\"}, \"dhcp-b.example.com\": {\"token_env\": \"B_TOKEN\"}}}";
        const ConfigOverrides overrides = ConfigOverrides::parse(json, source);
        QCOMPARE(overrides.problems().size(), 1);
        const QString message = overrides.problems().first();
        QVERIFY2(message.contains(QStringLiteral("server_overrides.\"dhcp-a.example.com\".api_key "
                                                 "is not allowed")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("token_env")), qPrintable(message));
        QVERIFY(!message.contains(secretToken));
        QVERIFY(!recorder.anyContains(secretToken));
        QVERIFY(recorder.anyContains(QStringLiteral("api_key is not allowed")));
        // O-18: the rest of the file applies, and no token is taken from the file.
        QCOMPARE(overrides.pushScopeInfo(), std::optional(true));
        QCOMPARE(overrides.tokenEnvironmentVariableFor(QStringLiteral("dhcp-a.example.com")),
                 std::optional<QString>());
        QCOMPARE(overrides.tokenEnvironmentVariableFor(QStringLiteral("dhcp-b.example.com")),
                 std::optional<QString>(QStringLiteral("B_TOKEN")));
    }

    void badServerOverrides_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not an object") << QByteArray(R"({"server_overrides": ["dhcp-a"]})")
                                       << QStringLiteral("server_overrides must be an object");
        QTest::newRow("entry not an object")
            << QByteArray(R"({"server_overrides": {"dhcp-a": "TOKEN_VAR"}})")
            << QStringLiteral("server_overrides.\"dhcp-a\" must be an object");
        QTest::newRow("unknown entry key")
            << QByteArray(R"({"server_overrides": {"dhcp-a": {"port": 8443}}})")
            << QStringLiteral("unknown key \"port\" in server_overrides.\"dhcp-a\"");
        QTest::newRow("token_env not a name")
            << QByteArray(R"({"server_overrides": {"dhcp-a": {"token_env": "abc.def-ghi"}}})")
            << QStringLiteral("token_env must be the name of an environment variable");
        QTest::newRow("token_env starts with digit")
            << QByteArray(R"({"server_overrides": {"dhcp-a": {"token_env": "1TOKEN"}}})")
            << QStringLiteral("token_env must be the name");
        QTest::newRow("token_env empty")
            << QByteArray(R"({"server_overrides": {"dhcp-a": {"token_env": ""}}})")
            << QStringLiteral("token_env must be the name");
        QTest::newRow("token_env number")
            << QByteArray(R"({"server_overrides": {"dhcp-a": {"token_env": 5}}})")
            << QStringLiteral("not a number");
        QTest::newRow("empty host name")
            << QByteArray(R"({"server_overrides": {"": {"token_env": "X"}}})")
            << QStringLiteral("empty host name");
    }

    void badServerOverrides()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const ConfigOverrides overrides = ConfigOverrides::parse(json, source);
        QCOMPARE(overrides.problems().size(), 1);
        QVERIFY2(overrides.problems().first().contains(problem),
                 qPrintable(overrides.problems().first()));
        QVERIFY(overrides.tokenEnvironmentByHostname().isEmpty());
    }

    void tokenEnvValueNotEchoed()
    {
        // Someone pasted the token itself into token_env: the message must not repeat it.
        const QByteArray json = "{\"server_overrides\": {\"dhcp-a\": {\"token_env\": \"" +
                                secretToken.toUtf8() + "\"}}}";
        const ConfigOverrides overrides = ConfigOverrides::parse(json, source);
        QCOMPARE(overrides.problems().size(), 1);
        QVERIFY(!overrides.problems().first().contains(secretToken));
    }

    void resolvePath()
    {
        QProcessEnvironment environment;
        const QString defaultPath =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                .filePath(QStringLiteral("leaselink.json"));
        QCOMPARE(ConfigOverrides::resolvePath(QString(), environment), defaultPath);
        environment.insert(QStringLiteral("LEASELINK_CONFIG"), QStringLiteral("/env/path.json"));
        QCOMPARE(ConfigOverrides::resolvePath(QString(), environment),
                 QStringLiteral("/env/path.json"));
        QCOMPARE(ConfigOverrides::resolvePath(QStringLiteral("/explicit.json"), environment),
                 QStringLiteral("/explicit.json"));
    }

    void loadFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("staging.json"));
        QVERIFY(writeFile(path, R"({"push_reservations": false})"));

        // Explicit path.
        ConfigOverrides loaded = ConfigOverrides::load(path, QProcessEnvironment());
        QCOMPARE(loaded.problems(), QStringList());
        QCOMPARE(loaded.sourcePath(), path);
        QCOMPARE(loaded.pushReservations(), std::optional(false));

        // Through LEASELINK_CONFIG.
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LEASELINK_CONFIG"), path);
        loaded = ConfigOverrides::load(QString(), environment);
        QCOMPARE(loaded.pushReservations(), std::optional(false));

        // A named file that is missing is a problem ...
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        loaded = ConfigOverrides::load(missing, QProcessEnvironment());
        QCOMPARE(loaded.problems().size(), 1);
        QVERIFY(loaded.problems().first().contains(missing));
        QVERIFY(loaded.problems().first().contains(QStringLiteral("does not exist")));
        environment.insert(QStringLiteral("LEASELINK_CONFIG"), missing);
        QCOMPARE(ConfigOverrides::load(QString(), environment).problems().size(), 1);

        // ... a directory is not a file ...
        loaded = ConfigOverrides::loadFile(dir.path());
        QCOMPARE(loaded.problems().size(), 1);
        QVERIFY(loaded.problems().first().contains(QStringLiteral("not a regular file")));
    }

    void defaultLocation()
    {
        // QStandardPaths test mode keeps this away from the real ~/.config.
        const QString path = ConfigOverrides::resolvePath(QString(), QProcessEnvironment());
        QFile::remove(path);
        // Absent at the default location is normal: nothing overridden, nothing wrong.
        ConfigOverrides loaded = ConfigOverrides::load(QString(), QProcessEnvironment());
        QCOMPARE(loaded.problems(), QStringList());
        QVERIFY(loaded.sourcePath().isEmpty());
        QVERIFY(!loaded.pushScopeInfo());

        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY(writeFile(path, R"({"push_scope_info": true})"));
        loaded = ConfigOverrides::load(QString(), QProcessEnvironment());
        QFile::remove(path);
        QCOMPARE(loaded.problems(), QStringList());
        QCOMPARE(loaded.sourcePath(), path);
        QCOMPARE(loaded.pushScopeInfo(), std::optional(true));
    }

    void oversizedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QVERIFY(writeFile(path, QByteArray(ConfigOverrides::MaxFileSize + 1, ' ')));
        const ConfigOverrides loaded = ConfigOverrides::loadFile(path);
        QCOMPARE(loaded.problems().size(), 1);
        QVERIFY(loaded.problems().first().contains(QStringLiteral("bytes allowed")));
    }
};

QTEST_GUILESS_MAIN(TestConfigOverrides)
#include "tst_configoverrides.moc"
