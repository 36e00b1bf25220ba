#pragma once

#include "NetBoxConnection.h"
#include "StoreError.h"

#include <optional>

namespace leaselink {

class Database;

// The single NetBox connection row (URL, TLS verification, trusted certificate).
class NetBoxConnectionRepository
{
public:
    explicit NetBoxConnectionRepository(Database &database)
        : m_database(database)
    {}

    // nullopt until a connection has been saved.
    StoreExpected<std::optional<NetBoxConnection>> get() const;
    // The URL must be absolute http(s) with a host and must not carry credentials.
    StoreExpected<NetBoxConnection> save(const NetBoxConnection &connection);
    StoreExpected<void> clear();

private:
    Database &m_database;
};

} // namespace leaselink
