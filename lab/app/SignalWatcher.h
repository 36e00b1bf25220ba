#pragma once

#include <QObject>

class QSocketNotifier;

namespace leaselink::lab {

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, so the lab shuts down from the
// event loop (servers closed, recordings flushed) instead of inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace leaselink::lab
