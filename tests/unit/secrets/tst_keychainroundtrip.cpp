// A real round trip through QtKeychain and a Secret Service (gnome-keyring) on a private D-Bus
// session that run-with-keyring.sh starts for this test only. secret-tool, a separate process
// talking to the same Secret Service, proves the values really live in the keyring (and not in
// some process-local or plaintext fallback).
#include "MessageRecorder.h"

#include "secrets/KeychainSecretStore.h"

#include <QCoroTask>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace leaselink;

namespace {

const QString firstToken = QStringLiteral("first-app-token-71c2");
const QString secondToken = QStringLiteral("second-app-token-e0a9");

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

// secret-tool with QtKeychain's attributes: user = our scoped key, server = the service name.
ToolResult secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

ToolResult lookup(const SecretKey &key)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("user"), key.scopedKey(),
                       QStringLiteral("server"), KeychainSecretStore::serviceName()});
}

} // namespace

class TestKeychainRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/unit/secrets/run-with-keyring.sh (CTest does)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool (libsecret-tools) is missing; run packaging/install-deps.sh");
        QLoggingCategory::setFilterRules(QStringLiteral("leaselink.secrets.debug=true"));
    }

    void roundTrip()
    {
        MessageRecorder recorder;
        KeychainSecretStore store;
        const SecretKey key = SecretKey::psuAppToken(41, QStringLiteral("dhcp-41"));
        const SecretKey neighbour = SecretKey::psuAppToken(42, QStringLiteral("dhcp-42"));

        // Nothing stored yet: NotFound, not a backend failure.
        const SecretExpected<QString> before = QCoro::waitFor(store.read(key));
        QVERIFY(!before);
        QCOMPARE(before.error().kind, SecretErrorKind::NotFound);
        QVERIFY2(before.error().message.contains(QStringLiteral("dhcp-41")),
                 qPrintable(before.error().message));

        // Write and read back through QtKeychain.
        const SecretExpected<void> written = QCoro::waitFor(store.write(key, firstToken));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        const SecretExpected<QString> readBack = QCoro::waitFor(store.read(key));
        QVERIFY2(readBack.has_value(), qPrintable(readBack ? QString() : readBack.error().message));
        QCOMPARE(*readBack, firstToken);

        // Another process sees it in the Secret Service under our service and scoped key.
        ToolResult fromTool = lookup(key);
        QCOMPARE(fromTool.exitCode, 0);
        QCOMPARE(fromTool.output, firstToken);

        // Overwrite replaces, in our store and in the keyring.
        QVERIFY(QCoro::waitFor(store.write(key, secondToken)));
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), secondToken);
        fromTool = lookup(key);
        QCOMPARE(fromTool.output, secondToken);

        // Keys are scoped: the neighbouring server has nothing.
        QCOMPARE(QCoro::waitFor(store.read(neighbour)).error().kind, SecretErrorKind::NotFound);

        // Delete, then reading is NotFound again and the keyring entry is gone.
        QVERIFY(QCoro::waitFor(store.remove(key)));
        const SecretExpected<QString> after = QCoro::waitFor(store.read(key));
        QVERIFY(!after);
        QCOMPARE(after.error().kind, SecretErrorKind::NotFound);
        fromTool = lookup(key);
        QVERIFY(fromTool.exitCode != 0 || fromTool.output.isEmpty());

        // Removing what is not there succeeds (idempotent).
        QVERIFY(QCoro::waitFor(store.remove(key)));

        QVERIFY2(recorder.anyContains(QStringLiteral("leaselink/psu-token/41")),
                 "the secrets category logs keys and outcomes");
        QVERIFY(!recorder.anyContains(firstToken));
        QVERIFY(!recorder.anyContains(secondToken));
    }

    void readsWhatAnotherProcessStored()
    {
        const SecretKey key = SecretKey::netBoxApiToken();
        const ToolResult stored =
            secretTool({QStringLiteral("store"), QStringLiteral("--label=LeaseLink test"),
                        QStringLiteral("user"), key.scopedKey(), QStringLiteral("server"),
                        KeychainSecretStore::serviceName(), QStringLiteral("type"),
                        QStringLiteral("plaintext")},
                       firstToken.toUtf8());
        QCOMPARE(stored.exitCode, 0);

        KeychainSecretStore store;
        const SecretExpected<QString> read = QCoro::waitFor(store.read(key));
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, firstToken);
        QVERIFY(QCoro::waitFor(store.remove(key)));
        QCOMPARE(lookup(key).output, QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychainRoundTrip)
#include "tst_keychainroundtrip.moc"
