#include "config/ConfigOverrides.h"

#include "config/ConfigLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStandardPaths>

namespace leaselink {

namespace {

const QString syncIpsKey = QStringLiteral("sync_ips_from_dhcp");
const QString pushReservationsKey = QStringLiteral("push_reservations");
const QString pushScopeInfoKey = QStringLiteral("push_scope_info");
const QString serverOverridesKey = QStringLiteral("server_overrides");
const QString tokenEnvKey = QStringLiteral("token_env");
const QString apiKeyKey = QStringLiteral("api_key");

// How a JSON value looks, for messages, without quoting its content (it might be a secret
// pasted into the wrong key).
QString jsonKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// A value shown back to the admin: the forcing keys are never secrets, so short scalars are
// quoted to make "the string \"false\"" obvious.
QString describeValue(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() <= 40) {
            return QStringLiteral("the string \"%1\"").arg(text);
        }
        return QStringLiteral("a string");
    }
    if (value.isDouble()) {
        return QStringLiteral("the number %1").arg(value.toDouble());
    }
    return jsonKind(value);
}

bool isEnvironmentVariableName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

// Line and column (1-based, column counted in bytes) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    int end = std::min<int>(offset, text.size());
    // Qt reports the offset after the whitespace that follows the bad token; point at the token.
    while (end > 0 && QChar::isSpace(static_cast<unsigned char>(text.at(end - 1)))) {
        --end;
    }
    for (int i = 0; i < end; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QString ConfigOverrides::resolvePath(const QString &explicitPath,
                                     const QProcessEnvironment &environment)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString fromEnvironment = environment.value(QLatin1String(PathVariable));
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QLatin1String(FileName));
}

ConfigOverrides ConfigOverrides::load(const QString &explicitPath,
                                      const QProcessEnvironment &environment)
{
    const bool named =
        !explicitPath.isEmpty() || !environment.value(QLatin1String(PathVariable)).isEmpty();
    const QString path = resolvePath(explicitPath, environment);
    if (!named && !QFileInfo::exists(path)) {
        qCDebug(lcConfig) << "no configuration file at" << path;
        return ConfigOverrides();
    }
    return loadFile(path);
}

ConfigOverrides ConfigOverrides::loadFile(const QString &path)
{
    ConfigOverrides result;
    result.m_sourcePath = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.addProblem(
            QStringLiteral("Configuration file %1 does not exist; no overrides apply.").arg(path));
        return result;
    }
    if (!info.isFile()) {
        result.addProblem(
            QStringLiteral("Configuration file %1 is not a regular file; no overrides apply.")
                .arg(path));
        return result;
    }
    if (info.size() > MaxFileSize) {
        result.addProblem(
            QStringLiteral("Configuration file %1 is %2 bytes, more than the %3 "
                           "bytes allowed; no overrides apply.")
                .arg(path, QString::number(info.size()), QString::number(MaxFileSize)));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.addProblem(QStringLiteral("Cannot read configuration file %1: %2; no overrides "
                                         "apply.")
                              .arg(path, file.errorString()));
        return result;
    }
    return parse(file.readAll(), path);
}

ConfigOverrides ConfigOverrides::parse(const QByteArray &json, const QString &sourcePath)
{
    ConfigOverrides result;
    result.m_sourcePath = sourcePath;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        result.addProblem(
            QStringLiteral("Configuration file %1 is not valid JSON: %2 near line %3, "
                           "column %4 (byte offset %5); no overrides apply.")
                .arg(sourcePath, error.errorString(), QString::number(line),
                     QString::number(column), QString::number(error.offset)));
        return result;
    }
    if (!document.isObject()) {
        result.addProblem(QStringLiteral("Configuration file %1 must contain a JSON object "
                                         "({ ... }) at the top level; no overrides apply.")
                              .arg(sourcePath));
        return result;
    }
    result.parseObject(document.object());
    return result;
}

std::optional<QString> ConfigOverrides::tokenEnvironmentVariableFor(const QString &hostname) const
{
    const auto it = m_tokenEnvByHostname.constFind(hostname);
    if (it == m_tokenEnvByHostname.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void ConfigOverrides::addProblem(const QString &message)
{
    qCWarning(lcConfig).noquote() << message;
    m_problems << message;
}

void ConfigOverrides::parseObject(const QJsonObject &root)
{
    static const QStringList known = {syncIpsKey, pushReservationsKey, pushScopeInfoKey,
                                      serverOverridesKey};
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            addProblem(QStringLiteral("Configuration file %1: unknown key \"%2\" ignored. Known "
                                      "keys: %3.")
                           .arg(m_sourcePath, it.key(), known.join(QStringLiteral(", "))));
        }
    }
    m_syncIpsFromDhcp = parseForcedBoolean(root, syncIpsKey);
    m_pushReservations = parseForcedBoolean(root, pushReservationsKey);
    m_pushScopeInfo = parseForcedBoolean(root, pushScopeInfoKey);
    if (root.contains(serverOverridesKey)) {
        parseServerOverrides(root.value(serverOverridesKey));
    }
}

std::optional<bool> ConfigOverrides::parseForcedBoolean(const QJsonObject &root, const QString &key)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (value.isBool()) {
        return value.toBool();
    }
    addProblem(QStringLiteral("Configuration file %1: %2 must be true, false or null, not %3; "
                              "the stored setting applies.")
                   .arg(m_sourcePath, key, describeValue(value)));
    return std::nullopt;
}

void ConfigOverrides::parseServerOverrides(const QJsonValue &value)
{
    if (value.isNull()) {
        return;
    }
    if (!value.isObject()) {
        addProblem(QStringLiteral("Configuration file %1: %2 must be an object mapping server "
                                  "host names to overrides, not %3; it is ignored.")
                       .arg(m_sourcePath, serverOverridesKey, jsonKind(value)));
        return;
    }
    const QJsonObject servers = value.toObject();
    for (auto it = servers.constBegin(); it != servers.constEnd(); ++it) {
        const QString hostname = it.key();
        const QString where = QStringLiteral("%1.\"%2\"").arg(serverOverridesKey, hostname);
        if (hostname.isEmpty()) {
            addProblem(QStringLiteral("Configuration file %1: %2 has an entry with an empty host "
                                      "name; it is ignored.")
                           .arg(m_sourcePath, serverOverridesKey));
            continue;
        }
        if (!it.value().isObject()) {
            addProblem(QStringLiteral("Configuration file %1: %2 must be an object such as "
                                      "{\"token_env\": \"VARIABLE\"}, not %3; it is ignored.")
                           .arg(m_sourcePath, where, jsonKind(it.value())));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        for (auto field = entry.constBegin(); field != entry.constEnd(); ++field) {
            if (field.key() == apiKeyKey) {
                // O-18: tokens never come from this file. The value is not shown: it is
                // probably a real token.
                addProblem(QStringLiteral("Configuration file %1: %2.api_key is not allowed; "
                                          "tokens are kept only in the OS keychain or the "
                                          "environment. Put the token in an environment "
                                          "variable and name it with \"token_env\". The "
                                          "api_key entry is ignored (its value is not shown).")
                               .arg(m_sourcePath, where));
            } else if (field.key() != tokenEnvKey) {
                addProblem(QStringLiteral("Configuration file %1: unknown key \"%2\" in %3 "
                                          "ignored. Known keys: token_env.")
                               .arg(m_sourcePath, field.key(), where));
            }
        }
        const QJsonValue tokenEnv = entry.value(tokenEnvKey);
        if (tokenEnv.isUndefined() || tokenEnv.isNull()) {
            continue;
        }
        if (!tokenEnv.isString() || !isEnvironmentVariableName(tokenEnv.toString())) {
            addProblem(
                QStringLiteral(
                    "Configuration file %1: %2.token_env must be the name of an "
                    "environment variable (letters, digits and '_', not "
                    "starting with a digit), not %3 (not shown, in case it is a token); it is "
                    "ignored.")
                    .arg(m_sourcePath, where, jsonKind(tokenEnv)));
            continue;
        }
        m_tokenEnvByHostname.insert(hostname, tokenEnv.toString());
    }
}

} // namespace leaselink
