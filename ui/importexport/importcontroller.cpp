#include "ui/importexport/importcontroller.h"

#include "services/contacts/contactservice.h"
#include "services/jobs/jobrunner.h"
#include "services/leads/userservice.h"
#include "services/workspace/workspace.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Ui {

using namespace ImportExport;

namespace {

// What a job left behind, copied on the job's thread while the job still exists (the runner
// deletes it soon after it ends).
struct ImportOutcome
{
    ImportSummary summary;
    bool ok = false;
    QString message;
};
struct ExportOutcome
{
    qint64 rows = 0;
    bool ok = false;
    QString message;
};

} // namespace

ImportController::ImportController(Workspace &workspace, Jobs::JobRunner &runner, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(runner)
    , m_batches(std::make_unique<ImportBatchService>(workspace.database(), workspace.clock()))
{
    // One after another: two reverts of the same batch must not overlap, and a list asked for
    // after a revert shows its result.
    m_pool.setMaxThreadCount(1);
}

ImportController::~ImportController()
{
    m_pool.waitForDone();
}

Jobs::Job *ImportController::startImport(const ImportOptions &options)
{
    auto *job = new ContactImportJob(m_workspace.database(), m_workspace.clock(), options, m_actor);
    auto outcome = std::make_shared<ImportOutcome>();
    // Direct: runs on the job's thread before the runner can let the job go.
    connect(
        job, &Jobs::Job::finished, job,
        [job, outcome](const QString &message) {
            outcome->summary = job->summary();
            outcome->ok = true;
            outcome->message = message;
        },
        Qt::DirectConnection);
    connect(
        job, &Jobs::Job::failed, job,
        [job, outcome](const Error &error) {
            outcome->summary = job->summary();
            outcome->message = error.message();
        },
        Qt::DirectConnection);
    const auto ended = [this, job, outcome] {
        Q_EMIT contactsChanged(); // also after a failure: finished chunks are in the database
        Q_EMIT importEnded(job, outcome->summary, outcome->ok, outcome->message);
    };
    connect(job, &Jobs::Job::finished, this, ended);
    connect(job, &Jobs::Job::failed, this, ended);
    m_runner.start(job);
    return job;
}

Jobs::Job *ImportController::startExport(const ExportOptions &options)
{
    auto *job = new ContactExportJob(m_workspace.contacts(), m_workspace.users(), options);
    auto outcome = std::make_shared<ExportOutcome>();
    connect(
        job, &Jobs::Job::finished, job,
        [job, outcome](const QString &message) {
            outcome->rows = job->rowsWritten();
            outcome->ok = true;
            outcome->message = message;
        },
        Qt::DirectConnection);
    connect(
        job, &Jobs::Job::failed, job, [outcome](const Error &error) { outcome->message = error.message(); },
        Qt::DirectConnection);
    const auto ended = [this, job, outcome, path = options.path] {
        Q_EMIT exportEnded(job, path, outcome->rows, outcome->ok, outcome->message);
    };
    connect(job, &Jobs::Job::finished, this, ended);
    connect(job, &Jobs::Job::failed, this, ended);
    m_runner.start(job);
    return job;
}

void ImportController::revert(const QString &batchId, std::optional<qint64> changedSinceAccepted)
{
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, batchId] {
        watcher->deleteLater();
        const Result result = watcher->result();
        Q_EMIT contactsChanged();
        Q_EMIT reverted(batchId, result ? QString() : result.error().message());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service = m_batches.get(), batchId, changedSinceAccepted] {
        return service->revert(batchId, changedSinceAccepted);
    }));
}

void ImportController::prepareRevert(const QString &batchId)
{
    using Preview = ImportBatchService::RevertPreview;
    auto *watcher = new QFutureWatcher<Expected<Preview>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, batchId] {
        watcher->deleteLater();
        const Expected<Preview> preview = watcher->result();
        // Not knowing is no reason to refuse: the question is asked without the numbers.
        Q_EMIT revertPrepared(batchId, preview ? *preview : Preview{-1, -1, 0});
    });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [service = m_batches.get(), batchId] { return service->previewRevert(batchId); }));
}

QString ImportController::revertQuestion(const QString &importText, const ImportBatchService::RevertPreview &preview)
{
    QString question = importText;
    if (preview.removed >= 0 && preview.restored >= 0)
        question += QLatin1Char(' ') + preview.consequences();
    if (const QString warning = preview.changedSinceWarning(); !warning.isEmpty())
        question += QLatin1Char(' ') + warning;
    return question;
}

void ImportController::showContactsOf(const QString &batchId, const QString &fileName, const QDateTime &startedAt)
{
    Q_EMIT contactsOfImportRequested(batchId, fileName, startedAt);
}

void ImportController::listBatches()
{
    auto *watcher = new QFutureWatcher<Expected<QList<ImportBatch>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto batches = watcher->result();
        if (batches)
            Q_EMIT batchesListed(*batches, {});
        else
            Q_EMIT batchesListed({}, batches.error().message());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service = m_batches.get()] { return service->list(); }));
}

void ImportController::loadDefaultRegion()
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT defaultRegionLoaded(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [service = &m_workspace.contacts()] { return service->defaultRegion(); }));
}

void ImportController::loadCustomFieldNames()
{
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT customFieldNamesLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service = &m_workspace.contacts()] {
        return service->customFieldNames().valueOr(QStringList());
    }));
}

void ImportController::countKnownContactIds(const QStringList &ids)
{
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ids] {
        watcher->deleteLater();
        Q_EMIT knownContactIdsCounted(ids, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service = &m_workspace.contacts(), ids] {
        return int(service->getMany(ids, {QStringLiteral("id")}).valueOr(QList<Domain::Contact>()).size());
    }));
}

void ImportController::loadOwners()
{
    auto *watcher = new QFutureWatcher<QList<Domain::User>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT ownersLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [service = &m_workspace.users()] {
        return service->list().valueOr(QList<Domain::User>());
    }));
}

} // namespace Leadline::Ui
