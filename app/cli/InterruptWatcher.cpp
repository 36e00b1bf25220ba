#include "InterruptWatcher.h"

#include <csignal>

namespace leaselink::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int signalNumber)
{
    g_interrupted = 1;
    // The next one is not caught: a user who presses Ctrl+C twice wants out now.
    std::signal(signalNumber, SIG_DFL);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    g_interrupted = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (g_interrupted) {
            g_interrupted = 0;
            m_poll.stop();
            Q_EMIT interrupted();
        }
    });
    m_poll.start();
}

InterruptWatcher::~InterruptWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace leaselink::cli
