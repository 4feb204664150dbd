#include "services/jobs/jobrunner.h"

#include <QThread>

namespace Leadline::Jobs {

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    cancelAll();
    // Each job's thread is a child of this runner; wait for them before the jobs go.
    const auto threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads) {
        thread->quit();
        thread->wait();
    }
}

void JobRunner::start(Job *job)
{
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("job: ") + job->title());
    job->setParent(nullptr);
    job->moveToThread(thread);
    m_jobs.append(job);

    const auto ended = [this, job, thread] {
        m_jobs.removeOne(job);
        Q_EMIT jobEnded(job);
        thread->quit();
    };
    connect(job, &Job::finished, this, ended);
    connect(job, &Job::failed, this, ended);
    connect(thread, &QThread::started, job, &Job::run);
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);

    Q_EMIT jobStarted(job);
    thread->start();
}

void JobRunner::cancelAll()
{
    for (Job *job : std::as_const(m_jobs))
        job->cancel();
}

} // namespace Leadline::Jobs
