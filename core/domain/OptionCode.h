#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace leaselink {

// The eight stored option data types (data model 5.1). Descriptive only.
enum class OptionDataType
{
    String,
    IPAddress,
    IPAddressList,
    DWord,
    DWordDWord,
    Binary,
    Encapsulated,
    IPv6Address
};

// Stored text ("DWORD DWORD" has a space) and display label of each type.
QString optionDataTypeStoredValue(OptionDataType type);
QString optionDataTypeLabel(OptionDataType type);
std::optional<OptionDataType> optionDataTypeFromStoredValue(QStringView stored);

// A DHCP option code definition (data model section 5). Unique by code alone (0..32767).
struct OptionCodeDefinition
{
    std::int64_t id = 0;
    int code = 0;
    QString name; // <= 200
    QString description;
    OptionDataType dataType = OptionDataType::String;
    bool isBuiltin = false; // built-in definitions cannot be deleted
    QString vendorClass;    // <= 200, blank for standard options

    QString displayName() const { return QString::number(code) + QStringLiteral(": ") + name; }

    bool operator==(const OptionCodeDefinition &) const = default;
};

} // namespace leaselink
