#pragma once

#include "ConnectionReport.h"
#include "HttpSessionConfig.h"

#include <QObject>

#include <QCoroTask>

namespace leaselink {

struct NetError;

// Test Connection (issue 4): every step reported separately with its admin sentence.
// PSU: reachability, TLS (probe details when untrusted), token accepted, read access, write
// access (POST /health), script version. NetBox: reachability, TLS, token, version, write
// permission, custom field present. Nothing is changed on either server.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Reachability = "Reachability";
    static constexpr const char *Tls = "TLS";
    static constexpr const char *Token = "Token accepted";
    static constexpr const char *ReadAccess = "Read access";
    static constexpr const char *WriteAccess = "Write access";
    static constexpr const char *ScriptVersion = "Script version";
    static constexpr const char *Version = "NetBox version";
    static constexpr const char *WritePermission = "Write permission";
    static constexpr const char *CustomField = "Custom field dhcp_client_id";

    explicit ConnectionTester(QObject *parent = nullptr);

    QCoro::Task<ConnectionReport> testPsu(HttpSessionConfig config);
    QCoro::Task<ConnectionReport> testNetBox(HttpSessionConfig config);

private:
    // Fills Reachability and TLS from the first request's outcome; false = stop here.
    QCoro::Task<bool> transportSteps(const HttpSessionConfig &config, const NetError *error,
                                     ConnectionReport *report);
};

} // namespace leaselink
