#include "LabSetup.h"

#include "LabRunner.h"

#include "net/CertificateInfo.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "store/NetBoxConnectionRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"

namespace leaselink::lab {

namespace {

StoredCertificate storedFrom(const QSslCertificate &certificate)
{
    StoredCertificate stored;
    if (certificate.isNull())
        return stored;
    stored.pem = certificate.toPem();
    stored.notAfter = certificate.expiryDate().toUTC();
    stored.sha256 = CertificateInfo::fingerprintOf(certificate);
    return stored;
}

} // namespace

QCoro::Task<Expected<void>> LabSetup::configure(const LabRunner &lab, Database &database,
                                                SecretStore &secrets, LabSetupOptions options)
{
    ServerRepository servers(database);
    for (const LabEndpoint &endpoint : lab.psuEndpoints()) {
        Server server;
        server.name = endpoint.name;
        server.hostname = endpoint.url.host();
        server.port = endpoint.url.port();
        server.useHttps = endpoint.url.scheme() == QLatin1String("https");
        server.verifySsl = true;
        if (options.trustCertificates)
            server.certificate = storedFrom(endpoint.certificate);
        server.description = QStringLiteral("LeaseLink lab (%1)").arg(endpoint.hostname);
        auto created = servers.create(server);
        if (!created) {
            const QString why = created.error().message;
            co_return fail(
                QStringLiteral("Adding lab server %1 failed: %2").arg(endpoint.name, why));
        }
        const QString token = options.writerTokens ? endpoint.writerToken : endpoint.readerToken;
        const SecretKey key = SecretKey::psuAppToken(created->id, created->name);
        auto written = co_await secrets.write(key, token);
        if (!written) {
            const QString why = written.error().message;
            co_return fail(
                QStringLiteral("Storing the App Token of %1 failed: %2").arg(endpoint.name, why));
        }
    }

    const LabEndpoint netbox = lab.netboxEndpoint();
    NetBoxConnection connection;
    connection.url = netbox.url;
    connection.verifySsl = true;
    if (options.trustCertificates)
        connection.certificate = storedFrom(netbox.certificate);
    if (auto saved = NetBoxConnectionRepository(database).save(connection); !saved) {
        const QString why = saved.error().message;
        co_return fail(QStringLiteral("Saving the lab NetBox connection failed: %1").arg(why));
    }
    auto written = co_await secrets.write(SecretKey::netBoxApiToken(), netbox.writerToken);
    if (!written) {
        const QString why = written.error().message;
        co_return fail(QStringLiteral("Storing the NetBox token failed: %1").arg(why));
    }

    SettingsRepository settingsRepository(database);
    auto settings = settingsRepository.get();
    if (!settings) {
        const QString why = settings.error().message;
        co_return fail(QStringLiteral("Reading the settings failed: %1").arg(why));
    }
    Settings changed = *settings;
    changed.syncIpAddresses = options.syncIpAddresses;
    if (auto saved = settingsRepository.save(changed); !saved) {
        const QString why = saved.error().message;
        co_return fail(QStringLiteral("Saving the settings failed: %1").arg(why));
    }
    co_return Expected<void>{};
}

} // namespace leaselink::lab
