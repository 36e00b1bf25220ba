#pragma once

#include "JsonWriter.h"
#include "LabService.h"
#include "PsuAccessControl.h"
#include "PsuEndpointRegistry.h"
#include "PsuModel.h"

#include <QJsonValue>

#include <memory>

namespace leaselink::lab {

struct PsuSimOptions
{
    QString hostname = QStringLiteral("dhcp01.example.com");
    // GET /health reports it; "2.x" versions (major >= 2) switch on the upstream-v2 contract.
    QString scriptVersion = QStringLiteral("1.0.2");
    // Share with the partner of a failover pair; null: a model of its own.
    std::shared_ptr<PsuModel> model;
    // PowerShell 5.1's ConvertTo-Json escapes < > & ' as \u003c…; PSU v5 runs PowerShell 7 by
    // default, which does not.
    bool powerShell51Escaping = false;
    // Whether a token with PSU's Administrator role passes the DHCP endpoints' role lists
    // (psu-api.md §8: unknown). Off: 403.
    bool administratorPassesDhcpRoles = false;
};

// A PowerShell Universal server running the netbox-windows-dhcp endpoint script
// (psu-api.md, script 1.0.2; upstream-v2.md §2 when the version is 2.x), plus the PSU
// management API the plugin's "Update PSU Scripts" and setup_roles.ps1 use.
class PsuSim : public LabService
{
public:
    explicit PsuSim(PsuSimOptions options = {});
    ~PsuSim() override;

    LabResponse handle(const LabRequest &request) override;
    QList<QByteArray> secrets() const override;

    // Seeding and inspection.
    const QString &hostname() const { return m_options.hostname; }
    PsuModel &model() { return *m_model; }
    const PsuModel &model() const { return *m_model; }
    std::shared_ptr<PsuModel> sharedModel() const { return m_model; }
    PsuAccessControl &access() { return m_access; }
    PsuEndpointRegistry &endpoints() { return m_endpoints; }
    QString scriptVersion() const { return m_version; }
    void setScriptVersion(const QString &version);
    bool isV2() const;

    // Tokens made at construction: DHCPReader, DHCPWriter, Administrator, no role, revoked
    // (writer) and expired (writer).
    QString readerToken() const { return m_readerToken; }
    QString writerToken() const { return m_writerToken; }
    QString administratorToken() const { return m_adminToken; }
    QString noRoleToken() const { return m_noRoleToken; }
    QString revokedToken() const { return m_revokedToken; }
    QString expiredToken() const { return m_expiredToken; }

private:
    enum class Access
    {
        Read,
        Write,
        Management
    };
    struct Route;

    std::optional<LabResponse> authorise(const LabRequest &request, Access access) const;
    LabResponse route(const LabRequest &request);
    LabResponse dhcp(const LabRequest &request, const QStringList &segments);
    LabResponse management(const LabRequest &request, const QStringList &segments);

    // Helpers shared by the handlers.
    JsonWriter writer() const;
    LabResponse json(int status, QByteArray body) const;
    LabResponse error(int status, const QString &message) const;
    LabResponse badIpv4(const QString &field) const;
    std::optional<QJsonValue> parseBody(const LabRequest &request) const;
    LabResponse invalidBody() const;

    // /api/dhcp handlers (PsuSimReads.cpp, PsuSimWrites.cpp, PsuSimBulk.cpp).
    LabResponse getHealth();
    LabResponse getScopes(const LabRequest &request);
    LabResponse getScope(const QString &id);
    LabResponse postScope(const LabRequest &request);
    LabResponse putScope(const LabRequest &request, const QString &id);
    LabResponse deleteScope(const QString &id);
    LabResponse getLeases(const LabRequest &request);
    LabResponse getReservations(const LabRequest &request);
    LabResponse postReservation(const LabRequest &request);
    LabResponse putReservation(const LabRequest &request, const QString &clientId);
    LabResponse deleteReservation(const QString &clientId);
    LabResponse getFailover();
    LabResponse postFailover(const LabRequest &request);
    LabResponse postReplicate(const LabRequest &request);
    LabResponse getServerOptions();
    LabResponse getScopeOptions(const QString &id);
    LabResponse getAllOptions();
    LabResponse getExclusions(const LabRequest &request);
    LabResponse changeExclusion(const LabRequest &request, bool add);
    LabResponse bulkReservations(const LabRequest &request);
    LabResponse getMetrics(const LabRequest &request);

    // Shared write steps (PsuSimWrites.cpp).
    std::optional<LabResponse> applyScopeOptions(PsuScope &scope, const QJsonObject &body);
    std::optional<LabResponse> applyScopeFailover(PsuScope &scope, const QJsonObject &body);
    // Adds one reservation; on failure returns Windows' message.
    std::optional<QString> addReservation(PsuScope &scope, PsuReservation reservation);

    PsuSimOptions m_options;
    std::shared_ptr<PsuModel> m_model;
    PsuAccessControl m_access;
    PsuEndpointRegistry m_endpoints;
    QString m_version;
    QString m_readerToken;
    QString m_writerToken;
    QString m_adminToken;
    QString m_noRoleToken;
    QString m_revokedToken;
    QString m_expiredToken;
};

} // namespace leaselink::lab
