#pragma once

#include "SyncInputs.h"
#include "SyncPlan.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace leaselink::sync {

enum class RecordSource
{
    Lease,
    Reservation
};

// A lease or reservation reduced to what the IP rules use. clientId is canonical (C-18) when it
// parses, the raw text otherwise.
struct DhcpRecord
{
    RecordSource source = RecordSource::Lease;
    Ipv4Address address;
    QString clientId;
    QString name; // lease hostname / reservation name, original case
    QDateTime expiry;
};

// A NetBox IP as the planner sees it during the run: the values after the changes planned so far.
struct WorkingIp
{
    std::optional<std::int64_t> id; // nullopt: created by this plan
    IpKey key;
    int prefixLength = 32;
    std::optional<std::int64_t> tenantId;
    QString status;
    QString dnsName;
    QString clientId; // empty: none
    QStringList tagSlugs;
    QString description; // pushed as the reservation description (SYN-27), never written
};

// What the protection rules say about one existing IP (SYN-20).
struct ProtectionState
{
    bool taggedDirectly = false;
    bool inTaggedPrefix = false;
    bool any() const { return taggedDirectly || inTaggedPrefix; }
};

struct RecordOutcome
{
    IpFields changes;
    QString rule;
    bool filledPrestagedClientId = false; // C-03: sets the side-info `pre` flag
    bool invalidHostname = false;         // C-11: reported, dns_name not written
};

// C-18: lower-case hex pairs joined by '-' when the text parses; the raw text otherwise.
QString canonicalClientIdOrRaw(const QString &text);

// C-11: the lower-cased, uncut name when NetBox's dns_name rule accepts it; nullopt otherwise.
std::optional<QString> validDnsName(const QString &name);

// SYN-17 "on create" with G-7 (VRF and tenant from the prefix).
WorkingIp newIpFor(const DhcpRecord &record, const IpKey &key, int prefixLength,
                   std::optional<std::int64_t> tenantId, const Settings &settings,
                   RecordOutcome &outcome);

// SYN-17, SYN-18, SYN-19 (DIS-05), SYN-21, SYN-22 (DIS-06) and C-08 for an existing IP. Applies
// the changes to `ip` and returns them. sideInfo is the IP's side-info before the run, if any.
RecordOutcome applyRecord(WorkingIp &ip, const DhcpRecord &record,
                          const ProtectionState &protection, const LeaseSideInfo *sideInfo,
                          const Settings &settings);

} // namespace leaselink::sync
