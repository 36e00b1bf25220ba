#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace leaselink::sync {

enum class JobLogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

QString jobLogLevelName(JobLogLevel level); // "DEBUG", "INFO", "WARNING", "ERROR"

struct JobLogLine
{
    QDateTime at;
    JobLogLevel level = JobLogLevel::Info;
    QString server; // "" for job-wide lines
    QString text;

    // "2026-11-28T10:00:00Z INFO [SRV-A] text"
    QString formatted() const;
};

// The live log of one job: kept in order for the job history and handed to a sink as each line
// arrives, so the GUI's job panel and the CLI's stderr show it while the job runs.
class JobLog
{
public:
    using Sink = std::function<void(const JobLogLine &)>;
    using Clock = std::function<QDateTime()>;

    explicit JobLog(Clock clock = {});

    void setSink(Sink sink) { m_sink = std::move(sink); }

    void debug(const QString &server, const QString &text);
    void info(const QString &server, const QString &text);
    void warning(const QString &server, const QString &text);
    void error(const QString &server, const QString &text);
    void add(JobLogLevel level, const QString &server, const QString &text);

    const QList<JobLogLine> &lines() const { return m_lines; }
    int count(JobLogLevel level) const;
    // The whole log as text, one formatted line each (debug lines included).
    QString text() const;

private:
    Clock m_clock;
    Sink m_sink;
    QList<JobLogLine> m_lines;
};

} // namespace leaselink::sync
