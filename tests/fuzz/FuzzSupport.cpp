#include "FuzzSupport.h"

#include <QCoreApplication>

#include <memory>

namespace leaselink::fuzz {

namespace {

void silent(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Fatal messages still end the run (qFatal aborts after the handler returns).
    if (type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

void initialise()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qInstallMessageHandler(silent);
    static int argc = 1;
    static char name[] = "leaselink-fuzz";
    static char *argv[] = {name, nullptr};
    static const std::unique_ptr<QCoreApplication> app(
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv));
}

} // namespace leaselink::fuzz
