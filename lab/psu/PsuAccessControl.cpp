#include "PsuAccessControl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace leaselink::lab {

PsuAccessControl::PsuAccessControl()
{
    m_roles.append(PsuRole{nextRoleId(),
                           administratorRole,
                           QStringLiteral("Full access to PowerShell Universal."),
                           {QStringLiteral("*")}});
}

void PsuAccessControl::seedDhcpRoles()
{
    if (!role(readerRole))
        m_roles.append(PsuRole{nextRoleId(),
                               readerRole,
                               QStringLiteral("Read-only access to DHCP API GET endpoints."),
                               {}});
    if (!role(writerRole))
        m_roles.append(PsuRole{nextRoleId(),
                               writerRole,
                               QStringLiteral("Full read/write access to all DHCP API endpoints."),
                               {QStringLiteral("apis/*")}});
}

QString PsuAccessControl::issueToken(const QString &role, const QString &identityName,
                                     const QDateTime &expiration, bool revoked)
{
    // Shaped like PSU's JWTs (three base64url parts) so clients that sniff the format are
    // exercised; the signature part is random.
    const QByteArray header =
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("sub"), identityName},
                                  {QStringLiteral("role"), role},
                                  {QStringLiteral("jti"), m_nextTokenId}})
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(signature.data()),
                                          signature.size() / 4);
    const QString token = QString::fromLatin1(
        header + '.' + payload + '.' +
        signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.append(PsuAppToken{m_nextTokenId++, token, identityName, role, expiration, revoked});
    return token;
}

const PsuAppToken *PsuAccessControl::findValid(const QByteArray &authorizationHeader) const
{
    const QByteArray header = authorizationHeader.trimmed();
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return nullptr;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    if (token.isEmpty())
        return nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PsuAppToken &candidate : m_tokens) {
        if (candidate.token != token)
            continue;
        if (candidate.revoked || (candidate.expiration.isValid() && candidate.expiration <= now))
            return nullptr;
        return &candidate;
    }
    return nullptr;
}

bool PsuAccessControl::revoke(const QString &token)
{
    for (PsuAppToken &candidate : m_tokens) {
        if (candidate.token == token) {
            candidate.revoked = true; // soft delete: still listed
            return true;
        }
    }
    return false;
}

PsuRole *PsuAccessControl::role(const QString &name)
{
    for (PsuRole &r : m_roles) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

PsuRole *PsuAccessControl::role(int id)
{
    for (PsuRole &r : m_roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

bool PsuAccessControl::roleHasPermission(const QString &roleName, const QString &permission) const
{
    for (const PsuRole &r : m_roles) {
        if (r.name.compare(roleName, Qt::CaseInsensitive) == 0)
            return r.permissions.contains(permission) ||
                   r.permissions.contains(QStringLiteral("*"));
    }
    return false;
}

} // namespace leaselink::lab
