#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace leaselink::lab {

// PSU's endpoint records (GET/PUT/POST/DELETE /api/v1/endpoint). "Update PSU Scripts" replaces
// their scriptBlocks; after a restart the health endpoint reports the $PSU_SCRIPT_VERSION found
// in the stored health scriptBlock, which is how the lab switches between 1.0.2 and 2.x.
class PsuEndpointRegistry
{
public:
    // The 18 DHCP records of the given script version plus one record outside /api/dhcp/.
    explicit PsuEndpointRegistry(const QString &scriptVersion = QStringLiteral("1.0.2"));

    const QList<QJsonObject> &records() const { return m_records; }
    const QJsonObject *record(int id) const;
    QJsonObject add(QJsonObject record); // assigns a new id
    bool replace(int id, QJsonObject record);
    bool remove(int id);

    // $PSU_SCRIPT_VERSION = 'x.y.z' in the GET /api/dhcp/health record; empty when absent.
    QString storedScriptVersion() const;

    static QByteArray toJson(const QJsonObject &record);
    static QString scriptBlock(const QString &version, const QString &url, const QString &method);

private:
    QList<QJsonObject> m_records;
    int m_nextId = 1;
};

} // namespace leaselink::lab
