#pragma once

namespace leaselink {

// Edit validation applies to changes an admin makes in a form or on the CLI. Import and sync
// write what the DHCP server reports, and the data model says those paths skip the edit rules
// (range inside the prefix, start <= end, scope source, one value per option code, ...); the
// database's own constraints still apply.
enum class ValidationMode
{
    Edit,
    Import
};

} // namespace leaselink
