#include "ConnectionReportText.h"
#include "CliText.h"

#include "CertificateText.h"

#include <QJsonArray>

namespace leaselink::cli {

namespace {

QString mark(ConnectionStep::Outcome outcome)
{
    switch (outcome) {
    case ConnectionStep::Outcome::Ok:
        return QStringLiteral("[ ok ]");
    case ConnectionStep::Outcome::Warning:
        return QStringLiteral("[warn]");
    case ConnectionStep::Outcome::Failed:
        return QStringLiteral("[FAIL]");
    case ConnectionStep::Outcome::Skipped:
        break;
    }
    return QStringLiteral("[ -- ]");
}

} // namespace

QString ConnectionReportText::render(const ConnectionReport &report)
{
    QString text = CliText::tr("Test Connection: %1\n").arg(report.target);
    for (const ConnectionStep &step : report.steps) {
        const QString label = step.name + QLatin1Char(':');
        text +=
            QStringLiteral("%1 %2 %3\n").arg(mark(step.outcome)).arg(label, -30).arg(step.message);
        if (step.outcome == ConnectionStep::Outcome::Failed && !step.detail.isEmpty())
            text += QStringLiteral("       %1\n").arg(step.detail);
        if (step.certificate)
            text += CertificateText::describe(*step.certificate);
    }
    text += report.ok() ? CliText::tr("Result: every step passed.\n")
                        : QStringLiteral("Result: FAILED.\n");
    return text;
}

QJsonObject ConnectionReportText::toJson(const ConnectionReport &report)
{
    QJsonArray steps;
    for (const ConnectionStep &step : report.steps) {
        QJsonObject json{{QStringLiteral("name"), step.name},
                         {QStringLiteral("outcome"), ConnectionStep::outcomeName(step.outcome)},
                         {QStringLiteral("message"), step.message},
                         {QStringLiteral("detail"), step.detail}};
        if (step.certificate)
            json.insert(QStringLiteral("certificate"), CertificateText::toJson(*step.certificate));
        steps.append(json);
    }
    return QJsonObject{{QStringLiteral("target"), report.target},
                       {QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("steps"), steps}};
}

} // namespace leaselink::cli
