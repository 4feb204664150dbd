#include "app/ctl/foregroundjob.h"

#include "app/ctl/command.h"
#include "services/jobs/job.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
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

// What SayBeforeDying says: encoded before a handler may need it, written with write() alone.
char s_lastWords[512];
std::size_t s_lastWordsSize = 0;

extern "C" void sayAndDie(int signal)
{
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, s_lastWords, s_lastWordsSize);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};

} // namespace

SayBeforeDying::SayBeforeDying(const QString &text)
{
    const QByteArray encoded = text.toLocal8Bit().left(int(sizeof s_lastWords) - 1) + '\n';
    std::memcpy(s_lastWords, encoded.constData(), std::size_t(encoded.size()));
    s_lastWordsSize = std::size_t(encoded.size());
    struct sigaction action = {};
    action.sa_handler = sayAndDie;
    static_assert(std::size(kStopSignals) == std::tuple_size_v<decltype(m_previous)>);
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i) {
        sigaction(kStopSignals[i], nullptr, &m_previous[i]);
        if (m_previous[i].sa_handler != SIG_IGN)
            sigaction(kStopSignals[i], &action, nullptr);
    }
}

SayBeforeDying::~SayBeforeDying()
{
    for (std::size_t i = 0; i < std::size(kStopSignals); ++i)
        sigaction(kStopSignals[i], &m_previous[i], nullptr);
}

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
