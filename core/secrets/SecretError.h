#pragma once

#include "domain/Error.h"

#include <expected>

namespace leaselink {

enum class SecretErrorKind
{
    NotFound,      // nothing stored under the key: ask the admin to enter it
    NoBackend,     // no OS keychain (e.g. headless Linux without a Secret Service)
    AccessDenied,  // the keychain refused (locked, user declined the prompt)
    ReadOnly,      // the store cannot be written (environment variables)
    BackendFailure // anything else the keychain reported
};

// A secret-store failure. It derives from Error so a SecretExpected<T> converts implicitly to
// Expected<T> where the caller only needs the message; callers that must tell "not stored yet"
// from "keychain broken" look at kind.
struct SecretError : Error
{
    SecretErrorKind kind = SecretErrorKind::BackendFailure;
};

template <typename T> using SecretExpected = std::expected<T, SecretError>;

inline std::unexpected<SecretError> secretFailure(SecretErrorKind kind, QString message)
{
    return std::unexpected<SecretError>(SecretError{{std::move(message)}, kind});
}

} // namespace leaselink
