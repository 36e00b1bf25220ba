// The NetBox decoders (status, list pages with every item reader, user, status choices, the
// version parser) and the error-body reader used for every non-2xx answer (PSU and NetBox).

#include "FuzzSupport.h"

#include "net/netbox/NetBoxDecoder.h"
#include "net/NetErrorFactory.h"

using namespace leaselink;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::initialise();
    const QByteArray body = fuzz::bytes(data, size);

    const auto status = NetBoxDecoder::status(body);
    if (!status)
        LEASELINK_FUZZ_REQUIRE(!status.error().reason.isEmpty());
    (void)NetBoxDecoder::user(body);
    (void)NetBoxDecoder::statusChoices(body);

    if (const auto page = NetBoxDecoder::page(body)) {
        (void)NetBoxDecoder::readAll<NetBoxIpAddress>(page->results, &NetBoxDecoder::readIpAddress);
        (void)NetBoxDecoder::readAll<NetBoxPrefix>(page->results, &NetBoxDecoder::readPrefix);
        (void)NetBoxDecoder::readAll<NetBoxTag>(page->results, &NetBoxDecoder::readTag);
        (void)NetBoxDecoder::readAll<NetBoxVrf>(page->results, &NetBoxDecoder::readVrf);
        (void)NetBoxDecoder::readAll<NetBoxCustomField>(page->results,
                                                        &NetBoxDecoder::readCustomField);
    }

    NetBoxStatus parsed;
    (void)NetBoxDecoder::parseVersion(fuzz::utf8(data, size), &parsed);

    // Error bodies: the server's text is shortened (300 characters) and redacted.
    const QString text = NetErrorFactory::serverErrorText(body);
    LEASELINK_FUZZ_REQUIRE(text.size() <= 400);
    const NetError error = NetErrorFactory::httpStatus(
        RemoteService::NetBox, QStringLiteral("GET"),
        QStringLiteral("https://netbox.example/api/ipam/ip-addresses/"), 400, body, false);
    LEASELINK_FUZZ_REQUIRE(!error.adminMessage.isEmpty());
    (void)NetErrorFactory::httpStatus(RemoteService::Psu, QStringLiteral("PUT"),
                                      QStringLiteral("https://dhcp.example/api/dhcp/scopes"), 409,
                                      body, true);
    return 0;
}
