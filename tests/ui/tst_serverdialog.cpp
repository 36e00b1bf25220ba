// The server dialog and the certificate trust dialog, offscreen: validation, the write-only App
// Token field, Cancel as the default and the "I have compared" gate, fetching and trusting a lab
// certificate inline, and Test Connection with the values as typed against the lab.
#include "CertificateTrustDialog.h"
#include "ConnectionReportView.h"
#include "NetBoxDialog.h"
#include "ServerDialog.h"

#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "net/CertificateInfo.h"

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
