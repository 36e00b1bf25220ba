#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace leaselink {

namespace {

const QString iconPath =
    QStringLiteral(":/leaselink/resources/icons/io.github.leaselink.LeaseLink.svg");

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString componentsHtml()
{
    QString rows;
    for (const AboutDialog::Component &component : AboutDialog::components())
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>&nbsp;%3</td></tr>")
                    .arg(component.url.toHtmlEscaped(), component.name.toHtmlEscaped(),
                         component.licence.toHtmlEscaped());
    return QStringLiteral("<table>") + rows + QStringLiteral("</table>");
}

} // namespace

QList<AboutDialog::Component> AboutDialog::components()
{
    // Keep in step with THIRD-PARTY-NOTICES.txt, which the packages install.
    return {
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("QCoro"), QStringLiteral("MIT"),
         QStringLiteral("https://github.com/qcoro/qcoro")},
        {QStringLiteral("SQLite"), QStringLiteral("blessing (public domain)"),
         QStringLiteral("https://www.sqlite.org/copyright.html")},
        {QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://www.openssl.org/source/license.html")},
    };
}

QString AboutDialog::versionText()
{
    return QStringLiteral("LeaseLink ") + QCoreApplication::applicationVersion();
}

QString AboutDialog::licenceText()
{
    return readResource(QStringLiteral(":/leaselink/LICENSE")) + QStringLiteral("\n\n") +
           readResource(QStringLiteral(":/leaselink/THIRD-PARTY-NOTICES.txt"));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About LeaseLink"));
    setWindowIcon(QIcon(iconPath));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *version = new QLabel(
        QStringLiteral("<h2>") + versionText().toHtmlEscaped() + QStringLiteral("</h2>"), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *summary =
        new QLabel(tr("<p>Keeps Windows DHCP servers and NetBox IPAM in step.</p>"
                      "<p>Built with Qt %1, running on Qt %2.</p>"
                      "<p>Copyright © 2026 The LeaseLink developers.<br>"
                      "Released under the MIT License.</p>"
                      "<p>LeaseLink uses these libraries under their own licences:</p>")
                           .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())) +
                       componentsHtml(),
                   this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    summary->setOpenExternalLinks(true);
    summary->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *aboutPage = new QWidget(this);
    auto *aboutText = new QVBoxLayout;
    aboutText->addWidget(version);
    aboutText->addWidget(summary);
    aboutText->addStretch();
    auto *aboutLayout = new QHBoxLayout(aboutPage);
    aboutLayout->addWidget(icon);
    aboutLayout->addLayout(aboutText, 1);

    auto *licences = new QPlainTextEdit(licenceText(), this);
    licences->setObjectName(QStringLiteral("licenceText"));
    licences->setReadOnly(true);
    licences->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(aboutPage, tr("&About"));
    tabs->addTab(licences, tr("&Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, 480);
}

} // namespace leaselink
