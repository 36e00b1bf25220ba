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
class NetBoxDialog : public QDialog
{
    Q_OBJECT

public:
    NetBoxDialog(std::optional<NetBoxConnection> current, SecretStore *secrets,
                 QWidget *parent = nullptr);

    NetBoxConnection connection() const;
    std::optional<QString> token() const;
    QString validationError() const;

    void accept() override;

    QCoro::Task<void> fetchCertificate();
    QCoro::Task<void> testConnection();

private:
    void updateCertificateLabel();
    void showError(const QString &text);

    std::optional<NetBoxConnection> m_current;
    SecretStore *m_secrets;
    StoredCertificate m_certificate;

    QLineEdit *m_url = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_certificateLabel = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_test = nullptr;
    ConnectionReportView *m_report = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace leaselink
