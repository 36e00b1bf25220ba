#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace leaselink {

// One step of the schema: moves a database from version - 1 to `version`. The Migrator runs
// `apply` inside a transaction together with the user_version bump, so a failure leaves the
// file at the previous version.
struct Migration
{
    int version = 0;
    QString description;
    std::function<StoreExpected<void>(const QSqlDatabase &db)> apply;
};

} // namespace leaselink
