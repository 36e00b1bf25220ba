#include "ServerDialog.h"

#include "CertificateTrust.h"
#include "ConnectionReportView.h"

#include "config/PsuTokenResolver.h"
#include "net/ConnectionTester.h"
#include "net/psu/PsuClient.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leaselink {

namespace {

QString addressText(bool https, const QString &host, int port)
{
    return QStringLiteral("%1://%2:%3")
        .arg(https ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port);
}

bool sameHost(const QString &a, const QString &b)
{
    // DNS names compare without regard to case.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ServerDialog::ServerDialog(std::optional<Server> server, SecretStore *secrets,
                           ConfigOverrides overrides, QWidget *parent)
    : QDialog(parent)
    , m_original(std::move(server))
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
{
    setWindowTitle(m_original ? tr("Edit DHCP Server %1").arg(m_original->name)
                              : tr("Add DHCP Server"));
    const Server initial = m_original.value_or(Server());
    m_certificate = initial.certificate;
    m_certificateHost = initial.hostname;
    m_certificatePort = initial.port;

    auto *form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    m_hostname = new QLineEdit(initial.hostname, this);
    m_hostname->setObjectName(QStringLiteral("hostname"));
    m_hostname->setMaxLength(255);
    m_hostname->setPlaceholderText(tr("dhcp01.corp.example.com or 10.0.0.5"));
    form->addRow(tr("&Host name:"), m_hostname);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    form->addRow(tr("&Port:"), m_port);
    m_https = new QCheckBox(tr("Use &HTTPS"), this);
    m_https->setObjectName(QStringLiteral("https"));
    m_https->setChecked(initial.useHttps);
    form->addRow(QString(), m_https);
    m_verify = new QCheckBox(tr("&Verify the TLS certificate"), this);
    m_verify->setObjectName(QStringLiteral("verifySsl"));
    m_verify->setChecked(initial.verifySsl);
    form->addRow(QString(), m_verify);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_original ? tr("Leave blank to keep the stored token")
                                           : tr("PSU App Token (stored in the OS keychain)"));
    form->addRow(tr("App &Token:"), m_token);
    if (m_original) {
        m_tokenHint = new QLabel(this);
        m_tokenHint->setObjectName(QStringLiteral("tokenHint"));
        m_tokenHint->setWordWrap(true);
        form->addRow(QString(), m_tokenHint);
        m_sendStoredToken =
            new QCheckBox(tr("Send the stored App Token to the new &address"), this);
        m_sendStoredToken->setObjectName(QStringLiteral("sendStoredToken"));
        form->addRow(QString(), m_sendStoredToken);
    }
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(initial.timeoutSeconds);
    form->addRow(tr("Ti&meout:"), m_timeout);
    m_standalone = new QCheckBox(tr("Sync &standalone scopes"), this);
    m_standalone->setObjectName(QStringLiteral("syncStandaloneScopes"));
    m_standalone->setChecked(initial.syncStandaloneScopes);
    form->addRow(QString(), m_standalone);
    m_description = new QLineEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    form->addRow(tr("&Description:"), m_description);

    m_certificateLabel = new QLabel(this);
    m_certificateLabel->setObjectName(QStringLiteral("certificate"));
    m_certificateLabel->setWordWrap(true);
    m_certificateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetch = new QPushButton(tr("&Fetch Certificate…"), this);
    m_fetch->setAutoDefault(false);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificateLabel, 1);
    certificateRow->addWidget(m_fetch);
    form->addRow(tr("Certificate:"), certificateRow);

    m_test = new QPushButton(tr("Test &Connection"), this);
    m_test->setAutoDefault(false);
    m_report = new ConnectionReportView(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetch, &QPushButton::clicked, this,
            [this] { QCoro::connect(fetchCertificate(), this, [] {}); });
    connect(m_test, &QPushButton::clicked, this,
            [this] { QCoro::connect(testConnection(), this, [] {}); });
    connect(m_https, &QCheckBox::toggled, this, [this](bool on) {
        m_verify->setEnabled(on);
        m_fetch->setEnabled(on);
        updateAddressState();
    });
    connect(m_hostname, &QLineEdit::textChanged, this, &ServerDialog::updateAddressState);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::updateAddressState);
    connect(m_token, &QLineEdit::textChanged, this, &ServerDialog::updateAddressState);
    m_verify->setEnabled(initial.useHttps);
    m_fetch->setEnabled(initial.useHttps);
    updateAddressState();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_report);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 640);
}

Server ServerDialog::server() const
{
    Server server = m_original.value_or(Server());
    server.name = m_name->text().trimmed();
    server.hostname = m_hostname->text().trimmed();
    server.port = m_port->value();
    server.useHttps = m_https->isChecked();
    server.verifySsl = m_verify->isChecked();
    server.timeoutSeconds = m_timeout->value();
    server.syncStandaloneScopes = m_standalone->isChecked();
    server.description = m_description->text();
    // A certificate fetched from another host or port is not saved for this one.
    server.certificate = certificateApplies() ? m_certificate : StoredCertificate();
    return server;
}

std::optional<QString> ServerDialog::token() const
{
    const QString typed = m_token->text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    return typed;
}

QString ServerDialog::validationError() const
{
    const Server s = server();
    if (s.name.isEmpty())
        return tr("Enter a name for the server.");
    if (s.hostname.isEmpty())
        return tr("Enter the host name or IP address of the PSU server.");
    if (!s.baseUrl().isValid())
        return tr("'%1' is not a valid host name or IP address.").arg(s.hostname);
    if (storedTokenNeedsConsent() && !m_sendStoredToken->isChecked())
        return tr("The address changed from %1 to %2: type the App Token for the new address, or "
                  "tick \"Send the stored App Token to the new address\".")
            .arg(addressText(m_original->useHttps, m_original->hostname, m_original->port),
                 addressText(s.useHttps, s.hostname, s.port));
    return {};
}

bool ServerDialog::addressChanged() const
{
    if (!m_original)
        return false;
    return !sameHost(m_hostname->text().trimmed(), m_original->hostname) ||
           m_port->value() != m_original->port || m_https->isChecked() != m_original->useHttps;
}

bool ServerDialog::certificateApplies() const
{
    return m_https->isChecked() && !m_certificate.isEmpty() &&
           sameHost(m_hostname->text().trimmed(), m_certificateHost) &&
           m_port->value() == m_certificatePort;
}

bool ServerDialog::storedTokenNeedsConsent() const
{
    if (!addressChanged() || !m_token->text().trimmed().isEmpty())
        return false;
    // A token the configuration file takes from the environment for the new host name replaces
    // the stored one, which then goes nowhere.
    return !m_overrides.tokenEnvironmentVariableFor(m_hostname->text().trimmed()).has_value();
}

void ServerDialog::updateAddressState()
{
    updateCertificateLabel();
    if (!m_original)
        return;
    const bool changed = addressChanged();
    const bool typed = !m_token->text().trimmed().isEmpty();
    m_sendStoredToken->setVisible(changed);
    m_sendStoredToken->setEnabled(storedTokenNeedsConsent());
    if (!changed) {
        m_sendStoredToken->setChecked(false);
        m_tokenHint->setText(tr("The stored token is never shown. A blank field keeps it; typing "
                                "a token replaces it."));
    } else if (typed) {
        m_tokenHint->setText(tr("The typed token replaces the stored one."));
    } else if (!storedTokenNeedsConsent()) {
        m_tokenHint->setText(tr("The configuration file takes this host's App Token from an "
                                "environment variable; the stored token is not sent."));
    } else {
        m_tokenHint->setText(
            tr("The address changed from %1: a blank field no longer keeps the stored token by "
               "itself. Type the new address's token, or tick the box below to send the stored "
               "one there.")
                .arg(addressText(m_original->useHttps, m_original->hostname, m_original->port)));
    }
}

void ServerDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void ServerDialog::updateCertificateLabel()
{
    m_certificateLabel->setToolTip(QString());
    if (!m_https->isChecked()) {
        m_certificateLabel->setText(tr("None: plain HTTP sends the App Token unencrypted."));
        return;
    }
    if (m_certificate.isEmpty()) {
        m_certificateLabel->setText(tr("None trusted; the system's certificate authorities "
                                       "apply."));
        return;
    }
    if (!certificateApplies()) {
        m_certificateLabel->setText(
            tr("The certificate trusted for %1:%2 does not apply to the new address; fetch the "
               "new one.")
                .arg(m_certificateHost)
                .arg(m_certificatePort));
        m_certificateLabel->setToolTip(m_certificate.sha256);
        return;
    }
    // The first bytes identify it at a glance; the whole fingerprint is in the tooltip.
    m_certificateLabel->setText(trustedCertificateSummary(m_certificate, m_name->text()));
    m_certificateLabel->setToolTip(m_certificate.sha256);
}

void ServerDialog::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy && m_https->isChecked());
    m_test->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

QCoro::Task<void> ServerDialog::fetchCertificate()
{
    QPointer<ServerDialog> self(this);
    const Server typed = server();
    if (typed.hostname.isEmpty()) {
        m_error->setText(tr("Enter the host name first."));
        m_error->show();
        co_return;
    }
    m_error->hide();
    setBusy(true);
    const QString name = typed.name.isEmpty() ? typed.hostname : typed.name;
    const QString host = typed.hostname;
    const quint16 port = quint16(typed.port);
    // The old address's certificate is no "previous" one to compare the new address's with.
    const StoredCertificate current = certificateApplies() ? m_certificate : StoredCertificate();
    const TrustDecision decision = co_await fetchAndAskTrust(this, name, host, port, current);
    if (!self)
        co_return; // the dialog was closed meanwhile
    setBusy(false);
    if (!decision.error.isEmpty()) {
        m_error->setText(decision.error);
        m_error->show();
    }
    if (decision.trusted) {
        m_certificate = *decision.trusted;
        m_certificateHost = host;
        m_certificatePort = port;
        updateCertificateLabel();
    }
}

QCoro::Task<void> ServerDialog::testConnection()
{
    QPointer<ServerDialog> self(this);
    const Server typed = server();
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        co_return;
    }
    m_error->hide();
    setBusy(true);
    m_report->showRunning(typed.baseUrl().toString());

    // The typed token wins; otherwise the one the sync would use once saved (config override for
    // the typed host name, environment, keychain). validationError() has already refused a
    // changed address without the admin's consent to send the stored token there.
    QString tokenText = m_token->text().trimmed();
    if (tokenText.isEmpty() && m_original && m_secrets) {
        PsuTokenResolver resolver(m_overrides, *m_secrets);
        Server lookup = *m_original;
        lookup.hostname = typed.hostname;
        const auto resolved = co_await resolver.resolve(lookup);
        if (!self)
            co_return;
        if (resolved)
            tokenText = resolved->token;
    }
    ConnectionTester tester;
    const HttpSessionConfig config = PsuClient::sessionConfig(typed, tokenText);
    const ConnectionReport report = co_await tester.testPsu(config);
    if (!self)
        co_return;
    setBusy(false);
    m_report->showReport(report);
    if (report.untrustedCertificateStep()) {
        m_error->setText(tr("The server's certificate is not trusted: check it with Fetch "
                            "Certificate."));
        m_error->show();
    }
}

} // namespace leaselink
