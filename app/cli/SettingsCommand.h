#pragma once

#include <QString>
#include <QStringList>

namespace leaselink::cli {

class CliContext;

// `leaselink-cli settings show|set`: the plugin-wide settings, with configuration-file overrides
// shown where they force a value.
class SettingsCommand
{
public:
    static QString summary();
    static int run(CliContext &context, QStringList args);

private:
    static int show(CliContext &context, const QStringList &args);
    static int set(CliContext &context, const QStringList &args);
};

} // namespace leaselink::cli
