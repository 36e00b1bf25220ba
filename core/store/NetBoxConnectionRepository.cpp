#include "NetBoxConnectionRepository.h"

#include "Database.h"
#include "SqlSupport.h"

namespace leaselink {

using namespace sqlsupport;

StoreExpected<std::optional<NetBoxConnection>> NetBoxConnectionRepository::get() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(
            QStringLiteral("SELECT url, verify_ssl, certificate_pem, certificate_not_after, "
                           "certificate_sha256, last_updated FROM netbox_connection WHERE id = 1")))
        return std::unexpected(
            errorFrom(q.lastError(), QStringLiteral("reading the NetBox connection")));
    if (!q.next())
        return std::optional<NetBoxConnection>();
    NetBoxConnection c;
    c.url = QUrl(q.value(0).toString(), QUrl::StrictMode);
    c.verifySsl = q.value(1).toBool();
    c.certificate.pem = q.value(2).toString().toUtf8();
    c.certificate.notAfter = fromDbTime(q.value(3));
    c.certificate.sha256 = q.value(4).toString();
    c.lastUpdated = fromDbTime(q.value(5));
    return std::optional<NetBoxConnection>(c);
}

StoreExpected<NetBoxConnection> NetBoxConnectionRepository::save(const NetBoxConnection &connection)
{
    const QUrl &url = connection.url;
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return storeFail(
            StoreError::Kind::Constraint,
            QStringLiteral("NetBox URL %1 is not an absolute http:// or https:// URL with "
                           "a host name.")
                .arg(quoted(shown)));
    // The data file is not a place for credentials; the token belongs in the keychain.
    if (!url.userInfo().isEmpty() || url.hasQuery())
        return storeFail(
            StoreError::Kind::Constraint,
            QStringLiteral("NetBox URL %1 must not contain a user name, password or query; "
                           "the API token is stored in the keychain.")
                .arg(quoted(shown)));
    const QString action = QStringLiteral("saving the NetBox connection");
    auto q = prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO netbox_connection (id, url, verify_ssl, certificate_pem, "
                       "certificate_not_after, certificate_sha256, last_updated) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "url = excluded.url, verify_ssl = excluded.verify_ssl, "
                       "certificate_pem = excluded.certificate_pem, "
                       "certificate_not_after = excluded.certificate_not_after, "
                       "certificate_sha256 = excluded.certificate_sha256, "
                       "last_updated = excluded.last_updated"),
        action);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant &value :
         QVariantList{url.toString(QUrl::FullyEncoded), connection.verifySsl,
                      QString::fromUtf8(connection.certificate.pem),
                      toDbTime(connection.certificate.notAfter), connection.certificate.sha256,
                      toDbTime(nowUtc())})
        q->addBindValue(value);
    if (auto r = exec(*q, action); !r)
        return std::unexpected(r.error());
    auto saved = get();
    if (!saved)
        return std::unexpected(saved.error());
    return saved->value_or(NetBoxConnection{});
}

StoreExpected<void> NetBoxConnectionRepository::clear()
{
    return execDirect(m_database.connection(), QStringLiteral("DELETE FROM netbox_connection"),
                      QStringLiteral("removing the NetBox connection"));
}

} // namespace leaselink
