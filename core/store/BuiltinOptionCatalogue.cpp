#include "BuiltinOptionCatalogue.h"

#include "SqlSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The resource lives in the static leaselink_resources library; registering it explicitly keeps
// the catalogue available even when the linker drops the unreferenced initialiser object.
static void ensureCatalogueResource()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(leaselink_core_data);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace leaselink {

using namespace sqlsupport;

StoreExpected<QList<OptionCodeDefinition>> BuiltinOptionCatalogue::load()
{
    ensureCatalogueResource();
    const QString path = QLatin1String(ResourcePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("The built-in option code catalogue (%1) is missing from "
                                        "this build.")
                             .arg(path));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return storeFail(StoreError::Kind::Io,
                         QStringLiteral("The built-in option code catalogue (%1) is not a JSON "
                                        "array: %2")
                             .arg(path, parseError.errorString()));
    QList<OptionCodeDefinition> definitions;
    const QJsonArray entries = doc.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString typeText = entry.value(QLatin1String("data_type")).toString();
        const auto type = optionDataTypeFromStoredValue(typeText);
        const int code = entry.value(QLatin1String("code")).toInt(-1);
        const QString name = entry.value(QLatin1String("name")).toString();
        if (!type || code < 0 || code > 32767 || name.isEmpty())
            return storeFail(StoreError::Kind::Io,
                             QStringLiteral("Entry %1 of the built-in option code catalogue is "
                                            "invalid (code %2, data type '%3').")
                                 .arg(i)
                                 .arg(code)
                                 .arg(typeText));
        OptionCodeDefinition definition;
        definition.code = code;
        definition.name = name;
        definition.description = entry.value(QLatin1String("description")).toString();
        definition.dataType = *type;
        definition.isBuiltin = true;
        definition.vendorClass = entry.value(QLatin1String("vendor_class")).toString();
        definitions.append(definition);
    }
    return definitions;
}

StoreExpected<int> BuiltinOptionCatalogue::seed(const QSqlDatabase &db)
{
    auto definitions = load();
    if (!definitions)
        return std::unexpected(definitions.error());
    // No conflict target: the unique key is code before schema 4 and (code, vendor class) after
    // it (C-22), and this runs under both.
    const QString action = QStringLiteral("loading the built-in option codes");
    auto query =
        prepare(db,
                QStringLiteral("INSERT INTO option_code_definitions (code, name, description, "
                               "data_type, is_builtin, vendor_class, created, last_updated) "
                               "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT DO NOTHING"),
                action);
    if (!query)
        return std::unexpected(query.error());
    const QVariant now = toDbTime(nowUtc());
    int inserted = 0;
    for (const OptionCodeDefinition &definition : *definitions) {
        query->bindValue(0, definition.code);
        query->bindValue(1, definition.name);
        query->bindValue(2, definition.description);
        query->bindValue(3, optionDataTypeStoredValue(definition.dataType));
        query->bindValue(4, definition.vendorClass);
        query->bindValue(5, now);
        query->bindValue(6, now);
        if (auto r = exec(*query, action); !r)
            return std::unexpected(r.error());
        inserted += query->numRowsAffected() > 0 ? 1 : 0;
    }
    return inserted;
}

} // namespace leaselink
