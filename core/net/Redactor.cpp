#include "Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace leaselink {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &secrets()
{
    static QSet<QString> set;
    return set;
}

const QRegularExpression &schemePattern()
{
    // Scheme followed by something credential-shaped (16+ token characters), so prose such as
    // "the token has no role" stays readable while any real credential is masked.
    static const QRegularExpression re(
        QStringLiteral(R"((\b(?:Bearer|Token|Basic)\s+)[A-Za-z0-9._~+/=-]{16,})"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &netBoxV2Pattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\bnbt_[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)?)"));
    return re;
}

const QRegularExpression &jwtPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));
    return re;
}

bool isSecretQueryKey(const QString &key)
{
    static const QStringList names{QStringLiteral("token"),       QStringLiteral("api_key"),
                                   QStringLiteral("apikey"),      QStringLiteral("key"),
                                   QStringLiteral("password"),    QStringLiteral("secret"),
                                   QStringLiteral("access_token")};
    return names.contains(key.toLower());
}

} // namespace

void Redactor::registerSecret(const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < 6)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(trimmed);
}

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        // Longest first so a secret that contains another is masked whole.
        QList<QString> list = secrets().values();
        std::sort(list.begin(), list.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : std::as_const(list))
            out.replace(secret, QStringLiteral("****"));
    }
    out.replace(schemePattern(), QStringLiteral("\\1****"));
    out.replace(netBoxV2Pattern(), QStringLiteral("nbt_****"));
    out.replace(jwtPattern(), QStringLiteral("****"));
    return out;
}

QByteArray Redactor::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

QString Redactor::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[key, value] : items)
            cleaned.addQueryItem(key, isSecretQueryKey(key) ? QStringLiteral("****") : value);
        copy.setQuery(cleaned);
    }
    return redact(copy.toString(QUrl::FullyEncoded));
}

QByteArray Redactor::redactAuthorizationHeader(const QByteArray &value)
{
    const int space = value.indexOf(' ');
    if (space <= 0)
        return QByteArrayLiteral("****");
    return value.left(space) + " ****";
}

} // namespace leaselink
