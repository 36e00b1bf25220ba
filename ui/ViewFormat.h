#pragma once

#include "domain/Maintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace leaselink::viewformat {

// Shared display rules of the list views, so "Never" and the maintenance column read the same
// everywhere.
inline QString dateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QCoreApplication::translate("ViewFormat", "Never");
    return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
}

inline QString maintenance(const Maintenance &maintenance)
{
    if (!maintenance.enabled)
        return {};
    if (maintenance.enabledBy.isEmpty())
        return QCoreApplication::translate("ViewFormat", "In maintenance");
    return QCoreApplication::translate("ViewFormat", "In maintenance (%1)")
        .arg(maintenance.enabledBy);
}

} // namespace leaselink::viewformat
