#pragma once

#include "domain/Server.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

// Finds the local server a failover record names (decisions.md Q-04, C-13; LL-37, LL-38,
// IMP-05.3 amended). The PSU script reports host names the way Windows knows them, which often
// differs in case or in the domain part from what the admin typed, so:
// 1. the full host name, compared case-insensitively (several: the first by server name);
// 2. otherwise the first label ("dhcp-a" of "dhcp-a.example.com"), only when exactly one local
//    server has that first label, so an ambiguous short name never picks a wrong partner.
// IP addresses match only in full: their "first label" means nothing.
class FailoverHostMatcher
{
public:
    // servers in name order (ServerRepository::list()).
    explicit FailoverHostMatcher(QList<Server> servers);

    struct Match
    {
        std::int64_t serverId = 0; // 0: no match
        QString why;               // when no match: for the error line
    };
    Match match(const QString &reportedHost) const;

    static QString firstLabel(const QString &host);

private:
    QList<Server> m_servers;
};

} // namespace leaselink::sync
