#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace leaselink {

// Removes secrets from anything that may be logged, shown or recorded. Two layers: patterns
// (Authorization schemes, NetBox v2 tokens, JWTs) catch secrets we were never told about, and
// registered secrets catch a configured token wherever it appears, e.g. echoed in a body.
class Redactor
{
public:
    // Remember a secret for the life of the process; every later redact() masks it.
    // Values shorter than 6 characters are ignored (masking them would mangle ordinary text).
    static void registerSecret(const QString &secret);

    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);

    // The URL without user info and with secret-looking query values masked, as text.
    static QString redactUrl(const QUrl &url);

    // "Bearer ****" / "Token ****": keeps the scheme so logs still show which form was used.
    static QByteArray redactAuthorizationHeader(const QByteArray &value);
};

} // namespace leaselink
