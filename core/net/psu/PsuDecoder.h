#pragma once

#include "PsuTypes.h"

#include "net/JsonReader.h"

#include <QByteArray>

#include <expected>

namespace leaselink {

template <typename T> using Decoded = std::expected<T, DecodeFailure>;

// A record of a list that breaks the contract, set aside: `identity` is what the record calls
// itself (its scope id, name or start address, when readable) so a log line can name it.
struct PsuRejectedRecord
{
    QString identity;
    DecodeFailure failure;
};

// A list judged record by record, for Import from Server only (IMP-03.1, IMP-08.2, IMP-13.1):
// the good records are imported and each bad one is an error of its own. The list itself must
// still be a JSON array (C-01). Sync never reads lists this way: there a partly unreadable list
// must stop cleanup rather than shrink what the server appears to hold.
template <typename T> struct PsuRecords
{
    QList<T> items;
    QList<PsuRejectedRecord> rejected;
};

// Strict, total decoders for every PSU answer. Wrong types, missing fields, bad IPv4 text,
// unknown enum values and a lone object where a list is expected are failures naming the field
// path ("[3].start_ip"); nothing is ever turned into an empty list.
//
// Decisions (documented here because they differ from the plugin's tolerant client, §6):
// - A single object where a list is expected is NOT wrapped into a one-item list: the contract
//   says lists are always arrays, and decisions.md C-01 makes any other shape a decode error.
// - An empty body or 204 for a list read is a failure, never "no items" (C-01).
// - PascalCase aliases of §6 are accepted (ScopeId, StartRange, EndRange, SubnetMask, Router,
//   LeaseDuration, IPAddress, ClientId, HostName, LeaseExpiry, OptionId, Value, VendorClass).
// - router "", "0.0.0.0" and null mean "no router"; lease_duration_seconds 0 means 86400.
// - client ids are lower-cased but otherwise kept as Windows reports them.
class PsuDecoder
{
public:
    static Decoded<PsuHealth> health(const QByteArray &body);
    static Decoded<QList<PsuScope>> scopes(const QByteArray &body);
    static Decoded<PsuScope> scope(const QByteArray &body);
    static Decoded<QList<PsuLease>> leases(const QByteArray &body);
    static Decoded<QList<PsuReservation>> reservations(const QByteArray &body);
    static Decoded<PsuReservation> reservation(const QByteArray &body);
    static Decoded<QList<PsuFailover>> failovers(const QByteArray &body);
    static Decoded<PsuFailover> failover(const QByteArray &body);
    static Decoded<QList<PsuOption>> options(const QByteArray &body);
    static Decoded<QList<PsuExclusion>> exclusions(const QByteArray &body);
    static Decoded<PsuExclusion> exclusion(const QByteArray &body);

    // Record by record (see PsuRecords).
    static Decoded<PsuRecords<PsuScope>> scopeRecords(const QByteArray &body);
    static Decoded<PsuRecords<PsuFailover>> failoverRecords(const QByteArray &body);
    static Decoded<PsuRecords<PsuExclusion>> exclusionRecords(const QByteArray &body);

    // 2.x per-server bulk reads (upstream-v2.md §2.3).
    static Decoded<QMap<Ipv4Address, QList<PsuLease>>> groupedLeases(const QByteArray &body);
    static Decoded<QMap<Ipv4Address, QList<PsuReservation>>>
    groupedReservations(const QByteArray &body);
    static Decoded<QMap<Ipv4Address, QList<PsuExclusion>>>
    groupedExclusions(const QByteArray &body);
    static Decoded<PsuOptionsSnapshot> optionsSnapshot(const QByteArray &body);
    static Decoded<QList<PsuBulkItemResult>> bulkResults(const QByteArray &body);
    static Decoded<PsuMetrics> metrics(const QByteArray &body);
    static Decoded<QList<Ipv4Address>> replicated(const QByteArray &body); // {"replicated":[…]}

    // A JSON array of objects, kept as they are (the PSU management API's endpoint records,
    // psu-api.md §5): the same list rules as above, with no field read.
    static Decoded<QList<QJsonObject>> objects(const QByteArray &body);

    static const QStringList &knownOptionTypes();

    // Item decoders, exposed for the grouped forms and tests.
    static PsuScope readScope(JsonReader &r);
    static PsuLease readLease(JsonReader &r);
    static PsuReservation readReservation(JsonReader &r);
    static PsuFailover readFailover(JsonReader &r);
    static PsuOption readOption(JsonReader &r);
    static PsuExclusion readExclusion(JsonReader &r);
};

} // namespace leaselink
