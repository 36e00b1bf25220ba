#include "JobCountsText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <utility>

namespace leaselink {

namespace {

// The context lupdate and the translator share: "leaselink::JobCountsText".
class JobCountsText
{
    Q_DECLARE_TR_FUNCTIONS(leaselink::JobCountsText)
};

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
        {{{"ip_created", JobCountsText::tr("created")},
          {"ip_updated", JobCountsText::tr("updated")},
          {"ip_deleted", JobCountsText::tr("deleted")},
          {"ip_failed", JobCountsText::tr("failed")}},
         JobCountsText::tr(" in NetBox")},
        {{{"leases_read", JobCountsText::tr("leases read")},
          {"reservations_read", JobCountsText::tr("reservations read")}},
         QString()},
        {{{"reservations_pushed", JobCountsText::tr("reservations pushed")},
          {"reservations_push_failed", JobCountsText::tr("failed")},
          {"scopes_pushed", JobCountsText::tr("scopes pushed")},
          {"exclusions_pushed", JobCountsText::tr("exclusions pushed")}},
         JobCountsText::tr(" to the DHCP servers")},
        {{{"scopes_created", JobCountsText::tr("scopes created")},
          {"failovers_created", JobCountsText::tr("failovers created")},
          {"prefixes_created", JobCountsText::tr("prefixes created")},
          {"scopes_deleted", JobCountsText::tr("scopes deleted")},
          {"scope_fields_pulled", JobCountsText::tr("scope fields pulled")},
          {"exclusions_created", JobCountsText::tr("exclusions created")},
          {"exclusions_deleted", JobCountsText::tr("exclusions deleted")}},
         QString()},
        {{{"servers_synced", JobCountsText::tr("servers synced")},
          {"servers_skipped", JobCountsText::tr("servers skipped")}},
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
        return JobCountsText::tr("failovers");
    if (key == QLatin1String("scopes"))
        return JobCountsText::tr("scopes");
    if (key == QLatin1String("prefixes"))
        return JobCountsText::tr("prefixes");
    if (key == QLatin1String("option_values"))
        return JobCountsText::tr("option values");
    if (key == QLatin1String("option_codes"))
        return JobCountsText::tr("option codes");
    if (key == QLatin1String("exclusion_ranges"))
        return JobCountsText::tr("exclusion ranges");
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
            items << JobCountsText::tr("%1 created").arg(number(created));
        if (skipped != 0)
            items << JobCountsText::tr("%1 skipped").arg(number(skipped));
        if (errors != 0)
            items << JobCountsText::tr("%n error(s)", nullptr, int(errors));
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
    return text.isEmpty() ? JobCountsText::tr("nothing to do") : text;
}

} // namespace leaselink
