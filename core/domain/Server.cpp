#include "Server.h"

namespace leaselink {

namespace {

// scheme://hostname:port<path> (data model section 3, "Derived"). The port is always written,
// even when it is the scheme's default, exactly like the plugin's base_url.
QUrl serverUrl(const Server &server, const QString &path)
{
    QUrl url;
    url.setScheme(server.useHttps ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(server.hostname.trimmed());
    // QUrl drops a host it cannot use ("bad host", "a/b") and would still call the result
    // valid ("https://:443/api/dhcp"). Return an invalid URL instead so callers report it.
    if (url.host().isEmpty())
        return QUrl();
    url.setPort(server.port);
    url.setPath(path);
    return url;
}

} // namespace

QUrl Server::baseUrl() const
{
    return serverUrl(*this, QStringLiteral("/api/dhcp"));
}

QUrl Server::managementBaseUrl() const
{
    return serverUrl(*this, QStringLiteral("/api/v1"));
}

} // namespace leaselink
