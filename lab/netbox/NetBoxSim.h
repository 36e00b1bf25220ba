#pragma once

#include "LabService.h"
#include "NetBoxConfig.h"
#include "NetBoxState.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcLabNetBox)

namespace leaselink::lab {

class NetBoxSerializer;

// A simulated NetBox 4.5/4.6 REST API (netbox-api.md §15) as a pure request handler: tests call
// handle() directly, the lab's HTTP server puts it on a loopback port. State lives in memory.
//
// When the environment variable LEASELINK_NETBOX_CONTRACT_LOG names a file, every exchange is
// appended to it as one JSON line (path template, method, status, request and response bodies)
// for the OpenAPI contract test in tests/contract/.
class NetBoxSim : public LabService
{
public:
    explicit NetBoxSim(NetBoxConfig config = {});
    ~NetBoxSim() override;

    LabResponse handle(const LabRequest &request) override;

    NetBoxConfig &config() { return m_config; }
    NetBoxState &state() { return m_state; }

    // --- seeding (no change records, like data loaded before the test) ---
    // A user; a superuser may do everything, others need Django codenames ("ipam.add_ipaddress").
    int addUser(const QString &username, bool superuser = true,
                const QSet<QString> &permissions = {});
    // Returns the header credential: the 40-char v1 token / "nbt_<key>.<secret>" for v2. Empty
    // arguments are generated.
    QString addTokenV1(int userId, bool writeEnabled = true, const QString &token = {});
    QString addTokenV2(int userId, bool writeEnabled = true, const QString &key = {},
                       const QString &secret = {});
    int addTenant(const QString &name, const QString &slug);
    int addVrf(const QString &name, const QString &rd = {}, bool enforceUnique = true);
    int addTag(const QString &name, const QString &slug = {}, const QString &color = {},
               const QStringList &objectTypes = {});
    int addCustomField(const QString &name,
                       const QStringList &objectTypes = {QStringLiteral("ipam.ipaddress")},
                       const QString &filterLogic = QStringLiteral("loose"),
                       const QString &type = QStringLiteral("text"));
    // Return 0 (and log) when the text is not a valid address/prefix.
    int addPrefix(const QString &cidr, int vrfId = 0,
                  const QString &status = QStringLiteral("active"), const QList<int> &tagIds = {},
                  const QString &description = {});
    int addIpAddress(const QString &address, int vrfId = 0,
                     const QString &status = QStringLiteral("active"), const QString &dnsName = {},
                     const QList<int> &tagIds = {}, const QJsonObject &customFields = {});
    // FIELD_CHOICES: "ipam.IPAddress.status+" (extend) or "ipam.IPAddress.status" (replace).
    void setIpStatusChoices(const QList<NbChoice> &choices, bool replaceBuiltIns);

    // --- inspection ---
    QList<NbIpAddress> ipAddresses() const;
    const std::vector<NbObjectChange> &changes() const { return m_state.changes(); }
    QString lastRequestId() const { return m_lastRequestId; }

    void setContractLogPath(const QString &path);

private:
    struct Context;
    LabResponse dispatch(Context &context);
    LabResponse route(Context &context);
    void recordContract(const Context &context, const LabResponse &response);

    template <typename T> LabResponse handleCollection(Context &context);
    template <typename T> LabResponse handleDetail(Context &context, const QString &idText);
    template <typename T> LabResponse listObjects(Context &context);
    template <typename T> LabResponse createObjects(Context &context, const QJsonValue &body);
    template <typename T> LabResponse bulkUpdate(Context &context, const QJsonValue &body);
    template <typename T> LabResponse bulkDelete(Context &context, const QJsonValue &body);
    LabResponse listIpAddresses(Context &context);
    LabResponse listChanges(Context &context);
    LabResponse options(Context &context, const QString &endpoint, bool detail);

    NetBoxConfig m_config;
    NetBoxState m_state;
    // The matching ids of the last filtered IP list, so paging through 100k addresses costs
    // O(page) per request like NetBox's database, not a scan per page. Valid while the query
    // (without its paging) and the IP table are unchanged.
    struct IpListCache
    {
        QString query;
        quint64 ipVersion = 0;
        std::vector<int> ids;
    };
    IpListCache m_ipListCache;
    QString m_lastRequestId;
    std::unique_ptr<QFile> m_contractLog;
};

} // namespace leaselink::lab
