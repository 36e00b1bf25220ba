#include "NetBoxWriter.h"

#include "NetBoxSerializer.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace leaselink::lab {

namespace {

const QString kRequired = QStringLiteral("This field is required.");
const QString kNotNull = QStringLiteral("This field may not be null.");
const QString kNotBlank = QStringLiteral("This field may not be blank.");
const QString kNotString = QStringLiteral("Not a valid string.");
const QString kNotInteger = QStringLiteral("A valid integer is required.");
const QString kNotBoolean = QStringLiteral("Must be a valid boolean.");
const QString kChoiceDict = QStringLiteral(
    "Value must be passed directly (e.g. \"foo\": 123); do not use a dictionary or list.");

void addError(QJsonObject &errors, const QString &field, const QString &message)
{
    QJsonArray list = errors.value(field).toArray();
    list.append(message);
    errors.insert(field, list);
}

QString tooLong(int maxLength)
{
    return QStringLiteral("Ensure this field has no more than %1 characters.").arg(maxLength);
}

// DRF CharField: numbers are accepted and converted, booleans/objects/lists are not, whitespace is
// trimmed, blank and null are refused unless allowed. Returns false when the key is absent.
bool readString(const QJsonObject &data, const QString &key, int maxLength, bool allowBlank,
                QString &out, QJsonObject &errors, bool allowNull = false, bool *isNull = nullptr)
{
    if (!data.contains(key))
        return false;
    const QJsonValue value = data.value(key);
    if (value.isNull()) {
        if (allowNull) {
            if (isNull)
                *isNull = true;
            out.clear();
        } else {
            addError(errors, key, kNotNull);
        }
        return true;
    }
    QString text;
    if (value.isString())
        text = value.toString().trimmed();
    else if (value.isDouble())
        text = NetBoxJsonObject::valueToJson(value);
    else {
        addError(errors, key, kNotString);
        return true;
    }
    if (text.isEmpty() && !allowBlank) {
        addError(errors, key, kNotBlank);
        return true;
    }
    if (maxLength > 0 && text.size() > maxLength) {
        addError(errors, key, tooLong(maxLength));
        return true;
    }
    out = text;
    return true;
}

bool readBool(const QJsonObject &data, const QString &key, bool &out, QJsonObject &errors)
{
    if (!data.contains(key))
        return false;
    const QJsonValue value = data.value(key);
    if (value.isBool()) {
        out = value.toBool();
        return true;
    }
    static const QStringList truthy{QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("yes"),  QStringLiteral("on"),
                                    QStringLiteral("t"),    QStringLiteral("y")};
    static const QStringList falsy{QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("no"),    QStringLiteral("off"),
                                   QStringLiteral("f"),     QStringLiteral("n")};
    const QString text =
        value.isDouble() ? QString::number(value.toDouble()) : value.toString().toLower();
    if (truthy.contains(text))
        out = true;
    else if (falsy.contains(text))
        out = false;
    else
        addError(errors, key, value.isNull() ? kNotNull : kNotBoolean);
    return true;
}

bool readInt(const QJsonObject &data, const QString &key, int minimum, int maximum, int &out,
             QJsonObject &errors)
{
    if (!data.contains(key))
        return false;
    const QJsonValue value = data.value(key);
    bool ok = false;
    qint64 number = 0;
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        number = qint64(value.toDouble());
        ok = true;
    } else if (value.isString()) {
        number = value.toString().trimmed().toLongLong(&ok);
    }
    if (value.isNull())
        addError(errors, key, kNotNull);
    else if (!ok)
        addError(errors, key, kNotInteger);
    else if (number < minimum)
        addError(errors, key,
                 QStringLiteral("Ensure this value is greater than or equal to %1.").arg(minimum));
    else if (number > maximum)
        addError(errors, key,
                 QStringLiteral("Ensure this value is less than or equal to %1.").arg(maximum));
    else
        out = int(number);
    return true;
}

// A choice field: bare value only; returns false when absent.
bool readChoice(const QJsonObject &data, const QString &key, const QList<NbChoice> &choices,
                bool allowBlankOrNull, QString &out, QJsonObject &errors)
{
    if (!data.contains(key))
        return false;
    const QJsonValue value = data.value(key);
    if (value.isObject() || value.isArray()) {
        addError(errors, key, kChoiceDict);
        return true;
    }
    if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
        if (allowBlankOrNull)
            out.clear();
        else
            addError(errors, key,
                     value.isNull() ? kNotNull : QStringLiteral("\"\" is not a valid choice."));
        return true;
    }
    const QString text = value.isString() ? value.toString()
                                          : QString::fromUtf8(NetBoxJsonObject::valueToJson(value));
    for (const auto &choice : choices) {
        if (choice.value == text) {
            out = text;
            return true;
        }
    }
    // DRF's message has no quotes around the value.
    addError(errors, key, QStringLiteral("%1 is not a valid choice.").arg(text));
    return true;
}

const QList<NbChoice> &roleChoices()
{
    static const QList<NbChoice> roles{
        {QStringLiteral("loopback"), {}}, {QStringLiteral("secondary"), {}},
        {QStringLiteral("anycast"), {}},  {QStringLiteral("vip"), {}},
        {QStringLiteral("vrrp"), {}},     {QStringLiteral("hsrp"), {}},
        {QStringLiteral("glbp"), {}},     {QStringLiteral("carp"), {}}};
    return roles;
}

bool hasChoice(const QList<NbChoice> &choices, const QString &value)
{
    return std::any_of(choices.begin(), choices.end(),
                       [&](const NbChoice &c) { return c.value == value; });
}

template <typename T, typename Matcher>
QString matchByAttributes(const std::map<int, T> &table, const QJsonObject &attributes,
                          Matcher matches, int &id)
{
    int found = 0;
    for (const auto &[candidateId, record] : table) {
        bool all = true;
        for (auto it = attributes.begin(); it != attributes.end() && all; ++it)
            all = matches(record, it.key(), it.value());
        if (all) {
            ++found;
            id = candidateId;
        }
    }
    if (found == 1)
        return {};
    id = 0;
    return found == 0 ? QStringLiteral("Related object not found using the provided attributes: %1")
                            .arg(NetBoxWriter::pythonRepr(attributes))
                      : QStringLiteral("Multiple objects match the provided attributes: %1")
                            .arg(NetBoxWriter::pythonRepr(attributes));
}

QString unrecognized(const QJsonValue &value)
{
    return QStringLiteral("Related objects must be referenced by numeric ID or by dictionary of "
                          "attributes. Received an unrecognized value: %1")
        .arg(value.isString() ? value.toString() : NetBoxWriter::pythonRepr(value));
}

// Numeric id (int or numeric string) → the id; otherwise 0 and ok=false.
int numericId(const QJsonValue &value, bool &ok)
{
    ok = false;
    if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
        ok = true;
        return int(value.toDouble());
    }
    if (value.isString())
        return value.toString().toInt(&ok);
    return 0;
}

bool textMatches(const QString &stored, const QJsonValue &value)
{
    return value.isString() ? stored == value.toString()
                            : stored == QString::fromUtf8(NetBoxJsonObject::valueToJson(value));
}

} // namespace

NetBoxWriter::NetBoxWriter(NetBoxState &state, const NetBoxConfig &config)
    : m_state(state)
    , m_config(config)
{}

QString NetBoxWriter::pythonRepr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return QString::fromUtf8(NetBoxJsonObject::valueToJson(value));
    case QJsonValue::String: {
        QString text = value.toString();
        text.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return u'\'' + text + u'\'';
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const auto &item : value.toArray())
            items.append(pythonRepr(item));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(pythonRepr(it.key()) + QStringLiteral(": ") + pythonRepr(it.value()));
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

NetBoxWriter::Related NetBoxWriter::resolveVrf(const QJsonValue &value) const
{
    if (value.isNull())
        return {};
    bool ok = false;
    const int id = numericId(value, ok);
    if (ok) {
        if (m_state.vrf(id))
            return {id, {}};
        return {
            0,
            QStringLiteral("Related object not found using the provided numeric ID: %1").arg(id)};
    }
    if (!value.isObject())
        return {0, unrecognized(value)};
    Related related;
    related.error = matchByAttributes(
        m_state.vrfs(), value.toObject(),
        [](const NbVrf &vrf, const QString &key, const QJsonValue &wanted) {
            if (key == QLatin1String("id"))
                return wanted.toInt() == vrf.id;
            if (key == QLatin1String("name"))
                return textMatches(vrf.name, wanted);
            if (key == QLatin1String("rd"))
                return wanted.isNull() ? !vrf.rd : (vrf.rd && textMatches(*vrf.rd, wanted));
            if (key == QLatin1String("description"))
                return textMatches(vrf.description, wanted);
            return false;
        },
        related.id);
    return related;
}

NetBoxWriter::Related NetBoxWriter::resolveTenant(const QJsonValue &value) const
{
    if (value.isNull())
        return {};
    bool ok = false;
    const int id = numericId(value, ok);
    if (ok) {
        if (m_state.tenant(id))
            return {id, {}};
        return {
            0,
            QStringLiteral("Related object not found using the provided numeric ID: %1").arg(id)};
    }
    if (!value.isObject())
        return {0, unrecognized(value)};
    Related related;
    related.error = matchByAttributes(
        m_state.tenants(), value.toObject(),
        [](const NbTenant &tenant, const QString &key, const QJsonValue &wanted) {
            if (key == QLatin1String("id"))
                return wanted.toInt() == tenant.id;
            if (key == QLatin1String("name"))
                return textMatches(tenant.name, wanted);
            if (key == QLatin1String("slug"))
                return textMatches(tenant.slug, wanted);
            return false;
        },
        related.id);
    return related;
}

NetBoxWriter::Related NetBoxWriter::resolveTag(const QJsonValue &value) const
{
    bool ok = false;
    const int id = numericId(value, ok);
    if (ok && !value.isString()) {
        if (m_state.tag(id))
            return {id, {}};
        return {
            0,
            QStringLiteral("Related object not found using the provided numeric ID: %1").arg(id)};
    }
    if (!value.isObject())
        return {0, unrecognized(value)};
    Related related;
    related.error = matchByAttributes(
        m_state.tags(), value.toObject(),
        [](const NbTag &tag, const QString &key, const QJsonValue &wanted) {
            if (key == QLatin1String("id"))
                return wanted.toInt() == tag.id;
            if (key == QLatin1String("name"))
                return textMatches(tag.name, wanted);
            if (key == QLatin1String("slug"))
                return textMatches(tag.slug, wanted);
            if (key == QLatin1String("color"))
                return textMatches(tag.color, wanted);
            return false;
        },
        related.id);
    return related;
}

bool NetBoxWriter::readTags(const QJsonObject &data, const QString &objectType, Mode mode,
                            QList<int> &tagIds, NetBoxWriteError &error) const
{
    const bool incremental = m_config.atLeast(4, 6, 0);
    const auto readList = [&](const QString &key, QList<int> &ids) -> bool {
        const QJsonValue value = data.value(key);
        if (!value.isArray()) {
            addError(error.fields, key,
                     value.isNull()
                         ? kNotNull
                         : QStringLiteral("Expected a list of items but got type \"%1\".")
                               .arg(value.isObject()   ? QStringLiteral("dict")
                                    : value.isString() ? QStringLiteral("str")
                                    : value.isBool()   ? QStringLiteral("bool")
                                                       : QStringLiteral("int")));
            return false;
        }
        QJsonArray itemErrors;
        bool anyError = false;
        for (const auto &item : value.toArray()) {
            const Related related = resolveTag(item);
            if (related.error.isEmpty()) {
                ids.append(related.id);
                itemErrors.append(QJsonObject{});
            } else {
                anyError = true;
                // DRF's ListSerializer reports per element: a list of messages under
                // non_field_errors for a nested serializer.
                itemErrors.append(
                    QJsonObject{{QStringLiteral("non_field_errors"), QJsonArray{related.error}}});
            }
        }
        if (anyError)
            error.fields.insert(key, itemErrors);
        return !anyError;
    };

    QList<int> replaced;
    const bool hasTags = data.contains(QStringLiteral("tags"));
    if (hasTags && !readList(QStringLiteral("tags"), replaced))
        return false;
    QList<int> added;
    QList<int> removed;
    const bool hasAdd = incremental && data.contains(QStringLiteral("add_tags"));
    const bool hasRemove = incremental && data.contains(QStringLiteral("remove_tags"));
    if (hasAdd && !readList(QStringLiteral("add_tags"), added))
        return false;
    if (hasRemove && !readList(QStringLiteral("remove_tags"), removed))
        return false;
    if ((hasAdd || hasRemove) && hasTags && !replaced.isEmpty()) {
        addError(error.fields, QStringLiteral("tags"),
                 QStringLiteral("Cannot specify tags together with add_tags or remove_tags."));
        return false;
    }
    if (hasRemove && mode == Mode::Create) {
        addError(error.fields, QStringLiteral("remove_tags"),
                 QStringLiteral("Cannot remove tags when creating an object."));
        return false;
    }
    for (const int id : removed) {
        if (added.contains(id)) {
            addError(error.fields, QStringLiteral("remove_tags"),
                     QStringLiteral("Tag %1 cannot be both added and removed.")
                         .arg(m_state.tag(id)->name));
            return false;
        }
    }
    // A tag restricted to other object types aborts the request from a signal handler.
    const QString model = objectType.section(u'.', 1);
    for (const int id : replaced + added) {
        const NbTag *tag = m_state.tag(id);
        if (tag && !tag->objectTypes.isEmpty() && !tag->objectTypes.contains(objectType)) {
            error.detail =
                QStringLiteral("Tag %1 cannot be assigned to %2 objects.").arg(tag->name, model);
            return false;
        }
    }
    if (hasTags && !hasAdd && !hasRemove)
        tagIds = replaced; // replace semantics; [] clears
    for (const int id : added) {
        if (!tagIds.contains(id))
            tagIds.append(id);
    }
    for (const int id : removed)
        tagIds.removeAll(id);
    return true;
}

void NetBoxWriter::readCustomFields(const QJsonObject &data, const QString &objectType, Mode mode,
                                    QJsonObject &values, NetBoxWriteError &error) const
{
    const auto fields = m_state.customFieldsFor(objectType);
    if (mode == Mode::Create || mode == Mode::Replace) {
        // Omitted custom fields get their defaults on create (PUT re-applies them too).
        QJsonObject defaults;
        for (const NbCustomField *field : fields) {
            if (!field->defaultValue.isNull())
                defaults.insert(field->name, field->defaultValue);
        }
        if (mode == Mode::Create)
            values = defaults;
        else
            for (auto it = defaults.begin(); it != defaults.end(); ++it)
                if (!values.contains(it.key()))
                    values.insert(it.key(), it.value());
    }
    if (!data.contains(QStringLiteral("custom_fields")))
        return;
    const QJsonValue raw = data.value(QStringLiteral("custom_fields"));
    if (!raw.isObject()) {
        addError(
            error.fields, QStringLiteral("custom_fields"),
            QStringLiteral("Invalid data format. Custom field data must be passed as a dictionary "
                           "mapping field names to their values."));
        return;
    }
    const QJsonObject submitted = raw.toObject();
    QJsonObject unknown;
    for (auto it = submitted.begin(); it != submitted.end(); ++it) {
        const bool known = std::any_of(fields.begin(), fields.end(),
                                       [&](const NbCustomField *f) { return f->name == it.key(); });
        if (!known) {
            unknown.insert(it.key(),
                           QStringLiteral("Custom field '%1' does not exist for this object type.")
                               .arg(it.key()));
            continue;
        }
        values.insert(it.key(), it.value()); // merged into the stored data
    }
    if (!unknown.isEmpty())
        error.fields.insert(QStringLiteral("custom_fields"), unknown);
}

void NetBoxWriter::validateCustomFields(const QString &objectType, int objectId,
                                        const QJsonObject &values, NetBoxWriteError &error) const
{
    for (const NbCustomField *field : m_state.customFieldsFor(objectType)) {
        const QJsonValue value = values.value(field->name);
        const QString prefix =
            QStringLiteral("Invalid value for custom field '%1': ").arg(field->name);
        if (value.isNull() || value.isUndefined()) {
            if (field->required)
                addError(error.fields, QStringLiteral("__all__"),
                         QStringLiteral("Missing required custom field '%1'.").arg(field->name));
            continue;
        }
        const QString &type = field->type;
        if (type == QLatin1String("text") || type == QLatin1String("longtext") ||
            type == QLatin1String("url")) {
            if (!value.isString()) {
                addError(error.fields, QStringLiteral("__all__"),
                         prefix + QStringLiteral("Value must be a string."));
                continue;
            }
            if (!field->validationRegex.isEmpty()) {
                // Python's re.match: anchored at the start only.
                const QRegularExpression regex(field->validationRegex);
                const auto match = regex.match(value.toString(), 0, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
                if (!match.hasMatch()) {
                    addError(error.fields, QStringLiteral("__all__"),
                             prefix + QStringLiteral("Value must match regex '%1'")
                                          .arg(field->validationRegex));
                    continue;
                }
            }
        } else if (type == QLatin1String("integer")) {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble()))) {
                addError(error.fields, QStringLiteral("__all__"),
                         prefix + QStringLiteral("Value must be an integer."));
                continue;
            }
        } else if (type == QLatin1String("boolean")) {
            if (!value.isBool()) {
                addError(error.fields, QStringLiteral("__all__"),
                         prefix + QStringLiteral("Value must be true or false."));
                continue;
            }
        }
        if (field->unique && objectType == QLatin1String("ipam.ipaddress")) {
            for (const auto &[id, ip] : m_state.ipAddresses()) {
                if (id != objectId && ip.customFields.value(field->name) == value) {
                    addError(error.fields, QStringLiteral("__all__"),
                             QStringLiteral("Custom field '%1' must have a unique value.")
                                 .arg(field->name));
                    break;
                }
            }
        }
    }
}

NetBoxWriteError NetBoxWriter::ipAddress(const QJsonObject &data, Mode mode,
                                         NbIpAddress &record) const
{
    NetBoxWriteError error;
    QJsonObject &errors = error.fields;
    if (mode == Mode::Replace) {
        // PUT: every omitted field with a default goes back to it.
        NbIpAddress fresh;
        fresh.id = record.id;
        fresh.address = record.address;
        fresh.customFields = record.customFields;
        fresh.tagIds = record.tagIds; // PUT without "tags" leaves them alone
        fresh.created = record.created;
        fresh.createdByRequest = record.createdByRequest;
        record = fresh;
    }

    const QString addressKey = QStringLiteral("address");
    if (!data.contains(addressKey)) {
        if (mode != Mode::Patch)
            addError(errors, addressKey, kRequired);
    } else {
        QString text;
        if (readString(data, addressKey, 0, false, text, errors) && !errors.contains(addressKey)) {
            const auto parsed = NetBoxAddress::parse(text);
            if (!parsed) {
                if (m_config.atLeast(4, 6, 6)) {
                    addError(errors, addressKey,
                             QStringLiteral("Invalid IP address format: %1").arg(text));
                } else {
                    // 4.5.x and 4.6.0-4.6.5 fail while formatting the validation error.
                    error.exception = QStringLiteral("KeyError");
                    error.exceptionMessage = QStringLiteral("'message'");
                    return error;
                }
            } else if (parsed->length == 0) {
                addError(errors, addressKey,
                         QStringLiteral("Cannot create IP address with /0 mask."));
            } else {
                record.address = *parsed;
            }
        }
    }
    if (data.contains(QStringLiteral("vrf"))) {
        const Related vrf = resolveVrf(data.value(QStringLiteral("vrf")));
        if (vrf.error.isEmpty())
            record.vrfId = vrf.id;
        else
            addError(errors, QStringLiteral("vrf"), vrf.error);
    }
    if (data.contains(QStringLiteral("tenant"))) {
        const Related tenant = resolveTenant(data.value(QStringLiteral("tenant")));
        if (tenant.error.isEmpty())
            record.tenantId = tenant.id;
        else
            addError(errors, QStringLiteral("tenant"), tenant.error);
    }
    readChoice(data, QStringLiteral("status"), m_config.ipStatusChoices, false, record.status,
               errors);
    readChoice(data, QStringLiteral("role"), roleChoices(), true, record.role, errors);
    QString dnsName = record.dnsName;
    if (readString(data, QStringLiteral("dns_name"), 255, true, dnsName, errors) &&
        !errors.contains(QStringLiteral("dns_name"))) {
        static const QRegularExpression dnsRegex(
            QStringLiteral(R"(^([0-9A-Za-z_-]+|\*)(\.[0-9A-Za-z_-]+)*\.?$)"));
        if (!dnsName.isEmpty() && !dnsRegex.match(dnsName).hasMatch())
            addError(
                errors, QStringLiteral("dns_name"),
                QStringLiteral("Only alphanumeric characters, asterisks, hyphens, periods, and "
                               "underscores are allowed in DNS names"));
        else
            record.dnsName = dnsName.toLower();
    }
    readString(data, QStringLiteral("description"), 200, true, record.description, errors);
    readString(data, QStringLiteral("comments"), 0, true, record.comments, errors);
    readTags(data, QStringLiteral("ipam.ipaddress"), mode, record.tagIds, error);
    if (!error.detail.isEmpty())
        return error;
    readCustomFields(data, QStringLiteral("ipam.ipaddress"), mode, record.customFields, error);
    if (!errors.isEmpty())
        return error;

    // Model clean(): only reached when every field is valid.
    if (!hasChoice(m_config.ipStatusChoices, record.status)) {
        addError(errors, QStringLiteral("status"),
                 QStringLiteral("Value '%1' is not a valid choice.").arg(record.status));
        return error;
    }
    validateCustomFields(QStringLiteral("ipam.ipaddress"), record.id, record.customFields, error);
    if (!errors.isEmpty())
        return error;
    const NbVrf *vrf = m_state.vrf(record.vrfId);
    const bool enforce = vrf ? vrf->enforceUnique : m_config.enforceGlobalUnique;
    if (enforce) {
        static const QStringList exempt{QStringLiteral("anycast"), QStringLiteral("vip"),
                                        QStringLiteral("vrrp"),    QStringLiteral("hsrp"),
                                        QStringLiteral("glbp"),    QStringLiteral("carp")};
        QList<const NbIpAddress *> duplicates;
        for (const int id : m_state.ipsWithHost(record.vrfId, record.address)) {
            if (id != record.id)
                duplicates.append(m_state.ipAddress(id));
        }
        const bool allExempt =
            exempt.contains(record.role) &&
            std::all_of(duplicates.begin(), duplicates.end(),
                        [&](const NbIpAddress *ip) { return exempt.contains(ip->role); });
        if (!duplicates.isEmpty() && !allExempt) {
            const QString table =
                vrf ? QStringLiteral("VRF %1").arg(NetBoxSerializer::vrfDisplay(*vrf))
                    : QStringLiteral("global table");
            addError(errors, addressKey,
                     QStringLiteral("Duplicate IP address found in %1: %2")
                         .arg(table, duplicates.first()->address.text()));
            return error;
        }
    }
    if (record.status == QLatin1String("slaac") && record.address.family != 6)
        addError(errors, QStringLiteral("status"),
                 QStringLiteral("Only IPv6 addresses can be assigned SLAAC status"));
    return error;
}

NetBoxWriteError NetBoxWriter::prefix(const QJsonObject &data, Mode mode, NbPrefix &record) const
{
    NetBoxWriteError error;
    QJsonObject &errors = error.fields;
    if (mode == Mode::Replace) {
        NbPrefix fresh;
        fresh.id = record.id;
        fresh.prefix = record.prefix;
        fresh.customFields = record.customFields;
        fresh.tagIds = record.tagIds; // PUT without "tags" leaves them alone
        fresh.created = record.created;
        record = fresh; // also clears scope_type/scope_id when omitted
    }
    const QString prefixKey = QStringLiteral("prefix");
    if (!data.contains(prefixKey)) {
        if (mode != Mode::Patch)
            addError(errors, prefixKey, kRequired);
    } else {
        QString text;
        if (readString(data, prefixKey, 0, false, text, errors) && !errors.contains(prefixKey)) {
            const auto parsed = NetBoxAddress::parse(text);
            if (!parsed) {
                if (m_config.atLeast(4, 6, 6)) {
                    addError(errors, prefixKey,
                             QStringLiteral("Invalid IP prefix format: %1").arg(text));
                } else {
                    error.exception = QStringLiteral("KeyError");
                    error.exceptionMessage = QStringLiteral("'message'");
                    return error;
                }
            } else if (parsed->length == 0) {
                addError(errors, prefixKey, QStringLiteral("Cannot create prefix with /0 mask."));
            } else if (parsed->hostBitsSet()) {
                addError(errors, prefixKey,
                         QStringLiteral("%1 is not a valid prefix. Did you mean %2?")
                             .arg(parsed->text(), parsed->network().text()));
            } else {
                record.prefix = *parsed;
            }
        }
    }
    if (data.contains(QStringLiteral("vrf"))) {
        const Related vrf = resolveVrf(data.value(QStringLiteral("vrf")));
        if (vrf.error.isEmpty())
            record.vrfId = vrf.id;
        else
            addError(errors, QStringLiteral("vrf"), vrf.error);
    }
    if (data.contains(QStringLiteral("tenant"))) {
        const Related tenant = resolveTenant(data.value(QStringLiteral("tenant")));
        if (tenant.error.isEmpty())
            record.tenantId = tenant.id;
        else
            addError(errors, QStringLiteral("tenant"), tenant.error);
    }
    static const QList<NbChoice> scopeTypes{
        {QStringLiteral("dcim.region"), QStringLiteral("region")},
        {QStringLiteral("dcim.sitegroup"), QStringLiteral("site group")},
        {QStringLiteral("dcim.site"), QStringLiteral("site")},
        {QStringLiteral("dcim.location"), QStringLiteral("location")}};
    readChoice(data, QStringLiteral("scope_type"), scopeTypes, true, record.scopeType, errors);
    if (data.contains(QStringLiteral("scope_id"))) {
        if (data.value(QStringLiteral("scope_id")).isNull()) {
            record.scopeId.reset();
        } else {
            int scopeId = 0;
            if (readInt(data, QStringLiteral("scope_id"), 0, INT_MAX, scopeId, errors))
                record.scopeId = scopeId;
        }
    }
    readChoice(data, QStringLiteral("status"), m_config.prefixStatusChoices, false, record.status,
               errors);
    readBool(data, QStringLiteral("is_pool"), record.isPool, errors);
    readBool(data, QStringLiteral("mark_utilized"), record.markUtilized, errors);
    readString(data, QStringLiteral("description"), 200, true, record.description, errors);
    readString(data, QStringLiteral("comments"), 0, true, record.comments, errors);
    readTags(data, QStringLiteral("ipam.prefix"), mode, record.tagIds, error);
    if (!error.detail.isEmpty())
        return error;
    readCustomFields(data, QStringLiteral("ipam.prefix"), mode, record.customFields, error);
    if (!errors.isEmpty())
        return error;

    if (!record.scopeType.isEmpty() && !record.scopeId) {
        addError(errors, QStringLiteral("__all__"),
                 QStringLiteral("Please select a %1.")
                     .arg(NetBoxSerializer::choiceLabel(scopeTypes, record.scopeType)));
        return error;
    }
    validateCustomFields(QStringLiteral("ipam.prefix"), record.id, record.customFields, error);
    if (!errors.isEmpty())
        return error;
    const NbVrf *vrf = m_state.vrf(record.vrfId);
    if (vrf ? vrf->enforceUnique : m_config.enforceGlobalUnique) {
        for (const auto &[id, other] : m_state.prefixes()) {
            if (id != record.id && other.vrfId == record.vrfId && other.prefix == record.prefix) {
                const QString table =
                    vrf ? QStringLiteral("VRF %1").arg(NetBoxSerializer::vrfDisplay(*vrf))
                        : QStringLiteral("global table");
                addError(errors, prefixKey,
                         QStringLiteral("Duplicate prefix found in %1: %2")
                             .arg(table, other.prefix.text()));
                break;
            }
        }
    }
    return error;
}

NetBoxWriteError NetBoxWriter::vrf(const QJsonObject &data, Mode mode, NbVrf &record) const
{
    NetBoxWriteError error;
    QJsonObject &errors = error.fields;
    if (mode == Mode::Replace) {
        NbVrf fresh;
        fresh.id = record.id;
        fresh.name = record.name;
        fresh.customFields = record.customFields;
        fresh.tagIds = record.tagIds; // PUT without "tags" leaves them alone
        fresh.created = record.created;
        record = fresh;
    }
    if (!data.contains(QStringLiteral("name")) && mode != Mode::Patch)
        addError(errors, QStringLiteral("name"), kRequired);
    readString(data, QStringLiteral("name"), 100, false, record.name, errors);
    if (data.contains(QStringLiteral("rd"))) {
        QString rd;
        bool isNull = false;
        if (readString(data, QStringLiteral("rd"), 21, true, rd, errors, true, &isNull) &&
            !errors.contains(QStringLiteral("rd"))) {
            if (isNull || rd.isEmpty())
                record.rd.reset();
            else
                record.rd = rd;
        }
    }
    if (record.rd) {
        for (const auto &[id, other] : m_state.vrfs()) {
            if (id != record.id && other.rd == record.rd) {
                addError(errors, QStringLiteral("rd"),
                         QStringLiteral("VRF with this Route distinguisher already exists."));
                break;
            }
        }
    }
    if (data.contains(QStringLiteral("tenant"))) {
        const Related tenant = resolveTenant(data.value(QStringLiteral("tenant")));
        if (tenant.error.isEmpty())
            record.tenantId = tenant.id;
        else
            addError(errors, QStringLiteral("tenant"), tenant.error);
    }
    readBool(data, QStringLiteral("enforce_unique"), record.enforceUnique, errors);
    readString(data, QStringLiteral("description"), 200, true, record.description, errors);
    readString(data, QStringLiteral("comments"), 0, true, record.comments, errors);
    readTags(data, QStringLiteral("ipam.vrf"), mode, record.tagIds, error);
    if (!error.detail.isEmpty())
        return error;
    readCustomFields(data, QStringLiteral("ipam.vrf"), mode, record.customFields, error);
    if (errors.isEmpty())
        validateCustomFields(QStringLiteral("ipam.vrf"), record.id, record.customFields, error);
    return error;
}

NetBoxWriteError NetBoxWriter::tag(const QJsonObject &data, Mode mode, NbTag &record) const
{
    NetBoxWriteError error;
    QJsonObject &errors = error.fields;
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("slug")}) {
        if (!data.contains(key) && mode != Mode::Patch)
            addError(errors, key, kRequired);
    }
    readString(data, QStringLiteral("name"), 100, false, record.name, errors);
    QString slug = record.slug;
    if (readString(data, QStringLiteral("slug"), 100, false, slug, errors) &&
        !errors.contains(QStringLiteral("slug"))) {
        static const QRegularExpression slugRegex(QStringLiteral(R"(^[-\w]+$)"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
        if (!slugRegex.match(slug).hasMatch())
            addError(errors, QStringLiteral("slug"),
                     QStringLiteral("Enter a valid “slug” consisting of letters, numbers, "
                                    "underscores or hyphens."));
        else
            record.slug = slug;
    }
    QString color = record.color;
    if (readString(data, QStringLiteral("color"), 6, false, color, errors) &&
        !errors.contains(QStringLiteral("color"))) {
        static const QRegularExpression colorRegex(QStringLiteral("^[0-9a-f]{6}$"));
        if (!colorRegex.match(color).hasMatch())
            addError(errors, QStringLiteral("color"),
                     QStringLiteral("Enter a valid hexadecimal RGB color code."));
        else
            record.color = color;
    }
    readString(data, QStringLiteral("description"), 200, true, record.description, errors);
    readInt(data, QStringLiteral("weight"), 0, 32767, record.weight, errors);
    if (data.contains(QStringLiteral("object_types"))) {
        const QJsonValue types = data.value(QStringLiteral("object_types"));
        if (!types.isArray())
            addError(errors, QStringLiteral("object_types"),
                     QStringLiteral("Expected a list of items but got type \"%1\".")
                         .arg(types.isString() ? QStringLiteral("str") : QStringLiteral("dict")));
        else {
            record.objectTypes.clear();
            for (const auto &type : types.toArray())
                record.objectTypes.append(type.toString());
        }
    }
    for (const auto &[id, other] : m_state.tags()) {
        if (id == record.id)
            continue;
        if (other.name == record.name && !errors.contains(QStringLiteral("name")))
            addError(errors, QStringLiteral("name"),
                     QStringLiteral("tag with this name already exists."));
        if (other.slug == record.slug && !errors.contains(QStringLiteral("slug")))
            addError(errors, QStringLiteral("slug"),
                     QStringLiteral("tag with this slug already exists."));
    }
    return error;
}

NetBoxWriteError NetBoxWriter::customField(const QJsonObject &data, Mode mode,
                                           NbCustomField &record) const
{
    NetBoxWriteError error;
    QJsonObject &errors = error.fields;
    const QString oldType = record.type;
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("object_types")}) {
        if (!data.contains(key) && mode != Mode::Patch)
            addError(errors, key, kRequired);
    }
    QString name = record.name;
    if (readString(data, QStringLiteral("name"), 50, false, name, errors) &&
        !errors.contains(QStringLiteral("name"))) {
        static const QRegularExpression nameRegex(QStringLiteral("^[a-z0-9_]+$"));
        if (!nameRegex.match(name).hasMatch())
            addError(errors, QStringLiteral("name"),
                     QStringLiteral("Only alphanumeric characters and underscores are allowed."));
        else if (name.contains(QStringLiteral("__")))
            addError(errors, QStringLiteral("name"),
                     QStringLiteral("Double underscores are not permitted in custom field names."));
        else
            record.name = name;
        for (const auto &[id, other] : m_state.customFields()) {
            if (id != record.id && other.name == name && !errors.contains(QStringLiteral("name")))
                addError(errors, QStringLiteral("name"),
                         QStringLiteral("custom field with this name already exists."));
        }
    }
    if (data.contains(QStringLiteral("object_types"))) {
        const QJsonValue types = data.value(QStringLiteral("object_types"));
        if (!types.isArray()) {
            addError(errors, QStringLiteral("object_types"),
                     QStringLiteral("Expected a list of items but got type \"str\"."));
        } else {
            static const QStringList supported{
                QStringLiteral("ipam.ipaddress"), QStringLiteral("ipam.prefix"),
                QStringLiteral("ipam.vrf"),       QStringLiteral("tenancy.tenant"),
                QStringLiteral("dcim.device"),    QStringLiteral("dcim.site"),
                QStringLiteral("dcim.interface")};
            QStringList list;
            for (const auto &type : types.toArray()) {
                if (!supported.contains(type.toString())) {
                    addError(errors, QStringLiteral("object_types"),
                             QStringLiteral("Object with app_label.model=%1 does not exist.")
                                 .arg(type.toString()));
                    break;
                }
                list.append(type.toString());
            }
            if (list.isEmpty() && !errors.contains(QStringLiteral("object_types")))
                addError(errors, QStringLiteral("object_types"),
                         QStringLiteral("This list may not be empty."));
            if (!errors.contains(QStringLiteral("object_types")))
                record.objectTypes = list; // the list is replaced, not merged
        }
    }
    static const QList<NbChoice> types{
        {QStringLiteral("text"), {}},        {QStringLiteral("longtext"), {}},
        {QStringLiteral("integer"), {}},     {QStringLiteral("decimal"), {}},
        {QStringLiteral("boolean"), {}},     {QStringLiteral("date"), {}},
        {QStringLiteral("datetime"), {}},    {QStringLiteral("url"), {}},
        {QStringLiteral("json"), {}},        {QStringLiteral("select"), {}},
        {QStringLiteral("multiselect"), {}}, {QStringLiteral("object"), {}},
        {QStringLiteral("multiobject"), {}}};
    readChoice(data, QStringLiteral("type"), types, false, record.type, errors);
    if (mode != Mode::Create && record.type != oldType &&
        !errors.contains(QStringLiteral("type"))) {
        addError(errors, QStringLiteral("type"),
                 QStringLiteral("Changing the type of custom fields is not supported."));
        record.type = oldType;
    }
    readString(data, QStringLiteral("label"), 50, true, record.label, errors);
    readString(data, QStringLiteral("group_name"), 50, true, record.groupName, errors);
    readString(data, QStringLiteral("description"), 200, true, record.description, errors);
    readBool(data, QStringLiteral("required"), record.required, errors);
    readBool(data, QStringLiteral("unique"), record.unique, errors);
    readBool(data, QStringLiteral("is_cloneable"), record.isCloneable, errors);
    readInt(data, QStringLiteral("search_weight"), 0, 32767, record.searchWeight, errors);
    readInt(data, QStringLiteral("weight"), 0, 32767, record.weight, errors);
    static const QList<NbChoice> filterLogic{{QStringLiteral("disabled"), {}},
                                             {QStringLiteral("loose"), {}},
                                             {QStringLiteral("exact"), {}}};
    readChoice(data, QStringLiteral("filter_logic"), filterLogic, false, record.filterLogic,
               errors);
    static const QList<NbChoice> visible{{QStringLiteral("always"), {}},
                                         {QStringLiteral("if-set"), {}},
                                         {QStringLiteral("hidden"), {}}};
    readChoice(data, QStringLiteral("ui_visible"), visible, false, record.uiVisible, errors);
    static const QList<NbChoice> editable{
        {QStringLiteral("yes"), {}}, {QStringLiteral("no"), {}}, {QStringLiteral("hidden"), {}}};
    readChoice(data, QStringLiteral("ui_editable"), editable, false, record.uiEditable, errors);
    readString(data, QStringLiteral("validation_regex"), 500, true, record.validationRegex, errors);
    readString(data, QStringLiteral("comments"), 0, true, record.comments, errors);
    if (data.contains(QStringLiteral("default")))
        record.defaultValue = data.value(QStringLiteral("default"));
    if (errors.isEmpty() && !record.validationRegex.isEmpty() &&
        record.type != QLatin1String("text") && record.type != QLatin1String("longtext") &&
        record.type != QLatin1String("url"))
        addError(errors, QStringLiteral("validation_regex"),
                 QStringLiteral(
                     "Regular expression validation is supported only for text and URL fields"));
    return error;
}

} // namespace leaselink::lab
