#pragma once

#include "PsuDecoder.h"
#include "PsuTypes.h"

#include "net/HttpSession.h"
#include "net/NetError.h"

#include <QJsonObject>
#include <QObject>

#include <QCoroTask>

#include <optional>

namespace leaselink {

struct Server;

// Per-scope results of an automatic read: each scope has its own success or failure, so one
// failing scope never hides the others and a failure is never an empty list.
template <typename T> using PerScope = QMap<Ipv4Address, NetResult<QList<T>>>;

// Client for the PSU DHCP endpoints (psu-api.md §3, script 1.0.2) and the 2.x additions
// (upstream-v2.md §2: bulk reads, bulk reservations, metrics, failover replication).
// health() records the script version; the *ByScope() reads then pick the per-server bulk
// form for scripts >= 2.0.0 and one call per scope otherwise (decisions.md C-06).
class PsuClient : public QObject
{
    Q_OBJECT
public:
    explicit PsuClient(HttpSessionConfig config, QObject *parent = nullptr);

    // Session settings for a configured server: base URL, Bearer token (trimmed, left out when
    // empty), timeout, TLS verification and the stored certificate.
    static HttpSessionConfig sessionConfig(const Server &server, const QString &token);

    HttpSession &session() { return *m_session; }

    QString scriptVersion() const { return m_scriptVersion; }
    void setScriptVersion(const QString &version) { m_scriptVersion = version; }
    bool usesBulkContract() const;

    // --- health and access -------------------------------------------------------------
    QCoro::Task<NetResult<PsuHealth>> health();
    // POST /health: 200 → Writer, 403 → Reader, anything else → the error.
    QCoro::Task<NetResult<PsuAccessLevel>> accessLevel();

    // --- scopes -----------------------------------------------------------------------
    QCoro::Task<NetResult<QList<PsuScope>>> scopes(bool activeOnly = false);
    QCoro::Task<NetResult<PsuScope>> scope(Ipv4Address scopeId);
    // Every scope (inactive too), judged record by record: Import from Server only.
    QCoro::Task<NetResult<PsuRecords<PsuScope>>> scopeRecords();
    // Sends every key like the plugin (router "" for none); "state" only to scripts >= 2.0.0.
    QCoro::Task<NetResult<PsuScope>> createScope(const PsuScope &scope);
    // Only the keys present in changes are applied by the server.
    QCoro::Task<NetResult<PsuScope>> updateScope(Ipv4Address scopeId, const QJsonObject &changes);

    // --- leases and reservations --------------------------------------------------------
    QCoro::Task<NetResult<QList<PsuLease>>> leases(std::optional<Ipv4Address> scopeId = {});
    QCoro::Task<NetResult<QList<PsuReservation>>>
    reservations(std::optional<Ipv4Address> scopeId = {});
    QCoro::Task<NetResult<PsuReservation>> createReservation(const PsuReservation &reservation);
    // 1.x: identified by the client id (hyphenated form; the server matches the first scope).
    QCoro::Task<NetResult<PsuReservation>> updateReservation(const QString &clientId,
                                                             const QJsonObject &changes);
    QCoro::Task<NetResult<void>> deleteReservation(const QString &clientId);

    // --- failover, options, exclusions ------------------------------------------------------
    QCoro::Task<NetResult<QList<PsuFailover>>> failovers();
    QCoro::Task<NetResult<PsuRecords<PsuFailover>>> failoverRecords(); // import only
    QCoro::Task<NetResult<PsuFailover>> createFailover(const PsuFailover &failover,
                                                       const QString &sharedSecret = {});
    QCoro::Task<NetResult<QList<PsuOption>>> serverOptions();
    QCoro::Task<NetResult<QList<PsuOption>>> scopeOptions(Ipv4Address scopeId);
    QCoro::Task<NetResult<QList<PsuExclusion>>> exclusions(Ipv4Address scopeId);
    QCoro::Task<NetResult<PsuRecords<PsuExclusion>>> exclusionRecords(Ipv4Address scopeId);
    QCoro::Task<NetResult<PsuExclusion>> createExclusion(const PsuExclusion &exclusion);
    // DELETE with a JSON body (sendCustomRequest).
    QCoro::Task<NetResult<void>> deleteExclusion(const PsuExclusion &exclusion);

    // --- 2.x contract -----------------------------------------------------------------
    QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuLease>>>> groupedLeases();
    QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuReservation>>>> groupedReservations();
    QCoro::Task<NetResult<QMap<Ipv4Address, QList<PsuExclusion>>>> allExclusions();
    QCoro::Task<NetResult<PsuOptionsSnapshot>> allOptions();
    QCoro::Task<NetResult<PsuMetrics>> metrics(bool reservations = false, bool declined = false);
    QCoro::Task<NetResult<QList<Ipv4Address>>>
    replicateFailover(const QList<Ipv4Address> &scopeIds);
    // POST/PUT/DELETE /reservations with a list, in chunks of at most 100 (§2.4). Always one
    // result per item, in order: a failed chunk marks its items and all later ones as errors.
    QCoro::Task<QList<PsuBulkItemResult>> bulkReservations(QByteArray method,
                                                           QList<QJsonObject> items);

    // --- automatic per-scope vs bulk reads ----------------------------------------------
    // A scope the bulk answer does not mention gets a Decode error, never an empty list.
    QCoro::Task<PerScope<PsuLease>> leasesByScope(QList<Ipv4Address> scopeIds);
    QCoro::Task<PerScope<PsuReservation>> reservationsByScope(QList<Ipv4Address> scopeIds);
    QCoro::Task<PerScope<PsuExclusion>> exclusionsByScope(QList<Ipv4Address> scopeIds);
    QCoro::Task<PerScope<PsuOption>> scopeOptionsByScope(QList<Ipv4Address> scopeIds);

    static QJsonObject reservationBody(const PsuReservation &reservation);
    static QJsonObject exclusionBody(const PsuExclusion &exclusion);
    static QString typeName(PsuReservationType type);

private:
    QCoro::Task<HttpResult> call(HttpRequest request);

    HttpSession *m_session = nullptr;
    QString m_scriptVersion;
};

} // namespace leaselink
