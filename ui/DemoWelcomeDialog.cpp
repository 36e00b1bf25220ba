#include "DemoWelcomeDialog.h"

#include "CertificateTrustDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace leaselink {

DemoWelcomeDialog::DemoWelcomeDialog(const QList<Service> &services, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("LeaseLink Demo"));
    setObjectName(QStringLiteral("demoWelcome"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<h3>Welcome to the LeaseLink demo</h3>"
           "<p>A lab runs inside LeaseLink on this computer: simulated Windows DHCP servers "
           "(a failover pair and a standalone server, 60 scopes, about 10,000 leases) and a "
           "simulated NetBox, all over HTTPS. The demo data lives in a temporary folder and is "
           "gone when you quit; the lab's tokens are kept in memory only.</p>"
           "<p>The certificates are <b>not trusted yet</b>. On the first connection LeaseLink "
           "shows each certificate: compare its SHA-256 fingerprint with the one below (the "
           "lab also printed them on the terminal), tick the box and trust it — just as you "
           "would compare with the certificate on a real server.</p>"
           "<p>Then select a server and use <b>Import from Server</b> (Ctrl+I), and "
           "<b>Sync All Servers</b> (Ctrl+Shift+R) → <b>Preview changes</b> → <b>Apply</b>.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    QString table = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const Service &service : services) {
        const QString grouped = CertificateTrustDialog::groupedFingerprint(service.fingerprint)
                                    .toHtmlEscaped()
                                    .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        table += QStringLiteral("<tr><td valign='top'><b>%1</b><br>%2</td>"
                                "<td><tt>%3</tt></td></tr>")
                     .arg(service.name.toHtmlEscaped(), service.url.toHtmlEscaped(), grouped);
    }
    table += QStringLiteral("</table>");
    auto *fingerprints = new QTextBrowser(this);
    fingerprints->setObjectName(QStringLiteral("demoFingerprints"));
    fingerprints->setAccessibleName(tr("Lab certificate fingerprints"));
    fingerprints->setHtml(table);
    fingerprints->setMinimumHeight(220);
    layout->addWidget(fingerprints, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_check =
        buttons->addButton(tr("Connect and &Check Certificates…"), QDialogButtonBox::AcceptRole);
    m_check->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT checkCertificatesRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace leaselink
