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

    void accept() override;

    QCoro::Task<void> fetchCertificate();
    QCoro::Task<void> testConnection();

Q_SIGNALS:
    void busyChanged(bool busy); // a certificate fetch or a test is running

private:
    void updateCertificateLabel();
    void setBusy(bool busy);

    std::optional<Server> m_original;
    SecretStore *m_secrets;
    ConfigOverrides m_overrides;
    StoredCertificate m_certificate;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_hostname = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_https = nullptr;
    QCheckBox *m_verify = nullptr;
    QLineEdit *m_token = nullptr;
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
