#pragma once

#include "NetBoxConfig.h"
#include "NetBoxState.h"

#include <QJsonObject>
#include <QJsonValue>

namespace leaselink::lab {

// The outcome of validating one object of a write request, in the shapes NetBox produces.
struct NetBoxWriteError
{
    QJsonObject fields;       // 400 {"field": ["msg"], "__all__": [...]}
    QString detail;           // 400 {"detail": "..."} (request aborted by a signal)
    QString exception;        // non-empty: unhandled server error (500), this exception class
    QString exceptionMessage; // its message
    bool isError() const { return !fields.isEmpty() || !detail.isEmpty() || !exception.isEmpty(); }
};

// Turns a write body (one object) into a record the way NetBox's serializers and model clean()
// do: field errors first (all of them), model-level rules (custom fields, duplicates) only when
// the fields are valid. Nothing is saved here; the simulator saves after a whole batch passed.
class NetBoxWriter
{
public:
    enum class Mode
    {
        Create,
        Replace, // PUT: omitted fields fall back to their defaults
        Patch
    };

    NetBoxWriter(NetBoxState &state, const NetBoxConfig &config);

    NetBoxWriteError ipAddress(const QJsonObject &data, Mode mode, NbIpAddress &record) const;
    NetBoxWriteError prefix(const QJsonObject &data, Mode mode, NbPrefix &record) const;
    NetBoxWriteError vrf(const QJsonObject &data, Mode mode, NbVrf &record) const;
    NetBoxWriteError tag(const QJsonObject &data, Mode mode, NbTag &record) const;
    NetBoxWriteError customField(const QJsonObject &data, Mode mode, NbCustomField &record) const;

    // Python's repr() of a JSON value, as NetBox quotes submitted attributes in its messages.
    static QString pythonRepr(const QJsonValue &value);

private:
    struct Related
    {
        int id = 0;
        QString error;
    };
    Related resolveVrf(const QJsonValue &value) const;
    Related resolveTenant(const QJsonValue &value) const;
    Related resolveTag(const QJsonValue &value) const;
    bool readTags(const QJsonObject &data, const QString &objectType, Mode mode, QList<int> &tagIds,
                  NetBoxWriteError &error) const;
    void readCustomFields(const QJsonObject &data, const QString &objectType, Mode mode,
                          QJsonObject &values, NetBoxWriteError &error) const;
    void validateCustomFields(const QString &objectType, int objectId, const QJsonObject &values,
                              NetBoxWriteError &error) const;

    NetBoxState &m_state;
    const NetBoxConfig &m_config;
};

} // namespace leaselink::lab
