#pragma once

#include <QObject>
#include <QTimer>

namespace leaselink::cli {

// Ctrl+C (SIGINT) and SIGTERM during a long command: the first one asks the command to stop at
// its next safe point instead of killing the process mid-write; a second one ends the process
// the usual way. Portable (std::signal on Linux and Windows); the handler only sets a flag,
// a timer turns it into a Qt signal on the event loop.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QTimer m_poll;
};

} // namespace leaselink::cli
