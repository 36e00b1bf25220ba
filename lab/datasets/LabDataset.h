#pragma once

#include "domain/Error.h"
#include "PsuModel.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace leaselink::lab {

// One simulated PSU server of a dataset. Servers of a failover pair point at the same model.
struct LabDatasetServer
{
    QString name;     // "psu-1": what the lab prints and fault files refer to
    QString hostname; // "dhcp01.corp.example.com": what the server reports
    QString modelKey; // servers with the same key share one PsuModel
    std::shared_ptr<PsuModel> model;
};

// A scope network the NetBox side can be pre-seeded with (a prefix per scope).
struct LabScopeNetwork
{
    QString serverName; // the first server holding the scope
    QString scopeId;    // "10.1.0.0"
    int prefixLength = 24;
    QString scopeName;
    QString failoverName; // empty for standalone scopes
};

// The PSU side of a lab dataset (issue 3: S, M, L, or a JSON file).
struct LabDataset
{
    QString name;
    quint32 seed = 0;
    QList<LabDatasetServer> servers;

    QList<LabScopeNetwork> scopeNetworks() const;
    qsizetype scopeCount() const;
    qsizetype leaseCount() const;
    qsizetype reservationCount() const;

    // A canonical JSON form (the format fromJson reads) and its SHA-256, so tests can check
    // that a seed always yields the same data.
    QByteArray toJson() const;
    QByteArray sha256() const;
    static Expected<LabDataset> fromJson(const QByteArray &json);
    static Expected<LabDataset> loadFile(const QString &path);
};

} // namespace leaselink::lab
