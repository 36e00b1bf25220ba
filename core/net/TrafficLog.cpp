#include "TrafficLog.h"

#include "NetLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <memory>

namespace leaselink {

namespace {

struct TrafficFile
{
    QMutex mutex;
    std::unique_ptr<QFile> file; // null when recording is off or the file cannot be opened
};

TrafficFile &trafficFile()
{
    static TrafficFile *instance = [] {
        auto *traffic = new TrafficFile; // lives until exit: sessions may record during teardown
        const QString path = qEnvironmentVariable(TrafficLog::PathVariable);
        if (!path.isEmpty()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            auto file = std::make_unique<QFile>(path);
            if (file->open(QIODevice::WriteOnly | QIODevice::Append))
                traffic->file = std::move(file);
            else
                qCWarning(lcNet) << "cannot record traffic to" << path << ":"
                                 << file->errorString();
        }
        return traffic;
    }();
    return *instance;
}

QJsonObject toJson(const HttpExchange &exchange)
{
    QJsonArray headers;
    for (const auto &[name, value] : exchange.requestHeaders)
        headers.append(QString::fromLatin1(name + ": " + value));
    return QJsonObject{{QStringLiteral("method"), exchange.method},
                       {QStringLiteral("url"), exchange.url},
                       {QStringLiteral("request_headers"), headers},
                       {QStringLiteral("request_body"), QString::fromUtf8(exchange.requestBody)},
                       {QStringLiteral("status"), exchange.status},
                       {QStringLiteral("response_body"), QString::fromUtf8(exchange.responseBody)},
                       {QStringLiteral("error"), exchange.error},
                       {QStringLiteral("attempt"), exchange.attempt},
                       {QStringLiteral("elapsed_ms"), exchange.elapsedMs}};
}

} // namespace

void TrafficLog::record(const HttpExchange &exchange)
{
    TrafficFile &traffic = trafficFile();
    if (!traffic.file)
        return;
    const QByteArray line = QJsonDocument(toJson(exchange)).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&traffic.mutex);
    traffic.file->write(line);
    traffic.file->flush();
}

} // namespace leaselink
