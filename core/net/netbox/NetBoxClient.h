#pragma once

#include "NetBoxBatching.h"
#include "NetBoxTypes.h"

#include "net/HttpSession.h"
#include "net/NetError.h"

#include "store/NetBoxConnection.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <QCoroTask>

#include <optional>

namespace leaselink {

struct NetBoxClientOptions
{
    int pageSize = 1000;   // capped by the server's MAX_PAGE_SIZE, detected from page one
    int pagesInFlight = 4; // concurrent page reads after the first
    int batchSize = 200;   // bulk write batch size (netbox-api.md §13: 100–500)
    // Bulk writes of one kind in flight at once. Each is its own NetBox transaction on distinct
    // objects, so they do not conflict; three keep a busy NetBox's workers from being swamped.
    int writesInFlight = 3;
    int maxRequestLine = 4000; // gunicorn refuses request lines over 4094 bytes
    // Issue 8 "Hostile input": a list whose count claims more is refused before any further
    // page is asked for (a claimed 10 million would otherwise mean 10,000 requests and the
    // memory of every object). 2 million IPs is far beyond what one run's prefixes hold.
    qint64 maxListObjects = 2'000'000;
};

// What ensureClientIdCustomField() found or did.
struct CustomFieldCheck
{
    bool existed = false;
    bool created = false;
    bool objectTypesFixed = false;
    NetBoxCustomField field;
};

// Client for the NetBox REST API parts LeaseLink uses (netbox-api.md). Token v1 ("Token …")
// and v2 ("Bearer nbt_…") are told apart by the nbt_ prefix like NetBox itself does.
class NetBoxClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *ClientIdField = "dhcp_client_id";

    // baseUrl is the NetBox root ("https://netbox.example.com" or ".../netbox"); "/api" is
    // appended when missing.
    NetBoxClient(HttpSessionConfig config, NetBoxClientOptions options = {},
                 QObject *parent = nullptr);

    static QByteArray authorizationFor(const QString &token);
    // The session for the saved connection (URL, TLS verification, trusted certificate).
    static HttpSessionConfig sessionConfig(const NetBoxConnection &connection,
                                           const QString &token);
    static QUrl apiBase(const QUrl &netboxUrl);

    HttpSession &session() { return *m_session; }
    const NetBoxClientOptions &options() const { return m_options; }
    std::optional<NetBoxStatus> detectedVersion() const { return m_status; }

    // GET /api/status/: records the version; anything but 4.5 and 4.6 → Unsupported.
    QCoro::Task<NetResult<NetBoxStatus>> status();
    QCoro::Task<NetResult<NetBoxUser>> authenticationCheck();

    // Every object of a list endpoint ("/ipam/prefixes/"), paged, several pages in flight.
    // fields= trims the payload; a count that changes during the read is an error.
    QCoro::Task<NetResult<QList<QJsonObject>>> listAll(QString path, QUrlQuery filters,
                                                       QStringList fields = {});

    // IP addresses inside the given prefixes, batched into few requests with repeated parent=
    // kept under the request-line limit; vrfId restricts to one VRF (0 = global table).
    QCoro::Task<NetResult<QList<NetBoxIpAddress>>> ipAddresses(QList<Ipv4Prefix> parents,
                                                               std::optional<qint64> vrfId = {});
    QCoro::Task<NetResult<QList<NetBoxPrefix>>> prefixes(QUrlQuery filters = {});
    QCoro::Task<NetResult<QList<NetBoxTag>>> tags();
    QCoro::Task<NetResult<QList<NetBoxVrf>>> vrfs();
    // OPTIONS /api/ipam/ip-addresses/: the configured choices, custom statuses included.
    QCoro::Task<NetResult<QList<NetBoxChoice>>> ipStatusChoices();

    // Makes sure the text custom field dhcp_client_id exists on ipam.ipaddress (creates it with
    // filter_logic exact, or adds the object type), with a clear message without permission.
    QCoro::Task<NetResult<CustomFieldCheck>> ensureClientIdCustomField(bool create = true);

    // Bulk writes in batches; each item carries changelog_message. Outcomes are in item order.
    QCoro::Task<QList<BulkItemOutcome>> bulkCreate(QString path, QList<QJsonObject> items,
                                                   QString changelogMessage);
    QCoro::Task<QList<BulkItemOutcome>> bulkUpdate(QString path, QList<QJsonObject> items,
                                                   QString changelogMessage);
    QCoro::Task<QList<BulkItemOutcome>> bulkDelete(QString path, QList<qint64> ids,
                                                   QString changelogMessage);

private:
    QCoro::Task<HttpResult> call(HttpRequest request);
    QCoro::Task<BatchReply> submitBatch(QByteArray method, QString path, QList<QJsonObject> batch);
    QCoro::Task<QList<BulkItemOutcome>> bulk(QByteArray method, QString path,
                                             QList<QJsonObject> items, QString changelogMessage);

    HttpSession *m_session = nullptr;
    NetBoxClientOptions m_options;
    std::optional<NetBoxStatus> m_status;
};

} // namespace leaselink
