// The text parsers of core/domain over any UTF-8 (and the same bytes as Latin-1, so NULs and
// high bytes arrive unchanged): a success must round-trip through toString().

#include "FuzzSupport.h"

#include "domain/Ipv4Address.h"
#include "domain/Ipv4Prefix.h"
#include "domain/Ipv4Range.h"
#include "domain/LeaseDuration.h"
#include "domain/MacAddress.h"

using namespace leaselink;

namespace {

void parseAll(const QString &text)
{
    if (const auto ip = Ipv4Address::parse(text)) {
        const auto again = Ipv4Address::parse(ip->toString());
        LEASELINK_FUZZ_REQUIRE(again && *again == *ip);
    } else {
        LEASELINK_FUZZ_REQUIRE(!ip.error().message.isEmpty());
    }
    for (const auto bits : {Ipv4Prefix::HostBits::Reject, Ipv4Prefix::HostBits::Normalise}) {
        if (const auto prefix = Ipv4Prefix::parse(text, bits)) {
            LEASELINK_FUZZ_REQUIRE(prefix->length() >= 0 && prefix->length() <= 32);
            LEASELINK_FUZZ_REQUIRE(prefix->contains(prefix->network()));
            LEASELINK_FUZZ_REQUIRE(prefix->contains(prefix->broadcast()));
            const auto again = Ipv4Prefix::parse(prefix->toString());
            LEASELINK_FUZZ_REQUIRE(again && *again == *prefix);
        }
    }
    if (const auto mac = MacAddress::parse(text)) {
        const auto again = MacAddress::parse(mac->toString());
        LEASELINK_FUZZ_REQUIRE(again && *again == *mac);
        const auto id = MacAddress::canonicalClientId(text);
        LEASELINK_FUZZ_REQUIRE(id && *id == mac->toString());
    }
    if (const auto id = MacAddress::canonicalClientId(text)) {
        const auto again = MacAddress::canonicalClientId(*id);
        LEASELINK_FUZZ_REQUIRE(again && *again == *id);
    }
    (void)Ipv4Range::parse(text);
    if (const auto duration = LeaseDuration::parse(text))
        (void)duration->toDisplayString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initialise();
    parseAll(fuzz::utf8(data, size));
    parseAll(QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
