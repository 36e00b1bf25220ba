#include "ValidateCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "TextTable.h"

#include "config/EffectiveSettings.h"
#include "net/netbox/NetBoxClient.h"
#include "net/netbox/NetBoxDecoder.h"
#include "secrets/SecretKey.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ScopeRepository.h"
#include "store/SettingsRepository.h"
#include "sync/IpStatusValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace leaselink::cli {

namespace {

// What validate needs from the cache; loaded outside the coroutine body.
struct LocalState
{
    Settings settings;
    std::optional<NetBoxConnection> netbox;
    QList<sync::ValidationScope> scopes;
};

std::optional<StoreError> loadLocal(CliContext &context, Database &database, LocalState *state)
{
    const auto stored = SettingsRepository(database).get();
    if (!stored)
        return stored.error();
    state->settings = EffectiveSettings(*stored, context.configOverrides()).effective();
    const auto netbox = NetBoxConnectionRepository(database).get();
    if (!netbox)
        return netbox.error();
    state->netbox = *netbox;
    ScopeRepository scopes(database);
    const auto all = scopes.list();
    if (!all)
        return all.error();
    for (const auto &scope : *all) {
        const auto exclusions = scopes.exclusions(scope.id);
        if (!exclusions)
            return exclusions.error();
        sync::ValidationScope entry;
        entry.scope = scope;
        entry.exclusions = *exclusions;
        state->scopes.append(entry);
    }
    return std::nullopt;
}

QString reasonName(sync::IpStatusVerdict::Reason reason)
{
    switch (reason) {
    case sync::IpStatusVerdict::Reason::OutsideScopes:
        return QStringLiteral("outside_scopes");
    case sync::IpStatusVerdict::Reason::Excluded:
        return QStringLiteral("excluded");
    case sync::IpStatusVerdict::Reason::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject reportJson(const QString &status, int checked,
                       const QList<sync::IpStatusProblem> &problems)
{
    QJsonArray items;
    for (const auto &problem : problems) {
        QJsonObject item{
            {QStringLiteral("id"), problem.netboxId},
            {QStringLiteral("address"), problem.address},
            {QStringLiteral("vrf_id"), problem.vrfId ? QJsonValue(*problem.vrfId) : QJsonValue()},
            {QStringLiteral("problem"), reasonName(problem.verdict.reason)},
            {QStringLiteral("message"), problem.verdict.message}};
        if (problem.verdict.reason == sync::IpStatusVerdict::Reason::Excluded) {
            item.insert(QStringLiteral("scope"), problem.verdict.scopeName);
            item.insert(QStringLiteral("exclusion_start"), problem.verdict.rangeStart.toString());
            item.insert(QStringLiteral("exclusion_end"), problem.verdict.rangeEnd.toString());
        }
        items.append(item);
    }
    return QJsonObject{{QStringLiteral("lease_status"), status},
                       {QStringLiteral("checked"), checked},
                       {QStringLiteral("problems"), items}};
}

QString reportText(const QString &status, int checked, const QList<sync::IpStatusProblem> &problems)
{
    if (problems.isEmpty())
        return CliText::tr("All %1 IP addresses with status '%2' lie inside a DHCP scope "
                           "prefix and outside its exclusion ranges.\n")
            .arg(QString::number(checked), status);
    TextTable table({QStringLiteral("ADDRESS"), QStringLiteral("VRF"), QStringLiteral("PROBLEM")});
    for (const auto &problem : problems)
        table.addRow({problem.address,
                      problem.vrfId ? QString::number(*problem.vrfId) : QStringLiteral("global"),
                      problem.verdict.message});
    return table.render() +
           CliText::tr("%1 of %2 IP addresses with status '%3' break the "
                       "rule.\n")
               .arg(QString::number(problems.size()), QString::number(checked), status);
}

int exitCodeFor(const NetError &error)
{
    if (error.kind == NetError::Kind::Tls || error.kind == NetError::Kind::CertificateChanged ||
        error.kind == NetError::Kind::CertificateExpired)
        return ExitCode::CertificateNotTrusted;
    return ExitCode::Unreachable;
}

} // namespace

QString ValidateCommand::summary()
{
    return CliText::tr(
        "  validate [--json]\n"
        "      List NetBox IP addresses with the lease status that lie outside every DHCP\n"
        "      scope prefix of their VRF or inside an exclusion range. Changes nothing;\n"
        "      exit code 1 when it finds any.\n");
}

QCoro::Task<int> ValidateCommand::run(CliContext &context, QStringList args)
{
    CommandLine line(QStringLiteral("validate [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0))
        co_return *stop;
    Database *database = context.database();
    if (!database)
        co_return ExitCode::DataError;
    LocalState state;
    if (const auto failed = loadLocal(context, *database, &state)) {
        context.output().error(failed->message);
        co_return ExitCode::DataError;
    }
    if (!state.netbox) {
        context.output().error(CliText::tr("no NetBox connection yet: set one with "
                                           "'leaselink-cli netbox set URL'"));
        co_return ExitCode::Usage;
    }
    const auto token = co_await context.secrets().read(SecretKey::netBoxApiToken());
    if (!token) {
        context.output().error(CliText::tr("no NetBox API token: ") + token.error().message);
        co_return ExitCode::SecretError;
    }
    NetBoxClient client(NetBoxClient::sessionConfig(*state.netbox, *token));
    const QString status = state.settings.leaseStatus;
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("status"), status);
    const QStringList fields{
        QStringLiteral("id"),          QStringLiteral("address"), QStringLiteral("vrf"),
        QStringLiteral("tenant"),      QStringLiteral("status"),  QStringLiteral("dns_name"),
        QStringLiteral("description"), QStringLiteral("tags"),    QStringLiteral("custom_fields"),
        QStringLiteral("last_updated")};
    const QString path = QStringLiteral("/ipam/ip-addresses/");
    const auto objects = co_await client.listAll(path, filters, fields);
    if (!objects) {
        context.output().error(CliText::tr("could not read NetBox's IP addresses: ") +
                               objects.error().toString());
        co_return exitCodeFor(objects.error());
    }
    QJsonArray array;
    for (const QJsonObject &object : *objects)
        array.append(object);
    const auto decoded =
        NetBoxDecoder::readAll<NetBoxIpAddress>(array, &NetBoxDecoder::readIpAddress);
    if (!decoded) {
        context.output().error(CliText::tr("NetBox's IP address list is not what LeaseLink "
                                           "expects at %1: %2")
                                   .arg(decoded.error().path, decoded.error().reason));
        co_return ExitCode::Unreachable;
    }
    const auto problems = sync::IpStatusValidator::report(*decoded, state.scopes, state.settings);
    const int checked = int(decoded->size());
    if (line.isSet(QStringLiteral("json")))
        context.output().out()
            << QJsonDocument(reportJson(status, checked, problems)).toJson(QJsonDocument::Compact)
            << '\n';
    else
        context.output().out() << reportText(status, checked, problems);
    co_return problems.isEmpty() ? ExitCode::Ok : ExitCode::PartialFailure;
}

} // namespace leaselink::cli
