#include "secrets/SecretKey.h"

#include <utility>

namespace leaselink {

SecretKey::SecretKey(SecretKind kind, std::int64_t entityId, QString entityName)
    : m_kind(kind)
    , m_entityId(entityId)
    , m_entityName(std::move(entityName))
{}

SecretKey SecretKey::psuAppToken(std::int64_t serverId, const QString &serverName)
{
    return SecretKey(SecretKind::PsuAppToken, serverId, serverName);
}

SecretKey SecretKey::failoverSharedSecret(std::int64_t failoverId, const QString &failoverName)
{
    return SecretKey(SecretKind::FailoverSharedSecret, failoverId, failoverName);
}

SecretKey SecretKey::netBoxApiToken()
{
    return SecretKey(SecretKind::NetBoxApiToken, 0, QString());
}

QString SecretKey::scopedKey() const
{
    switch (m_kind) {
    case SecretKind::PsuAppToken:
        return QStringLiteral("leaselink/psu-token/") + QString::number(m_entityId);
    case SecretKind::FailoverSharedSecret:
        return QStringLiteral("leaselink/failover-secret/") + QString::number(m_entityId);
    case SecretKind::NetBoxApiToken:
        break;
    }
    return QStringLiteral("leaselink/netbox-token");
}

QString SecretKey::description() const
{
    switch (m_kind) {
    case SecretKind::PsuAppToken:
        return QStringLiteral("App Token of DHCP server '%1'").arg(m_entityName);
    case SecretKind::FailoverSharedSecret:
        return QStringLiteral("shared secret of failover relationship '%1'").arg(m_entityName);
    case SecretKind::NetBoxApiToken:
        break;
    }
    return QStringLiteral("NetBox API token");
}

QString SecretKey::environmentVariable() const
{
    switch (m_kind) {
    case SecretKind::PsuAppToken:
        return QStringLiteral("LEASELINK_PSU_TOKEN_") + environmentSuffix(m_entityName);
    case SecretKind::FailoverSharedSecret:
        return QStringLiteral("LEASELINK_FAILOVER_SECRET_") + environmentSuffix(m_entityName);
    case SecretKind::NetBoxApiToken:
        break;
    }
    return QStringLiteral("LEASELINK_NETBOX_TOKEN");
}

QString SecretKey::environmentSuffix(const QString &name)
{
    QString suffix;
    suffix.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool asciiAlnum =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        suffix.append(asciiAlnum ? c.toUpper() : QChar(u'_'));
    }
    return suffix;
}

} // namespace leaselink
