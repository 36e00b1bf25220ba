#include "PsuScriptDeployer.h"

#include "PsuClient.h"
#include "PsuManagementClient.h"

#include "net/NetErrorFactory.h"
#include "net/NetLogging.h"

#include <QCoroTimer>

namespace leaselink {

QString PsuScriptDeployReport::countsText() const
{
    return QStringLiteral("%1 updated, %2 created").arg(updated).arg(created);
}

PsuScriptDeployer::PsuScriptDeployer(Server server, const QString &token, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_token(token)
    , m_definitions(PsuEndpointScript::shipped())
{
    m_client = new PsuManagementClient(PsuManagementClient::sessionConfig(m_server, m_token), this);
}

PsuScriptDeployer::~PsuScriptDeployer() = default;

std::optional<QString> PsuScriptDeployer::refusal(const Server &server)
{
    if (!server.maintenance.enabled)
        return std::nullopt;
    return QStringLiteral("%1 is in maintenance: Update PSU Scripts is refused until "
                          "maintenance ends")
        .arg(server.name);
}

void PsuScriptDeployer::setDefinitions(QList<PsuEndpointDefinition> definitions)
{
    m_definitions = std::move(definitions);
}

QString PsuScriptDeployer::expectedVersion() const
{
    for (const PsuEndpointDefinition &d : m_definitions) {
        if (d.url == u"/api/dhcp/health" && d.method == u"GET")
            return PsuEndpointScript::versionIn(d.scriptBlock);
    }
    return {};
}

QCoro::Task<NetResult<PsuEndpointPlan>> PsuScriptDeployer::preview()
{
    if (const auto refused = refusal(m_server)) {
        NetError error = NetErrorFactory::configuration(RemoteService::Psu, *refused);
        error.adminMessage = *refused;
        co_return netFail(std::move(error));
    }
    if (m_definitions.isEmpty()) {
        NetError error = NetErrorFactory::configuration(
            RemoteService::Psu, QStringLiteral("LeaseLink's endpoint script could not be read"));
        co_return netFail(std::move(error));
    }
    const NetResult<QList<QJsonObject>> records = co_await m_client->endpoints();
    if (!records) {
        NetError error = records.error();
        co_return netFail(std::move(error));
    }
    PsuEndpointPlan plan = PsuEndpointPlanner::plan(m_definitions, *records);
    co_return plan;
}

QCoro::Task<PsuScriptDeployReport> PsuScriptDeployer::apply(PsuEndpointPlan plan)
{
    PsuScriptDeployReport report;
    report.expectedVersion = expectedVersion();
    report.leftAlone = int(plan.leftAlone.size());
    const QString name = m_server.name;
    if (const auto refused = refusal(m_server)) {
        report.fatalError = *refused;
        co_return report;
    }
    const int total = int(plan.updates.size() + plan.creates.size()) + 2;
    int done = 0;

    for (const PsuEndpointPlan::Update &update : plan.updates) {
        const QString step = QStringLiteral("update %1 %2").arg(update.method, update.url);
        Q_EMIT progress(done, total, step);
        const NetResult<QJsonObject> result =
            co_await m_client->updateEndpoint(update.id, update.record);
        ++done;
        if (result) {
            ++report.updated;
        } else {
            const QString failure = step + QStringLiteral(": ") + result.error().toString();
            qCWarning(lcPsu).noquote() << name << "Update PSU Scripts:" << failure;
            report.failures << failure;
        }
    }
    for (const PsuEndpointPlan::Create &create : plan.creates) {
        const QString step = QStringLiteral("create %1 %2").arg(create.method, create.url);
        Q_EMIT progress(done, total, step);
        const NetResult<QJsonObject> result = co_await m_client->createEndpoint(create.record);
        ++done;
        if (result) {
            ++report.created;
        } else {
            const QString failure = step + QStringLiteral(": ") + result.error().toString();
            qCWarning(lcPsu).noquote() << name << "Update PSU Scripts:" << failure;
            report.failures << failure;
        }
    }

    const QString restartStep = QStringLiteral("restart");
    Q_EMIT progress(done, total, restartStep);
    const NetResult<void> restarted = co_await m_client->restart();
    ++done;
    if (!restarted) {
        // §5 step 5: without the reload the new definitions are not live; stop here.
        report.fatalError = restarted.error().toString();
        qCWarning(lcPsu).noquote()
            << name << "Update PSU Scripts: restart failed:" << report.fatalError;
        Q_EMIT progress(total, total, restartStep);
        co_return report;
    }
    report.restarted = true;

    const QString healthStep = QStringLiteral("health");
    Q_EMIT progress(done, total, healthStep);
    if (m_healthDelay.count() > 0)
        co_await QCoro::sleepFor(m_healthDelay);
    PsuClient client(PsuClient::sessionConfig(m_server, m_token));
    const NetResult<PsuHealth> health = co_await client.health();
    report.healthChecked = true;
    if (health) {
        report.reportedVersion = health->version;
        if (report.reportedVersion != report.expectedVersion)
            qCWarning(lcPsu).noquote()
                << name << "Update PSU Scripts: the server reports script version"
                << report.reportedVersion << "after the update, expected" << report.expectedVersion;
    } else {
        report.healthError = health.error().toString();
    }
    qCInfo(lcPsu).noquote() << name << "Update PSU Scripts:" << report.countsText() << "with"
                            << report.failures.size() << "failure(s)";
    Q_EMIT progress(total, total, healthStep);
    co_return report;
}

} // namespace leaselink
