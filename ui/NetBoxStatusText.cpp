#include "NetBoxStatusText.h"

#include "FirstUseTrust.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace leaselink {

namespace {

// Job log lines read "2026-11-29T12:00:00Z ERROR [server] text" (sync/JobLog): a NetBox
// connection or read failure is an error line whose text starts with "NetBox"; a server part
// that reached NetBox logs "NetBox: N created, …".
const QRegularExpression &netBoxErrorLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\S+ ERROR (?:\[[^\]]*\] )?(NetBox.*)$)"),
                                       QRegularExpression::MultilineOption);
    return re;
}

const QRegularExpression &netBoxWrittenLine()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\S+ INFO (?:\[[^\]]*\] )?NetBox: \d+ created)"),
        QRegularExpression::MultilineOption);
    return re;
}

} // namespace

std::optional<JobRecord> NetBoxStatusText::lastSync(const QList<JobRecord> &jobs)
{
    for (const JobRecord &job : jobs) {
        if (job.kind == QLatin1String("sync") && job.finishedAt.isValid())
            return job;
    }
    return std::nullopt;
}

NetBoxStatusText NetBoxStatusText::describe(const std::optional<NetBoxConnection> &connection,
                                            const std::optional<JobRecord> &lastSync)
{
    NetBoxStatusText status;
    if (!connection || connection->url.isEmpty()) {
        status.text = tr("NetBox: not configured");
        status.toolTip = tr("Admin → NetBox Connection sets the NetBox URL and API token.");
        return status;
    }
    const QString url = connection->url.toDisplayString();
    if (lastSync) {
        const QString when =
            QLocale().toString(lastSync->finishedAt.toLocalTime(), QLocale::ShortFormat);
        if (const auto failed = netBoxErrorLine().match(lastSync->log); failed.hasMatch()) {
            status.state = State::LastSyncFailed;
            status.text = tr("NetBox: %1 · the last sync could not use it (%2)").arg(url, when);
            status.toolTip = failed.captured(1);
            return status;
        }
        if (netBoxWrittenLine().match(lastSync->log).hasMatch()) {
            status.state = State::LastSyncOk;
            status.text = tr("NetBox: %1 · reached by the last sync (%2)").arg(url, when);
            return status;
        }
    }
    if (FirstUseTrust::needsTrust(connection)) {
        status.state = State::NotTrustedYet;
        status.text = tr("NetBox: %1 · certificate not trusted yet").arg(url);
        status.toolTip = tr("The first Sync Now or Sync All shows NetBox's certificate to trust "
                            "(unless the system's certificate authorities verify it).");
        return status;
    }
    status.state = State::NotContacted;
    status.text = tr("NetBox: %1 · not used by a sync yet").arg(url);
    return status;
}

} // namespace leaselink
