#include "Settings.h"

namespace leaselink {

namespace {

constexpr qsizetype MaxStatusLength = 50;   // NetBox status value column
constexpr qsizetype MaxTagSlugLength = 100; // NetBox tag slug column

void checkStatus(const QString &field, const QString &value, QStringList &problems)
{
    if (value.trimmed().isEmpty())
        problems << QStringLiteral("%1 must not be empty; enter a NetBox IP address status "
                                   "value such as 'dhcp'")
                        .arg(field);
    else if (value.size() > MaxStatusLength)
        problems << QStringLiteral("%1 must be at most %2 characters (it has %3)")
                        .arg(field, QString::number(MaxStatusLength),
                             QString::number(value.size()));
    else if (value != value.trimmed())
        problems << QStringLiteral("%1 '%2' must not start or end with a space").arg(field, value);
}

// NetBox slugs: letters, digits, '-' and '_' only (Django's SlugField), at most 100 long.
bool isSlug(const QString &text)
{
    if (text.isEmpty() || text.size() > MaxTagSlugLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Expected<void> Settings::validate() const
{
    // Every problem is reported at once, one per line, so a form or CLI user fixes all of them
    // in one go.
    QStringList problems;
    if (syncIntervalMinutes < MinSyncIntervalMinutes ||
        syncIntervalMinutes > MaxSyncIntervalMinutes)
        problems << QStringLiteral("Sync interval must be between %1 and %2 minutes (it is %3)")
                        .arg(QString::number(MinSyncIntervalMinutes),
                             QString::number(MaxSyncIntervalMinutes),
                             QString::number(syncIntervalMinutes));
    if (syncJobTimeoutSeconds < MinSyncJobTimeoutSeconds)
        problems << QStringLiteral("Sync job timeout must be at least %1 seconds (it is %2)")
                        .arg(QString::number(MinSyncJobTimeoutSeconds),
                             QString::number(syncJobTimeoutSeconds));
    checkStatus(QStringLiteral("Lease status"), leaseStatus, problems);
    checkStatus(QStringLiteral("Reservation status"), reservationStatus, problems);
    // Decision C-14: one status cannot mark both leases and reservations.
    if (!leaseStatus.isEmpty() && leaseStatus == reservationStatus)
        problems << QStringLiteral("Lease status and reservation status must differ (both are "
                                   "'%1')")
                        .arg(leaseStatus);

    if (syncProtectTagId && *syncProtectTagId <= 0)
        problems << QStringLiteral("Sync protect tag id must be a positive NetBox tag id (it is "
                                   "%1)")
                        .arg(*syncProtectTagId);
    if (syncProtectTagId && syncProtectTagSlug.isEmpty())
        problems << QStringLiteral("Sync protect tag %1 has no slug; the sync compares tags by "
                                   "slug")
                        .arg(*syncProtectTagId);
    else if (!syncProtectTagSlug.isEmpty() && !isSlug(syncProtectTagSlug))
        problems << QStringLiteral("Sync protect tag slug '%1' is not a valid NetBox slug: use "
                                   "1 to %2 letters, digits, '-' or '_'")
                        .arg(syncProtectTagSlug, QString::number(MaxTagSlugLength));

    if (!invalidHostnameTagSlug.isEmpty() && !isSlug(invalidHostnameTagSlug))
        problems << QStringLiteral("Invalid hostname tag slug '%1' is not a valid NetBox slug: "
                                   "use 1 to %2 letters, digits, '-' or '_'")
                        .arg(invalidHostnameTagSlug, QString::number(MaxTagSlugLength));

    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    return {};
}

} // namespace leaselink
