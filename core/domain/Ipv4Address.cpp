#include "Ipv4Address.h"

#include "ParseText.h"

namespace leaselink {

Expected<Ipv4Address> Ipv4Address::parse(QStringView text)
{
    std::uint32_t value = 0;
    QString reason;
    if (!detail::parseDottedQuad(text, value, &reason))
        return fail(detail::quoted(text) + QStringLiteral(" is not a valid IPv4 address: ") +
                    reason);
    return Ipv4Address(value);
}

QString Ipv4Address::toString() const
{
    return detail::dottedQuad(m_value);
}

} // namespace leaselink
