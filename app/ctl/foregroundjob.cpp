#include "app/ctl/foregroundjob.h"

#include "services/jobs/job.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Leadline::Ctl {

namespace {

std::atomic<Jobs::Job *> s_runningJob{nullptr};

extern "C" void cancelOnSignal(int)
{
    // Job::cancel() only stores an atomic flag, which is safe in a signal handler.
    if (Jobs::Job *job = s_runningJob.load())
        job->cancel();
}

} // namespace

JobOutcome runInForeground(Jobs::Job &job, QString (*progressText)(qint64 done, qint64 total))
{
    JobOutcome outcome;
    const bool showProgress = isatty(STDERR_FILENO) == 1;
    QObject::connect(&job, &Jobs::Job::progress, &job, [showProgress, progressText](qint64 done, qint64 total) {
        if (showProgress)
            std::fprintf(stderr, "\r%s", qPrintable(progressText(done, total)));
    });
    QObject::connect(&job, &Jobs::Job::statusText, &job, [showProgress](const QString &text) {
        if (showProgress) // on a line of its own, under the progress line
            std::fprintf(stderr, "\n%s", qPrintable(text));
    });
    QObject::connect(&job, &Jobs::Job::finished, &job, [&outcome](const QString &text) { outcome.summary = text; });
    QObject::connect(&job, &Jobs::Job::failed, &job, [&outcome](const Error &error) {
        outcome.error = error;
        outcome.failed = true;
    });

    s_runningJob.store(&job);
    struct sigaction action = {};
    struct sigaction previous = {};
    action.sa_handler = cancelOnSignal;
    sigaction(SIGINT, &action, &previous);
    job.run();
    sigaction(SIGINT, &previous, nullptr);
    s_runningJob.store(nullptr);
    if (showProgress)
        std::fputc('\n', stderr);
    return outcome;
}

} // namespace Leadline::Ctl
