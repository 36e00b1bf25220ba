#include "OptionCode.h"

namespace leaselink {

namespace {

struct TypeText
{
    OptionDataType type;
    const char16_t *stored;
    const char16_t *label;
};

// Data model 5.1, in declaration order. "DWORD DWORD" really has a space.
constexpr TypeText TypeTexts[] = {
    {OptionDataType::String, u"String", u"String"},
    {OptionDataType::IPAddress, u"IPAddress", u"IP Address"},
    {OptionDataType::IPAddressList, u"IPAddressList", u"IP Address List"},
    {OptionDataType::DWord, u"DWORD", u"DWORD (32-bit)"},
    {OptionDataType::DWordDWord, u"DWORD DWORD", u"DWORD DWORD (64-bit)"},
    {OptionDataType::Binary, u"Binary", u"Binary"},
    {OptionDataType::Encapsulated, u"Encapsulated", u"Encapsulated"},
    {OptionDataType::IPv6Address, u"IPv6Address", u"IPv6 Address"},
};

const TypeText &textOf(OptionDataType type)
{
    for (const TypeText &entry : TypeTexts) {
        if (entry.type == type)
            return entry;
    }
    return TypeTexts[0]; // unreachable for a valid enum value
}

} // namespace

QString optionDataTypeStoredValue(OptionDataType type)
{
    return QString::fromUtf16(textOf(type).stored);
}

QString optionDataTypeLabel(OptionDataType type)
{
    return QString::fromUtf16(textOf(type).label);
}

std::optional<OptionDataType> optionDataTypeFromStoredValue(QStringView stored)
{
    // Exact text only: the stored values are a closed set, and the remote script's own type
    // names ("IPv4Address", "DWord") must not be mistaken for them.
    for (const TypeText &entry : TypeTexts) {
        if (stored == QStringView(entry.stored))
            return entry.type;
    }
    return std::nullopt;
}

} // namespace leaselink
