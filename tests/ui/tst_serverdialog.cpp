// The server dialog and the certificate trust dialog, offscreen: validation, the write-only App
// Token field, Cancel as the default and the "I have compared" gate, fetching and trusting a lab
// certificate inline, and Test Connection with the values as typed against the lab. A changed
// address (server host/port/HTTPS, NetBox URL scheme/host/port) drops the trusted certificate
// and needs the explicit tick before the stored token goes there, on Save and Test Connection.
#include "CertificateTrustDialog.h"
#include "ConnectionReportView.h"
#include "NetBoxDialog.h"
#include "ServerDialog.h"

#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "net/CertificateInfo.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/SecretKey.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <QCoroTask>

using namespace leaselink;

namespace {

CertificateProbeResult probeOf(const QSslCertificate &certificate)
{
    CertificateProbeResult probe;
    probe.host = QStringLiteral("127.0.0.1");
    probe.port = 8443;
    probe.chain << CertificateInfo::fromCertificate(certificate);
    probe.findings << QStringLiteral("The certificate is self-signed");
    return probe;
}

QLineEdit *field(QWidget &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

QCheckBox *check(QWidget &dialog, const char *name)
{
    return dialog.findChild<QCheckBox *>(QLatin1String(name));
}

QLabel *label(QWidget &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name));
}

StoredCertificate labCertificate()
{
    StoredCertificate certificate;
    certificate.pem = lab::LabCertificate::localhost().certificate.toPem();
    certificate.sha256 =
        CertificateInfo::fingerprintOf(lab::LabCertificate::localhost().certificate);
    return certificate;
}

// dhcp01.corp.example:443 over HTTPS with a trusted certificate, as the cache stores it.
Server storedServer()
{
    Server stored;
    stored.id = 7;
    stored.name = QStringLiteral("dhcp01");
    stored.hostname = QStringLiteral("dhcp01.corp.example");
    stored.port = 443;
    stored.useHttps = true;
    stored.certificate = labCertificate();
    return stored;
}

NetBoxConnection storedNetBox()
{
    NetBoxConnection stored;
    stored.url = QUrl(QStringLiteral("https://netbox.example/"));
    stored.certificate = labCertificate();
    return stored;
}

bool anyRequestCarriedAToken(const lab::LabHttpServer &server)
{
    for (const auto &entry : server.requestLog().entries()) {
        if (!entry.authorization.isEmpty())
            return true;
    }
    return false;
}

} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintIsGroupedForReading()
    {
        const QString fingerprint =
            CertificateInfo::fingerprintOf(lab::LabCertificate::localhost().certificate);
        const QString grouped = CertificateTrustDialog::groupedFingerprint(fingerprint);
        const QStringList lines = grouped.split(u'\n');
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines)
            QCOMPARE(line.count(u':'), 7);
        QCOMPARE(QString(grouped).replace(u'\n', u':'), fingerprint);
    }

    void trustNeedsTheComparisonAndCancelIsDefault()
    {
        CertificateTrustDialog dialog(QStringLiteral("dhcp01"),
                                      probeOf(lab::LabCertificate::localhost().certificate),
                                      QString());
        QVERIFY(!dialog.trustButton()->isEnabled());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isDefault());
        QVERIFY(!dialog.trustButton()->isDefault());
        dialog.comparedCheck()->setChecked(true);
        QVERIFY(dialog.trustButton()->isEnabled());
        // Enter still means Cancel: trusting takes the explicit button.
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *fingerprint = dialog.findChild<QPlainTextEdit *>(QStringLiteral("fingerprint"));
        QVERIFY(fingerprint);
        QVERIFY(fingerprint->toPlainText().startsWith(
            CertificateInfo::fingerprintOf(lab::LabCertificate::localhost().certificate).left(23)));
    }

    void changedCertificateShowsBothFingerprints()
    {
        const QString old =
            CertificateInfo::fingerprintOf(lab::LabCertificate::rotated().certificate);
        CertificateTrustDialog dialog(QStringLiteral("dhcp01"),
                                      probeOf(lab::LabCertificate::localhost().certificate), old);
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("changed")));
        QStringList shown;
        for (auto *edit : dialog.findChildren<QPlainTextEdit *>())
            shown << edit->toPlainText().replace(u'\n', u':');
        QVERIFY(shown.contains(old));
        QVERIFY(shown.contains(
            CertificateInfo::fingerprintOf(lab::LabCertificate::localhost().certificate)));
    }

    void validationKeepsTheDialogOpen()
    {
        ServerDialog dialog(std::nullopt, nullptr, ConfigOverrides());
        dialog.show();
        QCOMPARE(dialog.validationError(), QStringLiteral("Enter a name for the server."));
        field(dialog, "name")->setText(QStringLiteral("dhcp01"));
        field(dialog, "hostname")->setText(QStringLiteral("bad host!"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("not a valid host name")));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // not accepted
        bool errorShown = false;
        for (auto *label : dialog.findChildren<QLabel *>())
            errorShown |= label->isVisible() && label->text().contains(QStringLiteral("bad host"));
        QVERIFY(errorShown);
        field(dialog, "hostname")->setText(QStringLiteral("dhcp01.corp.example"));
        QCOMPARE(dialog.validationError(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.server().baseUrl().toString(),
                 QStringLiteral("https://dhcp01.corp.example:443/api/dhcp"));
        QVERIFY(!dialog.token().has_value()); // nothing typed: no token
    }

    void editKeepsTokenAndCertificateUnlessChanged()
    {
        Server stored;
        stored.id = 7;
        stored.name = QStringLiteral("dhcp01");
        stored.hostname = QStringLiteral("dhcp01.corp.example");
        stored.certificate.pem = lab::LabCertificate::localhost().certificate.toPem();
        stored.certificate.sha256 =
            CertificateInfo::fingerprintOf(lab::LabCertificate::localhost().certificate);
        ServerDialog dialog(stored, nullptr, ConfigOverrides());
        QVERIFY(field(dialog, "token")->placeholderText().contains(QStringLiteral("keep")));
        QVERIFY(!dialog.token().has_value());
        QCOMPARE(dialog.server().id, 7);
        QCOMPARE(dialog.server().certificate, stored.certificate);
        field(dialog, "token")->setText(QStringLiteral("  new-token  "));
        QCOMPARE(dialog.token(), std::optional<QString>(QStringLiteral("new-token")));
        // Switching HTTPS off drops the certificate from what would be saved.
        dialog.findChild<QCheckBox *>(QStringLiteral("https"))->setChecked(false);
        QVERIFY(dialog.server().certificate.isEmpty());
    }

    void addressChangeDropsCertificateAndNeedsTheTokenTick_data()
    {
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("changed");
        QTest::newRow("host") << QStringLiteral("dhcp02.corp.example") << 443 << true << true;
        QTest::newRow("port") << QStringLiteral("dhcp01.corp.example") << 8443 << true << true;
        QTest::newRow("https off") << QStringLiteral("dhcp01.corp.example") << 443 << false << true;
        QTest::newRow("host letter case")
            << QStringLiteral("DHCP01.corp.example") << 443 << true << false;
        QTest::newRow("unchanged") << QStringLiteral("dhcp01.corp.example") << 443 << true << false;
    }

    void addressChangeDropsCertificateAndNeedsTheTokenTick()
    {
        QFETCH(QString, hostname);
        QFETCH(int, port);
        QFETCH(bool, https);
        QFETCH(bool, changed);
        const Server stored = storedServer();
        ServerDialog dialog(stored, nullptr, ConfigOverrides());
        dialog.show();
        field(dialog, "hostname")->setText(hostname);
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
        check(dialog, "https")->setChecked(https);
        field(dialog, "description")->setText(QStringLiteral("edited"));
        QCOMPARE(dialog.addressChanged(), changed);
        QCheckBox *tick = check(dialog, "sendStoredToken");
        QVERIFY(tick);
        QCOMPARE(tick->isVisible(), changed);
        QLabel *hint = label(dialog, "tokenHint");
        QVERIFY(hint);

        if (!changed) {
            // As before: a blank field keeps the stored token and the certificate stays.
            QVERIFY2(hint->text().contains(QStringLiteral("A blank field keeps it")),
                     qPrintable(hint->text()));
            QCOMPARE(dialog.validationError(), QString());
            QCOMPARE(dialog.server().certificate, stored.certificate);
            QVERIFY(label(dialog, "certificate")->text().startsWith(QStringLiteral("Trusted")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.token().has_value());
            QCOMPARE(dialog.server().description, QStringLiteral("edited"));
            return;
        }

        // The old certificate is not saved for the new address, and the line says so.
        QVERIFY(!dialog.certificateApplies());
        QVERIFY(dialog.server().certificate.isEmpty());
        if (https) {
            QCOMPARE(label(dialog, "certificate")->text(),
                     QStringLiteral("The certificate trusted for dhcp01.corp.example:443 does not "
                                    "apply to the new address; fetch the new one."));
        }
        // The stored token does not follow the address silently.
        QVERIFY(dialog.storedTokenNeedsConsent());
        QVERIFY2(
            hint->text().contains(QStringLiteral("changed from https://dhcp01.corp.example:443")),
            qPrintable(hint->text()));
        QVERIFY2(dialog.validationError().contains(
                     QStringLiteral("\"Send the stored App Token to the new address\"")),
                 qPrintable(dialog.validationError()));
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        bool errorShown = false;
        for (auto *shown : dialog.findChildren<QLabel *>())
            errorShown |= shown->isVisible() &&
                          shown->text().contains(QStringLiteral("Send the stored App Token"));
        QVERIFY(errorShown);
        QVERIFY(tick->isEnabled());
        tick->setChecked(true);
        QCOMPARE(dialog.validationError(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.token().has_value()); // the stored token stays, now for the new address
        QVERIFY(dialog.server().certificate.isEmpty());
    }

    void newTokenOrTheOldAddressNeedsNoTick()
    {
        const Server stored = storedServer();
        ServerDialog dialog(stored, nullptr, ConfigOverrides());
        field(dialog, "hostname")->setText(QStringLiteral("dhcp02.corp.example"));
        QVERIFY(!dialog.validationError().isEmpty());
        // A new token for the new address is the other way through.
        field(dialog, "token")->setText(QStringLiteral("dhcp02-token"));
        QVERIFY(!dialog.storedTokenNeedsConsent());
        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(!check(dialog, "sendStoredToken")->isEnabled());
        QCOMPARE(dialog.token(), std::optional<QString>(QStringLiteral("dhcp02-token")));
        QVERIFY(dialog.server().certificate.isEmpty());
        // Back to the stored address: its certificate applies again, the tick is gone.
        field(dialog, "token")->clear();
        check(dialog, "sendStoredToken")->setChecked(true);
        field(dialog, "hostname")->setText(QStringLiteral("dhcp01.corp.example"));
        QVERIFY(!dialog.addressChanged());
        QVERIFY(!check(dialog, "sendStoredToken")->isChecked());
        QCOMPARE(dialog.server().certificate, stored.certificate);
        QCOMPARE(dialog.validationError(), QString());
    }

    void environmentTokenForTheNewHostNeedsNoTick()
    {
        const ConfigOverrides overrides = ConfigOverrides::parse(
            R"({"server_overrides": {"dhcp02.corp.example": {"token_env": "DHCP02_TOKEN"}}})",
            QStringLiteral("test.json"));
        QVERIFY(!overrides.hasProblems());
        ServerDialog dialog(storedServer(), nullptr, overrides);
        field(dialog, "hostname")->setText(QStringLiteral("dhcp02.corp.example"));
        QVERIFY(dialog.addressChanged());
        QVERIFY(!dialog.storedTokenNeedsConsent());
        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(label(dialog, "tokenHint")->text().contains(QStringLiteral("environment")));
    }

    void testConnectionSendsTheStoredTokenToANewAddressOnlyWhenTicked()
    {
        lab::PsuSim psu;
        lab::LabHttpServer server(&psu);
        QVERIFY(server.start().has_value());
        InMemorySecretStore secrets;
        const Server stored = storedServer();
        QVERIFY(QCoro::waitFor(
            secrets.write(SecretKey::psuAppToken(stored.id, stored.name), psu.writerToken())));
        ServerDialog dialog(stored, &secrets, ConfigOverrides());
        field(dialog, "hostname")->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(server.baseUrl().port());
        check(dialog, "https")->setChecked(false);

        QCoro::waitFor(dialog.testConnection());
        auto *report = dialog.findChild<ConnectionReportView *>();
        QCOMPARE(report->topLevelItemCount(), 0); // nothing ran
        QVERIFY(server.requestLog().entries().isEmpty());

        check(dialog, "sendStoredToken")->setChecked(true);
        QCoro::waitFor(dialog.testConnection());
        QVERIFY(report->topLevelItemCount() > 0);
        QVERIFY(anyRequestCarriedAToken(server));
    }

    void netBoxAddressChangeDropsCertificateAndNeedsTheTokenTick_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("changed");
        QTest::newRow("host") << QStringLiteral("https://netbox2.example/") << true;
        QTest::newRow("port") << QStringLiteral("https://netbox.example:8443/") << true;
        QTest::newRow("scheme") << QStringLiteral("http://netbox.example/") << true;
        QTest::newRow("path only") << QStringLiteral("https://netbox.example/netbox/") << false;
        QTest::newRow("default port spelt out")
            << QStringLiteral("https://netbox.example:443/") << false;
        QTest::newRow("host letter case") << QStringLiteral("https://NetBox.Example/") << false;
    }

    void netBoxAddressChangeDropsCertificateAndNeedsTheTokenTick()
    {
        QFETCH(QString, url);
        QFETCH(bool, changed);
        const NetBoxConnection stored = storedNetBox();
        NetBoxDialog dialog(stored, nullptr);
        dialog.show();
        QLabel *hint = label(dialog, "tokenHint");
        QVERIFY(hint && hint->text().contains(QStringLiteral("A blank field keeps it")));
        field(dialog, "url")->setText(url);
        QCOMPARE(dialog.addressChanged(), changed);
        QCheckBox *tick = check(dialog, "sendStoredToken");
        QVERIFY(tick);
        QCOMPARE(tick->isVisible(), changed);
        if (!changed) {
            QCOMPARE(dialog.validationError(), QString());
            QCOMPARE(dialog.connection().certificate, stored.certificate);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.token().has_value());
            return;
        }
        QVERIFY(dialog.connection().certificate.isEmpty());
        if (url.startsWith(QStringLiteral("https"))) {
            QCOMPARE(label(dialog, "certificate")->text(),
                     QStringLiteral("The certificate trusted for netbox.example:443 does not "
                                    "apply to the new address; fetch the new one."));
        }
        QVERIFY2(hint->text().contains(QStringLiteral("changed from https://netbox.example:443")),
                 qPrintable(hint->text()));
        QVERIFY(dialog.validationError().contains(
            QStringLiteral("\"Send the stored API token to the new address\"")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        tick->setChecked(true);
        QCOMPARE(dialog.validationError(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.connection().certificate.isEmpty());
        QVERIFY(!dialog.token().has_value());
    }

    void netBoxNewTokenNeedsNoTickAndTestConnectionWaitsForIt()
    {
        lab::NetBoxSim netbox;
        const QString token = netbox.addTokenV2(netbox.addUser(QStringLiteral("ui"), true));
        lab::LabHttpServer server(&netbox);
        QVERIFY(server.start().has_value());
        InMemorySecretStore secrets;
        QVERIFY(QCoro::waitFor(secrets.write(SecretKey::netBoxApiToken(), token)));
        NetBoxDialog dialog(storedNetBox(), &secrets);
        field(dialog, "url")->setText(server.baseUrl().toString());
        QVERIFY(dialog.addressChanged());

        QCoro::waitFor(dialog.testConnection());
        auto *report = dialog.findChild<ConnectionReportView *>();
        QCOMPARE(report->topLevelItemCount(), 0);
        QVERIFY(server.requestLog().entries().isEmpty());

        check(dialog, "sendStoredToken")->setChecked(true);
        QCoro::waitFor(dialog.testConnection());
        QVERIFY(report->topLevelItemCount() > 0);
        QVERIFY(anyRequestCarriedAToken(server));

        // A typed token is the other way through; the tick is then beside the point.
        check(dialog, "sendStoredToken")->setChecked(false);
        field(dialog, "token")->setText(token);
        QCOMPARE(dialog.validationError(), QString());
        QVERIFY(!check(dialog, "sendStoredToken")->isEnabled());
        QCOMPARE(dialog.token(), std::optional<QString>(token));
    }

    void cancelCancels()
    {
        // Cancel (the button or Escape) rejects even with invalid or half-typed values; the
        // callers save only after Accepted.
        ServerDialog server(storedServer(), nullptr, ConfigOverrides());
        server.show();
        field(server, "hostname")->setText(QStringLiteral("dhcp02.corp.example"));
        server.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(server.result(), int(QDialog::Rejected));
        QVERIFY(!server.isVisible());

        NetBoxDialog netbox(storedNetBox(), nullptr);
        netbox.show();
        field(netbox, "url")->setText(QStringLiteral("not a url"));
        QTest::keyClick(&netbox, Qt::Key_Escape);
        QCOMPARE(netbox.result(), int(QDialog::Rejected));
        QVERIFY(!netbox.isVisible());
    }

    void fetchAndTrustTheLabCertificate()
    {
        lab::PsuSim psu;
        lab::LabHttpServer server(&psu);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());
        ServerDialog dialog(std::nullopt, nullptr, ConfigOverrides());
        field(dialog, "name")->setText(QStringLiteral("lab"));
        field(dialog, "hostname")->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(server.baseUrl().port());

        // The trust dialog is modal: tick the box and trust once it is up.
        bool sawDialog = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *trust = qobject_cast<CertificateTrustDialog *>(QApplication::activeModalWidget());
            if (!trust)
                return;
            sawDialog = true;
            trust->comparedCheck()->setChecked(true);
            trust->trustButton()->click();
        });
        poll.start(20);
        QCoro::waitFor(dialog.fetchCertificate());
        poll.stop();
        QVERIFY(sawDialog);
        QCOMPARE(dialog.server().certificate.sha256, server.fingerprintSha256());

        // Test Connection with the typed (unsaved) values and token: every step passes.
        field(dialog, "token")->setText(psu.writerToken());
        QCoro::waitFor(dialog.testConnection());
        auto *report = dialog.findChild<ConnectionReportView *>();
        QCOMPARE(report->topLevelItemCount(), 6);
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = report->topLevelItem(i);
            QVERIFY2(item->text(0) == QStringLiteral("✓") || item->text(0) == QStringLiteral("⚠"),
                     qPrintable(item->text(1) + QStringLiteral(": ") + item->text(2)));
        }
    }

    void netboxDialogValidatesTrustsAndTests()
    {
        lab::NetBoxSim netbox;
        const QString token = netbox.addTokenV2(netbox.addUser(QStringLiteral("ui"), true));
        netbox.addCustomField(QStringLiteral("dhcp_client_id"), {QStringLiteral("ipam.ipaddress")},
                              QStringLiteral("exact"));
        lab::LabHttpServer server(&netbox);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());

        NetBoxDialog dialog(std::nullopt, nullptr);
        QCOMPARE(dialog.validationError(), QStringLiteral("Enter the NetBox URL."));
        field(dialog, "url")->setText(QStringLiteral("ftp://netbox"));
        QVERIFY(dialog.validationError().contains(QStringLiteral("not an http://")));
        field(dialog, "url")->setText(server.baseUrl().toString());
        QCOMPARE(dialog.validationError(), QString());

        bool sawDialog = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *trust = qobject_cast<CertificateTrustDialog *>(QApplication::activeModalWidget());
            if (!trust)
                return;
            sawDialog = true;
            trust->comparedCheck()->setChecked(true);
            trust->trustButton()->click();
        });
        poll.start(20);
        QCoro::waitFor(dialog.fetchCertificate());
        poll.stop();
        QVERIFY(sawDialog);
        QCOMPARE(dialog.connection().certificate.sha256, server.fingerprintSha256());

        field(dialog, "token")->setText(token);
        QCOMPARE(dialog.token(), std::optional<QString>(token));
        QCoro::waitFor(dialog.testConnection());
        auto *report = dialog.findChild<ConnectionReportView *>();
        QCOMPARE(report->topLevelItemCount(), 6);
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = report->topLevelItem(i);
            QVERIFY2(item->text(0) == QStringLiteral("✓"),
                     qPrintable(item->text(1) + QStringLiteral(": ") + item->text(2)));
        }
    }

    void testConnectionReportsAnUntrustedCertificate()
    {
        lab::PsuSim psu;
        lab::LabHttpServer server(&psu);
        server.enableTls(lab::LabCertificate::localhost());
        QVERIFY(server.start().has_value());
        ServerDialog dialog(std::nullopt, nullptr, ConfigOverrides());
        field(dialog, "name")->setText(QStringLiteral("lab"));
        field(dialog, "hostname")->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(server.baseUrl().port());
        field(dialog, "token")->setText(psu.writerToken());
        QCoro::waitFor(dialog.testConnection());
        auto *report = dialog.findChild<ConnectionReportView *>();
        bool tlsFailed = false;
        for (int i = 0; i < report->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = report->topLevelItem(i);
            if (item->text(1) == QStringLiteral("TLS"))
                tlsFailed = item->text(0) == QStringLiteral("✗");
        }
        QVERIFY(tlsFailed);
        // Nothing was sent with the token: the lab saw no authenticated request.
        for (const auto &entry : server.requestLog().entries())
            QVERIFY(entry.authorization.isEmpty());
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
