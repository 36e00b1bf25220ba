#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace leaselink {

// One endpoint LeaseLink deploys through the PSU management API (psu-api.md §5): the
// New-PSUEndpoint call of psu/dhcp_api_endpoints.ps1 turned into the record PSU stores.
struct PsuEndpointDefinition
{
    QString url;    // "/api/dhcp/scopes/:scope_id"
    QString method; // upper case, "PUT"
    QStringList roles;
    bool authentication = true;
    // Self-contained like PSU runs it (each endpoint has its own runspace): the shared helpers,
    // a newline, then the endpoint's body.
    QString scriptBlock;
    int line = 0; // of the New-PSUEndpoint call, for messages

    // The POST /api/v1/endpoint body for a missing endpoint (psu-api.md §5 step 3).
    QJsonObject createRecord() const;
    bool operator==(const PsuEndpointDefinition &) const = default;
};

// Splits LeaseLink's endpoint script into per-endpoint definitions, the way the script's own
// Join-LeaseLinkEndpoint builds each scriptBlock. The script ships as a Qt resource, so the
// definitions always match the script version the client expects (PsuScriptVersion::Shipped).
class PsuEndpointScript
{
public:
    static constexpr const char *ResourcePath = ":/leaselink/psu/dhcp_api_endpoints.ps1";

    // The embedded psu/dhcp_api_endpoints.ps1.
    static QString shippedText();
    // Its definitions; empty only if the embedded script cannot be split (a build error the
    // unit test catches).
    static QList<PsuEndpointDefinition> shipped();

    // Parses a script written in the shape of psu/dhcp_api_endpoints.ps1: a verbatim
    // $LeaseLinkHelpers here-string, then one
    //   New-PSUEndpoint -Url '…' -Method '…' -Authentication -Role @(…) -Endpoint
    //   (Join-LeaseLinkEndpoint {
    // per endpoint, its body ending at a line "})". Anything else that calls New-PSUEndpoint
    // is an error naming the line, so a script edit cannot silently drop an endpoint.
    static std::expected<QList<PsuEndpointDefinition>, QString> parse(const QString &script);

    // The $PSU_SCRIPT_VERSION = 'x.y.z' inside a scriptBlock; empty when absent.
    static QString versionIn(const QString &scriptBlock);
};

} // namespace leaselink
