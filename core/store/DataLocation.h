#pragma once

#include "StoreError.h"

#include <QString>

namespace leaselink {

// Where the data file lives: the CLI's --data-dir wins, then the LEASELINK_DATA_DIR environment
// variable (tests, staging copies), then the platform's app-data location.
class DataLocation
{
public:
    static constexpr const char *EnvironmentVariable = "LEASELINK_DATA_DIR";
    static constexpr const char *FileName = "leaselink.sqlite3";

    // The directory by the order above, without touching the file system.
    static QString directory(const QString &explicitDir = {});
    // The directory, created when missing; an error names the directory that cannot be created.
    static StoreExpected<QString> ensureDirectory(const QString &explicitDir = {});
    // <directory>/leaselink.sqlite3, with the directory created.
    static StoreExpected<QString> databaseFile(const QString &explicitDir = {});
};

} // namespace leaselink
