#include "LogCapture.h"

#include <QLoggingCategory>

#include <cstdio>

namespace leaselink::test {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QStringList &store()
{
    static QStringList s;
    return s;
}

QtMessageHandler &previous()
{
    static QtMessageHandler p = nullptr;
    return p;
}

} // namespace

void LogCapture::install()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leaselink.*=true\nqt.network.ssl=true"));
    previous() = qInstallMessageHandler(&LogCapture::handler);
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex());
        store() << QString::fromLatin1(context.category ? context.category : "default") %
                       QStringLiteral(": ") % message;
    }
    if (previous())
        previous()(type, context, message);
}

QStringList LogCapture::lines()
{
    QMutexLocker lock(&mutex());
    return store();
}

bool LogCapture::contains(const QString &needle)
{
    QMutexLocker lock(&mutex());
    for (const QString &line : std::as_const(store())) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace leaselink::test
