#pragma once

#include <QCoro/QCoroTask>

#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli servers list|add|edit|remove`: the DHCP servers in the local cache and their App
// Tokens in the keychain.
class ServersCommand
{
public:
    static QString summary();
    static QCoro::Task<int> run(CliContext &context, QStringList args);

private:
    static int list(CliContext &context, const QStringList &args);
    static QCoro::Task<int> add(CliContext &context, QStringList args);
    static QCoro::Task<int> remove(CliContext &context, QStringList args);
    static QCoro::Task<int> edit(CliContext &context, QStringList args);
};

} // namespace leaselink::cli
