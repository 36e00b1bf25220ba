#include "config/EffectiveSettings.h"

#include "config/ConfigLog.h"
#include "config/SettingKeys.h"

#include <utility>

namespace leaselink {

EffectiveSettings::EffectiveSettings(Settings stored, ConfigOverrides overrides,
                                     QProcessEnvironment environment)
    : m_stored(std::move(stored))
    , m_effective(m_stored)
    , m_overrides(std::move(overrides))
    , m_environment(std::move(environment))
{
    force(QStringLiteral("sync_ip_addresses"), QStringLiteral("sync_ips_from_dhcp"),
          &Settings::syncIpAddresses, m_overrides.syncIpsFromDhcp());
    force(QStringLiteral("push_reservations"), QStringLiteral("push_reservations"),
          &Settings::pushReservations, m_overrides.pushReservations());
    force(QStringLiteral("push_scope_info"), QStringLiteral("push_scope_info"),
          &Settings::pushScopeInfo, m_overrides.pushScopeInfo());
}

void EffectiveSettings::force(const QString &settingKey, const QString &overrideKey,
                              bool Settings::*field, std::optional<bool> value)
{
    if (!value) {
        return;
    }
    m_effective.*field = *value;
    m_forced << SettingOverride{settingKey, overrideKey, *value, m_stored.*field,
                                m_overrides.sourcePath()};
}

bool EffectiveSettings::isOverridden(QStringView settingKey) const
{
    return overrideOf(settingKey).has_value();
}

std::optional<SettingOverride> EffectiveSettings::overrideOf(QStringView settingKey) const
{
    for (const SettingOverride &forced : m_forced) {
        if (forced.settingKey == settingKey) {
            return forced;
        }
    }
    return std::nullopt;
}

Expected<QString> EffectiveSettings::describe(QStringView settingKey) const
{
    const Expected<QString> value = SettingKeys::valueText(m_effective, settingKey);
    if (!value) {
        return value;
    }
    const QString line = settingKey.toString() + QStringLiteral(" = ") + *value;
    const std::optional<SettingOverride> forced = overrideOf(settingKey);
    if (!forced) {
        return line;
    }
    return line + QStringLiteral(" (forced by config file %1; stored value: %2)")
                      .arg(forced->sourcePath,
                           forced->storedValue ? QStringLiteral("true") : QStringLiteral("false"));
}

Expected<std::optional<QString>> EffectiveSettings::apiKeyOverrideFor(const QString &hostname) const
{
    const std::optional<QString> variable = m_overrides.tokenEnvironmentVariableFor(hostname);
    if (!variable) {
        return std::optional<QString>();
    }
    const QString token = m_environment.value(*variable);
    if (token.isEmpty()) {
        return fail(QStringLiteral("The configuration file %1 says the App Token of server '%2' "
                                   "comes from the environment variable %3, but %3 is not set "
                                   "or empty. Set it, or remove the override to use the stored "
                                   "token.")
                        .arg(m_overrides.sourcePath(), hostname, *variable));
    }
    qCDebug(lcConfig) << "App Token of" << hostname << "taken from environment variable"
                      << *variable;
    return std::optional<QString>(token);
}

} // namespace leaselink
