#pragma once

#include "domain/Settings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink {

enum class SettingType
{
    Boolean,
    Integer,
    Text,   // a NetBox IP address status value
    Choice, // one of choices
    TagSlug // a NetBox tag slug, or empty for none
};

// One row of the settings table (data model section 2): everything the CLI, the settings
// dialog and the configuration file need to know about a setting, and where it lives in
// leaselink::Settings. Exactly one of the member pointers matching type is set.
struct SettingKey
{
    QString name;  // data-model name, e.g. "sync_interval"
    QString label; // the plugin's form label
    SettingType type = SettingType::Boolean;
    QString defaultText;        // default as text, in the form valueText() prints
    std::optional<int> minimum; // Integer only
    std::optional<int> maximum; // Integer only; unset = no maximum
    QString unit;               // Integer only: "minutes", "seconds"
    QStringList choices;        // Choice only
    QString help;
    QString overrideKey; // configuration-file key forcing it (data model section 12), or empty
    // False for the settings decision C-10 keeps only for parity with the plugin: they are
    // stored and shown but change nothing in the desktop app.
    bool hasDesktopEffect = true;

    bool Settings::*boolField = nullptr;
    int Settings::*intField = nullptr;
    QString Settings::*textField = nullptr;
};

} // namespace leaselink
