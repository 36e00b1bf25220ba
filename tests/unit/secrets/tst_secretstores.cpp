// Unit tests of the secret stores that need no keychain: SecretKey naming, InMemorySecretStore,
// EnvironmentSecretStore and ChainedSecretStore.
#include "MessageRecorder.h"

#include "secrets/ChainedSecretStore.h"
#include "secrets/EnvironmentSecretStore.h"
#include "secrets/InMemorySecretStore.h"

#include <QCoroTask>
#include <QLoggingCategory>
#include <QTest>

using namespace leaselink;

namespace {

const QString token = QStringLiteral("psu-Token-9f3a1c7e");

// Records which keys a wrapped store was asked for, to prove the chain's order.
class RecordingStore final : public SecretStore
{
public:
    explicit RecordingStore(InMemorySecretStore *inner)
        : m_inner(inner)
    {}
    QCoro::Task<SecretExpected<QString>> read(SecretKey key) override
    {
        calls.append(QStringLiteral("read ") + key.scopedKey());
        SecretExpected<QString> result = co_await m_inner->read(key);
        co_return result;
    }
    QCoro::Task<SecretExpected<void>> write(SecretKey key, QString secret) override
    {
        calls.append(QStringLiteral("write ") + key.scopedKey());
        SecretExpected<void> result = co_await m_inner->write(key, secret);
        co_return result;
    }
    QCoro::Task<SecretExpected<void>> remove(SecretKey key) override
    {
        calls.append(QStringLiteral("remove ") + key.scopedKey());
        SecretExpected<void> result = co_await m_inner->remove(key);
        co_return result;
    }
    QString backendName() const override { return QStringLiteral("recording"); }

    QStringList calls;

private:
    InMemorySecretStore *m_inner;
};

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("leaselink.*=true")); }

    void scopedKeys_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("scopedKey");
        QTest::addColumn<QString>("variable");

        const int psu = int(SecretKind::PsuAppToken);
        const int failover = int(SecretKind::FailoverSharedSecret);
        const int netbox = int(SecretKind::NetBoxApiToken);
        QTest::newRow("psu simple") << psu << qint64(3) << QStringLiteral("dhcp1")
                                    << QStringLiteral("leaselink/psu-token/3")
                                    << QStringLiteral("LEASELINK_PSU_TOKEN_DHCP1");
        QTest::newRow("psu punctuation") << psu << qint64(12) << QStringLiteral("dhcp-01.corp")
                                         << QStringLiteral("leaselink/psu-token/12")
                                         << QStringLiteral("LEASELINK_PSU_TOKEN_DHCP_01_CORP");
        QTest::newRow("psu space and non-ascii")
            << psu << qint64(1) << QStringLiteral("Zürich DC 2")
            << QStringLiteral("leaselink/psu-token/1")
            << QStringLiteral("LEASELINK_PSU_TOKEN_Z_RICH_DC_2");
        QTest::newRow("failover") << failover << qint64(7) << QStringLiteral("hq-pair")
                                  << QStringLiteral("leaselink/failover-secret/7")
                                  << QStringLiteral("LEASELINK_FAILOVER_SECRET_HQ_PAIR");
        QTest::newRow("netbox") << netbox << qint64(0) << QString()
                                << QStringLiteral("leaselink/netbox-token")
                                << QStringLiteral("LEASELINK_NETBOX_TOKEN");
    }

    void scopedKeys()
    {
        QFETCH(int, kind);
        QFETCH(qint64, id);
        QFETCH(QString, name);
        QFETCH(QString, scopedKey);
        QFETCH(QString, variable);

        const SecretKey key = kind == int(SecretKind::PsuAppToken)
                                  ? SecretKey::psuAppToken(id, name)
                              : kind == int(SecretKind::FailoverSharedSecret)
                                  ? SecretKey::failoverSharedSecret(id, name)
                                  : SecretKey::netBoxApiToken();
        QCOMPARE(int(key.kind()), kind);
        QCOMPARE(key.scopedKey(), scopedKey);
        QCOMPARE(key.environmentVariable(), variable);
        if (!name.isEmpty()) {
            QVERIFY2(key.description().contains(name), qPrintable(key.description()));
        }
    }

    void keysOfDifferentServersDiffer()
    {
        QVERIFY(SecretKey::psuAppToken(1, QStringLiteral("a")).scopedKey() !=
                SecretKey::psuAppToken(2, QStringLiteral("a")).scopedKey());
        QVERIFY(SecretKey::psuAppToken(1, QStringLiteral("a")).scopedKey() !=
                SecretKey::failoverSharedSecret(1, QStringLiteral("a")).scopedKey());
    }

    void inMemoryRoundTrip()
    {
        MessageRecorder recorder;
        InMemorySecretStore store;
        const SecretKey key = SecretKey::psuAppToken(4, QStringLiteral("dhcp4"));

        const SecretExpected<QString> missing = QCoro::waitFor(store.read(key));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, SecretErrorKind::NotFound);
        QVERIFY2(missing.error().message.contains(QStringLiteral("dhcp4")),
                 qPrintable(missing.error().message));

        QVERIFY(QCoro::waitFor(store.write(key, token)));
        QVERIFY(store.contains(key));
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), token);

        QVERIFY(QCoro::waitFor(store.write(key, QStringLiteral("second"))));
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), QStringLiteral("second"));
        QCOMPARE(store.size(), 1);

        QVERIFY(QCoro::waitFor(store.remove(key)));
        QCOMPARE(QCoro::waitFor(store.read(key)).error().kind, SecretErrorKind::NotFound);
        // Removal is idempotent.
        QVERIFY(QCoro::waitFor(store.remove(key)));
        QVERIFY(!recorder.anyContains(token));
    }

    void inMemoryInjectedFailure()
    {
        InMemorySecretStore store;
        const SecretKey key = SecretKey::netBoxApiToken();
        QVERIFY(QCoro::waitFor(store.write(key, token)));
        store.setFailure(
            SecretError{{QStringLiteral("keyring locked")}, SecretErrorKind::AccessDenied});
        const SecretExpected<QString> read = QCoro::waitFor(store.read(key));
        QVERIFY(!read);
        QCOMPARE(read.error().kind, SecretErrorKind::AccessDenied);
        QCOMPARE(read.error().message, QStringLiteral("keyring locked"));
        QVERIFY(!QCoro::waitFor(store.write(key, QStringLiteral("x"))));
        QVERIFY(!QCoro::waitFor(store.remove(key)));
        store.setFailure(std::nullopt);
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), token);
    }

    void secretErrorConvertsToError()
    {
        InMemorySecretStore store;
        // A caller that only wants a message can keep using Expected<T>.
        const Expected<QString> plain = QCoro::waitFor(store.read(SecretKey::netBoxApiToken()));
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(QStringLiteral("NetBox API token")),
                 qPrintable(plain.error().message));
    }

    void environmentRead_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("found");

        QTest::newRow("netbox set") << QStringLiteral("LEASELINK_NETBOX_TOKEN") << token << true;
        QTest::newRow("empty counts as unset")
            << QStringLiteral("LEASELINK_NETBOX_TOKEN") << QString() << false;
        QTest::newRow("other variable only")
            << QStringLiteral("LEASELINK_NETBOX_TOKEN_X") << token << false;
        QTest::newRow("lower-case name is a different variable")
            << QStringLiteral("leaselink_netbox_token") << token << false;
    }

    void environmentRead()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(bool, found);

        MessageRecorder recorder;
        QProcessEnvironment environment;
        environment.insert(variable, value);
        EnvironmentSecretStore store(environment);
        const SecretExpected<QString> read =
            QCoro::waitFor(store.read(SecretKey::netBoxApiToken()));
        QCOMPARE(read.has_value(), found);
        if (found) {
            QCOMPARE(*read, value);
        } else {
            QCOMPARE(read.error().kind, SecretErrorKind::NotFound);
            QVERIFY2(read.error().message.contains(QStringLiteral("LEASELINK_NETBOX_TOKEN")),
                     qPrintable(read.error().message));
        }
        QVERIFY(!recorder.anyContains(token));
    }

    void environmentPsuTokenByServerName()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LEASELINK_PSU_TOKEN_DHCP_01_CORP"), token);
        EnvironmentSecretStore store(environment);
        QCOMPARE(
            QCoro::waitFor(store.read(SecretKey::psuAppToken(9, QStringLiteral("dhcp-01.corp"))))
                .value(),
            token);
        QCOMPARE(QCoro::waitFor(store.read(SecretKey::psuAppToken(9, QStringLiteral("dhcp-02"))))
                     .error()
                     .kind,
                 SecretErrorKind::NotFound);
    }

    void environmentRefusesWrites()
    {
        QProcessEnvironment environment;
        EnvironmentSecretStore store(environment);
        const SecretKey key = SecretKey::psuAppToken(2, QStringLiteral("dhcp2"));
        const SecretExpected<void> written = QCoro::waitFor(store.write(key, token));
        QVERIFY(!written);
        QCOMPARE(written.error().kind, SecretErrorKind::ReadOnly);
        QVERIFY2(written.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QStringLiteral("LEASELINK_PSU_TOKEN_DHCP2")),
                 qPrintable(written.error().message));
        QVERIFY(!written.error().message.contains(token));
        const SecretExpected<void> removed = QCoro::waitFor(store.remove(key));
        QVERIFY(!removed);
        QCOMPARE(removed.error().kind, SecretErrorKind::ReadOnly);
    }

    void chainedPrefersOverlay()
    {
        InMemorySecretStore overlayData;
        InMemorySecretStore primaryData;
        auto overlay = std::make_unique<RecordingStore>(&overlayData);
        auto primary = std::make_unique<RecordingStore>(&primaryData);
        RecordingStore *overlayPtr = overlay.get();
        RecordingStore *primaryPtr = primary.get();
        ChainedSecretStore store(std::move(overlay), std::move(primary));
        const SecretKey key = SecretKey::psuAppToken(5, QStringLiteral("dhcp5"));

        // Neither has it: NotFound from the primary.
        const SecretExpected<QString> missing = QCoro::waitFor(store.read(key));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, SecretErrorKind::NotFound);
        QCOMPARE(overlayPtr->calls, QStringList{QStringLiteral("read leaselink/psu-token/5")});
        QCOMPARE(primaryPtr->calls, QStringList{QStringLiteral("read leaselink/psu-token/5")});

        // Writes go to the primary only.
        QVERIFY(QCoro::waitFor(store.write(key, QStringLiteral("from-keychain"))));
        QVERIFY(primaryData.contains(key));
        QVERIFY(!overlayData.contains(key));
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), QStringLiteral("from-keychain"));

        // The overlay wins when it has the secret; the primary is not asked.
        QVERIFY(QCoro::waitFor(overlayData.write(key, QStringLiteral("from-env"))));
        primaryPtr->calls.clear();
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), QStringLiteral("from-env"));
        QVERIFY(primaryPtr->calls.isEmpty());

        // Removal removes from the primary only.
        QVERIFY(QCoro::waitFor(store.remove(key)));
        QVERIFY(!primaryData.contains(key));
        QVERIFY(overlayData.contains(key));
        QVERIFY(store.backendName().contains(QStringLiteral("recording")));
    }

    void chainedPassesOverlayFailureThrough()
    {
        const SecretKey key = SecretKey::netBoxApiToken();
        auto overlayStore = std::make_unique<InMemorySecretStore>();
        overlayStore->setFailure(
            SecretError{{QStringLiteral("overlay broken")}, SecretErrorKind::BackendFailure});
        auto primaryStore = std::make_unique<InMemorySecretStore>();
        QVERIFY(QCoro::waitFor(primaryStore->write(key, token)));
        ChainedSecretStore store(std::move(overlayStore), std::move(primaryStore));
        // A broken overlay is reported, not skipped: silently using another source would hide
        // a misconfiguration.
        const SecretExpected<QString> read = QCoro::waitFor(store.read(key));
        QVERIFY(!read);
        QCOMPARE(read.error().message, QStringLiteral("overlay broken"));
    }

    void chainedEnvironmentOverKeychainShape()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LEASELINK_NETBOX_TOKEN"), token);
        auto primary = std::make_unique<InMemorySecretStore>();
        InMemorySecretStore *primaryPtr = primary.get();
        ChainedSecretStore store(std::make_unique<EnvironmentSecretStore>(environment),
                                 std::move(primary));
        QCOMPARE(QCoro::waitFor(store.read(SecretKey::netBoxApiToken())).value(), token);
        // Writing still reaches the writable store even though the environment shadows it.
        QVERIFY(QCoro::waitFor(store.write(SecretKey::netBoxApiToken(), QStringLiteral("new"))));
        QCOMPARE(QCoro::waitFor(primaryPtr->read(SecretKey::netBoxApiToken())).value(),
                 QStringLiteral("new"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "tst_secretstores.moc"
