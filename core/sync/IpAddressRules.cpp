#include "IpAddressRules.h"

#include "domain/MacAddress.h"

#include <QRegularExpression>

namespace leaselink::sync {

namespace {

constexpr qsizetype MaxDnsNameLength = 255;

const QString &sourceStatus(RecordSource source, const Settings &settings)
{
    return source == RecordSource::Lease ? settings.leaseStatus : settings.reservationStatus;
}

bool clientIdsDiffer(const QString &stored, const QString &incoming)
{
    return canonicalClientIdOrRaw(stored) != incoming;
}

void setStatus(WorkingIp &ip, IpFields &changes, const QString &status)
{
    if (ip.status == status)
        return;
    ip.status = status;
    changes.status = status;
}

void setDnsName(WorkingIp &ip, IpFields &changes, const QString &dnsName)
{
    if (ip.dnsName == dnsName)
        return;
    ip.dnsName = dnsName;
    changes.dnsName = dnsName;
}

void setClientId(WorkingIp &ip, IpFields &changes, const QString &clientId)
{
    ip.clientId = clientId;
    changes.dhcpClientId = clientId;
}

// C-11: the optional invalid-hostname tag (slug empty = none configured). changes carries the
// complete new tag list.
void setTagged(WorkingIp &ip, IpFields &changes, const QString &slug, bool tagged)
{
    if (slug.isEmpty() || ip.tagSlugs.contains(slug) == tagged)
        return;
    if (tagged)
        ip.tagSlugs.append(slug);
    else
        ip.tagSlugs.removeAll(slug);
    changes.tagSlugs = ip.tagSlugs;
}

// SYN-17's dns_name cell with C-11: an empty name never clears, an invalid one leaves the existing
// name alone and adds the invalid-hostname tag; a valid one removes that tag. Callers never pass
// a protected IP (C-11: never tag protected IPs).
void pullDnsName(WorkingIp &ip, const DhcpRecord &record, RecordOutcome &outcome,
                 const Settings &settings)
{
    if (record.name.isEmpty())
        return;
    const std::optional<QString> dnsName = validDnsName(record.name);
    if (!dnsName) {
        outcome.invalidHostname = true;
        setTagged(ip, outcome.changes, settings.invalidHostnameTagSlug, true);
        return;
    }
    setDnsName(ip, outcome.changes, *dnsName);
    setTagged(ip, outcome.changes, settings.invalidHostnameTagSlug, false);
}

} // namespace

QString canonicalClientIdOrRaw(const QString &text)
{
    if (text.isEmpty())
        return {};
    const Expected<QString> canonical = MacAddress::canonicalClientId(text);
    return canonical ? *canonical : text;
}

std::optional<QString> validDnsName(const QString &name)
{
    // NetBox's DNSValidator: labels of letters, digits, '_' and '-' (or a leading '*'), an
    // optional trailing dot; the field holds at most 255 characters.
    static const QRegularExpression rule(
        QStringLiteral("^([0-9A-Za-z_-]+|\\*)(\\.[0-9A-Za-z_-]+)*\\.?$"));
    const QString lowered = name.toLower();
    if (lowered.isEmpty() || lowered.size() > MaxDnsNameLength || !rule.match(lowered).hasMatch())
        return std::nullopt;
    return lowered;
}

WorkingIp newIpFor(const DhcpRecord &record, const IpKey &key, int prefixLength,
                   std::optional<std::int64_t> tenantId, const Settings &settings,
                   RecordOutcome &outcome)
{
    WorkingIp ip;
    ip.key = key;
    ip.prefixLength = prefixLength;
    ip.tenantId = tenantId;
    outcome.rule = QStringLiteral("SYN-17");
    ip.status = sourceStatus(record.source, settings);
    outcome.changes.status = ip.status;
    pullDnsName(ip, record, outcome, settings);
    if (!record.clientId.isEmpty())
        setClientId(ip, outcome.changes, record.clientId);
    return ip;
}

RecordOutcome applyRecord(WorkingIp &ip, const DhcpRecord &record,
                          const ProtectionState &protection, const LeaseSideInfo *sideInfo,
                          const Settings &settings)
{
    RecordOutcome outcome;
    const bool isLease = record.source == RecordSource::Lease;
    const bool isReserved = ip.status == settings.reservationStatus;
    const bool createdBySync = sideInfo && sideInfo->createdBySync;

    if (protection.any()) {
        // SYN-21: nothing but the SYN-22 exception; DIS-06 extends it to prefix protection.
        outcome.rule = QStringLiteral("SYN-21");
        if (isLease && settings.syncProtectUpdateClientId && !record.clientId.isEmpty() &&
            clientIdsDiffer(ip.clientId, record.clientId)) {
            setClientId(ip, outcome.changes, record.clientId);
            outcome.rule = QStringLiteral("SYN-22");
        }
        return outcome;
    }

    if (isReserved && isLease) {
        // SYN-18: a lease never changes a reserved IP's status or name; it fills a blank client
        // id only, which makes an IP the sync did not create pre-staged (DIS-05, C-03).
        outcome.rule = QStringLiteral("SYN-18");
        if (ip.clientId.isEmpty() && !record.clientId.isEmpty()) {
            setClientId(ip, outcome.changes, record.clientId);
            outcome.filledPrestagedClientId = !createdBySync;
        }
        return outcome;
    }

    const bool prestaged = sideInfo && sideInfo->prestaged;
    if (isReserved && (prestaged || (ip.clientId.isEmpty() && !createdBySync))) {
        // DIS-05 (SYN-19): a pre-staged reserved IP keeps status and dns_name; a server
        // reservation fills its blank client id only.
        outcome.rule = QStringLiteral("SYN-19");
        if (ip.clientId.isEmpty() && !record.clientId.isEmpty()) {
            setClientId(ip, outcome.changes, record.clientId);
            outcome.filledPrestagedClientId = true;
        }
        return outcome;
    }

    if (isReserved && settings.pushReservations) {
        // C-08: with Push Reservations on NetBox wins; the pull fills blanks only.
        outcome.rule = QStringLiteral("C-08");
        if (ip.dnsName.isEmpty())
            pullDnsName(ip, record, outcome, settings);
        if (ip.clientId.isEmpty() && !record.clientId.isEmpty())
            setClientId(ip, outcome.changes, record.clientId);
        return outcome;
    }

    // SYN-17: status whatever it was; name only when non-empty; client id only when it differs.
    outcome.rule = QStringLiteral("SYN-17");
    setStatus(ip, outcome.changes, sourceStatus(record.source, settings));
    pullDnsName(ip, record, outcome, settings);
    if (!record.clientId.isEmpty() && clientIdsDiffer(ip.clientId, record.clientId))
        setClientId(ip, outcome.changes, record.clientId);
    return outcome;
}

} // namespace leaselink::sync
