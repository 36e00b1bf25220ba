#include "CertificateTrustDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leaselink {

namespace {

QPlainTextEdit *fingerprintField(const QString &text, QWidget *parent)
{
    auto *field = new QPlainTextEdit(text, parent);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = int(text.count(QLatin1Char('\n'))) + 1;
    field->setFixedHeight(field->fontMetrics().lineSpacing() * lines + 14);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QString(24, QLatin1Char('0'))) +
                           30);
    return field;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString CertificateTrustDialog::groupedFingerprint(const QString &fingerprint)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 8)
        lines << bytes.mid(i, 8).join(QLatin1Char(':'));
    return lines.join(QLatin1Char('\n'));
}

CertificateTrustDialog::CertificateTrustDialog(const QString &serviceName,
                                               const CertificateProbeResult &probe,
                                               const QString &previousFingerprint, QWidget *parent,
                                               const QDateTime &previousNotAfter)
    : QDialog(parent)
{
    const bool changed = !previousFingerprint.isEmpty();
    setWindowTitle(changed ? tr("Certificate of %1 has changed").arg(serviceName)
                           : tr("Trust the certificate of %1?").arg(serviceName));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (changed) {
        intro->setText(tr("<p><b>Warning:</b> %1 now presents a different certificate from the "
                          "one you trusted. Someone may be intercepting the connection, or the "
                          "server got a new certificate. Confirm the new fingerprint with the "
                          "server's administrator before trusting it.</p>")
                           .arg(serviceName.toHtmlEscaped()));
    } else {
        intro->setText(tr("<p>%1:%2 presents a certificate this computer does not trust. Compare "
                          "its SHA-256 fingerprint with the one on the server (for example "
                          "from the certificate store of the PSU host) before trusting it. No "
                          "token is sent until you do.</p>")
                           .arg(probe.host.toHtmlEscaped())
                           .arg(probe.port));
    }
    layout->addWidget(intro);

    if (!probe.chain.isEmpty()) {
        const CertificateInfo &leaf = probe.leaf();
        auto *details = new QGroupBox(tr("Presented certificate"), this);
        auto *form = new QFormLayout(details);
        form->addRow(tr("Subject:"), selectableLabel(leaf.subject, details));
        form->addRow(tr("Names:"),
                     selectableLabel(leaf.subjectAltNames.join(QStringLiteral(", ")), details));
        form->addRow(
            tr("Issuer:"),
            selectableLabel(leaf.selfSigned ? tr("%1 (self-signed)").arg(leaf.issuer) : leaf.issuer,
                            details));
        const QString daysLeft = leaf.daysLeft < 0
                                     ? tr("expired %n day(s) ago", nullptr, int(-leaf.daysLeft))
                                     : tr("%n day(s) left", nullptr, int(leaf.daysLeft));
        form->addRow(
            tr("Valid:"),
            selectableLabel(
                tr("%1 to %2 (%3)")
                    .arg(QLocale().toString(leaf.notBefore.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString(leaf.notAfter.toLocalTime(), QLocale::ShortFormat),
                         daysLeft),
                details));
        form->addRow(tr("Serial:"), selectableLabel(leaf.serial, details));
        if (changed)
            form->addRow(tr("Trusted SHA-256:"),
                         fingerprintField(groupedFingerprint(previousFingerprint), details));
        if (changed && previousNotAfter.isValid()) {
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(previousNotAfter);
            const QString left = days < 0 ? tr("expired %n day(s) ago", nullptr, int(-days))
                                          : tr("%n day(s) left", nullptr, int(days));
            auto *expiry = selectableLabel(
                tr("%1 (%2)").arg(
                    QLocale().toString(previousNotAfter.toLocalTime(), QLocale::ShortFormat), left),
                details);
            expiry->setObjectName(QStringLiteral("trustedExpiry"));
            form->addRow(tr("Trusted until:"), expiry);
        }
        auto *fingerprint = fingerprintField(groupedFingerprint(leaf.sha256Fingerprint), details);
        fingerprint->setObjectName(QStringLiteral("fingerprint"));
        form->addRow(changed ? tr("New SHA-256:") : tr("SHA-256:"), fingerprint);
        auto *copy = new QPushButton(tr("&Copy fingerprint"), details);
        copy->setAutoDefault(false);
        connect(copy, &QPushButton::clicked, this,
                [sha = leaf.sha256Fingerprint] { QApplication::clipboard()->setText(sha); });
        form->addRow(QString(), copy);
        form->addRow(tr("SPKI SHA-256 pin:"), selectableLabel(leaf.spkiSha256Pin, details));
        layout->addWidget(details);
    }
    for (const QString &finding : probe.findings) {
        auto *label = new QLabel(QStringLiteral("⚠ ") + finding, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }

    m_compared = new QCheckBox(
        tr("&I have compared this fingerprint with the certificate on the server"), this);
    layout->addWidget(m_compared);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust and Save"), QDialogButtonBox::AcceptRole);
    m_trust->setEnabled(false);
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(m_compared, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (probe.chain.isEmpty())
        m_compared->setEnabled(false);
}

} // namespace leaselink
