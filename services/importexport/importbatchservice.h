#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Leadline::Storage {
class BulkWriter;
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::ImportExport {

struct ImportBatch
{
    QString id;
    QString fileName;
    QString sheet;
    QString status; // running (or interrupted), completed, failed, cancelled, reverted
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0; // contacts from before the import
    qint64 merged = 0;  // rows merged into a contact an earlier row created
    qint64 skipped = 0;
    qint64 rejected = 0;
    QString rejectsFile;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime revertedAt;
    QDateTime lastProgressAt; // a running import records its counters after every chunk
    QString runner;           // "host:pid" of the process that runs (or ran) it

    // Whether a batch that says "running" is still being imported, here or by another
    // desktop, rather than left behind by a process that died. A process on this machine
    // is asked directly; for another machine's the batch counts as running while its last
    // progress is recent (chunks commit every few seconds, and the index rebuild at the end
    // of a load of millions of rows takes under a minute).
    static constexpr qint64 kStalledAfterSeconds = 180;
    static constexpr qint64 kStalledHereAfterSeconds = 3600;
    bool isInProgress(const QDateTime &now) const;
    // Marks a batch as being imported by this process for as long as it lives: this process
    // knows its own imports, whatever their progress says.
    class RunningHere
    {
    public:
        explicit RunningHere(QString batchId);
        ~RunningHere();
        Q_DISABLE_COPY_MOVE(RunningHere)

    private:
        QString m_batchId;
    };
    // "host:pid" of this process, as runner records it.
    static QString thisRunner();
    bool isRevertible() const { return status != QLatin1String("reverted"); }
    // The status as of `now`: "interrupted" for a "running" batch nobody runs any more.
    QString statusAt(const QDateTime &now) const;
    QJsonObject toJson(const QDateTime &now) const;

    // In what an import applied to a contact it did not create (import_batch_updates.applied),
    // next to the columns: the ids of the tags it linked, which revert unlinks.
    static constexpr const char *kTagsAddedKey = "tags_added";
};

// The import history: list, inspect, revert. Thread-safe like the other services; revert()
// can take a while for big batches, so call it from a worker (or the CLI).
class ImportBatchService
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportBatchService)
public:
    ImportBatchService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock);

    Expected<QList<ImportBatch>> list(int limit = 100) const;
    Expected<ImportBatch> get(const QString &batchId) const;

    // Undoes a batch in one transaction: contacts it created are deleted (tombstoned), fields
    // it overwrote get their previous values back (unless edited since the import), its consent records and the
    // companies it created (when no live contact uses them any more) go too. Works for interrupted batches; refuses one
    // that is still in progress. changedSinceAccepted: how many of the contacts it created the caller was told were
    // changed since the import (RevertPreview::changedSince). When more are by the time the undo has its turn, it
    // refuses and undoes nothing, so a change made meanwhile is not removed unseen. None: whatever was changed goes
    // (--force).
    Result revert(const QString &batchId, std::optional<qint64> changedSinceAccepted = std::nullopt);
    // What undoing the batch would do, for the question before it.
    struct RevertPreview
    {
        Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportBatchService)
    public:
        qint64 removed = 0;  // live contacts it created
        qint64 restored = 0; // contacts from before it that it updated (not those it created, then updated)
        // Of those removed, how many were changed after it finished (by hand, or by a later
        // import): undoing it removes them with those changes, which is worth a warning.
        qint64 changedSince = 0;

        // What undoing does, in sentences ("The 3 contacts it created are removed. …"); and the
        // warning when contacts it created were changed since, empty when none were.
        QString consequences() const;
        QString changedSinceWarning() const;
    };
    Expected<RevertPreview> previewRevert(const QString &batchId) const;

private:
    // Batches from this size on may be undone with the contact indexes rebuilt afterwards.
    static constexpr qint64 kDeferredRevertRows = 100000;

    Result undo(const ImportBatch &batch, Storage::BulkWriter &writer, std::optional<qint64> changedSinceAccepted);
    // The batch's live created contacts (removed) and those changed since it finished (changedSince).
    Expected<RevertPreview> countCreated(const ImportBatch &batch) const;
    // The companies and tags the batch gave contacts from before it (ids): their undo may leave
    // one that an undone import made without a live contact.
    struct Released
    {
        QStringList companies;
        QStringList tags;
    };
    // now: the undo's moment, which the restored contacts' updated_at and their timeline's
    // entries share with the batch's reverted_at (see countCreated()).
    Expected<Released> restoreUpdated(const ImportBatch &batch, Storage::BulkWriter &writer, const QDateTime &now);
    Result logRemovals(const ImportBatch &batch, Storage::BulkWriter &writer);
    // Takes away the custom fields the batch registered (and those of imports undone before)
    // that no live contact holds a value in; now: as the database stores it.
    Result dropUnheldCustomFields(const QString &batchId, const QVariant &now);

    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
};

} // namespace Leadline::ImportExport
