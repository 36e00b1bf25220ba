#include "NetBoxReadBenchmark.h"

#include "LabCertificate.h"
#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"

#include "net/netbox/NetBoxClient.h"

#include <QCoroTask>

namespace leaselink::bench {

namespace {

constexpr int AddressCount = 110000;
constexpr int PageSize = 1000;

} // namespace

BenchReport runNetBoxRead110k()
{
    BenchReport report(QStringLiteral("lab-netbox-read-110k"), QStringLiteral("L"));
    lab::NetBoxSim netbox;
    const int user = netbox.addUser(QStringLiteral("bench"), true);
    const QString token = netbox.addTokenV2(user);
    for (int i = 0; i < AddressCount; ++i)
        netbox.addIpAddress(
            QStringLiteral("10.%1.%2.%3/16").arg(i / 65536).arg((i / 256) % 256).arg(i % 256), 0,
            QStringLiteral("dhcp"));
    lab::LabHttpServer server(&netbox);
    server.enableTls(lab::LabCertificate::localhost());
    if (auto started = server.start(); !started) {
        report.fail(started.error().message);
        return report;
    }

    HttpSessionConfig config;
    config.baseUrl = server.baseUrl();
    config.authorization = NetBoxClient::authorizationFor(token);
    config.trustedCertificate.pem = lab::LabCertificate::localhost().certificate.toPem();
    config.trustedCertificate.notAfter = lab::LabCertificate::localhost().certificate.expiryDate();
    NetBoxClientOptions options;
    options.pageSize = PageSize;
    NetBoxClient client(config, options);
    server.requestLog().clear();

    report.start();
    const auto read = QCoro::waitFor(client.listAll(
        QStringLiteral("/ipam/ip-addresses/"), QUrlQuery(),
        QStringList{QStringLiteral("id"), QStringLiteral("address"), QStringLiteral("status")}));
    report.stop();

    qint64 bytesIn = 0;
    for (const auto &entry : server.requestLog().entries())
        bytesIn += entry.bytes;
    const qint64 requests = server.requestLog().entries().size();
    report.setRequests(requests, (AddressCount + PageSize - 1) / PageSize);
    report.setBytes(bytesIn, -1);
    if (!read)
        report.fail(read.error().toString());
    else if (read->size() != AddressCount)
        report.fail(
            QStringLiteral("read %1 addresses, expected %2").arg(read->size()).arg(AddressCount));
    else
        report.add(QStringLiteral("rows"), qint64(read->size()));
    return report;
}

} // namespace leaselink::bench
