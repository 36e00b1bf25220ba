#pragma once

#include "Migration.h"

#include <QList>

namespace leaselink {

// The schema of the local cache as an ordered list of migrations, oldest first.
class Schema
{
public:
    static QList<Migration> migrations();
    static int currentVersion();
};

} // namespace leaselink
