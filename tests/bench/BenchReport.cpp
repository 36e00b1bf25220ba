#include "BenchReport.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace leaselink::bench {

BenchReport::BenchReport(QString name, QString dataset)
    : m_name(std::move(name))
    , m_dataset(std::move(dataset))
{}

void BenchReport::start()
{
    m_startWall = std::chrono::steady_clock::now();
    m_startCpu = cpuSeconds();
}

void BenchReport::stop()
{
    m_wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_startWall).count();
    m_cpuSeconds = cpuSeconds() - m_startCpu;
}

void BenchReport::setRequests(qint64 requests, qint64 lowerBound)
{
    m_requests = requests;
    m_lowerBound = lowerBound;
}

void BenchReport::setBytes(qint64 bytesIn, qint64 bytesOut)
{
    m_bytesIn = bytesIn;
    m_bytesOut = bytesOut;
}

QJsonObject BenchReport::toJson() const
{
    QJsonObject json{{QStringLiteral("name"), m_name},
                     {QStringLiteral("dataset"), m_dataset},
                     {QStringLiteral("wall_s"), m_wallSeconds},
                     {QStringLiteral("cpu_s"), m_cpuSeconds},
                     {QStringLiteral("peak_rss_mib"), peakRssMiB()},
                     {QStringLiteral("requests"), m_requests},
                     {QStringLiteral("requests_lower_bound"), m_lowerBound},
                     {QStringLiteral("bytes_in"), m_bytesIn},
                     {QStringLiteral("bytes_out"), m_bytesOut}};
    for (auto it = m_extra.begin(); it != m_extra.end(); ++it)
        json.insert(it.key(), it.value());
    if (!m_error.isEmpty())
        json.insert(QStringLiteral("error"), m_error);
    return json;
}

void BenchReport::print() const
{
    std::fputs(QJsonDocument(toJson()).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
}

double BenchReport::cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

double BenchReport::peakRssMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
#else
    return -1;
#endif
}

double BenchReport::currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    const double pages = fields.at(1).toDouble();
#ifdef Q_OS_UNIX
    return pages * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
#else
    return pages * 4096.0 / (1024.0 * 1024.0);
#endif
}

} // namespace leaselink::bench
