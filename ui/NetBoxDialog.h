#pragma once

#include "store/NetBoxConnection.h"

#include <QDialog>

#include <QCoroTask>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leaselink {

class ConnectionReportView;
class SecretStore;

// The NetBox connection (issue 6 "Admin → NetBox connection"): URL, TLS verification, the API
// token (write-only; blank keeps the stored one), Fetch Certificate with the trust dialog, and
// Test Connection with the values as typed. The caller saves connection() and token().
//
// As in the server dialog, a trusted certificate belongs to the host and port it came from: a
// changed URL host or port shows that the old one does not apply and connection() carries none.
// And the stored API token is not sent to a changed scheme, host or port silently: with a blank
// token field, Save and Test Connection need the "Send the stored API token to the new address"
// tick, or a new token.
class NetBoxDialog : public QDialog
{
    Q_OBJECT

public:
    NetBoxDialog(std::optional<NetBoxConnection> current, SecretStore *secrets,
                 QWidget *parent = nullptr);

    NetBoxConnection connection() const;
    std::optional<QString> token() const;
    QString validationError() const;
    // Editing, and the typed URL's scheme, host or port differ from the stored URL's.
    bool addressChanged() const;
    // The trusted certificate was fetched from the typed URL's host and port (https only).
    bool certificateApplies() const;
    // A blank token field would send the stored token to a changed address.
    bool storedTokenNeedsConsent() const;

    void accept() override;

    QCoro::Task<void> fetchCertificate();
    QCoro::Task<void> testConnection();

private:
    void updateCertificateLabel();
    void updateAddressState();
    void showError(const QString &text);

    std::optional<NetBoxConnection> m_current;
    SecretStore *m_secrets;
    StoredCertificate m_certificate;
    // Where m_certificate was fetched from.
    QString m_certificateHost;
    int m_certificatePort = 0;

    QLineEdit *m_url = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenHint = nullptr;
    QCheckBox *m_sendStoredToken = nullptr;
    QLabel *m_certificateLabel = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_test = nullptr;
    ConnectionReportView *m_report = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace leaselink
