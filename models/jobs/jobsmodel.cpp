#include "models/jobs/jobsmodel.h"

#include "services/jobs/jobrunner.h"

namespace Leadline::Models {

JobsModel::JobsModel(Jobs::JobRunner &runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    const auto jobs = m_runner.runningJobs();
    for (Jobs::Job *job : jobs)
        add(job);
    connect(&m_runner, &Jobs::JobRunner::jobStarted, this, &JobsModel::add);
    connect(&m_runner, &Jobs::JobRunner::jobEnded, this, [this](Jobs::Job *job) {
        const int row = rowOf(job);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    });
}

JobsModel::~JobsModel() = default;

void JobsModel::add(Jobs::Job *job)
{
    if (rowOf(job) >= 0)
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append({job, job->title(), 0, 0, tr("Starting…"), false, true});
    endInsertRows();
    // The job emits from its worker thread; these connections queue to this model.
    connect(job, &Jobs::Job::progress, this, [this, job](qint64 done, qint64 total) {
        const int row = rowOf(job);
        if (row < 0)
            return;
        m_entries[row].done = done;
        m_entries[row].total = total;
        Q_EMIT dataChanged(index(row, Progress), index(row, Progress));
    });
    connect(job, &Jobs::Job::cancellableChanged, this, [this, job](bool cancellable) {
        const int row = rowOf(job);
        if (row < 0)
            return;
        m_entries[row].cancellable = cancellable;
        Q_EMIT dataChanged(index(row, Title), index(row, Status), {CancellableRole});
    });
    connect(job, &Jobs::Job::statusText, this, [this, job](const QString &text) {
        const int row = rowOf(job);
        if (row < 0)
            return;
        m_entries[row].status = text;
        Q_EMIT dataChanged(index(row, Status), index(row, Status));
    });
    const QString title = job->title();
    connect(job, &Jobs::Job::finished, this,
            [this, title](const QString &summary) { Q_EMIT endedMessage(tr("%1: %2").arg(title, summary), false); });
    connect(job, &Jobs::Job::failed, this, [this, title](const Error &error) {
        Q_EMIT endedMessage(tr("%1: %2").arg(title, error.message()), error.code() != ErrorCode::Cancelled);
    });
    // Read once connected: a job already running may have changed it before.
    if (!job->isCancellable()) {
        const int row = rowOf(job);
        m_entries[row].cancellable = false;
        Q_EMIT dataChanged(index(row, Title), index(row, Status), {CancellableRole});
    }
}

int JobsModel::rowOf(const Jobs::Job *job) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).job == job)
            return i;
    return -1;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == DoneRole)
        return entry.done;
    if (role == TotalRole)
        return entry.total;
    if (role == CancellableRole)
        return entry.cancellable && !entry.cancelling;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Title:
        return entry.title;
    case Progress:
        return entry.total > 0 ? int(entry.done * 100 / entry.total) : 0;
    case Status:
        return entry.cancelling ? tr("Cancelling…") : entry.status;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Job");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

Jobs::Job *JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).job : nullptr;
}

void JobsModel::cancel(int row)
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).cancellable)
        return;
    m_entries[row].job->cancel();
    m_entries[row].cancelling = true;
    Q_EMIT dataChanged(index(row, Title), index(row, Status));
}

} // namespace Leadline::Models
