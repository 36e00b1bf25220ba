#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace leaselink {

// A failure of the local cache. The message is written for an admin and fit for a dialog; it
// names the object and the rule ("A server named 'dhcp01' already exists.").
struct StoreError
{
    enum class Kind
    {
        NotFound,   // the referenced row does not exist
        Constraint, // the values break a rule of the data model (required, length, range, ...)
        Conflict,   // the change clashes with other stored data (duplicate, still referenced, busy)
        Io,         // the file or directory cannot be opened, read or written
        Schema,     // the file's schema is newer than this build or a migration failed
        Corrupt     // SQLite reports a damaged file or the file is not a database
    };

    Kind kind = Kind::Io;
    QString message;
};

template <typename T> using StoreExpected = std::expected<T, StoreError>;

inline std::unexpected<StoreError> storeFail(StoreError::Kind kind, QString message)
{
    return std::unexpected<StoreError>(StoreError{kind, std::move(message)});
}

} // namespace leaselink
