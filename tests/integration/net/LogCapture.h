#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace leaselink::test {

// Captures every Qt message (all leaselink categories enabled, debug included) for the life of
// the test binary, so a test can assert that no secret ever reached a log line.
class LogCapture
{
public:
    static void install();
    static QStringList lines();
    static bool contains(const QString &needle);

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
};

} // namespace leaselink::test
