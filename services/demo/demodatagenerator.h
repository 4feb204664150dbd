#pragma once

#include "services/jobs/job.h"

#include <QDateTime>

#include <memory>

namespace Leadline::Storage {
class Database;
}

namespace Leadline::Demo {

struct DemoOptions
{
    qint64 contacts = 1000;
    quint64 seed = 1;
    // The day the data leads up to; the default (invalid) is the start of today in UTC, so
    // two runs with one seed on one day produce the same rows apart from their ids.
    QDateTime now;
    int chunkSize = 50000; // contacts per transaction; a cancelled run keeps whole chunks
};

struct DemoSummary
{
    qint64 users = 0;
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 leads = 0;
    qint64 activities = 0;
    qint64 contactTags = 0;
    qint64 elapsedMs = 0;
    // Where the time went: making rows, writing them, rebuilding deferred indexes.
    qint64 generateMs = 0;
    qint64 writeMs = 0;
    qint64 indexMs = 0;
};

// Fills a database with realistic, seeded demo data: international contacts and companies,
// owners, tags, leads on the pipeline and a year of activities. Same seed, same data.
// A Job: run it on a worker thread (JobRunner) or call run() directly; it uses the
// calling thread's connection. Shares the Database it is given.
class DemoDataGenerator : public Jobs::Job
{
    Q_OBJECT
public:
    DemoDataGenerator(std::shared_ptr<Storage::Database> database, DemoOptions options, QObject *parent = nullptr);
    ~DemoDataGenerator() override;

    // What has been written so far (complete once finished was emitted).
    DemoSummary summary() const;

protected:
    Expected<QString> execute() override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Demo
