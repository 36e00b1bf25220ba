#include "OptionValueRepository.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

namespace {

const QString SelectValues = QStringLiteral(
    "SELECT v.id, v.option_definition_id, v.value, v.friendly_name FROM option_values v "
    "JOIN option_code_definitions d ON d.id = v.option_definition_id ");
const QString ValueOrder = QStringLiteral(" ORDER BY d.code, v.friendly_name, v.value, v.id");

} // namespace

StoreExpected<QList<OptionValue>> OptionValueRepository::query(const QString &sql,
                                                               const QVariantList &values,
                                                               const QString &action) const
{
    auto q = prepare(m_database.connection(), sql, action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    QList<OptionValue> result;
    while (q->next()) {
        OptionValue v;
        v.id = q->value(0).toLongLong();
        v.optionDefinitionId = q->value(1).toLongLong();
        v.value = q->value(2).toString();
        v.friendlyName = q->value(3).toString();
        result.append(v);
    }
    return result;
}

StoreExpected<QList<OptionValue>> OptionValueRepository::list() const
{
    return query(SelectValues + ValueOrder, {}, QStringLiteral("listing option values"));
}

StoreExpected<OptionValue> OptionValueRepository::get(std::int64_t id) const
{
    auto found = query(SelectValues + QStringLiteral("WHERE v.id = ?"), {qlonglong(id)},
                       QStringLiteral("reading option value %1").arg(id));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return storeFail(StoreError::Kind::NotFound,
                         QStringLiteral("No option value with id %1 exists.").arg(id));
    return found->constFirst();
}

StoreExpected<QList<OptionValue>> OptionValueRepository::listForScope(std::int64_t scopeId) const
{
    return query(SelectValues +
                     QStringLiteral("JOIN scope_option_values l ON l.option_value_id = v.id "
                                    "WHERE l.scope_id = ?") +
                     ValueOrder,
                 {qlonglong(scopeId)},
                 QStringLiteral("listing option values of scope %1").arg(scopeId));
}

StoreExpected<std::optional<OptionValue>>
OptionValueRepository::findByDefinitionAndValue(std::int64_t definitionId,
                                                const QString &value) const
{
    auto found =
        query(SelectValues + QStringLiteral("WHERE v.option_definition_id = ? AND v.value = ?") +
                  ValueOrder,
              {qlonglong(definitionId), value}, QStringLiteral("looking up an option value"));
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<OptionValue>();
    return std::optional<OptionValue>(found->constFirst());
}

StoreExpected<void> OptionValueRepository::validate(const OptionValue &v, ValidationMode mode) const
{
    using K = StoreError::Kind;
    auto exists = rowExists(m_database.connection(), QStringLiteral("option_code_definitions"),
                            v.optionDefinitionId);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return storeFail(K::NotFound,
                         QStringLiteral("An option value needs an existing option code definition "
                                        "(id %1 does not exist).")
                             .arg(v.optionDefinitionId));
    if (mode == ValidationMode::Edit && v.value.trimmed().isEmpty())
        return storeFail(K::Constraint, QStringLiteral("An option value cannot be empty."));
    if (v.friendlyName.size() > MaxFriendlyNameLength)
        return storeFail(K::Constraint,
                         QStringLiteral("Friendly name %1 is longer than %2 characters.")
                             .arg(quoted(v.friendlyName))
                             .arg(MaxFriendlyNameLength));
    return {};
}

StoreExpected<OptionValue> OptionValueRepository::create(const OptionValue &value,
                                                         ValidationMode mode)
{
    if (auto r = validate(value, mode); !r)
        return std::unexpected(r.error());
    const QVariant now = toDbTime(nowUtc());
    const QString action = QStringLiteral("saving option value %1").arg(quoted(value.value));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("INSERT INTO option_values (option_definition_id, value, "
                                    "friendly_name, created, last_updated) VALUES (?, ?, ?, ?, ?)"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &v : QVariantList{qlonglong(value.optionDefinitionId), value.value,
                                          value.friendlyName, now, now})
        q->addBindValue(v);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(q->lastInsertId().toLongLong());
}

StoreExpected<OptionValue> OptionValueRepository::update(const OptionValue &value,
                                                         ValidationMode mode)
{
    if (auto existing = get(value.id); !existing)
        return existing;
    if (auto r = validate(value, mode); !r)
        return std::unexpected(r.error());
    const QString action = QStringLiteral("saving option value %1").arg(quoted(value.value));
    auto q = prepare(m_database.connection(),
                     QStringLiteral("UPDATE option_values SET option_definition_id = ?, value = ?, "
                                    "friendly_name = ?, last_updated = ? WHERE id = ?"),
                     action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &v :
         QVariantList{qlonglong(value.optionDefinitionId), value.value, value.friendlyName,
                      toDbTime(nowUtc()), qlonglong(value.id)})
        q->addBindValue(v);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    return get(value.id);
}

StoreExpected<void> OptionValueRepository::remove(std::int64_t id)
{
    if (auto existing = get(id); !existing)
        return std::unexpected(existing.error());
    // scope_option_values rows go with it (ON DELETE CASCADE).
    const QString action = QStringLiteral("deleting option value %1").arg(id);
    auto q = prepare(m_database.connection(),
                     QStringLiteral("DELETE FROM option_values WHERE id = ?"), action);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(qlonglong(id));
    return exec(*q, action);
}

} // namespace leaselink
