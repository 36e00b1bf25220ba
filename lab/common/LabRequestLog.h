#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>

namespace leaselink::lab {

// One exchange as the lab saw it. Secrets are already redacted: the Authorization header keeps
// only its scheme ("Bearer ****"), and bodies have token-like values replaced.
struct LabLogEntry
{
    QDateTime time;
    QByteArray method;
    QString path;
    QString query;
    int status = 0;   // 0: no answer was sent (hang, reset before the status line)
    qint64 bytes = 0; // response body bytes the server meant to send
    qint64 durationMs = 0;
    QString authorization;
    QString fault; // LabFault::kindName, empty when none
    QByteArray requestBody;
    QByteArray responseBody; // capped (see LabRequestLog)
};

// The request log of one server, readable from C++ and optionally recorded as JSON lines.
class LabRequestLog
{
public:
    // When set, every LabRequestLog records into a new file in this directory (test suite).
    static constexpr const char *RecordDirVariable = "LEASELINK_LAB_RECORD_DIR";

    LabRequestLog();
    ~LabRequestLog();

    // Values (tokens) that must never reach the log or the recording, in addition to the
    // Authorization header and JSON fields named like secrets.
    void addSecret(const QByteArray &secret);
    void setServerName(const QString &name) { m_serverName = name; }

    // Appends every later exchange as one JSON object per line.
    Expected<void> startRecording(const QString &filePath);
    void stopRecording();

    void append(LabLogEntry entry);
    const QList<LabLogEntry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

    QString redactAuthorization(const QByteArray &header) const;
    QByteArray redact(QByteArray text) const;

    // Bodies are kept up to 64 KiB in the recording but only 4 KiB in memory, and memory keeps
    // the latest 20,000 exchanges, so a long benchmark run cannot exhaust memory.
    static constexpr qsizetype recordedBodyLimit = 64 * 1024;
    static constexpr qsizetype memoryBodyLimit = 4 * 1024;
    static constexpr qsizetype memoryEntryLimit = 20000;

private:
    QList<LabLogEntry> m_entries;
    QList<QByteArray> m_secrets;
    QString m_serverName;
    std::unique_ptr<QFile> m_recording;
};

} // namespace leaselink::lab
