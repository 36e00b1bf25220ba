#include "JobCountsText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <utility>

namespace leaselink {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("JobCountsText", text, nullptr, n);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// One group of the sync's flat counts: its keys in reading order, each with its label.
struct Group
{
    QList<std::pair<const char *, QString>> keys;
    QString suffix; // said once after the group, e.g. " in NetBox"
};

QString syncText(QJsonObject counts)
{
    const QList<Group> groups = {
        {{{"ip_created", tr("created")},
          {"ip_updated", tr("updated")},
          {"ip_deleted", tr("deleted")},
          {"ip_failed", tr("failed")}},
         tr(" in NetBox")},
        {{{"leases_read", tr("leases read")}, {"reservations_read", tr("reservations read")}},
         QString()},
        {{{"reservations_pushed", tr("reservations pushed")},
          {"reservations_push_failed", tr("failed")},
          {"scopes_pushed", tr("scopes pushed")},
          {"exclusions_pushed", tr("exclusions pushed")}},
         tr(" to the DHCP servers")},
        {{{"scopes_created", tr("scopes created")},
          {"failovers_created", tr("failovers created")},
          {"prefixes_created", tr("prefixes created")},
          {"scopes_deleted", tr("scopes deleted")},
          {"scope_fields_pulled", tr("scope fields pulled")},
          {"exclusions_created", tr("exclusions created")},
          {"exclusions_deleted", tr("exclusions deleted")}},
         QString()},
        {{{"servers_synced", tr("servers synced")}, {"servers_skipped", tr("servers skipped")}},
         QString()},
    };
    // Bookkeeping of lease side-info is for the log, not for the list.
    for (const char *quiet :
         {"side_info_written", "side_info_deleted", "side_info_orphans_removed"})
        counts.remove(QLatin1String(quiet));
    QStringList parts;
    for (const Group &group : groups) {
        QStringList items;
        for (const auto &[key, label] : group.keys) {
            const qint64 n = counts.take(QLatin1String(key)).toInteger();
            if (n != 0)
                items << number(n) + QLatin1Char(' ') + label;
        }
        if (!items.isEmpty())
            parts << items.join(QStringLiteral(", ")) + group.suffix;
    }
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (const qint64 n = it.value().toInteger(); n != 0)
            parts << it.key() + QStringLiteral(": ") + number(n);
    }
    return parts.join(QStringLiteral(" · "));
}

QString categoryName(const QString &key)
{
    if (key == QLatin1String("failovers"))
        return tr("failovers");
    if (key == QLatin1String("scopes"))
        return tr("scopes");
    if (key == QLatin1String("prefixes"))
        return tr("prefixes");
    if (key == QLatin1String("option_values"))
        return tr("option values");
    if (key == QLatin1String("option_codes"))
        return tr("option codes");
    if (key == QLatin1String("exclusion_ranges"))
        return tr("exclusion ranges");
    return key;
}

// An import: per category "n created, n skipped, n errors".
QString importText(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QJsonObject inner = it.value().toObject();
        QStringList items;
        const qint64 created = inner.value(QLatin1String("created")).toInteger();
        const qint64 skipped = inner.value(QLatin1String("skipped")).toInteger();
        const qint64 errors = inner.value(QLatin1String("errors")).toInteger();
        if (created != 0)
            items << tr("%1 created").arg(number(created));
        if (skipped != 0)
            items << tr("%1 skipped").arg(number(skipped));
        if (errors != 0)
            items << tr("%n error(s)", int(errors));
        if (!items.isEmpty())
            parts << categoryName(it.key()) + QStringLiteral(": ") +
                         items.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString jobCountsText(const QJsonObject &counts)
{
    bool nested = false;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        nested = nested || it.value().isObject();
    const QString text = nested ? importText(counts) : syncText(counts);
    return text.isEmpty() ? tr("nothing to do") : text;
}

} // namespace leaselink
