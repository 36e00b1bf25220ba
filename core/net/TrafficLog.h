#pragma once

#include "HttpResponse.h"

namespace leaselink {

// Optional diagnostics: when the environment variable LEASELINK_TRAFFIC_LOG names a file, every
// HTTP exchange of every session is appended to it as one JSON line (method, URL, headers,
// status, bodies capped at 4 KiB, error, timing). Exchanges arrive already redacted by
// HttpSession: tokens never reach the file. The test suite turns it on for every test and scans
// the result for secrets.
class TrafficLog
{
public:
    static constexpr const char *PathVariable = "LEASELINK_TRAFFIC_LOG";

    static void record(const HttpExchange &exchange);
};

} // namespace leaselink
