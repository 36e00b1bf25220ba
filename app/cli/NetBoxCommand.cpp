#include "NetBoxCommand.h"
#include "CliText.h"

#include "CertificateTrustFlow.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Confirmation.h"
#include "ConnectionReportText.h"
#include "ExitCode.h"
#include "TokenInput.h"

#include "net/CertificateInfo.h"
#include "net/ConnectionTester.h"
#include "net/netbox/NetBoxClient.h"
#include "secrets/SecretKey.h"
#include "store/NetBoxConnectionRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::cli {

namespace {

const QString TrustOption = QStringLiteral("trust-fingerprint");
const QString ServiceName = QStringLiteral("NetBox");

QCommandLineOption trustOption()
{
    // --fingerprint is the short form scripts use with 'trust' (issue 5's command forms).
    return QCommandLineOption(QStringList{TrustOption, QStringLiteral("fingerprint")},
                              CliText::tr("Trust NetBox's certificate when its SHA-256 "
                                          "fingerprint is exactly FP."),
                              QStringLiteral("FP"));
}

// Parses the command line (no positional arguments); exitCode is set when it returns false.
bool parseLine(CliContext &context, CommandLine &line, const QStringList &args, int *exitCode)
{
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0)) {
        *exitCode = *stop;
        return false;
    }
    return true;
}

// The saved connection; exitCode is set when there is none or the cache failed.
std::optional<NetBoxConnection> loadConnection(CliContext &context, int *exitCode)
{
    Database *database = context.database();
    if (!database) {
        *exitCode = ExitCode::DataError;
        return std::nullopt;
    }
    const auto saved = NetBoxConnectionRepository(*database).get();
    if (!saved) {
        context.output().error(saved.error().message);
        *exitCode = ExitCode::DataError;
        return std::nullopt;
    }
    if (!saved->has_value()) {
        context.output().error(CliText::tr("no NetBox connection yet: set one with "
                                           "'leaselink-cli netbox set URL'"));
        *exitCode = ExitCode::Usage;
        return std::nullopt;
    }
    return **saved;
}

// Same host and port: a trusted certificate belongs to the endpoint, not to the path.
bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultA) == b.port(defaultB);
}

// Outside the coroutine: g++ 12 mishandles braced temporaries in coroutine bodies.
QJsonObject connectionJson(const NetBoxConnection &connection, bool tokenAvailable)
{
    return QJsonObject{{QStringLiteral("url"), connection.url.toString()},
                       {QStringLiteral("verify_ssl"), connection.verifySsl},
                       {QStringLiteral("certificate_sha256"), connection.certificate.sha256},
                       {QStringLiteral("certificate_not_after"),
                        connection.certificate.notAfter.isValid()
                            ? QJsonValue(connection.certificate.notAfter.toString(Qt::ISODate))
                            : QJsonValue()},
                       {QStringLiteral("token_available"), tokenAvailable}};
}

QString connectionText(const NetBoxConnection &connection, const QString &tokenState)
{
    const QString certificate =
        connection.certificate.isEmpty()
            ? CliText::tr("none trusted (system trust only)")
            : QStringLiteral("SHA-256 %1, expires %2")
                  .arg(connection.certificate.sha256,
                       connection.certificate.notAfter.toString(Qt::ISODate));
    return CliText::tr("URL:          %1\n"
                       "Verify TLS:   %2\n"
                       "Certificate:  %3\n"
                       "API token:    %4\n")
        .arg(connection.url.toString(),
             connection.verifySsl ? QStringLiteral("yes") : QStringLiteral("NO"), certificate,
             tokenState);
}

} // namespace

QString NetBoxCommand::summary()
{
    return CliText::tr(
        "  netbox show [--json]\n"
        "      Show the NetBox connection and whether an API token is available.\n"
        "  netbox set URL [--no-verify] [--token-env VAR | --no-token] [--trust-fingerprint FP]\n"
        "      Save the NetBox URL; the API token is read from VAR or prompted for and\n"
        "      stored in the OS keychain.\n"
        "  netbox test [--trust-fingerprint FP] [--json]\n"
        "      Check reachability, TLS, the token, the NetBox version, write permission\n"
        "      and the dhcp_client_id custom field. Changes nothing in NetBox.\n"
        "  netbox certificate | netbox trust --fingerprint FP | netbox untrust [--yes]\n"
        "      Show, trust or forget NetBox's certificate.\n");
}

QCoro::Task<int> NetBoxCommand::run(CliContext &context, QStringList args)
{
    QString action; // no ?: with class temporaries in a coroutine: g++ 12 destroys them twice
    if (!args.isEmpty())
        action = args.takeFirst();
    if (action == QLatin1String("show"))
        co_return co_await show(context, std::move(args));
    if (action == QLatin1String("set"))
        co_return co_await set(context, std::move(args));
    if (action == QLatin1String("test"))
        co_return co_await test(context, std::move(args));
    if (action == QLatin1String("certificate") || action == QLatin1String("trust"))
        co_return co_await certificate(context, std::move(args), action == QLatin1String("trust"));
    if (action == QLatin1String("untrust"))
        co_return co_await untrust(context, std::move(args));
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.output().out() << "Usage:\n" << summary();
        co_return action.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    context.output().error(CliText::tr("unknown netbox command '%1' (expected show, set, test, "
                                       "certificate, trust or untrust)")
                               .arg(action));
    co_return ExitCode::Usage;
}

QCoro::Task<int> NetBoxCommand::show(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("netbox show [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    int exitCode = ExitCode::Ok;
    if (!parseLine(context, line, args, &exitCode))
        co_return exitCode;
    const auto connection = loadConnection(context, &exitCode);
    if (!connection)
        co_return exitCode;
    const auto token = co_await context.secrets().read(SecretKey::netBoxApiToken());
    QString tokenState;
    if (token)
        tokenState = QStringLiteral("available (%1)").arg(context.secrets().backendName());
    else if (token.error().kind == SecretErrorKind::NotFound)
        tokenState = CliText::tr("not stored");
    else
        tokenState = QStringLiteral("unknown: ") + token.error().message;

    if (line.isSet(QStringLiteral("json"))) {
        const QJsonObject json = connectionJson(*connection, bool(token));
        context.output().out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        co_return ExitCode::Ok;
    }
    context.output().out() << connectionText(*connection, tokenState);
    const QString expiry =
        CertificateInfo::storedExpiryNotice(connection->certificate, ServiceName);
    if (!expiry.isEmpty())
        context.output().error(QStringLiteral("warning: ") + expiry);
    co_return ExitCode::Ok;
}

QCoro::Task<int> NetBoxCommand::set(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("netbox set URL [--no-verify] [--token-env VAR | --no-token] "
                                    "[--trust-fingerprint FP]"));
    line.addOption(trustOption());
    line.addOption(QCommandLineOption(QStringLiteral("url"),
                                      QStringLiteral("NetBox's address, e.g. "
                                                     "https://netbox.example.com/"),
                                      QStringLiteral("URL")));
    line.addOption(QCommandLineOption(QStringLiteral("no-verify"),
                                      CliText::tr("Do not verify NetBox's certificate "
                                                  "(not recommended).")));
    line.addOption(QCommandLineOption(QStringLiteral("token-env"),
                                      CliText::tr("Read the API token from environment "
                                                  "variable VAR."),
                                      QStringLiteral("VAR")));
    line.addOption(QCommandLineOption(QStringLiteral("no-token"),
                                      CliText::tr("Do not ask for a token; keep any stored "
                                                  "one.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 1))
        co_return *stop;
    // The URL is positional; --url is kept as an alias.
    QString urlText = line.value(QStringLiteral("url")).trimmed();
    if (!line.positional().isEmpty()) {
        const QString positional = line.positional().first().trimmed();
        if (!urlText.isEmpty() && urlText != positional) {
            context.output().error(
                CliText::tr("two different URLs given ('%1' and '%2')").arg(positional, urlText));
            co_return ExitCode::Usage;
        }
        urlText = positional;
    }
    if (urlText.isEmpty()) {
        context.output().error(CliText::tr("the NetBox URL is required, e.g. 'netbox set "
                                           "https://netbox.example.com/'"));
        co_return ExitCode::Usage;
    }
    if (line.isSet(QStringLiteral("token-env")) && line.isSet(QStringLiteral("no-token"))) {
        context.output().error(CliText::tr("--token-env and --no-token exclude each other"));
        co_return ExitCode::Usage;
    }
    NetBoxConnection connection;
    connection.url = QUrl(urlText, QUrl::StrictMode);
    if (!connection.url.isValid() || connection.url.host().isEmpty() ||
        (connection.url.scheme() != QLatin1String("https") &&
         connection.url.scheme() != QLatin1String("http"))) {
        context.output().error(CliText::tr("URL '%1' is not an http:// or https:// address "
                                           "with a host name, e.g. https://netbox.example.com/")
                                   .arg(urlText));
        co_return ExitCode::Usage;
    }
    connection.verifySsl = !line.isSet(QStringLiteral("no-verify"));

    // Obtain the token before writing anything, so a mistake leaves nothing half-saved.
    std::optional<QString> token;
    if (line.isSet(QStringLiteral("token-env"))) {
        auto fromEnv = TokenInput::fromEnvironment(line.value(QStringLiteral("token-env")));
        if (!fromEnv) {
            context.output().error(fromEnv.error().message);
            co_return ExitCode::Usage;
        }
        token = *fromEnv;
    } else if (!line.isSet(QStringLiteral("no-token")) && TokenInput::canPrompt()) {
        auto typed = TokenInput::prompt(CliText::tr("NetBox API token (input hidden): "));
        if (!typed) {
            context.output().error(typed.error().message);
            co_return ExitCode::Usage;
        }
        token = *typed;
    }

    // Trust is settled before anything is written: a wrong fingerprint saves nothing.
    std::optional<StoredCertificate> trusted;
    if (line.isSet(TrustOption)) {
        if (connection.url.scheme() != QLatin1String("https")) {
            context.output().error(CliText::tr("--trust-fingerprint needs an https:// URL"));
            co_return ExitCode::Usage;
        }
        const QString expected = line.value(TrustOption);
        const QString host = connection.url.host();
        const quint16 port = quint16(connection.url.port(443));
        const auto trust = co_await CertificateTrustFlow::run(context.output(), ServiceName, host,
                                                              port, StoredCertificate(), expected);
        if (trust.exitCode != ExitCode::Ok)
            co_return trust.exitCode;
        trusted = trust.toStore;
    }

    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;
    NetBoxConnectionRepository repository(*database);
    const auto previous = repository.get();
    if (!previous) {
        context.output().error(previous.error().message);
        co_return ExitCode::DataError;
    }
    // A certificate trusted for this endpoint stays trusted; one for another host does not.
    if (previous->has_value() && sameEndpoint((*previous)->url, connection.url))
        connection.certificate = (*previous)->certificate;
    if (trusted)
        connection.certificate = *trusted;
    const auto saved = repository.save(connection);
    if (!saved) {
        context.output().error(saved.error().message);
        co_return saved.error().kind == StoreError::Kind::Io ? ExitCode::DataError
                                                             : ExitCode::Usage;
    }
    if (token) {
        const auto written = co_await context.secrets().write(SecretKey::netBoxApiToken(), *token);
        if (!written) {
            context.output().error(CliText::tr("the NetBox URL was saved but the API token "
                                               "was not: ") +
                                   written.error().message);
            co_return ExitCode::SecretError;
        }
    }
    context.output().line(
        CliText::tr("Saved the NetBox connection %1.").arg(saved->url.toString()));
    if (!token)
        context.output().line(CliText::tr("No new API token given. Headless runs can supply it "
                                          "in environment variable %1.")
                                  .arg(SecretKey::netBoxApiToken().environmentVariable()));
    if (!saved->verifySsl)
        context.output().error(CliText::tr("warning: TLS verification is off for NetBox; "
                                           "anyone on the path can read its API token."));
    co_return ExitCode::Ok;
}

QCoro::Task<int> NetBoxCommand::test(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("netbox test [--trust-fingerprint FP] [--json]"));
    line.addOption(trustOption());
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    int exitCode = ExitCode::Ok;
    if (!parseLine(context, line, args, &exitCode))
        co_return exitCode;
    const auto connection = loadConnection(context, &exitCode);
    if (!connection)
        co_return exitCode;
    const auto token = co_await context.secrets().read(SecretKey::netBoxApiToken());
    if (!token && token.error().kind != SecretErrorKind::NotFound)
        context.output().error(QStringLiteral("warning: ") + token.error().message);

    ConnectionTester tester;
    QString tokenText;
    if (token)
        tokenText = *token;
    HttpSessionConfig config = NetBoxClient::sessionConfig(*connection, tokenText);
    ConnectionReport report = co_await tester.testNetBox(config);

    const QString fingerprint = line.value(TrustOption);
    if (report.untrustedCertificateStep() && !fingerprint.isEmpty()) {
        const ConnectionStep *tls = report.untrustedCertificateStep();
        QString reason;
        if (CertificateTrustFlow::fingerprintMatches(fingerprint, ServiceName, *tls->certificate,
                                                     connection->certificate.sha256, &reason)) {
            NetBoxConnection updated = *connection;
            updated.certificate = tls->certificate->toStored();
            const auto saved = NetBoxConnectionRepository(*context.database()).save(updated);
            if (!saved) {
                context.output().error(saved.error().message);
                co_return ExitCode::DataError;
            }
            context.output().error(CliText::tr("Trusted the certificate %1 for NetBox.")
                                       .arg(saved->certificate.sha256));
            config.trustedCertificate = saved->certificate;
            report = co_await tester.testNetBox(config);
        } else {
            context.output().error(reason);
        }
    }
    if (line.isSet(QStringLiteral("json")))
        context.output().out()
            << QJsonDocument(ConnectionReportText::toJson(report)).toJson(QJsonDocument::Compact)
            << '\n';
    else
        context.output().out() << ConnectionReportText::render(report);
    const QString expiry =
        CertificateInfo::storedExpiryNotice(config.trustedCertificate, ServiceName);
    if (!expiry.isEmpty())
        context.output().error(QStringLiteral("warning: ") + expiry);
    if (report.ok())
        co_return ExitCode::Ok;
    co_return report.untrustedCertificateStep() ? ExitCode::CertificateNotTrusted
                                                : ExitCode::Unreachable;
}

QCoro::Task<int> NetBoxCommand::certificate(CliContext &context, QStringList args, bool trust)
{
    QString usage = QStringLiteral("netbox certificate");
    if (trust)
        usage = QStringLiteral("netbox trust --fingerprint FP");
    CommandLine line(usage);
    if (trust)
        line.addOption(trustOption());
    int exitCode = ExitCode::Ok;
    if (!parseLine(context, line, args, &exitCode))
        co_return exitCode;
    if (trust && line.value(TrustOption).isEmpty()) {
        context.output().error(CliText::tr("--fingerprint FP is required; see the "
                                           "fingerprint with 'netbox certificate'"));
        co_return ExitCode::Usage;
    }
    const auto connection = loadConnection(context, &exitCode);
    if (!connection)
        co_return exitCode;
    if (connection->url.scheme() != QLatin1String("https")) {
        context.output().error(CliText::tr("NetBox is reached over HTTP: there is no "
                                           "certificate to check (and the API token travels "
                                           "in clear text)"));
        co_return ExitCode::Usage;
    }
    // Arguments prepared as locals: g++ 12 mishandles temporaries of a ?: inside co_await.
    QString expected;
    if (trust)
        expected = line.value(TrustOption);
    const QString host = connection->url.host();
    const quint16 port = quint16(connection->url.port(443));
    const auto result = co_await CertificateTrustFlow::run(context.output(), ServiceName, host,
                                                           port, connection->certificate, expected);
    if (!trust)
        co_return result.exitCode == ExitCode::CertificateNotTrusted ? ExitCode::Ok
                                                                     : result.exitCode;
    if (!result.toStore)
        co_return result.exitCode;
    NetBoxConnection updated = *connection;
    updated.certificate = *result.toStore;
    const auto saved = NetBoxConnectionRepository(*context.database()).save(updated);
    if (!saved) {
        context.output().error(saved.error().message);
        co_return ExitCode::DataError;
    }
    context.output().line(CliText::tr("Saved. Requests to NetBox now accept this certificate "
                                      "and no other."));
    co_return ExitCode::Ok;
}

QCoro::Task<int> NetBoxCommand::untrust(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("netbox untrust [--yes]"));
    line.addOption(
        QCommandLineOption(QStringLiteral("yes"), CliText::tr("Do not ask for confirmation.")));
    int exitCode = ExitCode::Ok;
    if (!parseLine(context, line, args, &exitCode))
        co_return exitCode;
    const auto connection = loadConnection(context, &exitCode);
    if (!connection)
        co_return exitCode;
    if (connection->certificate.isEmpty()) {
        context.output().line(CliText::tr("No certificate is trusted for NetBox."));
        co_return ExitCode::Ok;
    }
    if (!confirmDestructive(context.output(), line.isSet(QStringLiteral("yes")),
                            CliText::tr("Forget the certificate %1 trusted for NetBox?")
                                .arg(connection->certificate.sha256)))
        co_return ExitCode::Usage;
    NetBoxConnection updated = *connection;
    updated.certificate = StoredCertificate{};
    const auto saved = NetBoxConnectionRepository(*context.database()).save(updated);
    if (!saved) {
        context.output().error(saved.error().message);
        co_return ExitCode::DataError;
    }
    context.output().line(CliText::tr("Forgot the certificate trusted for NetBox."));
    co_return ExitCode::Ok;
}

} // namespace leaselink::cli
