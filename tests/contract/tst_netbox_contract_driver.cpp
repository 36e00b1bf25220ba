// Drives every operation of shared/netbox/openapi-subset.json against the simulated NetBox with
// request bodies a schema-following client sends. Run by validate_netbox_contract.py with
// LEASELINK_NETBOX_CONTRACT_LOG set, which then checks the logged exchanges against the schema.
// It also runs standalone: each call asserts the status code NetBox answers with.
#include "netbox/NetBoxSim.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace leaselink::lab;

namespace {

class Client
{
public:
    explicit Client(NetBoxSim &sim)
        : m_sim(sim)
    {
        const int user = sim.addUser(QStringLiteral("dhcp-sync"));
        m_token = sim.addTokenV2(user);
    }

    QJsonValue call(const QByteArray &method, const QString &url, int expected,
                    const QJsonValue &body = QJsonValue::Undefined)
    {
        LabRequest request;
        request.method = method;
        const QUrl parsed(QStringLiteral("https://netbox.lab.example") + url);
        request.path = parsed.path();
        request.query = QUrlQuery(parsed);
        request.headers.insert("host", "netbox.lab.example");
        request.headers.insert("authorization", "Bearer " + m_token.toUtf8());
        request.headers.insert("accept", "application/json");
        if (!body.isUndefined()) {
            request.headers.insert("content-type", "application/json");
            request.body = body.isArray()
                               ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        }
        const LabResponse response = m_sim.handle(request);
        if (response.status != expected)
            qWarning("%s %s -> %d (expected %d): %s", method.constData(), qPrintable(url),
                     response.status, expected, response.body.left(400).constData());
        m_ok = m_ok && response.status == expected;
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    bool ok() const { return m_ok; }

private:
    NetBoxSim &m_sim;
    QString m_token;
    bool m_ok = true;
};

int idOf(const QJsonValue &value)
{
    return value.toObject().value(QStringLiteral("id")).toInt();
}

QJsonObject tagRef(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("slug"), name}};
}

} // namespace

class TestNetBoxContractDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusAndLists();
    void customFieldsAndTags();
    void vrfs();
    void prefixes();
    void ipAddresses();
};

void TestNetBoxContractDriver::statusAndLists()
{
    for (const QString &version : {QStringLiteral("4.5.10"), QStringLiteral("4.6.8")}) {
        NetBoxSim sim;
        sim.config().version = version;
        Client client(sim);
        client.call("GET", QStringLiteral("/api/status/"), 200);
        client.call("GET", QStringLiteral("/api/ipam/ip-addresses/"), 200);
        client.call("GET", QStringLiteral("/api/core/object-changes/"), 200);
        QVERIFY(client.ok());
    }
}

void TestNetBoxContractDriver::customFieldsAndTags()
{
    NetBoxSim sim;
    Client client(sim);
    const QJsonValue field = client.call(
        "POST", QStringLiteral("/api/extras/custom-fields/"), 201,
        QJsonObject{{QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.ipaddress")}},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("name"), QStringLiteral("dhcp_client_id")},
                    {QStringLiteral("label"), QStringLiteral("DHCP client ID")},
                    {QStringLiteral("description"),
                     QStringLiteral("DHCP client identifier managed by LeaseLink")},
                    {QStringLiteral("required"), false},
                    {QStringLiteral("filter_logic"), QStringLiteral("exact")},
                    {QStringLiteral("ui_visible"), QStringLiteral("always")},
                    {QStringLiteral("ui_editable"), QStringLiteral("yes")}});
    const QJsonValue more =
        client.call("POST", QStringLiteral("/api/extras/custom-fields/"), 201,
                    QJsonArray{QJsonObject{
                        {QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.prefix")}},
                        {QStringLiteral("type"), QStringLiteral("integer")},
                        {QStringLiteral("name"), QStringLiteral("vlan_hint")}}});
    client.call("GET", QStringLiteral("/api/extras/custom-fields/?name=dhcp_client_id"), 200);
    client.call("PATCH", QStringLiteral("/api/extras/custom-fields/"), 200,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(field)},
                                       {QStringLiteral("object_types"),
                                        QJsonArray{QStringLiteral("ipam.ipaddress")}}}});
    client.call("PUT", QStringLiteral("/api/extras/custom-fields/"), 200,
                QJsonArray{QJsonObject{
                    {QStringLiteral("id"), idOf(more.toArray().first())},
                    {QStringLiteral("name"), QStringLiteral("vlan_hint")},
                    {QStringLiteral("type"), QStringLiteral("integer")},
                    {QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.prefix")}},
                    {QStringLiteral("description"), QStringLiteral("VLAN")}}});
    client.call("DELETE", QStringLiteral("/api/extras/custom-fields/"), 204,
                QJsonArray{QJsonObject{
                    {QStringLiteral("id"), idOf(more.toArray().first())},
                    {QStringLiteral("name"), QStringLiteral("vlan_hint")},
                    {QStringLiteral("type"), QStringLiteral("integer")},
                    {QStringLiteral("object_types"), QJsonArray{QStringLiteral("ipam.prefix")}}}});

    const QJsonValue tag =
        client.call("POST", QStringLiteral("/api/extras/tags/"), 201,
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("dhcp-managed")},
                                {QStringLiteral("slug"), QStringLiteral("dhcp-managed")},
                                {QStringLiteral("color"), QStringLiteral("ff5722")}});
    const QJsonValue tags =
        client.call("POST", QStringLiteral("/api/extras/tags/"), 201,
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("old")},
                                           {QStringLiteral("slug"), QStringLiteral("old")}}});
    client.call("GET", QStringLiteral("/api/extras/tags/?slug=dhcp-managed"), 200);
    client.call("PATCH", QStringLiteral("/api/extras/tags/"), 200,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(tag)},
                                       {QStringLiteral("description"), QStringLiteral("synced")}}});
    client.call("PUT", QStringLiteral("/api/extras/tags/"), 200,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(tags.toArray().first())},
                                       {QStringLiteral("name"), QStringLiteral("older")},
                                       {QStringLiteral("slug"), QStringLiteral("older")}}});
    client.call("DELETE", QStringLiteral("/api/extras/tags/"), 204,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(tags.toArray().first())},
                                       {QStringLiteral("name"), QStringLiteral("older")},
                                       {QStringLiteral("slug"), QStringLiteral("older")}}});
    client.call("GET", QStringLiteral("/api/core/object-changes/?changed_object_type=extras.tag"),
                200);
    QVERIFY(client.ok());
}

void TestNetBoxContractDriver::vrfs()
{
    NetBoxSim sim;
    Client client(sim);
    const QJsonValue vrf =
        client.call("POST", QStringLiteral("/api/ipam/vrfs/"), 201,
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Customers")},
                                {QStringLiteral("rd"), QStringLiteral("65000:100")}});
    const QJsonValue more =
        client.call("POST", QStringLiteral("/api/ipam/vrfs/"), 201,
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Lab")},
                                           {QStringLiteral("rd"), QJsonValue()}}});
    client.call("GET", QStringLiteral("/api/ipam/vrfs/"), 200);
    client.call(
        "PATCH", QStringLiteral("/api/ipam/vrfs/"), 200,
        QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(vrf)},
                               {QStringLiteral("description"), QStringLiteral("customer space")}}});
    client.call("PUT", QStringLiteral("/api/ipam/vrfs/"), 200,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(more.toArray().first())},
                                       {QStringLiteral("name"), QStringLiteral("Lab 2")},
                                       {QStringLiteral("enforce_unique"), false}}});
    client.call("DELETE", QStringLiteral("/api/ipam/vrfs/"), 204,
                QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(more.toArray().first())},
                                       {QStringLiteral("name"), QStringLiteral("Lab 2")}}});
    QVERIFY(client.ok());
}

void TestNetBoxContractDriver::prefixes()
{
    NetBoxSim sim;
    Client client(sim);
    sim.addTag(QStringLiteral("dhcp-managed"));
    const int vrf = sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
    const QJsonValue prefix = client.call(
        "POST", QStringLiteral("/api/ipam/prefixes/"), 201,
        QJsonObject{{QStringLiteral("prefix"), QStringLiteral("10.20.0.0/24")},
                    {QStringLiteral("status"), QStringLiteral("active")},
                    {QStringLiteral("description"), QStringLiteral("Office LAN")},
                    {QStringLiteral("scope_type"), QStringLiteral("dcim.site")},
                    {QStringLiteral("scope_id"), 4},
                    {QStringLiteral("tags"), QJsonArray{tagRef(QStringLiteral("dhcp-managed"))}}});
    const QJsonValue bulk = client.call(
        "POST", QStringLiteral("/api/ipam/prefixes/"), 201,
        QJsonArray{
            QJsonObject{{QStringLiteral("prefix"), QStringLiteral("10.30.0.0/16")},
                        {QStringLiteral("vrf"), vrf},
                        {QStringLiteral("status"), QStringLiteral("container")}},
            QJsonObject{{QStringLiteral("prefix"), QStringLiteral("10.30.1.0/24")},
                        {QStringLiteral("vrf"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Customers")}}}}});
    const int p1 = idOf(prefix);
    const int p2 = idOf(bulk.toArray().at(0));
    const int p3 = idOf(bulk.toArray().at(1));
    client.call("GET", QStringLiteral("/api/ipam/prefixes/?within_include=10.0.0.0/8&vrf_id=null"),
                200);
    client.call("GET", QStringLiteral("/api/ipam/prefixes/?brief=1"), 200);
    client.call("GET", QStringLiteral("/api/ipam/prefixes/%1/").arg(p1), 200);
    client.call("PATCH", QStringLiteral("/api/ipam/prefixes/%1/").arg(p1), 200,
                QJsonObject{{QStringLiteral("description"), QStringLiteral("Office LAN 2")},
                            {QStringLiteral("is_pool"), true}});
    client.call("PUT", QStringLiteral("/api/ipam/prefixes/%1/").arg(p1), 200,
                QJsonObject{{QStringLiteral("prefix"), QStringLiteral("10.20.0.0/24")},
                            {QStringLiteral("status"), QStringLiteral("reserved")}});
    client.call("PATCH", QStringLiteral("/api/ipam/prefixes/"), 200,
                QJsonArray{QJsonObject{{QStringLiteral("id"), p2},
                                       {QStringLiteral("mark_utilized"), true}}});
    client.call(
        "PUT", QStringLiteral("/api/ipam/prefixes/"), 200,
        QJsonArray{QJsonObject{{QStringLiteral("id"), p3},
                               {QStringLiteral("prefix"), QStringLiteral("10.30.2.0/24")}}});
    client.call(
        "DELETE", QStringLiteral("/api/ipam/prefixes/"), 204,
        QJsonArray{QJsonObject{{QStringLiteral("id"), p3},
                               {QStringLiteral("prefix"), QStringLiteral("10.30.2.0/24")}}});
    client.call("DELETE", QStringLiteral("/api/ipam/prefixes/%1/").arg(p2), 204);
    QVERIFY(client.ok());
}

void TestNetBoxContractDriver::ipAddresses()
{
    for (const QString &version : {QStringLiteral("4.5.10"), QStringLiteral("4.6.8")}) {
        NetBoxSim sim;
        sim.config().version = version;
        Client client(sim);
        sim.addTag(QStringLiteral("dhcp-managed"));
        sim.addCustomField(QStringLiteral("dhcp_client_id"), {QStringLiteral("ipam.ipaddress")},
                           QStringLiteral("exact"));
        const int vrf = sim.addVrf(QStringLiteral("Customers"), QStringLiteral("65000:100"));
        const int tenant = sim.addTenant(QStringLiteral("Acme"), QStringLiteral("acme"));
        sim.addPrefix(QStringLiteral("10.20.0.0/24"));
        const QJsonValue single = client.call(
            "POST", QStringLiteral("/api/ipam/ip-addresses/"), 201,
            QJsonObject{
                {QStringLiteral("address"), QStringLiteral("10.20.0.11/24")},
                {QStringLiteral("vrf"), vrf},
                {QStringLiteral("tenant"), tenant},
                {QStringLiteral("status"), QStringLiteral("dhcp")},
                {QStringLiteral("dns_name"), QStringLiteral("PC-11.example.net")},
                {QStringLiteral("tags"), QJsonArray{tagRef(QStringLiteral("dhcp-managed"))}},
                {QStringLiteral("custom_fields"),
                 QJsonObject{
                     {QStringLiteral("dhcp_client_id"), QStringLiteral("01:aa:bb:cc:dd:ee:11")}}},
                {QStringLiteral("changelog_message"), QStringLiteral("import batch 7")}});
        QJsonArray batch;
        for (int i = 12; i < 20; ++i)
            batch.append(QJsonObject{
                {QStringLiteral("address"), QStringLiteral("10.20.0.%1/24").arg(i)},
                {QStringLiteral("status"),
                 i % 2 ? QStringLiteral("dhcp") : QStringLiteral("reserved")},
                {QStringLiteral("dns_name"), QStringLiteral("pc-%1.example.net").arg(i)},
                {QStringLiteral("description"), QStringLiteral("reservation %1").arg(i)},
                {QStringLiteral("role"), i == 19 ? QStringLiteral("vip") : QString()},
                {QStringLiteral("tags"), QJsonArray{tagRef(QStringLiteral("dhcp-managed"))}},
                {QStringLiteral("custom_fields"),
                 QJsonObject{{QStringLiteral("dhcp_client_id"),
                              QStringLiteral("01:aa:bb:cc:dd:ee:%1").arg(i)}}},
                {QStringLiteral("changelog_message"), QStringLiteral("import batch 8")}});
        batch.append(QJsonObject{{QStringLiteral("address"), QStringLiteral("2001:db8::20/64")},
                                 {QStringLiteral("status"), QStringLiteral("slaac")}});
        const QJsonArray created =
            client.call("POST", QStringLiteral("/api/ipam/ip-addresses/"), 201, batch).toArray();
        const int id = idOf(single);
        client.call("GET", QStringLiteral("/api/ipam/ip-addresses/?parent=10.20.0.0/24&limit=3"),
                    200);
        client.call(
            "GET",
            QStringLiteral(
                "/api/ipam/ip-addresses/?parent=10.20.0.0/16&fields=id,address,vrf,status,dns_name,"
                "description,tags,custom_fields,last_updated&limit=1000"),
            200);
        client.call("GET",
                    QStringLiteral("/api/ipam/ip-addresses/?brief=1&vrf_id=null&tag=dhcp-managed"),
                    200);
        client.call(
            "GET", QStringLiteral("/api/ipam/ip-addresses/?cf_dhcp_client_id=01:aa:bb:cc:dd:ee:12"),
            200);
        client.call("GET",
                    QStringLiteral("/api/ipam/ip-addresses/?address=10.20.0.11&ordering=-id"), 200);
        client.call("GET", QStringLiteral("/api/ipam/ip-addresses/%1/").arg(id), 200);
        client.call("PATCH", QStringLiteral("/api/ipam/ip-addresses/%1/").arg(id), 200,
                    QJsonObject{{QStringLiteral("dns_name"), QStringLiteral("pc-11b.example.net")},
                                {QStringLiteral("custom_fields"),
                                 QJsonObject{{QStringLiteral("dhcp_client_id"), QJsonValue()}}},
                                {QStringLiteral("changelog_message"), QStringLiteral("rename")}});
        client.call("PUT", QStringLiteral("/api/ipam/ip-addresses/%1/").arg(id), 200,
                    QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.11/24")},
                                {QStringLiteral("status"), QStringLiteral("active")},
                                {QStringLiteral("vrf"), QJsonValue()},
                                {QStringLiteral("tenant"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Acme")},
                                             {QStringLiteral("slug"), QStringLiteral("acme")}}}});
        client.call(
            "PATCH", QStringLiteral("/api/ipam/ip-addresses/"), 200,
            QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(created.at(0))},
                                   {QStringLiteral("status"), QStringLiteral("deprecated")}},
                       QJsonObject{{QStringLiteral("id"), idOf(created.at(1))},
                                   {QStringLiteral("tags"), QJsonArray{}}}});
        client.call(
            "PUT", QStringLiteral("/api/ipam/ip-addresses/"), 200,
            QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(created.at(2))},
                                   {QStringLiteral("address"), QStringLiteral("10.20.0.14/24")},
                                   {QStringLiteral("status"), QStringLiteral("dhcp")}}});
        client.call(
            "DELETE", QStringLiteral("/api/ipam/ip-addresses/"), 204,
            QJsonArray{QJsonObject{{QStringLiteral("id"), idOf(created.at(3))},
                                   {QStringLiteral("address"), QStringLiteral("10.20.0.15/24")}}});
        client.call("DELETE", QStringLiteral("/api/ipam/ip-addresses/%1/").arg(idOf(created.at(4))),
                    204);
        client.call("GET",
                    QStringLiteral(
                        "/api/core/object-changes/?changed_object_type=ipam.ipaddress&limit=100"),
                    200);
        // Error answers are logged too (their documented shapes are checked where they exist).
        client.call("POST", QStringLiteral("/api/ipam/ip-addresses/"), 400,
                    QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.12/24")}});
        client.call(
            "POST", QStringLiteral("/api/ipam/ip-addresses/"), 400,
            QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.40/24")}},
                       QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.0.12/24")}}});
        QVERIFY(client.ok());
    }
}

QTEST_GUILESS_MAIN(TestNetBoxContractDriver)
#include "tst_netbox_contract_driver.moc"
