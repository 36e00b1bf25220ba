#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class QJsonValue;

namespace leaselink {

// The desktop configuration file (data model section 12, decisions C-10, Q-06, O-17, O-18):
// a JSON object such as
//
//   {
//     "sync_ips_from_dhcp": false,
//     "push_reservations": null,
//     "push_scope_info": false,
//     "server_overrides": {
//       "dhcp-a.staging.example.com": { "token_env": "STAGING_DHCP_A_TOKEN" }
//     }
//   }
//
// The three forcing keys take true, false or null (null/absent = use the stored value). Values
// are strict JSON booleans: the text "false" or the number 0 is a configuration error, never
// coerced. The file never holds a token: server_overrides.<hostname>.token_env names the
// environment variable holding that server's App Token, and an "api_key" entry is reported as
// not allowed (its value is never read into memory beyond parsing, logged or echoed).
//
// Errors are collected, not fatal (O-17/O-18): a bad or unknown entry is reported in problems()
// and ignored, the rest of the file applies. Unknown keys are errors rather than warnings
// because a misspelt forcing key (say "push_reservation") would otherwise leave a staging copy
// pushing to production servers without anyone noticing. A file that is not valid JSON (or not
// a JSON object) applies nothing and reports where parsing stopped.
class ConfigOverrides
{
public:
    static constexpr const char *FileName = "leaselink.json";
    static constexpr const char *PathVariable = "LEASELINK_CONFIG";
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    // No file: nothing overridden, no problems.
    ConfigOverrides() = default;

    // Which file to read: the explicit path (--config) if given, else $LEASELINK_CONFIG if set,
    // else <AppConfigLocation>/leaselink.json.
    static QString resolvePath(const QString &explicitPath, const QProcessEnvironment &environment);

    // Reads the file resolvePath() picks. A missing file at the default location is normal (no
    // overrides); a missing file that was named explicitly or by $LEASELINK_CONFIG is a problem.
    static ConfigOverrides
    load(const QString &explicitPath = {},
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Reads one file; a missing or unreadable file is a problem.
    static ConfigOverrides loadFile(const QString &path);
    // Parses file contents; sourcePath is only used in messages.
    static ConfigOverrides parse(const QByteArray &json, const QString &sourcePath);

    // The file these overrides came from; empty when no file was read.
    QString sourcePath() const { return m_sourcePath; }

    std::optional<bool> syncIpsFromDhcp() const { return m_syncIpsFromDhcp; }
    std::optional<bool> pushReservations() const { return m_pushReservations; }
    std::optional<bool> pushScopeInfo() const { return m_pushScopeInfo; }

    // server hostname (exact, case-sensitive) -> name of the environment variable with its token.
    QHash<QString, QString> tokenEnvironmentByHostname() const { return m_tokenEnvByHostname; }
    std::optional<QString> tokenEnvironmentVariableFor(const QString &hostname) const;

    // Every configuration error, one sentence each, naming the file and the key.
    QStringList problems() const { return m_problems; }
    bool hasProblems() const { return !m_problems.isEmpty(); }

private:
    void addProblem(const QString &message);
    void parseObject(const QJsonObject &root);
    std::optional<bool> parseForcedBoolean(const QJsonObject &root, const QString &key);
    void parseServerOverrides(const QJsonValue &value);

    QString m_sourcePath;
    std::optional<bool> m_syncIpsFromDhcp;
    std::optional<bool> m_pushReservations;
    std::optional<bool> m_pushScopeInfo;
    QHash<QString, QString> m_tokenEnvByHostname;
    QStringList m_problems;
};

} // namespace leaselink
