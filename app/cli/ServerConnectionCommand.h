#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli servers test-connection|certificate|trust|untrust NAME`: Test Connection and
// the certificate trust of one DHCP server's PSU endpoint.
class ServerConnectionCommand
{
public:
    static QString summary();
    static bool handles(const QString &action);
    static QCoro::Task<int> run(CliContext &context, QString action, QStringList args);

private:
    static QCoro::Task<int> testConnection(CliContext &context, QStringList args);
    static QCoro::Task<int> certificate(CliContext &context, QStringList args, bool trust);
    static QCoro::Task<int> untrust(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
