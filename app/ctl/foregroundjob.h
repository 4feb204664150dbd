#pragma once

#include "services/core/error.h"

#include <QString>

#include <array>
#include <csignal>

namespace Leadline::Jobs { class Job; }

namespace Leadline::Ctl {

struct JobOutcome
{
    bool failed = false;
    Error error;
    QString summary;
    // The signal that cancelled the job (SIGINT, SIGTERM, SIGHUP), 0 when none did.
    int stopSignal = 0;

    // The exit code of a job that failed: a job stopped by a signal exits as shells report a
    // process ended by it, 128 + its number (130 for Ctrl+C, 143 for `kill`).
    int exitCodeOfCancel() const;
};

// The signal that stopped the last job run here, 0 when none did. Once everything is written
// and closed, main() ends the process by that signal, as a process that did not catch it would
// end: a shell loop then stops at Ctrl+C instead of going on with the next file.
int signalThatStoppedTheJob();

// While it lives, SIGINT, SIGTERM and SIGHUP (unless ignored) print text on stderr, then end
// the process as they would have: for work that cannot stop midway (one transaction), so that
// it does not end without a word.
class SayBeforeDying
{
public:
    explicit SayBeforeDying(const QString &text);
    ~SayBeforeDying();
    SayBeforeDying(const SayBeforeDying &) = delete;
    SayBeforeDying &operator=(const SayBeforeDying &) = delete;

private:
    std::array<struct sigaction, 3> m_previous{};
};

// Runs a job on this thread with a progress line on a terminal (stderr) and Ctrl+C as
// cancel: the job stops after its current unit of work and reports ErrorCode::Cancelled.
// progressText formats (done, total) for the progress line.
JobOutcome runInForeground(Jobs::Job &job, QString (*progressText)(qint64 done, qint64 total));

} // namespace Leadline::Ctl
