#include "ConnectionTester.h"

#include "CertificateProbe.h"
#include "netbox/NetBoxClient.h"
#include "NetError.h"
#include "psu/PsuClient.h"
#include "psu/PsuScriptVersion.h"
#include "Redactor.h"

namespace leaselink {

namespace {

ConnectionStep step(const char *name, ConnectionStep::Outcome outcome, QString message,
                    QString detail = {})
{
    ConnectionStep s;
    s.name = QLatin1String(name);
    s.outcome = outcome;
    s.message = std::move(message);
    s.detail = std::move(detail);
    return s;
}

ConnectionStep failed(const char *name, const NetError &e)
{
    return step(name, ConnectionStep::Outcome::Failed, e.adminMessage, e.technicalSummary());
}

void skipRest(ConnectionReport *report, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        report->steps << step(name, ConnectionStep::Outcome::Skipped,
                              QStringLiteral("Not tried: an earlier step failed"));
}

bool isTransport(const NetError &e)
{
    switch (e.kind) {
    case NetError::Kind::Dns:
    case NetError::Kind::Refused:
    case NetError::Kind::Timeout:
    case NetError::Kind::Reset:
    case NetError::Kind::Network:
    case NetError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

bool isTlsKind(const NetError &e)
{
    return e.kind == NetError::Kind::Tls || e.kind == NetError::Kind::NotTls ||
           e.kind == NetError::Kind::CertificateChanged ||
           e.kind == NetError::Kind::CertificateExpired;
}

} // namespace

QString ConnectionStep::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

QCoro::Task<bool> ConnectionTester::transportSteps(const HttpSessionConfig &config,
                                                   const NetError *error, ConnectionReport *report)
{
    const bool https = config.baseUrl.scheme() == QLatin1String("https");
    if (error && (error->kind == NetError::Kind::Configuration || isTransport(*error))) {
        report->steps << failed(Reachability, *error);
        skipRest(report, {Tls});
        co_return false;
    }
    if (error && error->kind == NetError::Kind::CertificateExpired) {
        // Refused before connecting: reachability is unknown, the stored certificate is the
        // problem.
        report->steps << step(Reachability, ConnectionStep::Outcome::Skipped,
                              QStringLiteral("Not tried: the stored certificate has expired"));
        report->steps << failed(Tls, *error);
        co_return false;
    }
    report->steps << step(Reachability, ConnectionStep::Outcome::Ok,
                          QStringLiteral("%1 answers").arg(Redactor::redactUrl(config.baseUrl)));
    if (!https) {
        report->steps << step(Tls, ConnectionStep::Outcome::Warning,
                              QStringLiteral("HTTPS is off: the token travels unencrypted"));
        co_return true;
    }
    if (error && isTlsKind(*error)) {
        ConnectionStep tls = failed(Tls, *error);
        if (error->kind == NetError::Kind::Tls ||
            error->kind == NetError::Kind::CertificateChanged) {
            // Show what the server presents so the admin can decide whether to trust it.
            CertificateProbe probe;
            const auto probed =
                co_await probe.probe(config.baseUrl.host(), quint16(config.baseUrl.port(443)));
            if (probed) {
                tls.certificate = *probed;
                tls.detail +=
                    QStringLiteral(" — presented: %1, SHA-256 %2; %3")
                        .arg(probed->leaf().shortDescription(), probed->leaf().sha256Fingerprint,
                             probed->findings.join(QStringLiteral("; ")));
            }
        }
        report->steps << tls;
        co_return false;
    }
    if (!config.verifyTls)
        report->steps << step(Tls, ConnectionStep::Outcome::Warning,
                              QStringLiteral("Certificate verification is off for this server: "
                                             "anyone on the path could read the token"));
    else if (!config.trustedCertificate.isEmpty())
        report->steps << step(Tls, ConnectionStep::Outcome::Ok,
                              QStringLiteral("The server presents the certificate trusted for it"));
    else
        report->steps << step(Tls, ConnectionStep::Outcome::Ok,
                              QStringLiteral("The certificate is trusted by this computer"));
    co_return true;
}

QCoro::Task<ConnectionReport> ConnectionTester::testPsu(HttpSessionConfig config)
{
    ConnectionReport report;
    report.target =
        QStringLiteral("%1 (%2)").arg(config.serviceName, Redactor::redactUrl(config.baseUrl));
    if (config.baseUrl.host().isEmpty()) {
        report.steps << step(Reachability, ConnectionStep::Outcome::Failed,
                             QStringLiteral("Hostname is required"));
        skipRest(&report, {Tls, Token, ReadAccess, WriteAccess, ScriptVersion});
        co_return report;
    }
    config.maxReadRetries = 0; // a test reports what happens, it does not paper over it
    PsuClient client(config);
    const auto health = co_await client.health();
    const NetError *error = health ? nullptr : &health.error();
    if (!co_await transportSteps(config, error, &report)) {
        skipRest(&report, {Token, ReadAccess, WriteAccess, ScriptVersion});
        co_return report;
    }
    if (config.authorization.isEmpty()) {
        report.steps << step(
            Token, ConnectionStep::Outcome::Failed,
            QStringLiteral("API key required — enter an App Token for this server"));
        skipRest(&report, {ReadAccess, WriteAccess, ScriptVersion});
        co_return report;
    }
    if (error && error->kind == NetError::Kind::HttpStatus &&
        (error->httpStatus == 401 || error->httpStatus == 403)) {
        report.steps << failed(Token, *error);
        skipRest(&report, {ReadAccess, WriteAccess, ScriptVersion});
        co_return report;
    }
    report.steps << step(Token, ConnectionStep::Outcome::Ok,
                         QStringLiteral("The App Token is accepted"));
    if (error) {
        report.steps << failed(ReadAccess, *error);
        skipRest(&report, {WriteAccess, ScriptVersion});
        co_return report;
    }
    const auto scopes = co_await client.scopes();
    if (scopes)
        report.steps << step(ReadAccess, ConnectionStep::Outcome::Ok,
                             QStringLiteral("%1 scope(s) readable").arg(scopes->size()));
    else
        report.steps << failed(ReadAccess, scopes.error());

    const auto access = co_await client.accessLevel();
    if (!access)
        report.steps << failed(WriteAccess, access.error());
    else if (*access == PsuAccessLevel::Writer)
        report.steps << step(WriteAccess, ConnectionStep::Outcome::Ok,
                             QStringLiteral("Read-Write"));
    else
        report.steps << step(
            WriteAccess, ConnectionStep::Outcome::Warning,
            QStringLiteral("Read-Only: the token has no DHCPWriter role, so LeaseLink "
                           "will only read this server"));

    switch (PsuScriptVersion::compareWithShipped(health->version)) {
    // detail carries the bare version so front ends can store it (Servers view badge).
    case PsuScriptVersion::Match::Equal:
        report.steps << step(ScriptVersion, ConnectionStep::Outcome::Ok, health->version,
                             health->version);
        break;
    case PsuScriptVersion::Match::Different:
    case PsuScriptVersion::Match::Unknown:
        report.steps << step(ScriptVersion, ConnectionStep::Outcome::Warning,
                             PsuScriptVersion::advisory(health->version), health->version);
        break;
    }
    co_return report;
}

QCoro::Task<ConnectionReport> ConnectionTester::testNetBox(HttpSessionConfig config)
{
    ConnectionReport report;
    report.target = QStringLiteral("NetBox (%1)").arg(Redactor::redactUrl(config.baseUrl));
    if (config.baseUrl.host().isEmpty()) {
        report.steps << step(Reachability, ConnectionStep::Outcome::Failed,
                             QStringLiteral("The NetBox URL is required"));
        skipRest(&report, {Tls, Token, Version, WritePermission, CustomField});
        co_return report;
    }
    config.maxReadRetries = 0;
    NetBoxClient client(config);
    const auto user = co_await client.authenticationCheck();
    const NetError *error = user ? nullptr : &user.error();
    if (!co_await transportSteps(client.session().config(), error, &report)) {
        skipRest(&report, {Token, Version, WritePermission, CustomField});
        co_return report;
    }
    if (config.authorization.isEmpty()) {
        report.steps << step(Token, ConnectionStep::Outcome::Failed,
                             QStringLiteral("API token required — enter the NetBox API token"));
        skipRest(&report, {Version, WritePermission, CustomField});
        co_return report;
    }
    if (error) {
        report.steps << failed(Token, *error);
        skipRest(&report, {Version, WritePermission, CustomField});
        co_return report;
    }
    report.steps << step(Token, ConnectionStep::Outcome::Ok,
                         QStringLiteral("The token is accepted (user %1)").arg(user->username));
    const auto status = co_await client.status();
    if (!status) {
        report.steps << failed(Version, status.error());
        skipRest(&report, {WritePermission, CustomField});
        co_return report;
    }
    report.steps << step(Version, ConnectionStep::Outcome::Ok,
                         QStringLiteral("NetBox %1").arg(status->fullVersion));
    const auto choices = co_await client.ipStatusChoices();
    if (choices)
        report.steps << step(WritePermission, ConnectionStep::Outcome::Ok,
                             QStringLiteral("The token may create IP addresses"));
    else if (choices.error().kind == NetError::Kind::Decode)
        report.steps << step(WritePermission, ConnectionStep::Outcome::Failed,
                             QStringLiteral("The token may not create IP addresses: enable \"Write "
                                            "enabled\" on the token and grant its user the IPAM "
                                            "permissions"),
                             choices.error().technicalSummary());
    else
        report.steps << failed(WritePermission, choices.error());
    const auto field = co_await client.ensureClientIdCustomField(false);
    if (!field)
        report.steps << failed(CustomField, field.error());
    else if (field->existed && field->field.objectTypes.contains(QStringLiteral("ipam.ipaddress")))
        report.steps << step(CustomField, ConnectionStep::Outcome::Ok,
                             QStringLiteral("Present on IP addresses"));
    else if (field->existed)
        report.steps << step(
            CustomField, ConnectionStep::Outcome::Failed,
            QStringLiteral("The custom field dhcp_client_id exists but is not enabled "
                           "for IP addresses: add ipam.ipaddress to its object types"));
    else
        report.steps << step(
            CustomField, ConnectionStep::Outcome::Failed,
            QStringLiteral("The custom field dhcp_client_id is missing: LeaseLink creates "
                           "it on the first sync when the token may, or a NetBox admin "
                           "can create it (text, on IP addresses, filter logic exact)"));
    co_return report;
}

} // namespace leaselink
