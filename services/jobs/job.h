#pragma once

#include "services/core/expected.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Leadline::Jobs {

// Long work (import, export, demo data, rescoring, sync) as an object the UI can list:
// it reports progress(done, total), can be cancelled, and ends in exactly one of
// finished(summary) or failed(error). run() executes on whatever thread calls it —
// JobRunner calls it on a worker thread; the CLI may call it directly.
// Signals are emitted from the running thread; connect with queued/auto connections.
class Job : public QObject
{
    Q_OBJECT
public:
    // The title names the job ("Import of contacts.csv") rather than saying what it is doing:
    // it heads the message shown when the job has ended, too.
    explicit Job(QString title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    // A file's name as a title names it: shortened in the middle past 40 characters
    // ("Trade-show-contacts_Han…_team.csv"), so that the status bar still shows what follows it.
    static QString fileNameForTitle(const QString &path);

    // Asks the job to stop at its next check; it then fails with ErrorCode::Cancelled
    // after undoing or completing its current unit of work (never half a row). Nothing once
    // the job is past the point where it could stop (isCancellable()). Async-signal-safe.
    void cancel()
    {
        if (m_cancellable.load())
            m_cancelled.store(true);
    }
    bool isCancelled() const { return m_cancelled.load(); }

    // Runs the job to its end on the calling thread and emits finished or failed.
    void run();

    // False once the job has reached a step that cancelling can no longer stop (an import
    // building its indexes after its last row): the UI then disables its cancel buttons.
    bool isCancellable() const { return m_cancellable.load(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void statusText(const QString &text); // what it is doing now, for the jobs panel
    void cancellableChanged(bool cancellable);
    void finished(const QString &summary);
    void failed(const Leadline::Error &error);

protected:
    // The work; return a user-readable summary ("12,345 contacts created") or an Error.
    // Check isCancelled() regularly and return ErrorCode::Cancelled when set.
    virtual Expected<QString> execute() = 0;
    // Emits progress at most ~20 times a second however often it is called.
    void reportProgress(qint64 done, qint64 total);
    void setCancellable(bool cancellable);

private:
    QString m_title;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_cancellable{true};
    qint64 m_lastProgressMs = 0;
};

} // namespace Leadline::Jobs
