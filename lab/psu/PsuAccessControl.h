#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink::lab {

// PSU's app tokens and roles as far as the DHCP script and setup_roles.ps1 see them.
struct PsuRole
{
    int id = 0;
    QString name;
    QString description;
    QStringList permissions; // e.g. "apis/*"
};

struct PsuAppToken
{
    int id = 0;
    QString token;
    QString identityName;
    QString role;         // "DHCPReader", "DHCPWriter", "Administrator" or "" (no role)
    QDateTime expiration; // invalid: never expires
    bool revoked = false;
};

class PsuAccessControl
{
public:
    static inline const QString readerRole = QStringLiteral("DHCPReader");
    static inline const QString writerRole = QStringLiteral("DHCPWriter");
    static inline const QString administratorRole = QStringLiteral("Administrator");

    // Administrator exists in every PSU; the DHCP roles only after setup_roles.ps1, which
    // seedDhcpRoles() stands in for (DHCPWriter with "apis/*").
    PsuAccessControl();
    void seedDhcpRoles();

    // Issues a new JWT-looking token. Role may be empty (a token with no role).
    QString issueToken(const QString &role, const QString &identityName,
                       const QDateTime &expiration = {}, bool revoked = false);
    const PsuAppToken *findValid(const QByteArray &authorizationHeader) const;
    bool revoke(const QString &token);
    const QList<PsuAppToken> &tokens() const { return m_tokens; }

    QList<PsuRole> &roles() { return m_roles; }
    const QList<PsuRole> &roles() const { return m_roles; }
    PsuRole *role(const QString &name);
    PsuRole *role(int id);
    int nextRoleId() { return m_nextRoleId++; }
    bool roleHasPermission(const QString &roleName, const QString &permission) const;

private:
    QList<PsuAppToken> m_tokens;
    QList<PsuRole> m_roles;
    int m_nextRoleId = 1;
    int m_nextTokenId = 1;
};

} // namespace leaselink::lab
