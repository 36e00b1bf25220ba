#pragma once

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli maintenance on|off OBJECT [--note TEXT]` (SYN-40): OBJECT is server:NAME,
// failover:NAME, scope:NAME (or scope:CIDR) or a plain server name. Enabling records the time,
// the OS user and the note; disabling clears all three.
class MaintenanceCommand
{
public:
    static QString summary();
    static int run(CliContext &context, QStringList args);
    // The acting user recorded with maintenance: the OS login name.
    static QString osUserName();
};

} // namespace leaselink::cli
