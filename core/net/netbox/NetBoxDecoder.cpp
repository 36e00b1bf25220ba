#include "NetBoxDecoder.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <limits>

namespace leaselink {

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max() / 2;

NetBoxDecoded<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return std::unexpected(DecodeFailure{QString(), QStringLiteral("the body is empty")});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(
            DecodeFailure{QString(), QStringLiteral("the body is not JSON (%1 at offset %2)")
                                         .arg(error.errorString(), QString::number(error.offset))});
    if (!doc.isObject())
        return std::unexpected(
            DecodeFailure{QString(), QStringLiteral("expected an object, got a list")});
    return doc.object();
}

// A nested related object ({"id":…}) or null → its id.
std::optional<qint64> relatedId(JsonReader &r, JsonReader::Names names)
{
    const auto obj = r.nullableObject(names);
    if (!obj || r.failed())
        return std::nullopt;
    std::optional<DecodeFailure> failure;
    JsonReader inner(*obj, r.pathOf(names), &failure);
    const qint64 id = inner.integer({"id"}, 1, MaxId);
    if (failure) {
        r.failAt(failure->path, failure->reason);
        return std::nullopt;
    }
    return id;
}

NetBoxChoice readChoice(JsonReader &r, JsonReader::Names names)
{
    const QJsonObject obj = r.object(names);
    if (r.failed())
        return {};
    std::optional<DecodeFailure> failure;
    JsonReader inner(obj, r.pathOf(names), &failure);
    NetBoxChoice c;
    c.value = inner.string({"value"});
    c.label = inner.string({"label"});
    if (failure)
        r.failAt(failure->path, failure->reason);
    return c;
}

QStringList readTagSlugs(JsonReader &r)
{
    QStringList slugs;
    const QJsonArray tags = r.array({"tags"});
    for (qsizetype i = 0; i < tags.size() && !r.failed(); ++i) {
        const QString path = r.pathOf({"tags"}) % u'[' % QString::number(i) % u']';
        if (!tags[i].isObject()) {
            r.failAt(path, QStringLiteral("expected an object"));
            break;
        }
        std::optional<DecodeFailure> failure;
        JsonReader inner(tags[i].toObject(), path, &failure);
        slugs << inner.string({"slug"});
        if (failure)
            r.failAt(failure->path, failure->reason);
    }
    return slugs;
}

} // namespace

bool NetBoxDecoder::parseVersion(const QString &text, NetBoxStatus *status)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    status->major = m.captured(1).toInt();
    status->minor = m.captured(2).toInt();
    status->patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    return true;
}

NetBoxDecoded<NetBoxStatus> NetBoxDecoder::status(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    NetBoxStatus s;
    s.netboxVersion = r.string({"netbox-version"});
    s.fullVersion = r.optionalString({"netbox-full-version"}).value_or(s.netboxVersion);
    s.hostname = r.optionalString({"hostname"}).value_or(QString());
    if (!failure && !parseVersion(s.netboxVersion, &s))
        r.fail({"netbox-version"},
               QStringLiteral("\"%1\" is not a version number").arg(s.netboxVersion.left(40)));
    if (failure)
        return std::unexpected(*failure);
    return s;
}

NetBoxDecoded<NetBoxPage> NetBoxDecoder::page(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    NetBoxPage p;
    const auto count = r.nullableInteger({"count"}, 0, MaxId);
    p.count = count;
    p.next = r.nullableString({"next"}).value_or(QString());
    p.results = r.array({"results"});
    if (failure)
        return std::unexpected(*failure);
    return p;
}

NetBoxDecoded<NetBoxUser> NetBoxDecoder::user(const QByteArray &body)
{
    auto obj = parseObject(body);
    if (!obj)
        return std::unexpected(obj.error());
    std::optional<DecodeFailure> failure;
    JsonReader r(*obj, QString(), &failure);
    NetBoxUser u;
    u.id = r.integer({"id"}, 1, MaxId);
    u.username = r.string({"username"});
    if (failure)
        return std::unexpected(*failure);
    return u;
}

NetBoxDecoded<QList<NetBoxChoice>> NetBoxDecoder::statusChoices(const QByteArray &optionsBody)
{
    auto obj = parseObject(optionsBody);
    if (!obj)
        return std::unexpected(obj.error());
    // actions.POST is present only for callers allowed to create IP addresses (§11.2).
    const QJsonObject actions = obj->value(QStringLiteral("actions")).toObject();
    const QJsonObject post = actions.value(QStringLiteral("POST")).toObject();
    if (post.isEmpty())
        return std::unexpected(
            DecodeFailure{QStringLiteral("actions.POST"),
                          QStringLiteral("missing: the token may not create IP addresses, so "
                                         "NetBox does not list the status choices")});
    std::optional<DecodeFailure> failure;
    JsonReader r(post, QStringLiteral("actions.POST"), &failure);
    const QJsonObject status = r.object({"status"});
    JsonReader s(status, QStringLiteral("actions.POST.status"), &failure);
    const QJsonArray choices = s.array({"choices"});
    QList<NetBoxChoice> out;
    for (qsizetype i = 0; i < choices.size() && !failure; ++i) {
        const QString path = QStringLiteral("actions.POST.status.choices[%1]").arg(i);
        JsonReader c(choices[i].toObject(), path, &failure);
        if (!choices[i].isObject()) {
            c.failAt(path, QStringLiteral("expected an object"));
            break;
        }
        out << NetBoxChoice{c.string({"value"}), c.string({"display_name"})};
    }
    if (failure)
        return std::unexpected(*failure);
    return out;
}

NetBoxIpAddress NetBoxDecoder::readIpAddress(JsonReader &r)
{
    NetBoxIpAddress ip;
    ip.id = r.integer({"id"}, 1, MaxId);
    ip.address = r.string({"address"});
    if (!r.failed()) {
        const qsizetype slash = ip.address.indexOf(u'/');
        const auto host =
            Ipv4Address::parse(QStringView(ip.address).left(slash < 0 ? ip.address.size() : slash));
        bool ok = slash > 0;
        const int length = ok ? ip.address.mid(slash + 1).toInt(&ok) : 32;
        if (!host)
            r.fail({"address"}, host.error().message);
        else if (!ok || length < 0 || length > 32)
            r.fail({"address"},
                   QStringLiteral("\"%1\" has no valid IPv4 mask length").arg(ip.address.left(60)));
        else {
            ip.host = *host;
            ip.prefixLength = length;
        }
    }
    ip.vrfId = relatedId(r, {"vrf"});
    if (r.has({"tenant"}))
        ip.tenantId = relatedId(r, {"tenant"});
    ip.status = readChoice(r, {"status"});
    ip.dnsName = r.string({"dns_name"});
    ip.description = r.string({"description"});
    ip.tagSlugs = readTagSlugs(r);
    const QJsonObject custom = r.object({"custom_fields"});
    if (!r.failed() && custom.contains(QStringLiteral("dhcp_client_id"))) {
        ip.hasClientIdField = true;
        const QJsonValue v = custom.value(QStringLiteral("dhcp_client_id"));
        if (v.isString())
            ip.dhcpClientId = v.toString();
        else if (!v.isNull())
            r.failAt(
                r.pathOf({"custom_fields"}) % QStringLiteral(".dhcp_client_id"),
                QStringLiteral("expected a string or null, got %1").arg(JsonReader::typeName(v)));
    }
    if (r.has({"last_updated"})) {
        bool isNull = false;
        ip.lastUpdated = r.utcTimestamp({"last_updated"}, true, &isNull);
    }
    return ip;
}

NetBoxPrefix NetBoxDecoder::readPrefix(JsonReader &r)
{
    NetBoxPrefix p;
    p.id = r.integer({"id"}, 1, MaxId);
    const QString text = r.string({"prefix"});
    if (!r.failed()) {
        const auto parsed = Ipv4Prefix::parse(text);
        if (!parsed)
            r.fail({"prefix"}, parsed.error().message);
        else
            p.prefix = *parsed;
    }
    p.vrfId = relatedId(r, {"vrf"});
    if (r.has({"tenant"}))
        p.tenantId = relatedId(r, {"tenant"});
    p.status = readChoice(r, {"status"});
    p.description = r.string({"description"});
    p.tagSlugs = readTagSlugs(r);
    return p;
}

NetBoxTag NetBoxDecoder::readTag(JsonReader &r)
{
    NetBoxTag t;
    t.id = r.integer({"id"}, 1, MaxId);
    t.name = r.string({"name"});
    t.slug = r.string({"slug"});
    t.color = r.optionalString({"color"}).value_or(QString());
    return t;
}

NetBoxVrf NetBoxDecoder::readVrf(JsonReader &r)
{
    NetBoxVrf v;
    v.id = r.integer({"id"}, 1, MaxId);
    v.name = r.string({"name"});
    v.rd = r.nullableString({"rd"}).value_or(QString());
    return v;
}

NetBoxCustomField NetBoxDecoder::readCustomField(JsonReader &r)
{
    NetBoxCustomField f;
    f.id = r.integer({"id"}, 1, MaxId);
    f.name = r.string({"name"});
    f.objectTypes = r.stringList({"object_types"});
    // type and filter_logic are choice objects on read ({"value","label"}).
    const QJsonObject type = r.object({"type"});
    f.type = type.value(QStringLiteral("value")).toString();
    if (!r.failed() && f.type.isEmpty())
        r.failAt(r.pathOf({"type"}) % QStringLiteral(".value"), QStringLiteral("missing field"));
    if (r.has({"filter_logic"})) {
        const QJsonObject logic = r.object({"filter_logic"});
        f.filterLogic = logic.value(QStringLiteral("value")).toString();
    }
    return f;
}

} // namespace leaselink
