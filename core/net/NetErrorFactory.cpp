#include "NetErrorFactory.h"

#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace leaselink {

namespace {

constexpr int MaxServerText = 300;

QString shorten(QString text)
{
    text = text.simplified();
    if (text.size() > MaxServerText)
        text = text.left(MaxServerText - 1) + QChar(0x2026);
    return text;
}

QString jsonValueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray()) {
            const QString t = jsonValueText(v);
            if (!t.isEmpty())
                parts << t;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject obj = value.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString t = jsonValueText(it.value());
            if (!t.isEmpty())
                parts << it.key() % QStringLiteral(": ") % t;
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QString hostOf(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    return u.port() > 0 ? u.host() % u':' % QString::number(u.port()) : u.host();
}

QString statusSentence(const NetError &e, const QString &host)
{
    const bool psu = e.service == RemoteService::Psu;
    const bool netbox = e.service == RemoteService::NetBox;
    const int s = e.httpStatus;
    if (s == 401) {
        if (psu)
            return QStringLiteral("The PSU server rejected the App Token (401): check that the "
                                  "token is valid, not expired or revoked, and has the DHCPReader "
                                  "or DHCPWriter role");
        return QStringLiteral("The server rejected the credentials (401): check the token");
    }
    if (s == 403) {
        if (psu) {
            if (e.write)
                return QStringLiteral("The token has no DHCPWriter role: ask the PSU admin for a "
                                      "writer token");
            return QStringLiteral("The token may not read this endpoint (403): give it the "
                                  "DHCPReader or DHCPWriter role");
        }
        if (netbox) {
            if (e.serverText.contains(QStringLiteral("permission"), Qt::CaseInsensitive) && e.write)
                return QStringLiteral("The NetBox token may not make this change: enable "
                                      "\"Write enabled\" on the token and grant its user the "
                                      "permission for this object type");
            return QStringLiteral("NetBox refused the API token (403): check that the token "
                                  "exists, is enabled, not expired, and allowed from this "
                                  "address");
        }
        return QStringLiteral("The server refused access (403)");
    }
    if (s == 404) {
        if (psu)
            return e.serverText.isEmpty()
                       ? QStringLiteral("The PSU endpoint does not exist on %1: deploy or "
                                        "update the LeaseLink PSU scripts")
                             .arg(host)
                       : QStringLiteral("The DHCP server says: %1").arg(e.serverText);
        if (netbox)
            return QStringLiteral("NetBox has no such object or endpoint (404): check the NetBox "
                                  "URL and that the object still exists");
        return QStringLiteral("Not found (404)");
    }
    if (s == 400) {
        if (psu)
            return QStringLiteral("The DHCP server refused the request: %1")
                .arg(e.serverText.isEmpty() ? QStringLiteral("bad request") : e.serverText);
        if (netbox)
            return QStringLiteral("NetBox refused the data: %1")
                .arg(e.serverText.isEmpty() ? QStringLiteral("bad request") : e.serverText);
    }
    if (s == 409 && netbox)
        return QStringLiteral("NetBox refused the change because other objects depend on it: %1")
            .arg(e.serverText);
    if (s == 502 || s == 503 || s == 504)
        return QStringLiteral("A proxy in front of %1 reported that the service did not answer "
                              "(HTTP %2): check that %3 is running and not overloaded")
            .arg(host, QString::number(s),
                 psu ? QStringLiteral("PowerShell Universal")
                     : (netbox ? QStringLiteral("NetBox") : QStringLiteral("the service")));
    if (s >= 500) {
        if (psu)
            return QStringLiteral("The DHCP server reported an error: %1")
                .arg(e.serverText.isEmpty() ? QStringLiteral("no details") : e.serverText);
        if (netbox)
            return QStringLiteral("NetBox failed with an internal error: %1")
                .arg(e.serverText.isEmpty() ? QStringLiteral("no details") : e.serverText);
    }
    return QStringLiteral("%1 answered with HTTP %2").arg(host, QString::number(s));
}

} // namespace

QString NetErrorFactory::serverErrorText(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isObject()) {
            const QJsonObject obj = doc.object();
            for (const char *key : {"error", "detail", "message"}) {
                const QJsonValue v = obj.value(QLatin1String(key));
                if (v.isString())
                    return shorten(Redactor::redact(v.toString()));
            }
            return shorten(Redactor::redact(jsonValueText(obj)));
        }
        return shorten(Redactor::redact(jsonValueText(doc.array())));
    }
    // HTML or plain text (proxies, PSU's own errors): keep the visible text only.
    QString text = QString::fromUtf8(body);
    static const QRegularExpression scripts(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(scripts);
    text.replace(tags, QStringLiteral(" "));
    return shorten(Redactor::redact(text));
}

NetError NetErrorFactory::finish(NetError e, const QString &hostHint)
{
    const QString host = hostHint.isEmpty() ? hostOf(e.url) : hostHint;
    switch (e.kind) {
    case NetError::Kind::Dns:
        e.adminMessage = QStringLiteral("The host name %1 could not be resolved: check the "
                                        "spelling and this computer's DNS settings")
                             .arg(host);
        break;
    case NetError::Kind::Refused:
        e.adminMessage = QStringLiteral("Nothing accepts connections on %1: check the port and "
                                        "that the service is running and not firewalled")
                             .arg(host);
        break;
    case NetError::Kind::Timeout:
        e.adminMessage = QStringLiteral("%1 did not answer in time: check firewalls and the "
                                        "service's load, or raise the timeout for this server")
                             .arg(host);
        break;
    case NetError::Kind::Reset:
        e.adminMessage = QStringLiteral("%1 closed the connection before the answer was "
                                        "complete: check the service and any proxy in between")
                             .arg(host);
        break;
    case NetError::Kind::Tls:
        e.adminMessage = QStringLiteral("The TLS connection to %1 is not trusted (%2): if the "
                                        "server uses a self-signed certificate, fetch it, check "
                                        "its fingerprint with the server's admin and trust it")
                             .arg(host, e.detail);
        break;
    case NetError::Kind::NotTls:
        e.adminMessage = QStringLiteral("%1 answered, but not with TLS: it probably serves plain "
                                        "HTTP; check the port or turn HTTPS off for this server")
                             .arg(host);
        break;
    case NetError::Kind::CertificateChanged:
        e.adminMessage =
            QStringLiteral("The certificate of %1 changed since it was trusted (trusted %2, now "
                           "%3). Work for this server is stopped: if the change is expected, "
                           "verify the new fingerprint with the server's admin and trust it again")
                .arg(host, e.oldFingerprint, e.newFingerprint);
        break;
    case NetError::Kind::CertificateExpired:
        // detail already holds the exact sentence (names the server and the date).
        e.adminMessage = e.detail;
        break;
    case NetError::Kind::HttpStatus:
        e.adminMessage = statusSentence(e, host);
        break;
    case NetError::Kind::Decode:
        e.adminMessage =
            QStringLiteral("The answer from %1 does not match what LeaseLink expects%2: %3. Check "
                           "that the server runs a supported version%4")
                .arg(host, e.fieldPath.isEmpty() ? QString() : QStringLiteral(" at ") % e.fieldPath,
                     e.detail,
                     e.service == RemoteService::Psu
                         ? QStringLiteral(" of the LeaseLink PSU scripts")
                         : QString());
        break;
    case NetError::Kind::Cancelled:
        e.adminMessage = QStringLiteral("The request was cancelled");
        break;
    case NetError::Kind::Protocol:
        e.adminMessage = QStringLiteral("%1 answered in an unexpected way: %2").arg(host, e.detail);
        break;
    case NetError::Kind::Network:
        e.adminMessage = QStringLiteral("Could not talk to %1: %2").arg(host, e.detail);
        break;
    case NetError::Kind::Configuration:
    case NetError::Kind::Unsupported:
        e.adminMessage = e.detail;
        break;
    }
    e.adminMessage = Redactor::redact(e.adminMessage);
    e.detail = Redactor::redact(e.detail);
    return e;
}

NetError NetErrorFactory::httpStatus(RemoteService service, const QString &method,
                                     const QString &url, int status, const QByteArray &body,
                                     bool write)
{
    NetError e;
    e.kind = NetError::Kind::HttpStatus;
    e.service = service;
    e.method = method;
    e.url = url;
    e.httpStatus = status;
    e.write = write;
    // PSU's 401/403 bodies are empty or PSU's own HTML: never worth parsing as the script's text.
    e.serverText = serverErrorText(body);
    e.responseBody = Redactor::redact(body.left(64 * 1024));
    return finish(std::move(e));
}

NetError NetErrorFactory::decode(RemoteService service, const QString &method, const QString &url,
                                 const QString &fieldPath, const QString &detail)
{
    NetError e;
    e.kind = NetError::Kind::Decode;
    e.service = service;
    e.method = method;
    e.url = url;
    e.fieldPath = fieldPath;
    e.detail = detail;
    return finish(std::move(e));
}

NetError NetErrorFactory::configuration(RemoteService service, const QString &detail)
{
    NetError e;
    e.kind = NetError::Kind::Configuration;
    e.service = service;
    e.detail = detail;
    return finish(std::move(e));
}

} // namespace leaselink
