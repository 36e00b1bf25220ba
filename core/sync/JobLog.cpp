#include "JobLog.h"

#include <algorithm>

namespace leaselink::sync {

QString jobLogLevelName(JobLogLevel level)
{
    switch (level) {
    case JobLogLevel::Debug:
        return QStringLiteral("DEBUG");
    case JobLogLevel::Info:
        return QStringLiteral("INFO");
    case JobLogLevel::Warning:
        return QStringLiteral("WARNING");
    case JobLogLevel::Error:
        return QStringLiteral("ERROR");
    }
    return QStringLiteral("INFO");
}

QString JobLogLine::formatted() const
{
    QString line = at.toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + jobLogLevelName(level);
    if (!server.isEmpty())
        line += QStringLiteral(" [") + server + QLatin1Char(']');
    line += QLatin1Char(' ') + text;
    return line;
}

JobLog::JobLog(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

void JobLog::debug(const QString &server, const QString &text)
{
    add(JobLogLevel::Debug, server, text);
}

void JobLog::info(const QString &server, const QString &text)
{
    add(JobLogLevel::Info, server, text);
}

void JobLog::warning(const QString &server, const QString &text)
{
    add(JobLogLevel::Warning, server, text);
}

void JobLog::error(const QString &server, const QString &text)
{
    add(JobLogLevel::Error, server, text);
}

void JobLog::add(JobLogLevel level, const QString &server, const QString &text)
{
    JobLogLine line;
    line.at = m_clock();
    line.level = level;
    line.server = server;
    line.text = text;
    m_lines.append(line);
    if (m_sink)
        m_sink(m_lines.constLast());
}

int JobLog::count(JobLogLevel level) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [level](const JobLogLine &l) { return l.level == level; }));
}

QString JobLog::text() const
{
    QStringList out;
    out.reserve(m_lines.size());
    for (const JobLogLine &line : m_lines)
        out.append(line.formatted());
    return out.join(QLatin1Char('\n'));
}

} // namespace leaselink::sync
