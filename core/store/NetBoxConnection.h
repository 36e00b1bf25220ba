#pragma once

#include "domain/StoredCertificate.h"

#include <QDateTime>
#include <QUrl>

namespace leaselink {

// Where NetBox is and how to trust it. The API token is not here: it lives in the keychain.
struct NetBoxConnection
{
    QUrl url; // e.g. https://netbox.example.com/
    bool verifySsl = true;
    StoredCertificate certificate; // trusted on first use; empty = system trust only
    QDateTime lastUpdated;

    bool operator==(const NetBoxConnection &) const = default;
};

} // namespace leaselink
