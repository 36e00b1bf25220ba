#include "ServerConnectionCommand.h"
#include "CliText.h"

#include "CertificateTrustFlow.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Confirmation.h"
#include "ConnectionReportText.h"
#include "ExitCode.h"
#include "TokenInput.h"

#include "config/PsuTokenResolver.h"
#include "net/CertificateInfo.h"
#include "net/ConnectionHealth.h"
#include "net/ConnectionTester.h"
#include "net/psu/PsuClient.h"
#include "store/ServerRepository.h"

#include <QJsonDocument>

#include <iostream>
#include <string>

namespace leaselink::cli {

namespace {

const QString TrustOption = QStringLiteral("trust-fingerprint");

// Parses NAME plus options and loads the server; exitCode is set when it returns nullopt.
const QString IgnoreMaintenanceOption = QStringLiteral("ignore-maintenance");

QCommandLineOption ignoreMaintenanceOption()
{
    return QCommandLineOption(IgnoreMaintenanceOption,
                              CliText::tr("Contact the server although it is in maintenance."));
}

// C-20 / LL-67: contacting a server in maintenance needs a confirmation; scripts give
// --ignore-maintenance, a terminal is asked. Returns false (after saying why) when refused.
bool maintenanceConfirmed(CliContext &context, const CommandLine &line, const Server &server)
{
    if (!server.maintenance.enabled || line.isSet(IgnoreMaintenanceOption))
        return true;
    QString since = server.maintenance.enabledAt.toUTC().toString(Qt::ISODate);
    if (!server.maintenance.enabledBy.isEmpty())
        since += QStringLiteral(" by ") + server.maintenance.enabledBy;
    const QString question =
        CliText::tr("Server '%1' is in maintenance (since %2). Contact it anyway?")
            .arg(server.name, since);
    if (!TokenInput::canPrompt()) {
        context.output().error(question + CliText::tr(" No request was sent; give "
                                                      "--ignore-maintenance to contact it."));
        return false;
    }
    context.output().err() << question << " [y/N] " << Qt::flush;
    std::string answer;
    std::getline(std::cin, answer);
    if (answer == "y" || answer == "Y" || answer == "yes")
        return true;
    context.output().error(CliText::tr("cancelled; no request was sent"));
    return false;
}

std::optional<Server> loadServer(CliContext &context, CommandLine &line, const QStringList &args,
                                 int *exitCode, bool maintenanceGate = false)
{
    if (const auto stop = line.parseOrStop(context.output(), args, 1, 1)) {
        *exitCode = *stop;
        return std::nullopt;
    }
    const auto found = context.serverNamed(line.positional().first());
    if (!found) {
        *exitCode = found.error();
        return std::nullopt;
    }
    if (maintenanceGate && !maintenanceConfirmed(context, line, *found)) {
        *exitCode = ExitCode::Usage;
        return std::nullopt;
    }
    return *found;
}

QCommandLineOption trustOption()
{
    // --fingerprint is the short form scripts use with 'trust' (issue 5's command forms).
    return QCommandLineOption(QStringList{TrustOption, QStringLiteral("fingerprint")},
                              CliText::tr("Trust the server's certificate when its SHA-256 "
                                          "fingerprint is exactly FP (compare it with the "
                                          "server's own first)."),
                              QStringLiteral("FP"));
}

} // namespace

QString ServerConnectionCommand::summary()
{
    return CliText::tr(
        "  servers test-connection NAME [--trust-fingerprint FP] [--json]\n"
        "                              [--ignore-maintenance]\n"
        "      Check reachability, TLS, the App Token, read and write access and the PSU\n"
        "      script version, one step at a time. Changes nothing on the server.\n"
        "  servers certificate NAME\n"
        "      Show the certificate the server presents next to the one trusted for it.\n"
        "  servers trust NAME --fingerprint FP\n"
        "      Trust the server's certificate if its SHA-256 fingerprint is exactly FP.\n"
        "  servers untrust NAME [--yes]\n"
        "      Forget the certificate trusted for the server.\n"
        "  A server in maintenance is contacted only after confirmation (on a terminal) or\n"
        "  with --ignore-maintenance.\n");
}

bool ServerConnectionCommand::handles(const QString &action)
{
    return action == QLatin1String("test-connection") || action == QLatin1String("certificate") ||
           action == QLatin1String("trust") || action == QLatin1String("untrust");
}

QCoro::Task<int> ServerConnectionCommand::run(CliContext &context, QString action, QStringList args)
{
    if (action == QLatin1String("test-connection"))
        co_return co_await testConnection(context, std::move(args));
    if (action == QLatin1String("untrust"))
        co_return co_await untrust(context, std::move(args));
    co_return co_await certificate(context, std::move(args), action == QLatin1String("trust"));
}

QCoro::Task<int> ServerConnectionCommand::testConnection(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers test-connection NAME [--trust-fingerprint FP] "
                                    "[--json]"));
    line.addOption(trustOption());
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    line.addOption(ignoreMaintenanceOption());
    int exitCode = ExitCode::Ok;
    auto server = loadServer(context, line, args, &exitCode, true);
    if (!server)
        co_return exitCode;

    PsuTokenResolver resolver(context.configOverrides(), context.secrets());
    const auto token = co_await resolver.resolve(*server);
    if (!token && token.error().kind != SecretErrorKind::NotFound)
        context.output().error(QStringLiteral("warning: ") + token.error().message);
    else if (!token &&
             !context.configOverrides().tokenEnvironmentVariableFor(server->hostname).has_value())
        context.output().error(
            CliText::tr("warning: no App Token stored for '%1'").arg(server->name));
    else if (!token)
        context.output().error(token.error().message);

    ConnectionTester tester;
    QString tokenText;
    if (token)
        tokenText = token->token;
    HttpSessionConfig config = PsuClient::sessionConfig(*server, tokenText);
    ConnectionReport report = co_await tester.testPsu(config);

    const QString fingerprint = line.value(TrustOption);
    if (report.untrustedCertificateStep() && !fingerprint.isEmpty()) {
        const ConnectionStep *tls = report.untrustedCertificateStep();
        QString reason;
        if (CertificateTrustFlow::fingerprintMatches(fingerprint, server->name, *tls->certificate,
                                                     server->certificate.sha256, &reason)) {
            const auto stored = ServerRepository(*context.database())
                                    .setCertificate(server->id, tls->certificate->toStored());
            if (!stored) {
                context.output().error(stored.error().message);
                co_return ExitCode::DataError;
            }
            context.output().error(CliText::tr("Trusted the certificate %1 for '%2'.")
                                       .arg(stored->certificate.sha256, server->name));
            config.trustedCertificate = stored->certificate;
            report = co_await tester.testPsu(config);
        } else {
            context.output().error(reason);
        }
    }

    // The Servers view and 'servers list' show what this test found.
    if (auto saved = recordConnectionHealth(*context.database(), *server, report,
                                            QDateTime::currentDateTimeUtc());
        !saved)
        context.output().error(CliText::tr("warning: the result was not saved: ") +
                               saved.error().message);

    if (line.isSet(QStringLiteral("json")))
        context.output().out()
            << QJsonDocument(ConnectionReportText::toJson(report)).toJson(QJsonDocument::Compact)
            << '\n';
    else
        context.output().out() << ConnectionReportText::render(report);
    const QString expiry =
        CertificateInfo::storedExpiryNotice(config.trustedCertificate, server->name);
    if (!expiry.isEmpty())
        context.output().error(QStringLiteral("warning: ") + expiry);
    if (report.ok())
        co_return ExitCode::Ok;
    co_return report.untrustedCertificateStep() ? ExitCode::CertificateNotTrusted
                                                : ExitCode::Unreachable;
}

QCoro::Task<int> ServerConnectionCommand::certificate(CliContext &context, QStringList args,
                                                      bool trust)
{
    QString usage = QStringLiteral("servers certificate NAME");
    if (trust)
        usage = QStringLiteral("servers trust NAME --fingerprint FP");
    CommandLine line(usage);
    if (trust)
        line.addOption(trustOption());
    line.addOption(ignoreMaintenanceOption());
    int exitCode = ExitCode::Ok;
    auto server = loadServer(context, line, args, &exitCode, true);
    if (!server)
        co_return exitCode;
    if (!server->useHttps) {
        context.output().error(CliText::tr("server '%1' uses HTTP: there is no certificate "
                                           "to check (and its App Token travels in clear "
                                           "text)")
                                   .arg(server->name));
        co_return ExitCode::Usage;
    }
    if (trust && line.value(TrustOption).isEmpty()) {
        context.output().error(CliText::tr("--fingerprint FP is required; see the "
                                           "fingerprint with 'servers certificate %1'")
                                   .arg(server->name));
        co_return ExitCode::Usage;
    }
    if (!server->certificate.isEmpty()) {
        context.output().line(CliText::tr("Trusted for %1: SHA-256 %2, expires %3")
                                  .arg(server->name, server->certificate.sha256,
                                       server->certificate.notAfter.toString(Qt::ISODate)));
        const QString expiry =
            CertificateInfo::storedExpiryNotice(server->certificate, server->name);
        if (!expiry.isEmpty())
            context.output().error(QStringLiteral("warning: ") + expiry);
    }
    // Arguments prepared as locals: g++ 12 mishandles temporaries of a ?: inside co_await.
    QString expected;
    if (trust)
        expected = line.value(TrustOption);
    const quint16 port = quint16(server->port);
    const auto result = co_await CertificateTrustFlow::run(
        context.output(), server->name, server->hostname, port, server->certificate, expected);
    if (!trust) {
        // Showing is not trusting: a changed or untrusted certificate is still reported.
        co_return result.exitCode == ExitCode::CertificateNotTrusted ? ExitCode::Ok
                                                                     : result.exitCode;
    }
    if (!result.toStore)
        co_return result.exitCode;
    const auto stored =
        ServerRepository(*context.database()).setCertificate(server->id, *result.toStore);
    if (!stored) {
        context.output().error(stored.error().message);
        co_return ExitCode::DataError;
    }
    context.output().line(CliText::tr("Saved. Requests to '%1' now accept this certificate "
                                      "and no other.")
                              .arg(server->name));
    co_return ExitCode::Ok;
}

QCoro::Task<int> ServerConnectionCommand::untrust(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("servers untrust NAME [--yes]"));
    line.addOption(
        QCommandLineOption(QStringLiteral("yes"), CliText::tr("Do not ask for confirmation.")));
    int exitCode = ExitCode::Ok;
    auto server = loadServer(context, line, args, &exitCode);
    if (!server)
        co_return exitCode;
    if (server->certificate.isEmpty()) {
        context.output().line(CliText::tr("No certificate is trusted for '%1'.").arg(server->name));
        co_return ExitCode::Ok;
    }
    if (!confirmDestructive(context.output(), line.isSet(QStringLiteral("yes")),
                            CliText::tr("Forget the certificate %1 trusted for '%2'? Its "
                                        "requests will then need a certificate this computer "
                                        "trusts.")
                                .arg(server->certificate.sha256, server->name)))
        co_return ExitCode::Usage;
    const auto cleared =
        ServerRepository(*context.database()).setCertificate(server->id, StoredCertificate{});
    if (!cleared) {
        context.output().error(cleared.error().message);
        co_return ExitCode::DataError;
    }
    context.output().line(
        CliText::tr("Forgot the certificate trusted for '%1'.").arg(server->name));
    co_return ExitCode::Ok;
}

} // namespace leaselink::cli
