#include "LabDatasetGenerator.h"

#include "PsuValidation.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace leaselink::lab {

namespace {

struct Layout
{
    struct Server
    {
        const char *name;
        const char *hostname;
        int model; // index into models
    };
    struct Model
    {
        int scopes;
        int failovers; // 0: standalone; else scopes are split over this many relationships
    };
    QList<Server> servers;
    QList<Model> models;
    int totalLeases;
    int reservationsPerScope;
};

Layout layoutFor(LabDatasetGenerator::Size size)
{
    switch (size) {
    case LabDatasetGenerator::Size::S:
        return {{{"psu-1", "dhcp01.corp.example.com", 0}}, {{5, 0}}, 500, 5};
    case LabDatasetGenerator::Size::M:
        return {{{"psu-1", "dhcp01.corp.example.com", 0},
                 {"psu-2", "dhcp02.corp.example.com", 0},
                 {"psu-3", "dhcp-branch01.corp.example.com", 1}},
                {{40, 2}, {20, 0}},
                10000,
                10};
    case LabDatasetGenerator::Size::L:
        break;
    }
    return {{{"psu-1", "dhcp01.corp.example.com", 0},
             {"psu-2", "dhcp02.corp.example.com", 0},
             {"psu-3", "dhcp03.emea.example.com", 1},
             {"psu-4", "dhcp04.emea.example.com", 1}},
            {{250, 2}, {250, 2}},
            100000,
            20};
}

const char *const sites[] = {"HQ",     "Oslo",   "Bergen",  "Lyon",   "Graz",   "Porto",
                             "Leeds",  "Malmo",  "Tampere", "Gent",   "Brno",   "Krakow",
                             "Aarhus", "Zurich", "Turin",   "Dublin", "Sevilla"};
const char *const purposes[] = {"Wired",    "Wi-Fi",   "Wi-Fi Guest", "VoIP",
                                "Printers", "Cameras", "Lab",         "Servers",
                                "IoT",      "Kiosks",  "Meeting",     "Warehouse"};

class Random
{
public:
    explicit Random(quint32 seed)
        : m_generator(seed)
    {}
    int below(int bound) { return int(m_generator.bounded(quint32(bound))); }
    bool chance(int percent) { return below(100) < percent; }
    QString alnum(int length)
    {
        static const char chars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        QString text;
        for (int i = 0; i < length; ++i)
            text.append(QLatin1Char(chars[below(int(sizeof chars) - 1)]));
        return text;
    }
    QString mac()
    {
        QString text;
        for (int i = 0; i < 6; ++i) {
            int byte = below(256);
            if (i == 0)
                byte &= 0xFC; // unicast, globally administered
            if (i > 0)
                text.append(u'-');
            text.append(QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')));
        }
        return text;
    }

private:
    QRandomGenerator m_generator;
};

QString hostname(Random &random, const QString &site)
{
    const int pick = random.below(100);
    const QString domain = random.chance(50) ? QStringLiteral(".corp.example.com") : QString();
    if (pick < 35)
        return QStringLiteral("DESKTOP-") + random.alnum(7) + domain;
    if (pick < 50)
        return QStringLiteral("LAPTOP-") + random.alnum(7) + domain;
    if (pick < 57)
        return QStringLiteral("iPhone");
    if (pick < 62)
        return QStringLiteral("Galaxy-S23-") + QString::number(random.below(1000));
    if (pick < 70)
        return QString(); // Windows did not learn a name
    if (pick < 77)
        return QStringLiteral("SEP") + random.mac().remove(u'-').toUpper();
    if (pick < 83)
        return QStringLiteral("printer-%1-%2").arg(site.toLower()).arg(random.below(90) + 10);
    if (pick < 86) // NetBox rejects these as DNS names
        return QStringLiteral("Test Device With Spaces.corp.example.com");
    if (pick < 89)
        return QStringLiteral("host_%1").arg(random.below(1000));
    if (pick < 91)
        return QStringLiteral("kiosk-") + QString(64, u'x') + QStringLiteral(".example.com");
    if (pick < 93)
        return QStringLiteral("Kitchen's iPad");
    return QStringLiteral("ws-%1-%2").arg(site.toLower()).arg(random.below(10000));
}

// A client id in one of the text forms admins type into POST /reservations; the model keeps
// Windows' normalised form.
QString enteredForm(Random &random, const QString &mac)
{
    QString hex = mac;
    hex.remove(u'-');
    switch (random.below(4)) {
    case 0:
        return mac;
    case 1:
        return QString(mac).replace(u'-', u':').toUpper();
    case 2:
        return hex.left(4) + u'.' + hex.mid(4, 4) + u'.' + hex.mid(8);
    default:
        return hex.toUpper();
    }
}

PsuScope makeScope(Random &random, int modelIndex, int index, int leases, int reservations)
{
    const QString site =
        QString::fromLatin1(sites[(modelIndex * 7 + index / 12) % std::size(sites)]);
    const QString purpose = QString::fromLatin1(purposes[index % std::size(purposes)]);
    PsuScope scope;
    scope.scopeId = Ipv4Address((10u << 24) | (quint32(16 * modelIndex + 1 + index / 256) << 16) |
                                (quint32(index % 256) << 8));
    scope.subnetMask = Ipv4Address(0xFFFFFF00u);
    scope.name = QStringLiteral("%1 %2 %3").arg(site, purpose).arg(index + 1);
    scope.description = random.chance(40) ? QStringLiteral("VLAN %1").arg(100 + index) : QString();
    // Reservations take the first offsets, leases start a quarter into them, ten spare
    // addresses at the end hold the exclusions.
    const int needed = std::max(reservations, reservations / 4 + leases) + 10;
    const int startOffset = random.chance(50) ? 10 : 20;
    const int slack = 254 - startOffset - needed;
    const int endOffset = startOffset + needed + (slack > 0 ? random.below(slack + 1) : 0) - 1;
    scope.startIp = Ipv4Address(scope.scopeId.toUInt() + quint32(startOffset));
    scope.endIp = Ipv4Address(scope.scopeId.toUInt() + quint32(std::min(endOffset, 254)));
    scope.state = index % 17 == 16 ? QStringLiteral("InActive") : QStringLiteral("Active");
    static const qint64 durations[] = {86400, 28800, 691200, 3600, 86400};
    scope.leaseDurationSeconds = durations[random.below(int(std::size(durations)))];
    if (index % 11 != 5)
        scope.setRouter(Ipv4Address(scope.scopeId.toUInt() + 1).toString());
    if (index % 4 == 0) {
        PsuOption dns = PsuModel::optionTemplate(6);
        dns.value = {QStringLiteral("10.0.0.53"), QStringLiteral("10.0.0.54")};
        scope.setOption(dns);
    }
    if (index % 13 == 0) {
        PsuOption server = PsuModel::optionTemplate(66);
        server.value = {QStringLiteral("pxe.corp.example.com")};
        scope.setOption(server);
        PsuOption file = PsuModel::optionTemplate(67);
        file.value = {QStringLiteral("boot\\x64\\wdsnbp.com")};
        scope.setOption(file);
    }
    // Reservations at the start of the range; leases start inside them so most reservations
    // are active and a quarter are not; exclusions sit at the end of the range.
    const quint32 start = scope.startIp.toUInt();
    QList<QString> reservedClients;
    for (int r = 0; r < reservations; ++r) {
        PsuReservation reservation;
        reservation.ipAddress = Ipv4Address(start + quint32(r));
        QString mac = random.mac();
        if (r % 9 == 8)
            mac = QStringLiteral("01-") + mac; // a client identifier with its hardware type
        reservation.clientId = PsuValidation::normaliseClientId(enteredForm(random, mac));
        reservation.name = r % 3 == 0 ? QStringLiteral("printer-%1-%2").arg(site.toLower()).arg(r)
                                      : hostname(random, site);
        reservation.description =
            random.chance(30) ? QStringLiteral("Room %1").arg(100 + random.below(400)) : QString();
        reservation.type = random.chance(80) ? QStringLiteral("Both") : QStringLiteral("Dhcp");
        reservedClients.append(reservation.clientId);
        scope.reservations.append(reservation);
    }
    const int leaseStart = reservations / 4;
    const QDateTime base(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    for (int l = 0; l < leases; ++l) {
        const int offset = leaseStart + l;
        PsuLease lease;
        lease.ipAddress = Ipv4Address(start + quint32(offset));
        if (offset < reservations) {
            const PsuReservation &reservation = scope.reservations[offset];
            lease.clientId = reservation.clientId;
            lease.hostname = reservation.name;
            lease.addressState = QStringLiteral("ActiveReservation");
        } else {
            lease.clientId = random.mac();
            lease.hostname = hostname(random, site);
            lease.expiry = base.addSecs(random.below(8 * 86400));
            lease.addressState = QStringLiteral("Active");
        }
        scope.leases.append(lease);
    }
    const quint32 end = scope.endIp.toUInt();
    if (index % 3 == 0)
        scope.exclusions.append(PsuExclusion{Ipv4Address(end - 7), Ipv4Address(end)});
    if (index % 10 == 1)
        scope.exclusions.prepend(PsuExclusion{Ipv4Address(end - 9), Ipv4Address(end - 8)});
    return scope;
}

} // namespace

Expected<LabDatasetGenerator::Size> LabDatasetGenerator::sizeFromName(const QString &name)
{
    if (name.compare(u"S", Qt::CaseInsensitive) == 0)
        return Size::S;
    if (name.compare(u"M", Qt::CaseInsensitive) == 0)
        return Size::M;
    if (name.compare(u"L", Qt::CaseInsensitive) == 0)
        return Size::L;
    return fail(QStringLiteral("Unknown dataset '%1'; use S, M, L or a JSON file").arg(name));
}

LabDataset LabDatasetGenerator::generate(Size size, quint32 seed)
{
    const Layout layout = layoutFor(size);
    Random random(seed);
    LabDataset dataset;
    dataset.name = size == Size::S   ? QStringLiteral("S")
                   : size == Size::M ? QStringLiteral("M")
                                     : QStringLiteral("L");
    dataset.seed = seed;
    int totalScopes = 0;
    for (const Layout::Model &model : layout.models)
        totalScopes += model.scopes;

    QList<std::shared_ptr<PsuModel>> models;
    int scopeNumber = 0;
    for (qsizetype m = 0; m < layout.models.size(); ++m) {
        const Layout::Model &spec = layout.models[m];
        auto model = std::make_shared<PsuModel>();
        for (int i = 0; i < spec.scopes; ++i, ++scopeNumber) {
            // Spread the lease total evenly; earlier scopes take the remainder.
            const int leases = layout.totalLeases / totalScopes +
                               (scopeNumber < layout.totalLeases % totalScopes ? 1 : 0);
            model->addScope(makeScope(random, int(m), i, leases, layout.reservationsPerScope));
        }
        PsuOption dns = PsuModel::optionTemplate(6);
        dns.value = {QStringLiteral("10.0.0.53"), QStringLiteral("10.0.0.54")};
        PsuOption domain = PsuModel::optionTemplate(15);
        domain.value = {QStringLiteral("corp.example.com")};
        PsuOption ntp = PsuModel::optionTemplate(42);
        ntp.value = {QStringLiteral("10.0.0.123")};
        model->serverOptions = {dns, domain, ntp};
        if (spec.failovers > 0) {
            QList<const Layout::Server *> pair;
            for (const Layout::Server &server : layout.servers) {
                if (server.model == m)
                    pair.append(&server);
            }
            for (int f = 0; f < spec.failovers; ++f) {
                PsuFailover failover;
                const bool loadBalance = f == 0;
                failover.name = QStringLiteral("FO-%1-%2")
                                    .arg(QString::fromLatin1(sites[m * 7]).toUpper(),
                                         loadBalance ? QStringLiteral("LB") : QStringLiteral("HS"));
                failover.serverA = QString::fromLatin1(pair.value(0)->hostname);
                failover.serverB = QString::fromLatin1(pair.value(1)->hostname);
                failover.mode =
                    loadBalance ? QStringLiteral("LoadBalance") : QStringLiteral("HotStandby");
                failover.stateSwitchoverInterval = loadBalance ? 0 : 3600;
                failover.enableAuth = !loadBalance;
                failover.sharedSecret =
                    failover.enableAuth ? QStringLiteral("lab-shared-secret") : QString();
                model->failovers.append(failover);
            }
            // The first four fifths go to the load-balancing relationship.
            int i = 0;
            for (const auto &[key, scope] : model->scopes) {
                const int which = spec.failovers == 1 || i < spec.scopes * 4 / 5 ? 0 : 1;
                model->failovers[which].scopeIds.append(scope.scopeId.toString());
                ++i;
            }
        }
        models.append(model);
    }
    for (const Layout::Server &server : layout.servers) {
        dataset.servers.append(
            LabDatasetServer{QString::fromLatin1(server.name), QString::fromLatin1(server.hostname),
                             layout.models[server.model].failovers > 0
                                 ? QStringLiteral("pair-%1").arg(server.model + 1)
                                 : QString::fromLatin1(server.name),
                             models[server.model]});
    }
    return dataset;
}

} // namespace leaselink::lab
