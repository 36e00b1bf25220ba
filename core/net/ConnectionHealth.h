#pragma once

#include "ConnectionReport.h"

#include "domain/Server.h"
#include "store/StoreError.h"

#include <QDateTime>

namespace leaselink {

class Database;

// What a Test Connection says about a server's health, saved so the Servers view and
// `servers list` show it: unreachable when the server could not be reached, healthy when every
// step passed, unknown (with the failing step's sentence) otherwise; plus the script version the
// server reported. A test that never tried to connect changes nothing.
StoreExpected<void> recordConnectionHealth(Database &database, const Server &server,
                                           const ConnectionReport &report, const QDateTime &now);

} // namespace leaselink
