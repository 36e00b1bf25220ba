#include "FailoverHostMatcher.h"

#include "domain/Ipv4Address.h"

namespace leaselink::sync {

FailoverHostMatcher::FailoverHostMatcher(QList<Server> servers)
    : m_servers(std::move(servers))
{}

QString FailoverHostMatcher::firstLabel(const QString &host)
{
    if (Ipv4Address::parse(host.trimmed()))
        return QString();
    return host.trimmed().section(QLatin1Char('.'), 0, 0).toLower();
}

FailoverHostMatcher::Match FailoverHostMatcher::match(const QString &reportedHost) const
{
    Match out;
    const QString host = reportedHost.trimmed();
    if (host.isEmpty()) {
        out.why = QStringLiteral("the record names no host");
        return out;
    }
    for (const Server &server : m_servers) {
        if (server.hostname.trimmed().compare(host, Qt::CaseInsensitive) == 0) {
            out.serverId = server.id;
            return out;
        }
    }
    const QString label = firstLabel(host);
    QList<std::int64_t> candidates;
    if (!label.isEmpty()) {
        for (const Server &server : m_servers) {
            if (firstLabel(server.hostname) == label)
                candidates << server.id;
        }
    }
    if (candidates.size() == 1) {
        out.serverId = candidates.first();
        return out;
    }
    if (candidates.isEmpty())
        out.why = QStringLiteral("no server has the host name %1").arg(host);
    else
        out.why = QStringLiteral("no server has the host name %1, and its first label \"%2\" "
                                 "fits %3 servers")
                      .arg(host, label)
                      .arg(candidates.size());
    return out;
}

} // namespace leaselink::sync
