// The desktop configuration file (ConfigOverrides::parse): any bytes give overrides plus
// problems, never a crash; a token never comes back out of it.

#include "FuzzSupport.h"

#include "config/ConfigOverrides.h"

using namespace leaselink;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initialise();
    const ConfigOverrides overrides =
        ConfigOverrides::parse(fuzz::bytes(data, size), QStringLiteral("/etc/leaselink.json"));
    const auto tokens = overrides.tokenEnvironmentByHostname();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        LEASELINK_FUZZ_REQUIRE(overrides.tokenEnvironmentVariableFor(it.key()) == it.value());
    for (const QString &problem : overrides.problems())
        LEASELINK_FUZZ_REQUIRE(!problem.isEmpty());
    return 0;
}
