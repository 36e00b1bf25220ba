#pragma once

// A lab (dataset M over HTTPS, each PSU server on its own loopback address) and a LeaseLink data
// directory configured for it, with the standalone server psu-3's scopes known locally with
// their NetBox prefixes (made directly, so tests of the sync do not depend on the importer).
// Shared by the sync job's integration tests and the Sync Now dialog's UI test.

#include "LabHttpServer.h"
#include "LabRunner.h"
#include "LabSetup.h"
#include "netbox/NetBoxSim.h"
#include "psu/PsuSim.h"

#include "secrets/InMemorySecretStore.h"
#include "store/Database.h"
#include "store/ScopeRepository.h"
#include "store/ServerRepository.h"
#include "sync/SyncJob.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

namespace leaselink::test {

using namespace leaselink::lab;
using namespace leaselink::sync;

inline const QString Standalone = QStringLiteral("psu-3");

// A count of a run's result ("ip_created", …), 0 when absent.
inline qint64 countOf(const SyncJobResult &result, const char *key)
{
    return result.counts.value(QLatin1String(key)).toInteger();
}

// A run's errors and failed writes, one a line: what a failed assertion shows.
inline QString errorsOf(const SyncJobResult &result)
{
    QStringList lines = result.runErrors;
    for (const ItemFailure &failure : result.failures)
        lines << failure.what + QStringLiteral(": ") + failure.cause;
    return lines.join(QLatin1Char('\n'));
}

struct SyncHome
{
    LabRunner lab;
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    InMemorySecretStore secrets;
    std::function<void(HttpSessionConfig &)> tuneSession; // applied to every client of a run
    LabSetupOptions setup;                                // e.g. reader App Tokens

    // The suite-wide secret scan (tests/security) also reads every cache these tests leave:
    // settings, job history with its logs, side-info, lease cache. The files are copied next
    // to the test's traffic recording before the temporary directory goes.
    ~SyncHome()
    {
        const QString traffic = qEnvironmentVariable("LEASELINK_TRAFFIC_LOG");
        if (traffic.isEmpty() || !dir.isValid())
            return;
        db.reset();
        static int serial = 0;
        const QString target = QFileInfo(traffic).absolutePath() + QLatin1Char('/') +
                               QCoreApplication::applicationName() +
                               QStringLiteral("-cache-%1").arg(++serial);
        QDir().mkpath(target);
        const QDir source(dir.path());
        for (const QString &name : source.entryList(QDir::Files))
            QFile::copy(source.filePath(name), target + QLatin1Char('/') + name);
    }

    // keepScopes / keepLeases > 0 trim psu-3's data first (fast tests that run many syncs).
    // seedScopes = false: nothing local but the servers (a sync discovers and creates the rest).
    bool start(int keepScopes = 0, int keepLeases = 0, bool seedScopes = true)
    {
        LabRunnerOptions options;
        options.dataset = QStringLiteral("M");
        options.https = true;
        options.loopbackHostnames = true;
        options.psuScript = QStringLiteral("2.x");
        if (auto started = lab.start(options); !started) {
            qWarning("%s", qPrintable(started.error().message));
            return false;
        }
        auto opened = Database::open(dir.filePath(QStringLiteral("leaselink.sqlite3")));
        if (!opened)
            return false;
        db = std::move(*opened);
        auto configured = QCoro::waitFor(LabSetup::configure(lab, *db, secrets, setup));
        if (!configured) {
            qWarning("%s", qPrintable(configured.error().message));
            return false;
        }
        auto &scopes = model(Standalone).scopes;
        if (keepScopes > 0) {
            while (qsizetype(scopes.size()) > keepScopes)
                scopes.erase(std::prev(scopes.end()));
        }
        if (keepLeases > 0) {
            for (auto &[id, scope] : scopes) {
                if (scope.leases.size() > keepLeases)
                    scope.leases.resize(keepLeases);
            }
        }
        return !seedScopes || seedStandaloneScopes();
    }

    LabEndpoint endpoint(const QString &name) const
    {
        for (const LabEndpoint &e : lab.psuEndpoints()) {
            if (e.name == name)
                return e;
        }
        return LabEndpoint();
    }

    PsuModel &model(const QString &name) { return endpoint(name).psu->model(); }

    // The local scopes an import of psu-3 would create (scope + its NetBox prefix), made
    // directly so these tests depend on the sync only.
    bool seedStandaloneScopes()
    {
        const auto server = ServerRepository(*db).findByName(Standalone);
        if (!server || !server->has_value())
            return false;
        NetBoxState &netbox = lab.netbox()->state();
        for (const auto &[id, remote] : model(Standalone).scopes) {
            const auto cidr = Ipv4Prefix::fromAddressAndMask(remote.scopeId, remote.subnetMask);
            if (!cidr)
                return false;
            NbPrefix prefix;
            prefix.prefix = *NetBoxAddress::parse(cidr->toString());
            const int prefixId = netbox.addPrefix(prefix);
            Scope scope;
            scope.name = remote.name;
            scope.netboxPrefixId = prefixId;
            scope.prefix = *cidr;
            scope.startIp = remote.startIp;
            scope.endIp = remote.endIp;
            scope.serverId = (*server)->id;
            if (!ScopeRepository(*db).create(scope, ValidationMode::Import)) {
                qWarning("cannot create scope %s", qPrintable(remote.name));
                return false;
            }
        }
        return true;
    }

    SyncJobResult sync(bool dryRun = false, const QStringList &servers = {Standalone},
                       std::function<void(SyncJob &)> hook = {})
    {
        SyncJobContext context;
        context.database = db.get();
        context.secrets = &secrets;
        context.tuneSession = tuneSession;
        SyncRequest request;
        request.kind =
            servers.isEmpty() ? SyncRequest::Kind::AllServers : SyncRequest::Kind::Servers;
        request.serverNames = servers;
        request.dryRun = dryRun;
        request.trigger = QStringLiteral("test");
        SyncJob job(context, request);
        if (hook)
            hook(job);
        return QCoro::waitFor(job.run());
    }

    // Every address psu-3 hands out or reserves, and which of them are reserved.
    QSet<QString> expectedAddresses(QSet<QString> *reserved = nullptr)
    {
        QSet<QString> all;
        for (const auto &[id, scope] : model(Standalone).scopes) {
            for (const auto &lease : scope.leases)
                all.insert(lease.ipAddress.toString());
            for (const auto &reservation : scope.reservations) {
                all.insert(reservation.ipAddress.toString());
                if (reserved)
                    reserved->insert(reservation.ipAddress.toString());
            }
        }
        return all;
    }

    QHash<QString, NbIpAddress> netboxIps() const
    {
        QHash<QString, NbIpAddress> out;
        for (const auto &[id, ip] : lab.netbox()->state().ipAddresses())
            out.insert(ip.address.hostText(), ip);
        return out;
    }

    qsizetype netboxChanges() const { return qsizetype(lab.netbox()->state().changes().size()); }

    // The NetBox state the tests compare between runs: address -> status, dns name, client id.
    QMap<QString, QString> netboxView() const
    {
        QMap<QString, QString> out;
        for (const auto &[id, ip] : lab.netbox()->state().ipAddresses()) {
            out.insert(ip.address.text(),
                       ip.status + QLatin1Char('|') + ip.dnsName + QLatin1Char('|') +
                           ip.customFields.value(QStringLiteral("dhcp_client_id")).toString());
        }
        return out;
    }
};

} // namespace leaselink::test
