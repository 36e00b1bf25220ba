#pragma once

#include "config/ConfigOverrides.h"
#include "domain/Server.h"

#include <QDialog>

#include <QCoroTask>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace leaselink {

class ConnectionReportView;
class SecretStore;

// Add or edit a DHCP server (issue 6 "Server dialog"). The App Token field is write-only: on
// edit a blank field keeps the stored token, and the dialog says so. Fetch Certificate shows the
// trust dialog inline; Test Connection runs with the values as typed, before anything is saved.
// The dialog never writes to the cache or the keychain itself: the caller saves server() and
// token() after it is accepted.
//
// A trusted certificate belongs to the host and port it was fetched from: when either changes
// the certificate line says the old one does not apply and server() carries none until the new
// address's certificate is fetched. The stored App Token is not sent to a changed address
// (host, port or HTTPS) silently either: with a blank token field, Save and Test Connection
// need the explicit "Send the stored App Token to the new address" tick, or a new token.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    // server: the stored server when editing, std::nullopt when adding.
    ServerDialog(std::optional<Server> server, SecretStore *secrets, ConfigOverrides overrides,
                 QWidget *parent = nullptr);

    Server server() const;
    // The token to store: std::nullopt = keep the stored one (edit) or none (add).
    std::optional<QString> token() const;
    // The first reason the values cannot be saved, "" when they can.
    QString validationError() const;
    // Editing, and the typed host name, port or HTTPS differ from the stored server's.
    bool addressChanged() const;
    // The trusted certificate was fetched from the typed host and port (and HTTPS is on).
    bool certificateApplies() const;
    // A blank token field would send the stored token to a changed address: Save and Test
    // Connection wait for the "Send the stored App Token" tick.
    bool storedTokenNeedsConsent() const;

    void accept() override;

    QCoro::Task<void> fetchCertificate();
    QCoro::Task<void> testConnection();

Q_SIGNALS:
    void busyChanged(bool busy); // a certificate fetch or a test is running

private:
    void updateCertificateLabel();
    void updateAddressState();
    void setBusy(bool busy);

    std::optional<Server> m_original;
    SecretStore *m_secrets;
    ConfigOverrides m_overrides;
    StoredCertificate m_certificate;
    // Where m_certificate was fetched from.
    QString m_certificateHost;
    int m_certificatePort = 0;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_hostname = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_https = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHint = nullptr;
    QCheckBox *m_sendStoredToken = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_standalone = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_certificateLabel = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_test = nullptr;
    ConnectionReportView *m_report = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace leaselink
