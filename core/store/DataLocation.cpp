#include "DataLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace leaselink {

QString DataLocation::directory(const QString &explicitDir)
{
    if (!explicitDir.trimmed().isEmpty())
        return QDir::cleanPath(QDir(explicitDir.trimmed()).absolutePath());
    const QString fromEnv = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

StoreExpected<QString> DataLocation::ensureDirectory(const QString &explicitDir)
{
    const QString dir = directory(explicitDir);
    if (dir.isEmpty())
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("No application data location is known on this system; "
                                        "pass --data-dir or set %1.")
                             .arg(QLatin1String(EnvironmentVariable)));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return storeFail(
            StoreError::Kind::Io,
            QStringLiteral("The data directory '%1' is a file, not a directory.").arg(dir));
    if (!QDir().mkpath(dir))
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("Cannot create the data directory '%1'; check the "
                                        "permissions of its parent directory.")
                             .arg(dir));
    return dir;
}

StoreExpected<QString> DataLocation::databaseFile(const QString &explicitDir)
{
    auto dir = ensureDirectory(explicitDir);
    if (!dir)
        return std::unexpected(dir.error());
    return QDir(*dir).filePath(QLatin1String(FileName));
}

} // namespace leaselink
