#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QPushButton;

namespace leaselink {

// `leaselink --demo`'s one-time welcome: what runs where, and each lab service's SHA-256
// fingerprint (also printed on the terminal by the lab) to compare with what the certificate
// trust dialog shows on the first connection, exactly as an admin compares with the real server.
// "Connect and Check Certificates" asks for every service at once; Close leaves it to the first
// Import from Server or Sync.
class DemoWelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Service
    {
        QString name;
        QString url;
        QString fingerprint;
    };

    DemoWelcomeDialog(const QList<Service> &services, QWidget *parent = nullptr);

    QPushButton *checkButton() const { return m_check; }

Q_SIGNALS:
    void checkCertificatesRequested();

private:
    QPushButton *m_check = nullptr;
};

} // namespace leaselink
