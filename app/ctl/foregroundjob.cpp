#include "app/ctl/foregroundjob.h"

#include "app/ctl/command.h"
#include "services/jobs/job.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <memory>
#include <unistd.h>

namespace Leadline::Ctl {

namespace {

std::atomic<Jobs::Job *> s_runningJob{nullptr};
std::atomic<int> s_stopSignal{0};
std::atomic<int> s_stoppedBy{0}; // the signal of a job that did stop for it

extern "C" void cancelOnSignal(int signal)
{
    // Job::cancel() only stores an atomic flag, which is safe in a signal handler.
    if (Jobs::Job *job = s_runningJob.load()) {
        int none = 0;
        s_stopSignal.compare_exchange_strong(none, signal); // the first one counts
        job->cancel();
    }
}

} // namespace

JobOutcome runInForeground(Jobs::Job &job, QString (*progressText)(qint64 done, qint64 total))
{
    JobOutcome outcome;
    const bool showProgress = isatty(STDERR_FILENO) == 1;
    // One line, redrawn: the progress, then what the job is doing now.
    struct Line
    {
        QString progress;
        QString status;
    };
    const auto line = std::make_shared<Line>();
    const auto draw = [showProgress, line] {
        if (!showProgress)
            return;
        const QString text = line->status.isEmpty()     ? line->progress
                             : line->progress.isEmpty() ? line->status
                                                        : line->progress + QStringLiteral(" · ") + line->status;
        std::fprintf(stderr, "\r\033[K%s", qPrintable(text)); // \033[K: clears what a longer line left
    };
    QObject::connect(&job, &Jobs::Job::progress, &job, [line, draw, progressText](qint64 done, qint64 total) {
        line->progress = progressText(done, total);
        draw();
    });
    QObject::connect(&job, &Jobs::Job::statusText, &job, [line, draw](const QString &text) {
        line->status = text;
        draw();
    });
    QObject::connect(&job, &Jobs::Job::finished, &job, [&outcome](const QString &text) { outcome.summary = text; });
    QObject::connect(&job, &Jobs::Job::failed, &job, [&outcome](const Error &error) {
        outcome.error = error;
        outcome.failed = true;
    });

    s_stopSignal.store(0);
    s_runningJob.store(&job);
    // Ctrl+C, the polite stop of `timeout`, systemd or `docker stop`, and a terminal closed
    // under the job (SIGHUP): the job ends after the chunk it is writing, as it says. A signal
    // the process was told to ignore (`nohup`, a background job of a script) stays ignored.
    struct sigaction action = {};
    action.sa_handler = cancelOnSignal;
    constexpr int stops[] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction previous[std::size(stops)] = {};
    for (std::size_t i = 0; i < std::size(stops); ++i) {
        sigaction(stops[i], nullptr, &previous[i]); // asked first: no moment without the ignore
        if (previous[i].sa_handler != SIG_IGN)
            sigaction(stops[i], &action, nullptr);
    }
    job.run();
    for (std::size_t i = 0; i < std::size(stops); ++i)
        sigaction(stops[i], &previous[i], nullptr);
    s_runningJob.store(nullptr);
    if (outcome.failed && outcome.error.code() == ErrorCode::Cancelled) {
        outcome.stopSignal = s_stopSignal.load();
        s_stoppedBy.store(outcome.stopSignal);
    }
    if (showProgress)
        std::fputc('\n', stderr);
    return outcome;
}

int signalThatStoppedTheJob()
{
    return s_stoppedBy.load();
}

int JobOutcome::exitCodeOfCancel() const
{
    return stopSignal > 0 ? 128 + stopSignal : int(Cancelled);
}

} // namespace Leadline::Ctl
