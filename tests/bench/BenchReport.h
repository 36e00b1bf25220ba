#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>

namespace leaselink::bench {

// One benchmark's figures, printed as one JSON line: name, dataset, wall and CPU seconds, peak
// resident memory, requests and bytes, and the lower bound the request count is compared with.
class BenchReport
{
public:
    BenchReport(QString name, QString dataset);

    // Call right before and right after the measured work.
    void start();
    void stop();

    void setRequests(qint64 requests, qint64 lowerBound);
    void setBytes(qint64 bytesIn, qint64 bytesOut);
    void add(const QString &key, const QJsonValue &value) { m_extra.insert(key, value); }
    void fail(const QString &error) { m_error = error; }
    bool failed() const { return !m_error.isEmpty(); }
    QString name() const { return m_name; }

    QJsonObject toJson() const;
    void print() const;

    static double cpuSeconds();
    static double peakRssMiB();
    // The resident set now (Linux /proc/self/statm; -1 elsewhere).
    static double currentRssMiB();

private:
    QString m_name;
    QString m_dataset;
    std::chrono::steady_clock::time_point m_startWall;
    double m_startCpu = 0;
    double m_wallSeconds = 0;
    double m_cpuSeconds = 0;
    qint64 m_requests = -1;
    qint64 m_lowerBound = -1;
    qint64 m_bytesIn = -1;
    qint64 m_bytesOut = -1;
    QString m_error;
    QJsonObject m_extra;
};

} // namespace leaselink::bench
