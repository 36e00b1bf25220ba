#pragma once

#include <QString>

#include <chrono>
#include <coroutine>
#include <memory>

namespace QKeychain {
class Job;
}

namespace leaselink {

// What a finished QtKeychain job reported, copied out before the job deletes itself.
struct KeychainJobOutcome
{
    int error = 0; // QKeychain::Error
    QString errorString;
    QString textData; // read jobs only
    bool timedOut = false;
};

// co_await KeychainJob(job, timeout): starts the job and resumes exactly once, either on the
// job's finished() signal or when the timeout elapses (a keychain that never answers must not
// hang a sync forever). The job must have autoDelete on; it is started only after the
// completion handler is connected, so an early finish cannot be missed.
class KeychainJob
{
public:
    KeychainJob(QKeychain::Job *job, std::chrono::milliseconds timeout);

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiter);
    KeychainJobOutcome await_resume() const { return m_state->outcome; }

private:
    // Shared with the signal handlers so a late signal after resumption touches no dead frame.
    struct State
    {
        std::coroutine_handle<> awaiter;
        KeychainJobOutcome outcome;
        bool done = false;
    };

    QKeychain::Job *m_job;
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<State> m_state;
};

} // namespace leaselink
