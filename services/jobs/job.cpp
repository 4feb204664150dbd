#include "services/jobs/job.h"

#include <QDateTime>

namespace Leadline::Jobs {

Job::Job(QString title, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
{
}

Job::~Job() = default;

void Job::run()
{
    Expected<QString> result = execute();
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error());
}

void Job::reportProgress(qint64 done, qint64 total)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (done < total && now - m_lastProgressMs < 50)
        return;
    m_lastProgressMs = now;
    Q_EMIT progress(done, total);
}

void Job::setCancellable(bool cancellable)
{
    if (m_cancellable.exchange(cancellable) != cancellable)
        Q_EMIT cancellableChanged(cancellable);
}

} // namespace Leadline::Jobs
