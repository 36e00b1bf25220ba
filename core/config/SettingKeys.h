#pragma once

#include "config/SettingKey.h"
#include "domain/Error.h"
#include "domain/Settings.h"

#include <QList>
#include <QStringView>

namespace leaselink {

// The table of every plugin-wide setting and strict text conversion for it; this is what
// `leaselink-cli settings show|set` and the settings dialog call. Errors name the key and the
// value and say what would be accepted.
class SettingKeys
{
public:
    // In data-model order.
    static const QList<SettingKey> &all();
    static QStringList names();
    // nullptr when there is no such key (names are case-sensitive, as in the data model).
    static const SettingKey *find(QStringView name);

    // The current value as text in the form setFromText() accepts: "true"/"false", decimal
    // integers, the choice value, the status text, the tag slug (empty = no tag).
    static Expected<QString> valueText(const Settings &settings, QStringView name);

    // Parses text strictly and stores it. On any error settings is left unchanged. The whole
    // record is validated afterwards (Settings::validate), so cross-field rules such as "lease
    // and reservation status differ" are enforced too.
    static Expected<void> setFromText(Settings &settings, QStringView name, QStringView text);

    // "boolean", "integer 5-1440 (minutes)", "one of: high, default, low", ...
    static QString typeDescription(const SettingKey &key);

    // true/false, yes/no, on/off, 1/0 in any letter case; anything else is an error naming
    // what (the key) and the value.
    static Expected<bool> parseBoolean(QStringView what, QStringView text);

    // The input for an error message: in single quotes, cut short when very long.
    static QString quoted(QStringView text);
};

} // namespace leaselink
