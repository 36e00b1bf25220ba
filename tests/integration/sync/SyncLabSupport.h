#pragma once

// Shared by the core/sync integration tests: NetBoxSim behind LabHttpServer, with a hook that
// runs before each request reaches the simulator (to cancel a job or change NetBox "meanwhile"
// at an exact point of the exchange), and a NetBoxClient for it.

#include "LabHttpServer.h"
#include "netbox/NetBoxSim.h"

#include "net/netbox/NetBoxClient.h"

#include <QTest>

#include <functional>
#include <memory>

namespace leaselink::test {

class HookedNetBox : public lab::LabService
{
public:
    explicit HookedNetBox(lab::NetBoxSim &sim)
        : m_sim(sim)
    {}

    std::function<void(const lab::LabRequest &)> beforeRequest;

    lab::LabResponse handle(const lab::LabRequest &request) override
    {
        if (beforeRequest)
            beforeRequest(request);
        return m_sim.handle(request);
    }
    QList<QByteArray> secrets() const override { return m_sim.secrets(); }

private:
    lab::NetBoxSim &m_sim;
};

struct SyncLab
{
    std::unique_ptr<lab::NetBoxSim> sim;
    std::unique_ptr<HookedNetBox> hooked;
    std::unique_ptr<lab::LabHttpServer> server;
    QString token;

    explicit SyncLab(lab::NetBoxConfig config = {})
    {
        sim = std::make_unique<lab::NetBoxSim>(config);
        const int admin = sim->addUser(QStringLiteral("leaselink"), true);
        token = sim->addTokenV1(admin);
        sim->addCustomField(QLatin1String(NetBoxClient::ClientIdField));
        hooked = std::make_unique<HookedNetBox>(*sim);
    }

    bool start()
    {
        server = std::make_unique<lab::LabHttpServer>(hooked.get());
        const auto started = server->start();
        if (!started)
            qWarning("lab server: %s", qPrintable(started.error().message));
        return started.has_value();
    }

    std::unique_ptr<NetBoxClient> client(NetBoxClientOptions options = {}) const
    {
        HttpSessionConfig c;
        c.serviceName = QStringLiteral("netbox");
        c.baseUrl = server->baseUrl();
        c.authorization = NetBoxClient::authorizationFor(token);
        c.timeout = std::chrono::seconds(10);
        c.retryBaseDelay = std::chrono::milliseconds(10);
        return std::make_unique<NetBoxClient>(c, options);
    }

    // The simulated NetBox's IP with this address text ("10.0.1.50/24") in a VRF, or null.
    const lab::NbIpAddress *ip(const QString &address, int vrfId = 0) const
    {
        for (const auto &[id, record] : sim->state().ipAddresses()) {
            if (record.address.text() == address && record.vrfId == vrfId)
                return &record;
        }
        return nullptr;
    }
};

} // namespace leaselink::test
