#pragma once

namespace leaselink {

// What one successful read of a scope's lease and reservation lists returned, kept until the
// next run so decision C-01 can tell "the server emptied the scope" from "a PSU script below
// 2.0.0 answered nothing because Windows failed": both lists empty after having entries is
// only believed when the next run reads them empty again.
struct ScopeReadRecord
{
    int leaseCount = 0;
    int reservationCount = 0;
    bool emptyUnconfirmed = false; // this read was empty and still awaits its confirmation

    bool operator==(const ScopeReadRecord &) const = default;
};

} // namespace leaselink
