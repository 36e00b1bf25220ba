#pragma once

#include <QObject>

namespace leaselink {

// Lets a job cancel the requests it started (and only those). cancel() is sticky: requests
// started after it fail at once with NetError::Kind::Cancelled.
class CancellationToken : public QObject
{
    Q_OBJECT
public:
    explicit CancellationToken(QObject *parent = nullptr)
        : QObject(parent)
    {}

    bool isCancelled() const { return m_cancelled; }
    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        Q_EMIT cancelled();
    }

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace leaselink
