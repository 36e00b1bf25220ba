#include "config/SettingKeys.h"

#include "config/ConfigLog.h"

#include <QRegularExpression>

#include <limits>

namespace leaselink {

namespace {

const QString syncQueueName = QStringLiteral("sync_queue");
const QString protectTagName = QStringLiteral("sync_protect_tag");
const QString parityNote = QStringLiteral(
    " Kept for parity with the NetBox plugin; it has no effect in LeaseLink (decision C-10).");

SettingKey booleanKey(QString name, QString label, bool Settings::*field, bool defaultValue,
                      QString help, QString overrideKey = {}, bool hasDesktopEffect = true)
{
    SettingKey key;
    key.name = std::move(name);
    key.label = std::move(label);
    key.type = SettingType::Boolean;
    key.defaultText = defaultValue ? QStringLiteral("true") : QStringLiteral("false");
    key.help = std::move(help);
    key.overrideKey = std::move(overrideKey);
    key.hasDesktopEffect = hasDesktopEffect;
    key.boolField = field;
    return key;
}

SettingKey integerKey(QString name, QString label, int Settings::*field, int defaultValue,
                      std::optional<int> minimum, std::optional<int> maximum, QString unit,
                      QString help)
{
    SettingKey key;
    key.name = std::move(name);
    key.label = std::move(label);
    key.type = SettingType::Integer;
    key.defaultText = QString::number(defaultValue);
    key.minimum = minimum;
    key.maximum = maximum;
    key.unit = std::move(unit);
    key.help = std::move(help);
    key.intField = field;
    return key;
}

SettingKey textKey(QString name, QString label, QString Settings::*field, QString defaultValue,
                   QString help)
{
    SettingKey key;
    key.name = std::move(name);
    key.label = std::move(label);
    key.type = SettingType::Text;
    key.defaultText = std::move(defaultValue);
    key.help = std::move(help);
    key.textField = field;
    return key;
}

QList<SettingKey> buildTable()
{
    const Settings defaults;
    QList<SettingKey> table;
    table << booleanKey(QStringLiteral("sync_ip_addresses"),
                        QStringLiteral("Sync IP Addresses from Leases & Reservations"),
                        &Settings::syncIpAddresses, defaults.syncIpAddresses,
                        QStringLiteral("Create and update NetBox IP addresses from the DHCP "
                                       "servers' leases and reservations."),
                        QStringLiteral("sync_ips_from_dhcp"));
    table << textKey(QStringLiteral("lease_status"), QStringLiteral("DHCP Lease Status"),
                     &Settings::leaseStatus, defaults.leaseStatus,
                     QStringLiteral("NetBox IP address status given to addresses learned from "
                                    "leases (custom statuses allowed, at most 50 characters)."));
    table << textKey(QStringLiteral("reservation_status"),
                     QStringLiteral("DHCP Reservation Status"), &Settings::reservationStatus,
                     defaults.reservationStatus,
                     QStringLiteral("NetBox IP address status given to addresses learned from "
                                    "reservations; must differ from lease_status."));
    table << booleanKey(QStringLiteral("push_reservations"),
                        QStringLiteral("Push Reservations to DHCP Server"),
                        &Settings::pushReservations, defaults.pushReservations,
                        QStringLiteral("Write reservations made in NetBox to the DHCP servers."),
                        QStringLiteral("push_reservations"));
    table << booleanKey(QStringLiteral("push_scope_info"),
                        QStringLiteral("Push Scope Info to DHCP Server"), &Settings::pushScopeInfo,
                        defaults.pushScopeInfo,
                        QStringLiteral("Write scope changes made in LeaseLink to the DHCP "
                                       "servers; also allows creating and editing scopes."),
                        QStringLiteral("push_scope_info"));
    table << booleanKey(
        QStringLiteral("sync_active_scopes_only"), QStringLiteral("Sync Active Scopes Only"),
        &Settings::syncActiveScopesOnly, defaults.syncActiveScopesOnly,
        QStringLiteral("Only sync scopes the DHCP server reports as active.") + parityNote,
        QString(), false);
    table << integerKey(QStringLiteral("sync_interval"), QStringLiteral("Sync Interval (minutes)"),
                        &Settings::syncIntervalMinutes, defaults.syncIntervalMinutes,
                        Settings::MinSyncIntervalMinutes, Settings::MaxSyncIntervalMinutes,
                        QStringLiteral("minutes"),
                        QStringLiteral("Minutes between two automatic syncs."));

    SettingKey queue;
    queue.name = syncQueueName;
    queue.label = QStringLiteral("Sync Job Queue");
    queue.type = SettingType::Choice;
    queue.defaultText = QStringLiteral("default");
    queue.choices = {QStringLiteral("high"), QStringLiteral("default"), QStringLiteral("low")};
    queue.help =
        QStringLiteral("Worker queue for sync, import and script-update jobs.") + parityNote;
    queue.hasDesktopEffect = false;
    table << queue;

    table << integerKey(QStringLiteral("sync_job_timeout"),
                        QStringLiteral("Sync Job Timeout (seconds)"),
                        &Settings::syncJobTimeoutSeconds, defaults.syncJobTimeoutSeconds,
                        Settings::MinSyncJobTimeoutSeconds, std::nullopt, QStringLiteral("seconds"),
                        QStringLiteral("Seconds a sync job may run before it is stopped."));

    SettingKey tag;
    tag.name = protectTagName;
    tag.label = QStringLiteral("Sync-Protected Tag");
    tag.type = SettingType::TagSlug;
    tag.defaultText = QString();
    tag.help = QStringLiteral("Slug of the NetBox tag that protects IP addresses and prefixes "
                              "from changes by the sync; empty for none.");
    table << tag;

    table << booleanKey(QStringLiteral("sync_protect_update_client_id"),
                        QStringLiteral("Update Client ID for Protected IPs"),
                        &Settings::syncProtectUpdateClientId, defaults.syncProtectUpdateClientId,
                        QStringLiteral("Still update the DHCP client id of protected IP "
                                       "addresses."));
    table << booleanKey(QStringLiteral("create_missing_prefixes"),
                        QStringLiteral("Create Missing Prefixes on Import"),
                        &Settings::createMissingPrefixes, defaults.createMissingPrefixes,
                        QStringLiteral("Create a NetBox prefix for a scope that has none, on "
                                       "import and during sync."));
    table << booleanKey(QStringLiteral("api_enabled"), QStringLiteral("API Enabled"),
                        &Settings::apiEnabled, defaults.apiEnabled,
                        QStringLiteral("Whether the plugin's REST API answers.") + parityNote,
                        QString(), false);
    table << booleanKey(QStringLiteral("scope_discovery"), QStringLiteral("Scope Discovery"),
                        &Settings::scopeDiscovery, defaults.scopeDiscovery,
                        QStringLiteral("With Push Scope Info off, create a local scope for a "
                                       "scope a server reports that LeaseLink does not know."));

    SettingKey invalidTag;
    invalidTag.name = QStringLiteral("invalid_hostname_tag");
    invalidTag.label = QStringLiteral("Invalid Hostname Tag");
    invalidTag.type = SettingType::TagSlug;
    invalidTag.defaultText = QString();
    invalidTag.help = QStringLiteral("Slug of a NetBox tag put on IP addresses whose DHCP "
                                     "hostname NetBox refuses as a DNS name; empty for none.");
    invalidTag.textField = &Settings::invalidHostnameTagSlug;
    table << invalidTag;
    return table;
}

QString syncQueueText(SyncQueue queue)
{
    switch (queue) {
    case SyncQueue::High:
        return QStringLiteral("high");
    case SyncQueue::Low:
        return QStringLiteral("low");
    case SyncQueue::Default:
        break;
    }
    return QStringLiteral("default");
}

Expected<int> parseInteger(const SettingKey &key, QStringView text)
{
    static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
    const QString range = key.maximum ? QStringLiteral("a whole number of %1 from %2 to %3")
                                            .arg(key.unit, QString::number(*key.minimum),
                                                 QString::number(*key.maximum))
                                      : QStringLiteral("a whole number of %1, at least %2")
                                            .arg(key.unit, QString::number(*key.minimum));
    if (!digits.match(text.toString()).hasMatch()) {
        return fail(QStringLiteral("Invalid value %1 for %2: expected %3.")
                        .arg(SettingKeys::quoted(text), key.name, range));
    }
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    const qlonglong maximum = key.maximum ? *key.maximum : std::numeric_limits<int>::max();
    if (!ok || value < *key.minimum || value > maximum) {
        return fail(QStringLiteral("Invalid value %1 for %2: expected %3.")
                        .arg(SettingKeys::quoted(text), key.name, range));
    }
    return static_cast<int>(value);
}

Expected<void> applyText(Settings &settings, const SettingKey &key, QStringView text)
{
    switch (key.type) {
    case SettingType::Boolean: {
        const Expected<bool> value = SettingKeys::parseBoolean(key.name, text);
        if (!value) {
            return std::unexpected(value.error());
        }
        settings.*key.boolField = *value;
        return {};
    }
    case SettingType::Integer: {
        const Expected<int> value = parseInteger(key, text);
        if (!value) {
            return std::unexpected(value.error());
        }
        settings.*key.intField = *value;
        return {};
    }
    case SettingType::Text:
        // Settings::validate() checks emptiness, length and surrounding spaces.
        settings.*key.textField = text.toString();
        return {};
    case SettingType::Choice: {
        const QString lower = text.toString().toLower();
        if (lower == QLatin1String("high")) {
            settings.syncQueue = SyncQueue::High;
        } else if (lower == QLatin1String("default")) {
            settings.syncQueue = SyncQueue::Default;
        } else if (lower == QLatin1String("low")) {
            settings.syncQueue = SyncQueue::Low;
        } else {
            return fail(QStringLiteral("Invalid value %1 for %2: expected one of %3.")
                            .arg(SettingKeys::quoted(text), key.name,
                                 key.choices.join(QStringLiteral(", "))));
        }
        return {};
    }
    case SettingType::TagSlug: {
        const QString slug = text.toString();
        if (key.textField) {
            // A tag known by slug only (C-11); Settings::validate() checks the slug.
            settings.*key.textField = slug;
        } else if (slug.isEmpty()) {
            settings.syncProtectTagId.reset();
            settings.syncProtectTagSlug.clear();
        } else if (slug != settings.syncProtectTagSlug) {
            // A different tag: its NetBox id is unknown until the next sync looks it up by slug.
            settings.syncProtectTagId.reset();
            settings.syncProtectTagSlug = slug;
        }
        return {};
    }
    }
    return fail(QStringLiteral("Setting %1 has an unknown type.").arg(key.name));
}

} // namespace

const QList<SettingKey> &SettingKeys::all()
{
    static const QList<SettingKey> table = buildTable();
    return table;
}

QStringList SettingKeys::names()
{
    QStringList result;
    for (const SettingKey &key : all()) {
        result << key.name;
    }
    return result;
}

const SettingKey *SettingKeys::find(QStringView name)
{
    for (const SettingKey &key : all()) {
        if (key.name == name) {
            return &key;
        }
    }
    return nullptr;
}

static Expected<const SettingKey *> lookup(QStringView name)
{
    const SettingKey *key = SettingKeys::find(name);
    if (!key) {
        return fail(
            QStringLiteral("Unknown setting %1. Valid settings: %2.")
                .arg(SettingKeys::quoted(name), SettingKeys::names().join(QStringLiteral(", "))));
    }
    return key;
}

Expected<QString> SettingKeys::valueText(const Settings &settings, QStringView name)
{
    const Expected<const SettingKey *> found = lookup(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    const SettingKey &key = **found;
    switch (key.type) {
    case SettingType::Boolean:
        return settings.*key.boolField ? QStringLiteral("true") : QStringLiteral("false");
    case SettingType::Integer:
        return QString::number(settings.*key.intField);
    case SettingType::Text:
        return settings.*key.textField;
    case SettingType::Choice:
        return syncQueueText(settings.syncQueue);
    case SettingType::TagSlug:
        return key.textField ? settings.*key.textField : settings.syncProtectTagSlug;
    }
    return fail(QStringLiteral("Setting %1 has an unknown type.").arg(key.name));
}

Expected<void> SettingKeys::setFromText(Settings &settings, QStringView name, QStringView text)
{
    const Expected<const SettingKey *> found = lookup(name);
    if (!found) {
        return std::unexpected(found.error());
    }
    const SettingKey &key = **found;
    Settings changed = settings;
    if (const Expected<void> applied = applyText(changed, key, text); !applied) {
        return applied;
    }
    if (const Expected<void> valid = changed.validate(); !valid) {
        return fail(QStringLiteral("Cannot set %1 to %2: %3")
                        .arg(key.name, quoted(text), valid.error().message));
    }
    settings = changed;
    qCInfo(lcConfig) << "setting" << key.name << "set to" << text;
    return {};
}

QString SettingKeys::typeDescription(const SettingKey &key)
{
    switch (key.type) {
    case SettingType::Boolean:
        return QStringLiteral("boolean (true/false, yes/no, on/off, 1/0)");
    case SettingType::Integer:
        if (key.maximum) {
            return QStringLiteral("integer %1-%2 (%3)")
                .arg(QString::number(*key.minimum), QString::number(*key.maximum), key.unit);
        }
        return QStringLiteral("integer >= %1 (%2)").arg(QString::number(*key.minimum), key.unit);
    case SettingType::Text:
        return QStringLiteral("NetBox IP address status (text, at most 50 characters)");
    case SettingType::Choice:
        return QStringLiteral("one of: ") + key.choices.join(QStringLiteral(", "));
    case SettingType::TagSlug:
        return QStringLiteral("NetBox tag slug, empty for none");
    }
    return QString();
}

Expected<bool> SettingKeys::parseBoolean(QStringView what, QStringView text)
{
    static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"),
                                    QStringLiteral("on"), QStringLiteral("1")};
    static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"),
                                   QStringLiteral("off"), QStringLiteral("0")};
    for (const QString &word : yes) {
        if (text.compare(word, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    for (const QString &word : no) {
        if (text.compare(word, Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return fail(QStringLiteral("Invalid value %1 for %2: expected a boolean (true/false, "
                               "yes/no, on/off or 1/0).")
                    .arg(quoted(text), what.toString()));
}

QString SettingKeys::quoted(QStringView text)
{
    constexpr qsizetype maxShown = 60;
    if (text.size() > maxShown) {
        return QLatin1Char('\'') + text.left(maxShown).toString() + QStringLiteral("...' (") +
               QString::number(text.size()) + QStringLiteral(" characters)");
    }
    return QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
}

} // namespace leaselink
