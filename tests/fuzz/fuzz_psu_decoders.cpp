// Every PSU decoder over one body (psu-api.md shapes, upstream-v2.md §2.3 grouped forms). The
// decoders are total: any byte string must give a value or a DecodeFailure, never a crash,
// a hang or an unbounded allocation.

#include "FuzzSupport.h"

#include "net/psu/PsuDecoder.h"

using namespace leaselink;

namespace {

template <typename T> void checkFailure(const Decoded<T> &decoded)
{
    // A failure always says why; the path may be empty (the body itself).
    if (!decoded)
        LEASELINK_FUZZ_REQUIRE(!decoded.error().reason.isEmpty());
}

// Record-by-record reads: every record is either kept or rejected with a reason.
template <typename T> void checkRecords(const Decoded<PsuRecords<T>> &decoded)
{
    checkFailure(decoded);
    if (decoded) {
        for (const PsuRejectedRecord &bad : decoded->rejected)
            LEASELINK_FUZZ_REQUIRE(!bad.failure.reason.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initialise();
    const QByteArray body = fuzz::bytes(data, size);
    checkFailure(PsuDecoder::health(body));
    checkFailure(PsuDecoder::scopes(body));
    checkFailure(PsuDecoder::scope(body));
    checkFailure(PsuDecoder::leases(body));
    checkFailure(PsuDecoder::reservations(body));
    checkFailure(PsuDecoder::reservation(body));
    checkFailure(PsuDecoder::failovers(body));
    checkFailure(PsuDecoder::failover(body));
    checkFailure(PsuDecoder::options(body));
    checkFailure(PsuDecoder::exclusions(body));
    checkFailure(PsuDecoder::exclusion(body));
    checkFailure(PsuDecoder::groupedLeases(body));
    checkFailure(PsuDecoder::groupedReservations(body));
    checkFailure(PsuDecoder::groupedExclusions(body));
    checkFailure(PsuDecoder::optionsSnapshot(body));
    checkFailure(PsuDecoder::bulkResults(body));
    checkFailure(PsuDecoder::metrics(body));
    checkFailure(PsuDecoder::replicated(body));
    checkFailure(PsuDecoder::objects(body));
    checkRecords(PsuDecoder::scopeRecords(body));
    checkRecords(PsuDecoder::failoverRecords(body));
    checkRecords(PsuDecoder::exclusionRecords(body));
    return 0;
}
