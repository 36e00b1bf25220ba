#pragma once

#include "config/ConfigOverrides.h"
#include "domain/Error.h"
#include "domain/Settings.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringView>

#include <optional>

namespace leaselink {

// One setting forced by the configuration file.
struct SettingOverride
{
    QString settingKey;  // data-model name, e.g. "sync_ip_addresses"
    QString overrideKey; // configuration-file key, e.g. "sync_ips_from_dhcp"
    bool value = false;  // the forced (effective) value
    bool storedValue = false;
    QString sourcePath; // the configuration file

    bool operator==(const SettingOverride &) const = default;
};

// The settings every reader uses (sync jobs, edit gates, views; SET-03): the stored record with
// the configuration-file overrides applied, and for each forced key where the value comes from
// so the settings screen can disable that input and show a banner (SET-05). The stored record
// is never changed by an override.
class EffectiveSettings
{
public:
    EffectiveSettings(Settings stored, ConfigOverrides overrides,
                      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    const Settings &stored() const { return m_stored; }
    const Settings &effective() const { return m_effective; }
    const ConfigOverrides &overrides() const { return m_overrides; }

    bool isOverridden(QStringView settingKey) const;
    std::optional<SettingOverride> overrideOf(QStringView settingKey) const;
    // In data-model order.
    QList<SettingOverride> forcedSettings() const { return m_forced; }

    // "push_reservations = true (forced by config file /etc/leaselink.json; stored value: false)"
    // or "push_reservations = false"; an error for an unknown key.
    Expected<QString> describe(QStringView settingKey) const;

    // SET-04 with C-10/O-18: the App Token to use instead of the stored one for the server with
    // this host name (exact, case-sensitive match), taken from the environment variable the
    // configuration file names. nullopt = no override, use the stored token. An override whose
    // variable is unset or empty is an error rather than a silent fallback to the stored token.
    // The token is never logged.
    Expected<std::optional<QString>> apiKeyOverrideFor(const QString &hostname) const;

    // Configuration-file problems to show in the override banner and the log (O-17).
    QStringList problems() const { return m_overrides.problems(); }

private:
    void force(const QString &settingKey, const QString &overrideKey, bool Settings::*field,
               std::optional<bool> value);

    Settings m_stored;
    Settings m_effective;
    ConfigOverrides m_overrides;
    QProcessEnvironment m_environment;
    QList<SettingOverride> m_forced;
};

} // namespace leaselink
