#pragma once

#include "services/core/error.h"

#include <QString>

namespace Leadline::Jobs { class Job; }

namespace Leadline::Ctl {

struct JobOutcome
{
    bool failed = false;
    Error error;
    QString summary;
};

// Runs a job on this thread with a progress line on a terminal (stderr) and Ctrl+C as
// cancel: the job stops after its current unit of work and reports ErrorCode::Cancelled.
// progressText formats (done, total) for the progress line.
JobOutcome runInForeground(Jobs::Job &job, QString (*progressText)(qint64 done, qint64 total));

} // namespace Leadline::Ctl
