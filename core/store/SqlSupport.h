#pragma once

#include "StoreError.h"

#include "domain/Maintenance.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// Small helpers shared by the store's classes: timestamp and null conversions, and turning a
// QSqlError into a StoreError with a message an admin can act on.
namespace leaselink::sqlsupport {

// ISO-8601 UTC text with milliseconds ("2026-11-28T04:35:10.123Z"); NULL for an invalid time.
QVariant toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);

QVariant toDbId(std::optional<std::int64_t> id);
std::optional<std::int64_t> fromDbId(const QVariant &value);

// The current time as stored: UTC, truncated to the milliseconds the text keeps.
QDateTime nowUtc();

StoreError errorFrom(const QSqlError &error, const QString &action);

// Prepares `sql` on `db`; `action` describes the operation for the error message
// ("saving server 'dhcp01'").
StoreExpected<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql, const QString &action);
// Binds null QStrings as '' (see the .cpp); exec() does it for every statement.
void normaliseNullStrings(QSqlQuery &query);
StoreExpected<void> exec(QSqlQuery &query, const QString &action);
// For statements without parameters (DDL, pragmas).
StoreExpected<void> execDirect(const QSqlDatabase &db, const QString &sql, const QString &action);

// Maintenance columns (maintenance_mode, _enabled_at, _enabled_by, _notes) of the current row.
Maintenance readMaintenance(const QSqlQuery &query);
// Enabling stamps the time (now unless given) and keeps by/notes; disabling clears all three.
Maintenance normalisedMaintenance(const Maintenance &maintenance);
// Writes the maintenance columns of one row of `table` (servers, failovers or scopes).
StoreExpected<void> writeMaintenance(const QSqlDatabase &db, const QString &table, std::int64_t id,
                                     const Maintenance &maintenance, const QString &action);

// Whether row `id` exists in `table` (a table name from this library, never user input).
StoreExpected<bool> rowExists(const QSqlDatabase &db, const QString &table, std::int64_t id);

// Quotes a name for a message: 'dhcp01'.
QString quoted(const QString &text);
// 'a', 'b' and 'c'
QString quotedList(const QStringList &items);

} // namespace leaselink::sqlsupport
