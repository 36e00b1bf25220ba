#include "SqlSupport.h"

#include <optional>

Q_LOGGING_CATEGORY(lcStore, "leaselink.store")

namespace leaselink::sqlsupport {

namespace {

// SQLite primary result codes (the low byte of an extended code).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;

} // namespace

QVariant toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// Digits text[from, from + count) as a number, or -1.
int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// The exact form toDbTime writes ("2026-11-29T10:58:51.123Z"), read without QDateTime's general
// ISO parser, which costs microseconds a value: the lease cache reads 110k of them per view.
std::optional<QDateTime> fromStoredUtc(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const int ms = digitsAt(text, 20, 3);
    if (!date.isValid() || !QTime::isValid(hour, minute, second, ms))
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (auto stored = fromStoredUtc(value.toString()))
        return *stored;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant toDbId(std::optional<std::int64_t> id)
{
    if (!id)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant::fromValue(qlonglong(*id));
}

std::optional<std::int64_t> fromDbId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

StoreError errorFrom(const QSqlError &error, const QString &action)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    StoreError::Kind kind = StoreError::Kind::Io;
    if (ok) {
        switch (code) {
        case SqliteConstraint:
            kind = detail.contains(QLatin1String("UNIQUE")) ||
                           detail.contains(QLatin1String("FOREIGN KEY"))
                       ? StoreError::Kind::Conflict
                       : StoreError::Kind::Constraint;
            break;
        case SqliteBusy:
        case SqliteLocked:
            kind = StoreError::Kind::Conflict;
            break;
        case SqliteCorrupt:
        case SqliteNotADb:
            kind = StoreError::Kind::Corrupt;
            break;
        default:
            break;
        }
    }
    QString hint;
    switch (ok ? code : 0) {
    case SqliteBusy:
    case SqliteLocked:
        hint = QStringLiteral(" Another LeaseLink process is using the data file; try again.");
        break;
    case SqliteReadOnly:
    case SqliteCantOpen:
        hint = QStringLiteral(" Check that the data directory exists and is writable.");
        break;
    case SqliteFull:
        hint = QStringLiteral(" The disk is full.");
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        hint = QStringLiteral(" The data file is damaged or is not a LeaseLink database.");
        break;
    default:
        break;
    }
    return StoreError{kind, QStringLiteral("Failed %1: %2.%3").arg(action, detail, hint)};
}

StoreExpected<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql, const QString &action)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return std::unexpected(errorFrom(query.lastError(), action));
    return query;
}

void normaliseNullStrings(QSqlQuery &query)
{
    // QtSql binds a null QString as SQL NULL. Our text columns are NOT NULL with '' meaning
    // "empty", so a default-constructed QString must be stored as ''. Deliberate NULLs are bound
    // as a null QVariant (QVariant(QMetaType)), which this leaves alone.
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
    }
}

StoreExpected<void> exec(QSqlQuery &query, const QString &action)
{
    normaliseNullStrings(query);
    if (!query.exec())
        return std::unexpected(errorFrom(query.lastError(), action));
    return {};
}

StoreExpected<void> execDirect(const QSqlDatabase &db, const QString &sql, const QString &action)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(errorFrom(query.lastError(), action));
    return {};
}

Maintenance readMaintenance(const QSqlQuery &query)
{
    Maintenance maintenance;
    maintenance.enabled = query.value(QStringLiteral("maintenance_mode")).toBool();
    maintenance.enabledAt = fromDbTime(query.value(QStringLiteral("maintenance_enabled_at")));
    maintenance.enabledBy = query.value(QStringLiteral("maintenance_enabled_by")).toString();
    maintenance.notes = query.value(QStringLiteral("maintenance_notes")).toString();
    return maintenance;
}

Maintenance normalisedMaintenance(const Maintenance &maintenance)
{
    if (!maintenance.enabled)
        return Maintenance{};
    Maintenance result = maintenance;
    result.enabledAt = maintenance.enabledAt.isValid() ? maintenance.enabledAt.toUTC() : nowUtc();
    return result;
}

StoreExpected<void> writeMaintenance(const QSqlDatabase &db, const QString &table, std::int64_t id,
                                     const Maintenance &maintenance, const QString &action)
{
    const Maintenance m = normalisedMaintenance(maintenance);
    auto query =
        prepare(db,
                QStringLiteral("UPDATE %1 SET maintenance_mode = ?, maintenance_enabled_at = ?, "
                               "maintenance_enabled_by = ?, maintenance_notes = ?, "
                               "last_updated = ? WHERE id = ?")
                    .arg(table),
                action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(m.enabled);
    query->addBindValue(toDbTime(m.enabledAt));
    query->addBindValue(m.enabledBy);
    query->addBindValue(m.notes);
    query->addBindValue(toDbTime(nowUtc()));
    query->addBindValue(qlonglong(id));
    return exec(*query, action);
}

StoreExpected<bool> rowExists(const QSqlDatabase &db, const QString &table, std::int64_t id)
{
    const QString action = QStringLiteral("looking up %1 row %2").arg(table).arg(id);
    auto query = prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), action);
    if (!query)
        return std::unexpected(query.error());
    query->addBindValue(qlonglong(id));
    if (auto r = exec(*query, action); !r)
        return std::unexpected(r.error());
    return query->next();
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString quotedList(const QStringList &items)
{
    QStringList q;
    for (const QString &item : items)
        q.append(quoted(item));
    if (q.size() <= 1)
        return q.join(QString());
    const QString last = q.takeLast();
    return q.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace leaselink::sqlsupport
