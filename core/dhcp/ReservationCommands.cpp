#include "ReservationCommands.h"

#include "domain/MacAddress.h"
#include "net/NetError.h"
#include "net/psu/PsuClient.h"
#include "net/psu/PsuScriptVersion.h"
#include "store/DhcpCacheRepository.h"
#include "store/ServerRepository.h"
#include "sync/SyncConnections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace leaselink {

namespace {

QString storeFailure(const StoreError &error)
{
    return ReservationCommands::tr("LeaseLink could not read its data: %1").arg(error.message);
}

// What the admin reads when the server or the network failed: the headline, PSU's own error
// text when it sent one, the technical summary, and that nothing changed locally.
QString failureText(const QString &headline, const NetError &error)
{
    QStringList parts{headline};
    if (error.kind == NetError::Kind::HttpStatus && !error.serverText.isEmpty())
        parts << ReservationCommands::tr("The server said: %1").arg(error.serverText);
    parts << error.toString();
    parts << ReservationCommands::tr("Nothing was changed in LeaseLink.");
    return parts.join(QStringLiteral("\n\n"));
}

QString maintenanceQuestion(const ReservationTarget &target)
{
    return ReservationCommands::tr(
               "%1 in maintenance. LeaseLink contacts it only when you confirm.")
        .arg(target.maintenance.join(QStringLiteral(", ")));
}

QString canonicalClientId(const QString &clientId)
{
    const auto canonical = MacAddress::canonicalClientId(clientId);
    return canonical ? *canonical : clientId.trimmed().toLower();
}

} // namespace

struct ReservationCommands::Prepared
{
    Server server;
    std::unique_ptr<PsuClient> client;
};

ReservationCommands::ReservationCommands(Database &database, SecretStore &secrets,
                                         ConfigOverrides overrides,
                                         std::function<void(HttpSessionConfig &)> tuneSession)
    : m_database(database)
    , m_secrets(secrets)
    , m_overrides(std::move(overrides))
    , m_tuneSession(std::move(tuneSession))
{}

bool ReservationCommands::usesSingleDelete(const QString &scriptVersion)
{
    return !PsuScriptVersion::supportsBulk(scriptVersion);
}

bool ReservationCommands::canReplicate(const QString &scriptVersion)
{
    const auto version = PsuScriptVersion::parse(scriptVersion);
    const auto first = PsuScriptVersion::parse(QStringLiteral("1.1.1"));
    return version && first && *version >= *first;
}

StoreExpected<ReservationTarget> ReservationCommands::planCreate(const CachedLease &lease) const
{
    const auto inventory = ReservationInventory::read(m_database);
    if (!inventory)
        return std::unexpected(inventory.error());
    return ReservationRules::forCreate(*inventory, lease);
}

StoreExpected<ReservationTarget>
ReservationCommands::planDelete(const CachedReservation &reservation) const
{
    const auto inventory = ReservationInventory::read(m_database);
    if (!inventory)
        return std::unexpected(inventory.error());
    return ReservationRules::forDeleteOnStoredVersion(*inventory, reservation);
}

StoreExpected<int> ReservationCommands::forget(const CachedReservation &reservation)
{
    return DhcpCacheRepository(m_database).removeReservation(reservation);
}

void ReservationCommands::noteForbidden(const Server &server, const NetError &error)
{
    // A 403 on a write means the token lost its DHCPWriter role: the actions follow at once.
    if (error.kind == NetError::Kind::HttpStatus && error.httpStatus == 403)
        (void)ServerRepository(m_database)
            .recordAccessLevel(server.id, AccessLevel::Reader, QDateTime::currentDateTimeUtc());
}

QCoro::Task<bool> ReservationCommands::connect(Prepared &prepared, ReservationOutcome &outcome)
{
    sync::SyncConnections connections(m_database, m_secrets, m_overrides, {}, m_tuneSession);
    const Server server = prepared.server;
    sync::ClientOrError<PsuClient> made = co_await connections.psu(server);
    if (!made) {
        outcome.result = ReservationResult::Failed;
        outcome.message =
            made.error + QStringLiteral("\n\n") + ReservationCommands::tr("Nothing was sent.");
        co_return false;
    }
    prepared.client = std::move(made.client);
    // The live script version decides the delete request and replication; a server that does
    // not answer its health check gets no write.
    const NetResult<PsuHealth> health = co_await prepared.client->health();
    if (!health) {
        outcome.result = ReservationResult::Failed;
        const QString headline =
            ReservationCommands::tr("%1 did not answer its health check, so nothing was sent.")
                .arg(server.name);
        outcome.message = failureText(headline, health.error());
        co_return false;
    }
    if (health->version != server.psuScriptVersion)
        (void)ServerRepository(m_database).setScriptVersion(server.id, health->version);
    co_return true;
}

QCoro::Task<void> ReservationCommands::replicate(PsuClient &client, Ipv4Address scopeId,
                                                 ReservationOutcome &outcome)
{
    const ReservationTarget &target = outcome.target;
    if (!target.failover)
        co_return;
    // Named locals, no ?: on class values: g++ 12 coroutine bugs (common brief).
    QString partner = ReservationCommands::tr("its failover partner");
    if (target.partner)
        partner = target.partner->name;
    if (!canReplicate(client.scriptVersion())) {
        outcome.warning =
            ReservationCommands::tr("Scope %1 is in failover %2, and the PSU script of %3 cannot "
                                    "replicate it: replicate the scope to %4 on the DHCP server "
                                    "(Invoke-DhcpServerv4FailoverReplication).")
                .arg(scopeId.toString(), target.failover->name, target.server->name, partner);
        co_return;
    }
    const QList<Ipv4Address> scopes{scopeId};
    const NetResult<QList<Ipv4Address>> replicated = co_await client.replicateFailover(scopes);
    if (!replicated) {
        outcome.warning = ReservationCommands::tr(
                              "Replicating scope %1 to %2 (failover %3) failed: %4. Replicate it "
                              "on the DHCP server.")
                              .arg(scopeId.toString(), partner, target.failover->name,
                                   replicated.error().toString());
        co_return;
    }
    outcome.message +=
        QLatin1Char(' ') + ReservationCommands::tr("Scope %1 was replicated to %2 (failover %3).")
                               .arg(scopeId.toString(), partner, target.failover->name);
}

namespace {

// The gate before any request: a refused target, or maintenance not yet confirmed, ends the
// action with that outcome (false); otherwise the request may be sent (true).
bool mayProceed(ReservationOutcome &outcome, bool maintenanceConfirmed)
{
    if (!outcome.target.allowed()) {
        outcome.result = ReservationResult::Refused;
        outcome.message = outcome.target.reason;
        return false;
    }
    if (outcome.target.needsMaintenanceConfirmation() && !maintenanceConfirmed) {
        outcome.result = ReservationResult::NeedsConfirmation;
        outcome.message = maintenanceQuestion(outcome.target);
        return false;
    }
    return true;
}

} // namespace

QCoro::Task<ReservationOutcome> ReservationCommands::makeReservation(MakeReservationRequest request)
{
    ReservationOutcome outcome;
    const CachedLease lease = request.lease;
    const auto inventory = ReservationInventory::read(m_database);
    if (!inventory) {
        outcome.message = storeFailure(inventory.error());
        co_return outcome;
    }
    outcome.target = ReservationRules::forCreate(*inventory, lease);
    if (!mayProceed(outcome, request.maintenanceConfirmed))
        co_return outcome;

    Prepared prepared;
    prepared.server = *outcome.target.server;
    const bool connected = co_await connect(prepared, outcome);
    if (!connected)
        co_return outcome;

    PsuReservation wanted;
    wanted.scopeId = lease.scopeId;
    wanted.ipAddress = lease.address;
    wanted.clientId = canonicalClientId(lease.clientId);
    wanted.name = request.name.trimmed();
    wanted.description = request.description.trimmed();
    wanted.type = request.type;
    const NetResult<PsuReservation> created = co_await prepared.client->createReservation(wanted);
    if (!created) {
        noteForbidden(prepared.server, created.error());
        outcome.result = ReservationResult::Failed;
        const QString headline =
            ReservationCommands::tr("%1 did not create the reservation of %2 for %3.")
                .arg(prepared.server.name, lease.address.toString(), wanted.clientId);
        outcome.message = failureText(headline, created.error());
        co_return outcome;
    }

    // The server's read-back is the truth (it normalises the client id, may default the type).
    CachedReservation row;
    row.serverId = prepared.server.id;
    row.scopeId = created->scopeId;
    row.address = created->ipAddress;
    row.clientId = canonicalClientId(created->clientId);
    row.name = created->name;
    row.description = created->description;
    row.type = PsuClient::typeName(created->type);
    outcome.reservation = row;
    outcome.result = ReservationResult::Done;
    outcome.message = ReservationCommands::tr(
                          "%1 is now reserved for %2 on %3 (scope %4). NetBox follows at the next "
                          "sync.")
                          .arg(row.address.toString(), row.clientId, prepared.server.name,
                               row.scopeId.toString());
    const auto cached =
        DhcpCacheRepository(m_database).addReservation(row, QDateTime::currentDateTimeUtc());
    if (!cached)
        outcome.warning =
            ReservationCommands::tr("The reservation exists on the server, but LeaseLink could not "
                                    "save it in its cache (%1); it shows after the next sync.")
                .arg(cached.error().message);
    co_await replicate(*prepared.client, row.scopeId, outcome);
    co_return outcome;
}

QCoro::Task<ReservationOutcome>
ReservationCommands::deleteReservation(DeleteReservationRequest request)
{
    ReservationOutcome outcome;
    const CachedReservation reservation = request.reservation;
    const auto inventory = ReservationInventory::read(m_database);
    if (!inventory) {
        outcome.message = storeFailure(inventory.error());
        co_return outcome;
    }
    // With the stored script version first: a known ambiguity is refused without any request.
    outcome.target = ReservationRules::forDeleteOnStoredVersion(*inventory, reservation);
    if (!mayProceed(outcome, request.maintenanceConfirmed))
        co_return outcome;

    Prepared prepared;
    prepared.server = *outcome.target.server;
    const bool connected = co_await connect(prepared, outcome);
    if (!connected)
        co_return outcome;
    const bool single = usesSingleDelete(prepared.client->scriptVersion());
    if (single) {
        // The live version may be older than the stored one: judge the MAC again.
        outcome.target = ReservationRules::forDelete(*inventory, reservation, true);
        if (!outcome.target.allowed()) {
            outcome.result = ReservationResult::Refused;
            outcome.message = outcome.target.reason;
            co_return outcome;
        }
    }

    const QString what = ReservationCommands::tr("%1 (%2) in scope %3 on %4")
                             .arg(reservation.address.toString(), reservation.clientId,
                                  reservation.scopeId.toString(), prepared.server.name);
    const QString goneText =
        ReservationCommands::tr(
            "The reservation %1 is already gone on the server. Remove it from LeaseLink's cache "
            "too?")
            .arg(what);
    if (single) {
        const QString clientId = canonicalClientId(reservation.clientId);
        const NetResult<void> deleted = co_await prepared.client->deleteReservation(clientId);
        if (!deleted) {
            const NetError &error = deleted.error();
            if (error.kind == NetError::Kind::HttpStatus && error.httpStatus == 404) {
                outcome.result = ReservationResult::NotFound;
                outcome.message = goneText;
                co_return outcome;
            }
            noteForbidden(prepared.server, error);
            outcome.result = ReservationResult::Failed;
            const QString headline =
                ReservationCommands::tr("%1 did not delete the reservation %2.")
                    .arg(prepared.server.name, what);
            outcome.message = failureText(headline, error);
            co_return outcome;
        }
    } else {
        QJsonObject item;
        item.insert(QStringLiteral("scope_id"), reservation.scopeId.toString());
        item.insert(QStringLiteral("ip_address"), reservation.address.toString());
        QList<QJsonObject> items{item};
        const QByteArray method("DELETE");
        const QList<PsuBulkItemResult> results =
            co_await prepared.client->bulkReservations(method, items);
        const bool answered = !results.isEmpty();
        if (answered && results.first().status == PsuBulkStatus::NotFound) {
            outcome.result = ReservationResult::NotFound;
            outcome.message = goneText;
            co_return outcome;
        }
        if (!answered || results.first().status != PsuBulkStatus::Ok) {
            outcome.result = ReservationResult::Failed;
            QString cause = ReservationCommands::tr("No result returned for this item");
            if (answered)
                cause = results.first().error;
            outcome.message = ReservationCommands::tr("%1 did not delete the reservation %2.")
                                  .arg(prepared.server.name, what) +
                              QStringLiteral("\n\n") +
                              ReservationCommands::tr("The server said: %1").arg(cause) +
                              QStringLiteral("\n\n") +
                              ReservationCommands::tr("Nothing was changed in LeaseLink.");
            co_return outcome;
        }
    }

    outcome.reservation = reservation;
    outcome.result = ReservationResult::Done;
    outcome.message = ReservationCommands::tr(
                          "The reservation %1 was deleted on the DHCP server. NetBox follows at "
                          "the next sync.")
                          .arg(what);
    const auto removed = DhcpCacheRepository(m_database).removeReservation(reservation);
    if (!removed)
        outcome.warning = ReservationCommands::tr(
                              "The reservation is gone on the server, but LeaseLink could not "
                              "remove it from its cache (%1); the next sync does.")
                              .arg(removed.error().message);
    co_await replicate(*prepared.client, reservation.scopeId, outcome);
    co_return outcome;
}

} // namespace leaselink
