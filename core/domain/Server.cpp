#include "Server.h"

namespace leaselink {

namespace {

// scheme://hostname:port<path> (data model section 3, "Derived"). The port is always written,
// even when it is the scheme's default, exactly like the plugin's base_url. A hostname that
// is not a valid host name makes the URL invalid, which callers report.
QUrl serverUrl(const Server &server, const QString &path)
{
    QUrl url;
    url.setScheme(server.useHttps ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(server.hostname.trimmed());
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
