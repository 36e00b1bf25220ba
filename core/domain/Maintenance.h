#pragma once

#include <QDateTime>
#include <QString>

namespace leaselink {

// Maintenance fields shared by servers, failovers and scopes. Enabling sets the time and the
// acting user's name; disabling clears all three.
struct Maintenance
{
    bool enabled = false;
    QDateTime enabledAt; // UTC; invalid when not in maintenance
    QString enabledBy;
    QString notes;

    bool operator==(const Maintenance &) const = default;
};

} // namespace leaselink
