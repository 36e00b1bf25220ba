#include "NetBoxDialog.h"

#include "CertificateTrust.h"
#include "ConnectionReportView.h"

#include "net/ConnectionTester.h"
#include "net/netbox/NetBoxClient.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
}

QString addressText(const QUrl &url)
{
    return QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(effectivePort(url));
}

} // namespace

NetBoxDialog::NetBoxDialog(std::optional<NetBoxConnection> current, SecretStore *secrets,
                           QWidget *parent)
    : QDialog(parent)
    , m_current(std::move(current))
    , m_secrets(secrets)
{
    setWindowTitle(tr("NetBox Connection"));
    const NetBoxConnection initial = m_current.value_or(NetBoxConnection());
    m_certificate = initial.certificate;
    m_certificateHost = initial.url.host();
    m_certificatePort = effectivePort(initial.url);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(initial.url.toString(), this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://netbox.example.com/"));
    form->addRow(tr("&URL:"), m_url);
    m_verify = new QCheckBox(tr("&Verify the TLS certificate"), this);
    m_verify->setObjectName(QStringLiteral("verifySsl"));
    m_verify->setChecked(initial.verifySsl);
    form->addRow(QString(), m_verify);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_current ? tr("Leave blank to keep the stored token")
                                          : tr("NetBox API token (v1 or nbt_… v2)"));
    form->addRow(tr("API &token:"), m_token);
    if (m_current) {
        m_tokenHint = new QLabel(this);
        m_tokenHint->setObjectName(QStringLiteral("tokenHint"));
        m_tokenHint->setWordWrap(true);
        form->addRow(QString(), m_tokenHint);
        m_sendStoredToken =
            new QCheckBox(tr("Send the stored API token to the new &address"), this);
        m_sendStoredToken->setObjectName(QStringLiteral("sendStoredToken"));
        form->addRow(QString(), m_sendStoredToken);
    }

    m_certificateLabel = new QLabel(this);
    m_certificateLabel->setObjectName(QStringLiteral("certificate"));
    m_certificateLabel->setWordWrap(true);
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
    connect(buttons, &QDialogButtonBox::accepted, this, &NetBoxDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetch, &QPushButton::clicked, this,
            [this] { QCoro::connect(fetchCertificate(), this, [] {}); });
    connect(m_test, &QPushButton::clicked, this,
            [this] { QCoro::connect(testConnection(), this, [] {}); });
    connect(m_url, &QLineEdit::textChanged, this, &NetBoxDialog::updateAddressState);
    connect(m_token, &QLineEdit::textChanged, this, &NetBoxDialog::updateAddressState);
    updateAddressState();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_report);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 460);
}

NetBoxConnection NetBoxDialog::connection() const
{
    NetBoxConnection connection = m_current.value_or(NetBoxConnection());
    connection.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    connection.verifySsl = m_verify->isChecked();
    // A certificate fetched from another host or port is not saved for this one.
    connection.certificate = certificateApplies() ? m_certificate : StoredCertificate();
    return connection;
}

std::optional<QString> NetBoxDialog::token() const
{
    const QString typed = m_token->text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    return typed;
}

QString NetBoxDialog::validationError() const
{
    const QUrl url = connection().url;
    if (m_url->text().trimmed().isEmpty())
        return tr("Enter the NetBox URL.");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("'%1' is not an http:// or https:// address with a host name.")
            .arg(m_url->text().trimmed());
    if (storedTokenNeedsConsent() && !m_sendStoredToken->isChecked())
        return tr("The address changed from %1 to %2: type the API token for the new address, or "
                  "tick \"Send the stored API token to the new address\".")
            .arg(addressText(m_current->url), addressText(url));
    return {};
}

bool NetBoxDialog::addressChanged() const
{
    if (!m_current || m_current->url.isEmpty())
        return false;
    const QUrl typed(m_url->text().trimmed(), QUrl::StrictMode);
    const QUrl &stored = m_current->url;
    // QUrl lower-cases the host and scheme it parses.
    return typed.scheme() != stored.scheme() || typed.host() != stored.host() ||
           effectivePort(typed) != effectivePort(stored);
}

bool NetBoxDialog::certificateApplies() const
{
    const QUrl typed(m_url->text().trimmed(), QUrl::StrictMode);
    return typed.scheme() == QLatin1String("https") && !m_certificate.isEmpty() &&
           typed.host() == m_certificateHost && effectivePort(typed) == m_certificatePort;
}

bool NetBoxDialog::storedTokenNeedsConsent() const
{
    return addressChanged() && m_token->text().trimmed().isEmpty();
}

void NetBoxDialog::updateAddressState()
{
    updateCertificateLabel();
    if (!m_current)
        return;
    const bool changed = addressChanged();
    m_sendStoredToken->setVisible(changed);
    m_sendStoredToken->setEnabled(storedTokenNeedsConsent());
    if (!changed) {
        m_sendStoredToken->setChecked(false);
        m_tokenHint->setText(tr("The stored token is never shown. A blank field keeps it; typing "
                                "a token replaces it."));
    } else if (!m_token->text().trimmed().isEmpty()) {
        m_tokenHint->setText(tr("The typed token replaces the stored one."));
    } else {
        m_tokenHint->setText(
            tr("The address changed from %1: a blank field no longer keeps the stored token by "
               "itself. Type the new address's token, or tick the box below to send the stored "
               "one there.")
                .arg(addressText(m_current->url)));
    }
}

void NetBoxDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    QDialog::accept();
}

void NetBoxDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NetBoxDialog::updateCertificateLabel()
{
    m_certificateLabel->setToolTip(QString());
    if (!m_url->text().trimmed().startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        m_certificateLabel->setText(tr("None: use https:// so the API token is encrypted."));
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
    m_certificateLabel->setText(trustedCertificateSummary(m_certificate, QStringLiteral("NetBox")));
    m_certificateLabel->setToolTip(m_certificate.sha256);
}

QCoro::Task<void> NetBoxDialog::fetchCertificate()
{
    QPointer<NetBoxDialog> self(this);
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        co_return;
    }
    const QUrl url = connection().url;
    if (url.scheme() != QLatin1String("https")) {
        showError(tr("NetBox is reached over HTTP: there is no certificate to check."));
        co_return;
    }
    showError(QString());
    m_fetch->setEnabled(false);
    const QString host = url.host();
    const quint16 port = quint16(url.port(443));
    // The old address's certificate is no "previous" one to compare the new address's with.
    const StoredCertificate current = certificateApplies() ? m_certificate : StoredCertificate();
    const TrustDecision decision =
        co_await fetchAndAskTrust(this, QStringLiteral("NetBox"), host, port, current);
    if (!self)
        co_return;
    m_fetch->setEnabled(true);
    showError(decision.error);
    if (decision.trusted) {
        m_certificate = *decision.trusted;
        m_certificateHost = host;
        m_certificatePort = port;
        updateCertificateLabel();
    }
}

QCoro::Task<void> NetBoxDialog::testConnection()
{
    QPointer<NetBoxDialog> self(this);
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        co_return;
    }
    showError(QString());
    m_test->setEnabled(false);
    const NetBoxConnection typed = connection();
    m_report->showRunning(typed.url.toString());
    QString tokenText = m_token->text().trimmed();
    if (tokenText.isEmpty() && m_secrets) {
        const auto stored = co_await m_secrets->read(SecretKey::netBoxApiToken());
        if (!self)
            co_return;
        if (stored)
            tokenText = *stored;
    }
    ConnectionTester tester;
    const HttpSessionConfig config = NetBoxClient::sessionConfig(typed, tokenText);
    const ConnectionReport report = co_await tester.testNetBox(config);
    if (!self)
        co_return;
    m_test->setEnabled(true);
    m_report->showReport(report);
    if (report.untrustedCertificateStep())
        showError(tr("NetBox's certificate is not trusted: check it with Fetch Certificate."));
}

} // namespace leaselink
