// KeychainSecretStore where no keychain exists: CTest runs this binary with the D-Bus session
// bus address pointing at a socket that does not exist and no display, as on a headless Linux
// server. Every operation must fail with NoBackend, after one retry, with a message that names
// the environment variables of a headless run, and nothing may be written anywhere in plain text.
#include "MessageRecorder.h"

#include "secrets/ChainedSecretStore.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoroTask>
#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace leaselink;

namespace {
const QString token = QStringLiteral("never-stored-4b1d9e");
constexpr auto shortRetry = std::chrono::milliseconds(50);
constexpr auto jobTimeout = std::chrono::milliseconds(20000);
} // namespace

class TestKeychainNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The premise of this test: CMake must have pointed the bus nowhere.
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .contains(QStringLiteral("/nonexistent/")),
                 "run through CTest, which points DBUS_SESSION_BUS_ADDRESS at a missing socket");
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/data")));
        QLoggingCategory::setFilterRules(QStringLiteral("leaselink.secrets.info=true"));
    }

    void operationsFail_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("read") << QStringLiteral("read");
        QTest::newRow("write") << QStringLiteral("write");
        QTest::newRow("remove") << QStringLiteral("remove");
    }

    void operationsFail()
    {
        QFETCH(QString, operation);
        MessageRecorder recorder;
        KeychainSecretStore store(shortRetry, jobTimeout);
        const SecretKey key = SecretKey::psuAppToken(3, QStringLiteral("dhcp-01.corp"));

        // One retry, because a login keyring may start after LeaseLink.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("retrying once")));
        SecretError error;
        if (operation == QLatin1String("read")) {
            const SecretExpected<QString> result = QCoro::waitFor(store.read(key));
            QVERIFY(!result);
            error = result.error();
        } else if (operation == QLatin1String("write")) {
            const SecretExpected<void> result = QCoro::waitFor(store.write(key, token));
            QVERIFY(!result);
            error = result.error();
        } else {
            const SecretExpected<void> result = QCoro::waitFor(store.remove(key));
            QVERIFY(!result);
            error = result.error();
        }
        QCOMPARE(error.kind, SecretErrorKind::NoBackend);
        const QString &message = error.message;
        QVERIFY2(message.contains(QStringLiteral("No usable OS keychain: could not ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("never stores secrets in plain text")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("LEASELINK_NETBOX_TOKEN")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("LEASELINK_PSU_TOKEN_<SERVER NAME>")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("LEASELINK_PSU_TOKEN_DHCP_01_CORP")),
                 qPrintable(message));
        QVERIFY(!message.contains(token));
        QVERIFY(!recorder.anyContains(token));
    }

    void noPlaintextFallbackFile()
    {
        // QtKeychain's insecure fallback would have written a QSettings file under HOME.
        KeychainSecretStore store(shortRetry, jobTimeout);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("retrying once")));
        QVERIFY(!QCoro::waitFor(store.write(SecretKey::netBoxApiToken(), token)));
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(path));
        }
    }

    void environmentStillServesHeadlessRuns()
    {
        // The headless way out the message points at really works through the default chain.
        qputenv("LEASELINK_PSU_TOKEN_DHCP_01_CORP", token.toUtf8());
        const std::unique_ptr<SecretStore> store = ChainedSecretStore::environmentThenKeychain();
        const SecretExpected<QString> read =
            QCoro::waitFor(store->read(SecretKey::psuAppToken(3, QStringLiteral("dhcp-01.corp"))));
        qunsetenv("LEASELINK_PSU_TOKEN_DHCP_01_CORP");
        QVERIFY(read.has_value());
        QCOMPARE(*read, token);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKeychainNoBackend)
#include "tst_keychainnobackend.moc"
