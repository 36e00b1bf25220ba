#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace leaselink {

// A validation or parse failure. The message names the bad input and is fit to show an admin
// ("'10.0.1.300' is not a valid IPv4 address: octet 4 is greater than 255").
struct Error
{
    QString message;
};

template <typename T> using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

} // namespace leaselink
