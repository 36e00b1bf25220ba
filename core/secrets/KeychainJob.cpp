#include "secrets/KeychainJob.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace leaselink {

KeychainJob::KeychainJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
    : m_job(job)
    , m_timeout(timeout)
    , m_state(std::make_shared<State>())
{}

void KeychainJob::await_suspend(std::coroutine_handle<> awaiter)
{
    m_state->awaiter = awaiter;
    // The timer is a child of the job, so it goes away with the auto-deleted job.
    auto *timer = new QTimer(m_job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, m_job, [state = m_state] {
        if (state->done) {
            return;
        }
        state->done = true;
        state->outcome.timedOut = true;
        state->awaiter.resume();
    });
    QObject::connect(m_job, &QKeychain::Job::finished, m_job,
                     [state = m_state, timer](QKeychain::Job *job) {
                         timer->stop();
                         if (state->done) {
                             return;
                         }
                         state->done = true;
                         state->outcome.error = job->error();
                         state->outcome.errorString = job->errorString();
                         if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
                             state->outcome.textData = read->textData();
                         }
                         state->awaiter.resume();
                     });
    timer->start(m_timeout);
    m_job->start();
}

} // namespace leaselink
