#pragma once

#include "domain/Ipv4Address.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <utility>

namespace leaselink {

// The first decoding failure: where ("[2].start_ip") and why.
struct DecodeFailure
{
    QString path;
    QString reason;
};

// Strict, total reading of one JSON object. Each accessor returns a value (a default one after
// a failure) and records the first failure with its field path, so a decoder reads top to
// bottom and checks failed() once. Nothing throws and nothing is silently defaulted: a missing
// key, a wrong type or a bad address is a failure unless the accessor is the optional kind.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString path, std::optional<DecodeFailure> *failure);

    // Names are tried in order; the first present wins (PascalCase aliases of psu-api.md §6).
    using Names = std::initializer_list<const char *>;

    bool has(Names names) const;
    QString string(Names names);                        // must be a string ("" allowed)
    std::optional<QString> nullableString(Names names); // string or null (must be present)
    std::optional<QString> optionalString(Names names); // absent or null → nullopt
    qint64 integer(Names names, qint64 min, qint64 max);
    std::optional<qint64> nullableInteger(Names names, qint64 min, qint64 max);
    double number(Names names);
    bool boolean(Names names);
    Ipv4Address ipv4(Names names);
    QDateTime utcTimestamp(Names names, bool nullable, bool *isNull);
    QJsonArray array(Names names);
    QJsonObject object(Names names);
    // The object being read, whole (for lists whose records are kept as JSON).
    const QJsonObject &source() const { return m_object; }
    std::optional<QJsonObject> nullableObject(Names names);
    QStringList stringList(Names names);

    // Maps a string to an enum value with a case-insensitive table; unknown → failure that
    // lists the accepted values.
    template <typename E>
    E enumValue(Names names, std::initializer_list<std::pair<const char *, E>> table)
    {
        const QString text = string(names);
        if (failed())
            return table.begin()->second;
        for (const auto &[name, value] : table) {
            if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return value;
        }
        QStringList accepted;
        for (const auto &entry : table)
            accepted << QLatin1String(entry.first);
        fail(names, QStringLiteral("unknown value \"%1\" (expected one of %2)")
                        .arg(text.left(60), accepted.join(QStringLiteral(", "))));
        return table.begin()->second;
    }

    void fail(Names names, const QString &reason);
    void failAt(const QString &path, const QString &reason);
    bool failed() const { return m_failure->has_value(); }
    QString pathOf(Names names) const;
    QString path() const { return m_path; }

    static QString typeName(const QJsonValue &value);

private:
    std::optional<QJsonValue> find(Names names, QString *usedName) const;
    std::optional<QJsonValue> require(Names names);

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeFailure> *m_failure;
};

} // namespace leaselink
