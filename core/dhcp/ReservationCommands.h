#pragma once

#include "ReservationRules.h"

#include "config/ConfigOverrides.h"
#include "net/HttpSessionConfig.h"

#include <QCoreApplication>
#include <QCoroTask>

#include <functional>

namespace leaselink {

class Database;
class PsuClient;
class SecretStore;
struct NetError;

struct MakeReservationRequest
{
    CachedLease lease; // the lease to turn into a reservation (its address, MAC and scope)
    QString name;      // "" = none
    QString description;
    PsuReservationType type = ReservationRules::DefaultType;
    bool maintenanceConfirmed = false; // the admin said "contact it anyway" (C-20)
};

struct DeleteReservationRequest
{
    CachedReservation reservation;
    bool maintenanceConfirmed = false;
};

enum class ReservationResult
{
    Done,              // the server did it and the cache shows it
    Refused,           // a gate said no; nothing was sent
    NeedsConfirmation, // maintenance: nothing was sent; ask and call again with confirmation
    NotFound,          // delete: the server has no such reservation (offer forget())
    Failed             // the server or the network failed; LeaseLink changed nothing
};

struct ReservationOutcome
{
    ReservationResult result = ReservationResult::Failed;
    QString message;               // what happened, for the admin (translated)
    QString warning;               // Done, but a follow-up failed (cache write, replication)
    ReservationTarget target;      // the decisions (server contacted, scope, failover, …)
    CachedReservation reservation; // Done: the cached row written (create) or removed (delete)
};

// Make Reservation (from a lease) and Delete Reservation, end to end, for any front end: the
// gates of ReservationRules, re-read from the store at the moment of the action; the PSU client
// built like every sync builds it (SyncConnections: token from the overrides or the keychain,
// the stored certificate as trust anchor; the token is never logged); GET /health for the live
// script version; the write; on failover scopes POST /failover/replicate to the partner (scripts
// from 1.1.1, upstream-v2.md §1.12); then the cache, so the views show it at once. NetBox
// follows at the next sync. Writes are never retried (C-19); on any failure nothing local
// changes.
class ReservationCommands
{
    // User-visible texts (reasons, outcomes) under this context, as lupdate sees them.
    Q_DECLARE_TR_FUNCTIONS(ReservationCommands)

public:
    ReservationCommands(Database &database, SecretStore &secrets, ConfigOverrides overrides,
                        std::function<void(HttpSessionConfig &)> tuneSession = {});

    // The decisions as of now, for the confirmation dialog and the actions' enabled state.
    // planDelete assumes the request of the server's stored script version.
    StoreExpected<ReservationTarget> planCreate(const CachedLease &lease) const;
    StoreExpected<ReservationTarget> planDelete(const CachedReservation &reservation) const;

    QCoro::Task<ReservationOutcome> makeReservation(MakeReservationRequest request);
    QCoro::Task<ReservationOutcome> deleteReservation(DeleteReservationRequest request);

    // After NotFound: drops the cached reservation (the server no longer has it).
    StoreExpected<int> forget(const CachedReservation &reservation);

    // script < 2.0.0 (or unknown): DELETE /reservations/{client_id}; else the bulk DELETE.
    static bool usesSingleDelete(const QString &scriptVersion);
    // POST /failover/replicate exists from script 1.1.1 on.
    static bool canReplicate(const QString &scriptVersion);

private:
    struct Prepared;
    QCoro::Task<bool> connect(Prepared &prepared, ReservationOutcome &outcome);
    QCoro::Task<void> replicate(PsuClient &client, Ipv4Address scopeId,
                                ReservationOutcome &outcome);
    void noteForbidden(const Server &server, const NetError &error);

    Database &m_database;
    SecretStore &m_secrets;
    ConfigOverrides m_overrides;
    std::function<void(HttpSessionConfig &)> m_tuneSession;
};

} // namespace leaselink
