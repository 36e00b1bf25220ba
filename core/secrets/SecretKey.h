#pragma once

#include <QString>

#include <cstdint>

namespace leaselink {

enum class SecretKind
{
    PsuAppToken,          // DHCP Server.api_key (data model section 3)
    FailoverSharedSecret, // DHCP Failover.shared_secret (section 4)
    NetBoxApiToken        // the desktop app's own NetBox API token
};

// Identifies one secret. The keychain entry is keyed by the entity id (stable across renames);
// the entity name only feeds the environment variable of a headless run and messages.
class SecretKey
{
public:
    static SecretKey psuAppToken(std::int64_t serverId, const QString &serverName);
    static SecretKey failoverSharedSecret(std::int64_t failoverId, const QString &failoverName);
    static SecretKey netBoxApiToken();

    SecretKind kind() const { return m_kind; }
    std::int64_t entityId() const { return m_entityId; }
    QString entityName() const { return m_entityName; }

    // "leaselink/psu-token/3", "leaselink/failover-secret/7", "leaselink/netbox-token".
    QString scopedKey() const;
    // What the secret is, for messages: "App Token of DHCP server 'dhcp1'".
    QString description() const;
    // The variable EnvironmentSecretStore reads for this key, e.g. LEASELINK_PSU_TOKEN_DHCP1.
    QString environmentVariable() const;

    // Upper-cases and replaces every character that is not an ASCII letter or digit by '_':
    // "dhcp-01.corp" -> "DHCP_01_CORP".
    static QString environmentSuffix(const QString &name);

    bool operator==(const SecretKey &) const = default;

private:
    SecretKey(SecretKind kind, std::int64_t entityId, QString entityName);

    SecretKind m_kind;
    std::int64_t m_entityId;
    QString m_entityName;
};

} // namespace leaselink
