#pragma once

#include "domain/Error.h"

#include <QCoroTask>

namespace leaselink {
class Database;
class SecretStore;
} // namespace leaselink

namespace leaselink::lab {

class LabRunner;

struct LabSetupOptions
{
    bool writerTokens = true; // PSU App Tokens with the DHCPWriter role (pushes allowed)
    bool syncIpAddresses = true;
    // false: no certificate is stored, so the first connection asks the admin to trust it (the
    // desktop demo shows the real trust dialog that way).
    bool trustCertificates = true;
};

// Points a LeaseLink data directory at a running lab, the way an admin would: one server per
// PSU endpoint (named like the lab's servers, host name = the address it reports), the NetBox
// connection, each with its certificate trusted by fingerprint, and the tokens in the secret
// store (never in the database). Used by `--demo`, the end-to-end tests and the benchmarks.
class LabSetup
{
public:
    static QCoro::Task<Expected<void>> configure(const LabRunner &lab, Database &database,
                                                 SecretStore &secrets,
                                                 LabSetupOptions options = {});
};

} // namespace leaselink::lab
