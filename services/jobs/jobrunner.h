#pragma once

#include "services/jobs/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Leadline::Jobs {

// Runs jobs one thread each and keeps the list of running jobs for the jobs panel.
// Lives on the GUI (or main) thread; takes ownership of each job and deletes it after
// it ends and jobEnded has been emitted. The destructor cancels and waits for all jobs.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    void start(Job *job);
    QList<Job *> runningJobs() const { return m_jobs; }
    void cancelAll();

Q_SIGNALS:
    void jobStarted(Leadline::Jobs::Job *job);
    // After finished/failed was delivered; the job is deleted later.
    void jobEnded(Leadline::Jobs::Job *job);

private:
    QList<Job *> m_jobs;
};

} // namespace Leadline::Jobs
