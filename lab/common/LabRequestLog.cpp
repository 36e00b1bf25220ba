#include "LabRequestLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <atomic>

namespace leaselink::lab {

LabRequestLog::LabRequestLog()
{
    // The test suite records every lab server's traffic and scans it for secrets afterwards.
    const QString directory = qEnvironmentVariable(RecordDirVariable);
    if (directory.isEmpty())
        return;
    static std::atomic<int> counter{0};
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(
        QStringLiteral("lab-%1-%2.jsonl").arg(QCoreApplication::applicationPid()).arg(++counter));
    if (auto started = startRecording(path); !started)
        qWarning("lab: cannot record to %s: %s", qPrintable(path),
                 qPrintable(started.error().message));
}
LabRequestLog::~LabRequestLog() = default;

void LabRequestLog::addSecret(const QByteArray &secret)
{
    // Very short values would blank unrelated text; lab tokens are long.
    if (secret.size() >= 8 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

Expected<void> LabRequestLog::startRecording(const QString &filePath)
{
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return fail(QStringLiteral("Cannot open the recording file '%1': %2")
                        .arg(filePath, file->errorString()));
    m_recording = std::move(file);
    return {};
}

void LabRequestLog::stopRecording()
{
    m_recording.reset();
}

QString LabRequestLog::redactAuthorization(const QByteArray &header) const
{
    if (header.isEmpty())
        return {};
    const qsizetype space = header.indexOf(' ');
    // Keep the scheme (Bearer, Token) so a recording still shows which form a client used.
    if (space <= 0)
        return QStringLiteral("****");
    return QString::fromLatin1(header.left(space)) + QStringLiteral(" ****");
}

QByteArray LabRequestLog::redact(QByteArray text) const
{
    for (const QByteArray &secret : m_secrets)
        text.replace(secret, "****");
    // Token-like JSON fields anywhere in a body, e.g. {"token":"…"} from apptoken/grant or
    // NetBox's token endpoints, even when the lab did not register that value.
    static const QRegularExpression secretField(QStringLiteral(
        R"RX(("(?:token|key|secret|shared_secret|password|plaintext)"\s*:\s*)"[^"]*")RX"));
    if (text.contains("\"token\"") || text.contains("\"key\"") || text.contains("secret") ||
        text.contains("\"password\"") || text.contains("\"plaintext\"")) {
        QString asText = QString::fromUtf8(text);
        asText.replace(secretField, QStringLiteral(R"(\1"****")"));
        text = asText.toUtf8();
    }
    return text;
}

void LabRequestLog::append(LabLogEntry entry)
{
    if (m_recording) {
        QJsonObject line{
            {QStringLiteral("time"), entry.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("server"), m_serverName},
            {QStringLiteral("method"), QString::fromLatin1(entry.method)},
            {QStringLiteral("path"), entry.path},
            {QStringLiteral("query"), QString::fromUtf8(redact(entry.query.toUtf8()))},
            {QStringLiteral("status"), entry.status},
            {QStringLiteral("bytes"), entry.bytes},
            {QStringLiteral("duration_ms"), entry.durationMs},
            {QStringLiteral("authorization"), entry.authorization},
            {QStringLiteral("fault"), entry.fault},
            {QStringLiteral("request_body"), QString::fromUtf8(entry.requestBody)},
            {QStringLiteral("response_body"), QString::fromUtf8(entry.responseBody)},
        };
        // One write per line so several servers can record into the same file.
        m_recording->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        m_recording->flush();
    }
    entry.requestBody.truncate(memoryBodyLimit);
    entry.responseBody.truncate(memoryBodyLimit);
    if (m_entries.size() >= memoryEntryLimit)
        m_entries.removeFirst();
    m_entries.append(std::move(entry));
}

} // namespace leaselink::lab
