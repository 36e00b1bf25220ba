#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli netbox show|set|test|certificate|trust|untrust`: the NetBox connection (URL,
// TLS, trusted certificate) in the cache and its API token in the keychain.
class NetBoxCommand
{
public:
    static QString summary();
    static QCoro::Task<int> run(CliContext &context, QStringList args);

private:
    static QCoro::Task<int> show(CliContext &context, QStringList args);
    static QCoro::Task<int> set(CliContext &context, QStringList args);
    static QCoro::Task<int> test(CliContext &context, QStringList args);
    static QCoro::Task<int> certificate(CliContext &context, QStringList args, bool trust);
    static QCoro::Task<int> untrust(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
