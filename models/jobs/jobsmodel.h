#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Leadline::Jobs {
class Job;
class JobRunner;
} // namespace Leadline::Jobs

namespace Leadline::Models {

// The running jobs of a JobRunner: title, progress and what each is doing now; a job's row
// goes away when it ends (endedMessage carries its summary or error). GUI thread only.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Progress, Status, ColumnCount };
    enum Role { DoneRole = Qt::UserRole + 1, TotalRole, CancellableRole };

    explicit JobsModel(Jobs::JobRunner &runner, QObject *parent = nullptr);
    ~JobsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Jobs::Job *jobAt(int row) const;
    void cancel(int row);

Q_SIGNALS:
    void endedMessage(const QString &message, bool failed);

private:
    struct Entry
    {
        Jobs::Job *job = nullptr; // compared only; the runner owns and deletes it
        QString title;
        qint64 done = 0;
        qint64 total = 0;
        QString status;
        bool cancelling = false;
        bool cancellable = true;
    };
    void add(Jobs::Job *job);
    int rowOf(const Jobs::Job *job) const;

    Jobs::JobRunner &m_runner;
    QList<Entry> m_entries;
};

} // namespace Leadline::Models
