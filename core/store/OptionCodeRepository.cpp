#include "OptionCodeRepository.h"

#include "BuiltinOptionCatalogue.h"
#include "Database.h"
#include "SqlSupport.h"
#include "Transaction.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

OptionCodeDefinition definitionFromRow(const QSqlQuery &q)
{
    OptionCodeDefinition d;
    d.id = q.value(QStringLiteral("id")).toLongLong();
    d.code = q.value(QStringLiteral("code")).toInt();
    d.name = q.value(QStringLiteral("name")).toString();
    d.description = q.value(QStringLiteral("description")).toString();
    d.dataType = optionDataTypeFromStoredValue(q.value(QStringLiteral("data_type")).toString())
                     .value_or(OptionDataType::String);
    d.isBuiltin = q.value(QStringLiteral("is_builtin")).toBool();
    d.vendorClass = q.value(QStringLiteral("vendor_class")).toString();
    return d;
}

} // namespace

StoreExpected<QList<OptionCodeDefinition>> OptionCodeRepository::query(const QString &tail,
                                                                       const QVariantList &values,
                                                                       const QString &action) const
{
    auto q = prepare(m_database.connection(),
                     QStringLiteral("SELECT * FROM option_code_definitions ") + tail, action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<OptionCodeDefinition> result;
    while (q->next())
        result.append(definitionFromRow(*q));
    return result;
}

StoreExpected<QList<OptionCodeDefinition>> OptionCodeRepository::list() const
{
    return query(QStringLiteral("ORDER BY code, vendor_class"), {},
                 QStringLiteral("listing option codes"));
}

StoreExpected<OptionCodeDefinition> OptionCodeRepository::get(std::int64_t id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {qlonglong(id)},
                       QStringLiteral("reading option code definition %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No option code definition with id %1 exists.").arg(id));
    return found->constFirst();
}

StoreExpected<std::optional<OptionCodeDefinition>> OptionCodeRepository::findByCode(int code) const
{
    // vendor_class = '' sorts first, so the plain definition wins when several exist.
    auto found = query(QStringLiteral("WHERE code = ? ORDER BY vendor_class, id"), {code},
                       QStringLiteral("looking up option code %1").arg(code));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<OptionCodeDefinition>();
    return std::optional<OptionCodeDefinition>(found->constFirst());
}

StoreExpected<std::optional<OptionCodeDefinition>>
OptionCodeRepository::findByCodeAndVendorClass(int code, const QString &vendorClass) const
{
    // QString() would bind NULL and match nothing; the column stores "" for no vendor class.
    const QString stored = vendorClass.isNull() ? QStringLiteral("") : vendorClass;
    auto found = query(QStringLiteral("WHERE code = ? AND vendor_class = ?"), {code, stored},
                       QStringLiteral("looking up option code %1").arg(code));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<OptionCodeDefinition>();
    return std::optional<OptionCodeDefinition>(found->constFirst());
}

StoreExpected<void> OptionCodeRepository::validate(const OptionCodeDefinition &d) const
{
    using K = StoreError::Kind;
    if (d.code < MinCode || d.code > MaxCode)
        return storeFail(K::Constraint, QStringLiteral("Option code %1 is out of range (%2 to %3).")
                                            .arg(d.code)
                                            .arg(MinCode)
                                            .arg(MaxCode));
    if (d.name.trimmed().isEmpty())
        return storeFail(K::Constraint, QStringLiteral("Option code %1 needs a name.").arg(d.code));
    if (d.name.size() > MaxNameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("The name of option code %1 is longer than %2 characters.")
                             .arg(d.code)
                             .arg(MaxNameLength));
    if (d.vendorClass.size() > MaxVendorClassLength)
        return storeFail(
            K::Constraint,
            QStringLiteral("The vendor class of option code %1 is longer than %2 characters.")
                .arg(d.code)
                .arg(MaxVendorClassLength));
    auto existing = findByCodeAndVendorClass(d.code, d.vendorClass);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && (*existing)->id != d.id)
        return storeFail(K::Conflict, QStringLiteral("Option code %1 is already defined as %2.")
                                          .arg(d.code)
                                          .arg(quoted((*existing)->displayName())));
    return {};
}

StoreExpected<OptionCodeDefinition>
OptionCodeRepository::create(const OptionCodeDefinition &definition)
{
    OptionCodeDefinition d = definition;
    d.id = 0;
    if (auto r = validate(d); !r)
        return std::unexpected(r.error());
    const QVariant now = toDbTime(nowUtc());
    const QString action = QStringLiteral("saving option code %1").arg(d.code);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("INSERT INTO option_code_definitions (code, name, description, "
                                    "data_type, is_builtin, vendor_class, created, last_updated) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value :
         QVariantList{d.code, d.name, d.description, optionDataTypeStoredValue(d.dataType),
                      d.isBuiltin, d.vendorClass, now, now})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(q->lastInsertId().toLongLong());
}

StoreExpected<OptionCodeDefinition> OptionCodeRepository::update(const OptionCodeDefinition &d)
{
    if (auto existing = get(d.id); !existing)
        return existing;
    if (auto r = validate(d); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving option code %1").arg(d.code);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE option_code_definitions SET code = ?, name = ?, "
                                    "description = ?, data_type = ?, vendor_class = ?, "
                                    "last_updated = ? WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value :
         QVariantList{d.code, d.name, d.description, optionDataTypeStoredValue(d.dataType),
                      d.vendorClass, toDbTime(nowUtc()), qlonglong(d.id)})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(d.id);
}

StoreExpected<void> OptionCodeRepository::remove(std::int64_t id)
{
    auto definition = get(id);
    if (!definition)
        return std::unexpected(definition.error());
    const QString label = quoted(definition->displayName());
    if (definition->isBuiltin)
        return storeFail(
            StoreError::Kind::Conflict,
            QStringLiteral("Option code %1 is built in and cannot be deleted.").arg(label));
    const QString action = QStringLiteral("deleting option code %1").arg(label);
    auto count =
        prepare(m_database.connection(),
                QStringLiteral("SELECT COUNT(*) FROM option_values WHERE option_definition_id = ?"),
                action);
    if (!count)
        return std::unexpected(count.error());
    count->addBindValue(qlonglong(id));
    if (auto r = exec(*count, action); !r)
        return r;
    const int uses = count->next() ? count->value(0).toInt() : 0;
    if (uses > 0)
        return storeFail(
            StoreError::Kind::Conflict,
            QStringLiteral("Option code %1 cannot be deleted: %2 option value(s) use it. "
                           "Delete those values first.")
                .arg(label)
                .arg(uses));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM option_code_definitions WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(id));
    return exec(*q, action);
}

StoreExpected<int> OptionCodeRepository::seedBuiltinOptionCodes()
{
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto inserted = BuiltinOptionCatalogue::seed(m_database.connection());
    if (!inserted)
        return inserted;
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return inserted;
}

} // namespace leaselink
