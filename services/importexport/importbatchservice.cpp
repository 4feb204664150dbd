#include "services/importexport/importbatchservice.h"

#include "services/activities/systemsubject.h"
#include "services/contacts/contactservice.h"
#include "services/core/processidentity.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/contactcolumns.h"
#include "services/importexport/emailkeys.h"
#include "services/importexport/storedcontactupdates.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"
#include "services/storage/statementcache.h"

#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <functional>
#include <csignal>
#endif

namespace Leadline::ImportExport {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, file_name, sheet, status, rows_total, created_count, updated_count, skipped_count, rejected_count, "
    "rejects_file, error, started_at, finished_at, reverted_at, updated_at, runner, merged_count FROM import_batches");

ImportBatch batchFrom(const QSqlQuery &q, const Storage::SqlDialect &dialect)
{
    ImportBatch b;
    b.id = q.value(0).toString();
    b.fileName = q.value(1).toString();
    b.sheet = q.value(2).toString();
    b.status = q.value(3).toString();
    b.rows = q.value(4).toLongLong();
    b.created = q.value(5).toLongLong();
    b.updated = q.value(6).toLongLong();
    b.skipped = q.value(7).toLongLong();
    b.rejected = q.value(8).toLongLong();
    b.rejectsFile = q.value(9).toString();
    b.error = q.value(10).toString();
    b.startedAt = dialect.timestampFromDb(q.value(11));
    b.finishedAt = dialect.timestampFromDb(q.value(12));
    b.revertedAt = dialect.timestampFromDb(q.value(13));
    b.lastProgressAt = dialect.timestampFromDb(q.value(14));
    b.runner = q.value(15).toString();
    b.merged = q.value(16).toLongLong();
    return b;
}

} // namespace

namespace {

QMutex runningHereMutex;
QSet<QString> &runningHereIds()
{
    static QSet<QString> ids;
    return ids;
}

} // namespace

ImportBatch::RunningHere::RunningHere(QString batchId)
    : m_batchId(std::move(batchId))
{
    const QMutexLocker locker(&runningHereMutex);
    runningHereIds().insert(m_batchId);
}

ImportBatch::RunningHere::~RunningHere()
{
    const QMutexLocker locker(&runningHereMutex);
    runningHereIds().remove(m_batchId);
}

bool ImportBatch::isInProgress(const QDateTime &now) const
{
    if (status != QLatin1String("running"))
        return false;
    if (runner == thisRunner()) {
        const QMutexLocker locker(&runningHereMutex);
        return runningHereIds().contains(id);
    }
    if (ProcessIdentity::isGone(runner))
        return false;
    // A process of this machine that is there may be rebuilding indexes at the end of a load
    // of tens of millions of rows, without progress for minutes; an hour of silence is a pid
    // taken over by another program.
    const qint64 stalledAfter = ProcessIdentity::isAliveHere(runner) ? kStalledHereAfterSeconds : kStalledAfterSeconds;
    return lastProgressAt.isValid() && lastProgressAt.secsTo(now) < stalledAfter;
}

QString ImportBatch::thisRunner()
{
    return ProcessIdentity::thisProcess();
}

QString ImportBatch::statusAt(const QDateTime &now) const
{
    if (status == QLatin1String("running") && !isInProgress(now))
        return QStringLiteral("interrupted");
    return status;
}

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject ImportBatch::toJson(const QDateTime &now) const
{
    return QJsonObject{
        {QStringLiteral("batch_id"), id},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("sheet"), orNull(sheet)}, // null for a CSV file, as the import's own JSON says
        {QStringLiteral("status"), statusAt(now)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("merged"), merged},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("rejects_file"), orNull(rejectsFile)}, // null when there is none, as the import's own JSON says
        {QStringLiteral("error"), orNull(error)},
        {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"),
         orNull(finishedAt.isValid() ? finishedAt.toString(Qt::ISODateWithMs) : QString())},
        {QStringLiteral("reverted_at"),
         orNull(revertedAt.isValid() ? revertedAt.toString(Qt::ISODateWithMs) : QString())}};
}

ImportBatchService::ImportBatchService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

Expected<QList<ImportBatch>> ImportBatchService::list(int limit) const
{
    auto q = m_database->exec(
        kSelect + QStringLiteral(" WHERE deleted_at IS NULL ORDER BY started_at DESC, id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<ImportBatch> batches;
    while (q->next())
        batches << batchFrom(*q, m_database->dialect());
    return batches;
}

Expected<ImportBatch> ImportBatchService::get(const QString &batchId) const
{
    auto q = m_database->exec(kSelect + QStringLiteral(" WHERE id = ?"), {batchId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("There is no import batch %1.").arg(batchId));
    return batchFrom(*q, m_database->dialect());
}

Expected<ImportBatchService::RevertPreview> ImportBatchService::countCreated(const ImportBatch &batch) const
{
    // An interrupted batch has no moment after which a change is another's: the far future.
    const QDateTime finished =
        batch.finishedAt.isValid() ? batch.finishedAt : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    // Changed since, unless every change since came from later imports that were undone, each
    // putting back all it had changed: such a contact holds what this batch wrote. The last
    // of those undos wrote its updated_at, and its timeline has nothing else since the batch.
    static const QString undoneImports = QStringLiteral(
        "SELECT 1 FROM import_batches r JOIN import_batch_updates u ON u.batch_id = r.id AND u.contact_id = c.id "
        "WHERE r.status = 'reverted' AND ");
    static const QString sql =
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN c.updated_at > ? AND NOT ("
                       " EXISTS (%1 r.reverted_at = c.updated_at)"
                       // No import that stands changed it (one running alongside an undone one).
                       " AND NOT EXISTS (SELECT 1 FROM import_batch_updates k JOIN import_batches b ON b.id = k.batch_id "
                       "  WHERE k.contact_id = c.id AND b.status <> 'reverted')"
                       " AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.contact_id = c.id AND a.deleted_at IS NULL "
                       "  AND a.occurred_at > ? AND NOT EXISTS (%1 ("
                       "   (a.type = 'imported' AND a.occurred_at >= r.started_at AND a.occurred_at <= r.finished_at)"
                       "   OR (a.type = 'updated' AND a.occurred_at = r.reverted_at"
                       "    AND CAST(a.changes AS TEXT) NOT LIKE '%\"kept_newer\"%')))))"
                       " THEN 1 ELSE 0 END), 0) FROM contacts c WHERE c.import_batch_id = ? AND c.deleted_at IS NULL")
            .arg(undoneImports);
    const QVariant after = m_database->dialect().timestampToDb(finished);
    auto created = m_database->exec(sql, {after, after, batch.id});
    if (!created)
        return created.error();
    RevertPreview counts;
    if (created->next()) {
        counts.removed = created->value(0).toLongLong();
        counts.changedSince = created->value(1).toLongLong();
    }
    created->finish();
    return counts;
}

Expected<ImportBatchService::RevertPreview> ImportBatchService::previewRevert(const QString &batchId) const
{
    auto batch = get(batchId);
    if (!batch)
        return batch.error();
    const Storage::UnmappedReads unmapped(*m_database); // every contact the batch touched
    auto counted = countCreated(*batch);
    if (!counted)
        return counted.error();
    RevertPreview preview = *counted;
    auto updated = m_database->exec(QStringLiteral("SELECT count(*) FROM import_batch_updates u JOIN contacts c ON c.id = u.contact_id "
                                                   "WHERE u.batch_id = ? AND c.deleted_at IS NULL"),
                                    {batchId});
    if (!updated)
        return updated.error();
    preview.restored = updated->next() ? updated->value(0).toLongLong() : 0;
    return preview;
}

QString ImportBatchService::RevertPreview::consequences() const
{
    if (removed <= 0 && restored <= 0)
        return tr("It neither created nor updated a contact: only its entry in the history is marked as undone.");
    const QLocale locale;
    QStringList sentences;
    if (removed == 1)
        sentences << tr("The contact it created is removed.");
    else if (removed > 1)
        sentences << tr("The %1 contacts it created are removed.").arg(locale.toString(removed));
    if (restored == 1)
        sentences << tr("The contact it updated gets its previous values back, where nobody changed them since.");
    else if (restored > 1)
        sentences << tr("The %1 contacts it updated get their previous values back, where nobody changed them since.")
                         .arg(locale.toString(restored));
    return sentences.join(QLatin1Char(' '));
}

QString ImportBatchService::RevertPreview::changedSinceWarning() const
{
    if (changedSince <= 0)
        return {};
    return changedSince == 1 ? tr("One of the contacts it created was changed after the import (by hand or by a later "
                                  "import); it is removed too, with that change.")
                             : tr("%1 of the contacts it created were changed after the import (by hand or by a later "
                                  "import); they are removed too, with those changes.")
                                   .arg(QLocale().toString(changedSince));
}

Result ImportBatchService::logRemovals(const ImportBatch &batch, Storage::BulkWriter &writer)
{
    // Every contact the batch created gets a "deleted" activity, written in bulk: a big
    // import is undone as a whole, and one statement per contact would take minutes. The ids
    // are read in one pass (paging them by id would read every row of the batch per page).
    const QDateTime now = m_clock.nowUtc();
    const QString subject = Activities::SystemSubject::importUndone(batch.fileName);
    auto ids = m_database->exec(
        QStringLiteral("SELECT id FROM contacts WHERE import_batch_id = ? AND deleted_at IS NULL"), {batch.id});
    if (!ids)
        return ids.error();
    Storage::BulkBatch activities;
    const auto add = [&](const QString &contactId) -> Result {
        Domain::Activity activity;
        activity.id = Domain::newIdAt(now);
        activity.type = Domain::ActivityType::Deleted;
        activity.entityType = Domain::EntityType::Contact;
        activity.entityId = contactId;
        activity.contactId = contactId;
        activity.subject = subject;
        activity.occurredAt = now;
        activity.createdAt = now;
        activities.activities.append(std::move(activity));
        if (activities.activities.size() < 20000)
            return {};
        Result written = writer.write(activities);
        activities.clear();
        return written;
    };
    if (m_database->kind() == Storage::DatabaseKind::Sqlite) {
        // SQLite reads on while the same connection writes.
        while (ids->next())
            if (Result added = add(ids->value(0).toString()); !added)
                return added;
    } else {
        // PostgreSQL's driver hands a result over row by row, and the next statement on the
        // connection drops what is left of it: the ids are read whole first (37 bytes each).
        QByteArray all;
        while (ids->next()) {
            all += ids->value(0).toString().toLatin1();
            all += '\n';
        }
        ids->finish();
        for (qsizetype start = 0, end; (end = all.indexOf('\n', start)) >= 0; start = end + 1)
            if (Result added = add(QString::fromLatin1(all.constData() + start, end - start)); !added)
                return added;
    }
    return writer.write(activities);
}

Result ImportBatchService::revert(const QString &batchId, std::optional<qint64> changedSinceAccepted)
{
    auto batch = get(batchId);
    if (!batch)
        return batch.error();
    if (batch->status == QLatin1String("reverted"))
        return Error(ErrorCode::Conflict, tr("The import of %1 was already reverted on %2.")
                                              .arg(batch->fileName, batch->revertedAt.toString(Qt::ISODate)));
    if (batch->isInProgress(m_clock.nowUtc())) {
        const qint64 seconds = qMax<qint64>(0, batch->lastProgressAt.secsTo(m_clock.nowUtc()));
        return Error(
            ErrorCode::Conflict,
            (seconds == 1
                 ? tr("The import of %1 is still running (its last progress was a second ago).").arg(batch->fileName)
                 : tr("The import of %1 is still running (its last progress was %2 seconds ago).")
                       .arg(batch->fileName, QLocale().toString(seconds))) +
                QLatin1Char(' ') + tr("Cancel it or let it finish, then revert it."));
    }

    // Undoing most of the contacts there are: the contact indexes and the search index are
    // rebuilt afterwards from what is left, like after a big load, instead of losing a
    // million entries one by one (1M contacts: 16 s instead of 33 s).
    Storage::BulkWriter writer(m_database);
    bool deferred = false;
    if (m_database->kind() == Storage::DatabaseKind::Sqlite && batch->created >= kDeferredRevertRows) {
        auto live = m_database->exec(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
        if (!live)
            return live.error();
        const qint64 liveContacts = live->next() ? live->value(0).toLongLong() : 0;
        live->finish();
        if (batch->created * 2 >= liveContacts) {
            if (Result dropped = Contacts::ContactService::dropSortIndexes(*m_database); !dropped)
                return dropped;
            // Kept: the batch's contacts are found by the first, their companies' remaining
            // contacts by the second.
            if (Result begun = writer.beginDeferredIndexing(
                    {QStringLiteral("contacts_import_batch"), QStringLiteral("contacts_company")});
                !begun)
                return begun;
            deferred = true;
        }
    }
    const Result undone = undo(*batch, writer, changedSinceAccepted);
    if (deferred)
        if (Result rebuilt = writer.finishDeferredIndexing(); !rebuilt && undone)
            return rebuilt;
    return undone;
}

namespace {

// Emails are unique among live contacts, and a batch may have handed addresses on between
// the contacts it updated (one row moves an address away, a later one takes it): restored one
// by one, in any order, one of them would find its old address still taken. So every
// contact whose email goes back first lets go of its present one, then each takes its old
// one. An address another contact holds by now (given to it since) stays where it is, and
// so does the newer address of the contact that cannot have its old one back.
struct EmailRestorePlan
{
    QHash<QString, QJsonValue> restoreTo; // contact id → its email before the batch
    QSet<QString> taken;                  // contacts whose old address someone else holds
};

// What the batch did to one contact, as its update record holds it.
struct RecordedUpdate
{
    QString contactId;
    QJsonObject previous;
    QJsonObject applied;
};

// A record's previous or applied values, as stored (JSON text, or jsonb read as text).
QJsonObject recordedValues(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

// Custom fields are one column, but each is undone on its own, as the other columns are: a
// custom field changed since the import (by hand, or by a later import) must not keep the
// import's value of another. A record's "custom_fields" object is split into an entry per
// field the record changed, "custom_fields.NAME", null for a field it did not have.
const QString &customFieldPrefix()
{
    static const QString prefix = contactColumnName(ContactColumn::CustomFields) + QLatin1Char('.');
    return prefix;
}

void splitCustomFields(QJsonObject &previous, QJsonObject &applied)
{
    const QString column = contactColumnName(ContactColumn::CustomFields);
    if (!previous.contains(column) || !applied.contains(column))
        return;
    const QJsonObject before = previous.take(column).toObject();
    const QJsonObject after = applied.take(column).toObject();
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        const QJsonValue was = before.value(name).isUndefined() ? QJsonValue() : before.value(name);
        const QJsonValue now = after.value(name).isUndefined() ? QJsonValue() : after.value(name);
        if (was != now) {
            previous.insert(customFieldPrefix() + name, was);
            applied.insert(customFieldPrefix() + name, now);
        }
    }
}

// The custom field a split record's entry names, if it names one.
std::optional<QString> customFieldOf(const QString &recordedName)
{
    if (!recordedName.startsWith(customFieldPrefix()))
        return std::nullopt;
    return recordedName.mid(customFieldPrefix().size());
}

// A record read, with its custom fields split.
RecordedUpdate recordedUpdate(const QSqlQuery &q)
{
    RecordedUpdate update{q.value(0).toString(), recordedValues(q.value(1)), recordedValues(q.value(2))};
    splitCustomFields(update.previous, update.applied);
    return update;
}

// Visits a batch's update records a slice at a time, in contact id order (the table's key): a
// million of them read at once held 600 MB. A batch is reverted only once it has stopped, so
// every pass over its records sees the same ones.
Result forEachSliceOfUpdates(const Storage::Database &db, const QString &batchId,
                             const std::function<Result(const QList<RecordedUpdate> &)> &visit)
{
    constexpr qsizetype kSlice = 5000;
    QString after = QStringLiteral("");
    while (true) {
        auto q = db.exec(QStringLiteral("SELECT contact_id, previous, applied FROM import_batch_updates "
                                        "WHERE batch_id = ? AND contact_id > ? ORDER BY contact_id LIMIT %1")
                             .arg(kSlice),
                         {batchId, after});
        if (!q)
            return q.error();
        QList<RecordedUpdate> slice;
        while (q->next())
            slice.append(recordedUpdate(*q));
        q->finish();
        if (slice.isEmpty())
            return {};
        after = slice.constLast().contactId;
        if (Result visited = visit(slice); !visited)
            return visited;
        if (slice.size() < kSlice)
            return {};
    }
}

// The values a batch replaced that an earlier import wrote, where that import was undone after
// this batch replaced them: it could not put back what it had replaced then (a newer value is
// kept), so undoing this batch puts back the value from before that import instead, and so on
// through any number of such undone imports. Without it, undoing imports out of order brought
// back the values of one already undone.
//
// Per field, the undone imports before this batch are walked newest first: the newest that
// changed the field continues the chain only if it wrote the value this one replaced and was
// undone after the later import began (else the value came back by another way, such as by
// hand); otherwise the walk stops there.
class UndoneImportChain
{
public:
    // None when no import before this batch was undone after it began: then nothing is read
    // per slice.
    static Expected<std::optional<UndoneImportChain>> load(const Storage::Database &db, const ImportBatch &batch)
    {
        const Storage::SqlDialect &dialect = db.dialect();
        auto q = db.exec(QStringLiteral("SELECT id, started_at, reverted_at FROM import_batches WHERE status = 'reverted' "
                                        "AND started_at <= ? AND id <> ? ORDER BY started_at DESC, id DESC"),
                         {dialect.timestampToDb(batch.startedAt), batch.id});
        if (!q)
            return q.error();
        QList<Undone> undone;
        bool anyAfterThisBegan = false;
        while (q->next()) {
            const Undone earlier{q->value(0).toString(), dialect.timestampFromDb(q->value(1)),
                                 dialect.timestampFromDb(q->value(2))};
            anyAfterThisBegan = anyAfterThisBegan || earlier.undoneAt > batch.startedAt;
            undone << earlier;
        }
        if (!anyAfterThisBegan)
            return std::optional<UndoneImportChain>();
        return std::optional<UndoneImportChain>(UndoneImportChain(db, batch, std::move(undone)));
    }

    Result rewrite(QList<RecordedUpdate> &slice) const
    {
        QStringList ids;
        ids.reserve(slice.size());
        for (const RecordedUpdate &update : std::as_const(slice))
            ids << update.contactId;
        // Each undone batch's records of these contacts, by its key (batch, contact): one query
        // per undone batch, which an index serves on either database.
        QHash<QString, QList<Record>> byContact; // newest batch first
        for (const Undone &earlier : m_undone) {
            auto q = m_db.exec(QStringLiteral("SELECT contact_id, previous, applied FROM import_batch_updates "
                                              "WHERE batch_id = ? AND %1")
                                   .arg(m_db.dialect().inList(QStringLiteral("contact_id"))),
                               {earlier.id, Storage::SqlDialect::inListValue(ids)});
            if (!q)
                return q.error();
            while (q->next()) {
                RecordedUpdate record = recordedUpdate(*q);
                byContact[record.contactId].append({&earlier, std::move(record.previous), std::move(record.applied)});
            }
        }
        if (byContact.isEmpty())
            return {};
        for (RecordedUpdate &update : slice) {
            const auto records = byContact.constFind(update.contactId);
            if (records == byContact.constEnd())
                continue;
            for (const QString &field : update.previous.keys())
                update.previous.insert(field, valueBefore(field, update.previous.value(field), *records));
        }
        return {};
    }

private:
    struct Undone
    {
        QString id;
        QDateTime startedAt;
        QDateTime undoneAt;
    };
    struct Record
    {
        const Undone *batch;
        QJsonObject previous;
        QJsonObject applied;
    };

    UndoneImportChain(const Storage::Database &db, const ImportBatch &batch, QList<Undone> undone)
        : m_db(db)
        , m_batch(batch)
        , m_undone(std::move(undone))
    {
    }

    QJsonValue valueBefore(const QString &field, QJsonValue value, const QList<Record> &records) const
    {
        QDateTime laterBegan = m_batch.startedAt;
        for (const Record &record : records) {
            if (!record.applied.contains(field) || !record.previous.contains(field))
                continue; // it left the field alone
            if (record.applied.value(field) != value || record.batch->undoneAt <= laterBegan)
                break; // the value is not its own, or came back after its undo: the chain ends
            value = record.previous.value(field);
            laterBegan = record.batch->startedAt;
        }
        return value;
    }

    const Storage::Database &m_db;
    const ImportBatch &m_batch;
    QList<Undone> m_undone; // newest first; Record points into it
};

// An email the batch changed: the one record of its kind kept for the whole batch at once.
struct EmailChange
{
    QString contactId;
    QJsonValue previous;
    QJsonValue applied;
};

Expected<EmailRestorePlan> planEmailRestores(const Storage::Database &db, const QList<EmailChange> &restores)
{
    QHash<QString, const EmailChange *> candidates;
    for (const EmailChange &update : restores)
        candidates.insert(update.contactId, &update);
    EmailRestorePlan plan;
    if (candidates.isEmpty())
        return plan;
    const Storage::SqlDialect &dialect = db.dialect();
    constexpr qsizetype kSlice = 5000;
    const auto inSlices = [&](const QStringList &values, const QString &sql,
                              const std::function<void(const QSqlQuery &)> &row) -> Result {
        for (qsizetype start = 0; start < values.size(); start += kSlice) {
            auto q = db.exec(sql, {Storage::SqlDialect::inListValue(values.mid(start, kSlice))});
            if (!q)
                return q.error();
            while (q->next())
                if (row)
                    row(*q);
        }
        return {};
    };

    // Live contacts that still hold what the batch wrote, and had another address before it.
    // Addresses are compared as the unique index compares them: by the database's lower(),
    // which on SQLite folds as the index's NOCASE does.
    QHash<QString, QString> present; // contact id → index key of its present address
    QStringList previous;
    if (Result read = inSlices(candidates.keys(),
                               QStringLiteral("SELECT id, email, lower(email) FROM contacts WHERE deleted_at IS NULL AND %1")
                                   .arg(dialect.inList(QStringLiteral("id"))),
                               [&](const QSqlQuery &q) {
                                   const EmailChange &update = *candidates.value(q.value(0).toString());
                                   const QJsonValue now = valueFromDb(ContactColumn::Email, q.value(1));
                                   if (now != update.applied || now == update.previous)
                                       return;
                                   plan.restoreTo.insert(update.contactId, update.previous);
                                   present.insert(update.contactId, q.value(2).toString());
                                   previous << update.previous.toString();
                               });
        !read)
        return read.error();
    auto keys = EmailKeys::foldedByDatabase(db, previous);
    if (!keys)
        return keys.error();
    const auto targetOf = [&](const QString &contactId) { return keys->value(plan.restoreTo.value(contactId).toString()); };

    QHash<QString, QString> holders; // index key → the live contact holding it
    if (Result read = inSlices(QSet<QString>(keys->cbegin(), keys->cend()).values(),
                               QStringLiteral("SELECT lower(email), id FROM contacts WHERE deleted_at IS NULL AND "
                                              "email IS NOT NULL AND email <> '' AND %1")
                                   .arg(dialect.inList(dialect.caseInsensitive(QStringLiteral("email")))),
                               [&](const QSqlQuery &q) { holders.insert(q.value(0).toString(), q.value(1).toString()); });
        !read)
        return read.error();

    // An address goes back to the first contact of the batch that had it, unless a contact
    // outside the restores holds it now. A contact that cannot have its old address back keeps
    // its present one, which then cannot go back to whoever had it before: followed through.
    QHash<QString, QString> claimant; // index key → the contact it goes back to
    QHash<QString, QStringList> wantedBy; // index key → contacts of the batch that had it
    QStringList blocked;
    for (const EmailChange &update : restores) { // in contact id order: the first claim wins
        if (!plan.restoreTo.contains(update.contactId))
            continue;
        const QString target = targetOf(update.contactId);
        if (target.isEmpty())
            continue;
        wantedBy[target] << update.contactId;
        const QString holder = holders.value(target);
        if (claimant.contains(target)
            || (!holder.isEmpty() && holder != update.contactId && !plan.restoreTo.contains(holder)))
            blocked << update.contactId;
        else
            claimant.insert(target, update.contactId);
    }
    while (!blocked.isEmpty()) {
        const QString contactId = blocked.takeLast();
        if (plan.taken.contains(contactId))
            continue;
        plan.taken.insert(contactId);
        for (const QString &other : wantedBy.value(present.value(contactId)))
            if (other != contactId && !plan.taken.contains(other))
                blocked << other;
    }
    QStringList letGo;
    for (const QString &id : std::as_const(plan.taken))
        plan.restoreTo.remove(id);
    for (auto it = plan.restoreTo.constBegin(); it != plan.restoreTo.constEnd(); ++it)
        if (targetOf(it.key()) != present.value(it.key()))
            letGo << it.key();
    if (Result released = inSlices(letGo,
                                   QStringLiteral("UPDATE contacts SET email = NULL WHERE %1")
                                       .arg(dialect.inList(QStringLiteral("id"))),
                                   {});
        !released)
        return released.error();
    return plan;
}

} // namespace

namespace {

// Restores the contacts of one slice of a batch's update records: reads them, puts back the
// fields nobody changed since, removes the tag links the batch made and logs each contact.
class SliceRestorer
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportBatchService)
public:
    SliceRestorer(const Storage::Database &db, const ImportBatch &batch, const EmailRestorePlan &emails,
                  Storage::BulkWriter &writer, const QDateTime &nowUtc)
        : m_db(db)
        , m_dialect(db.dialect())
        , m_batch(batch)
        , m_emails(emails)
        , m_writer(writer)
        , m_statements(db)
        , m_nowUtc(nowUtc)
        , m_now(m_dialect.timestampToDb(nowUtc))
        , m_subject(Activities::SystemSubject::importUndoneValuesRestored(batch.fileName))
    {
    }

    Result restore(const QList<RecordedUpdate> &slice)
    {
        // Only the columns the slice's records name are read: converting all 30 columns of
        // every contact was a fifth of reverting a million updates.
        QStringList ids;
        QSet<ContactColumn> named;
        for (const RecordedUpdate &update : slice) {
            ids << update.contactId;
            for (auto it = update.previous.begin(); it != update.previous.end(); ++it)
                if (customFieldOf(it.key()))
                    named.insert(ContactColumn::CustomFields);
                else if (const auto column = contactColumnFromName(it.key()))
                    named.insert(*column);
        }
        QList<ContactColumn> columns; // in the table's order
        QStringList names;
        for (ContactColumn column : allContactColumns())
            if (named.contains(column)) {
                columns << column;
                names << contactColumnName(column);
            }
        auto current = m_db.exec(QStringLiteral("SELECT id%1 FROM contacts WHERE %2")
                                     .arg(names.isEmpty() ? QString() : QStringLiteral(", ") + names.join(QStringLiteral(", ")),
                                          m_dialect.inList(QStringLiteral("id"))),
                                 {Storage::SqlDialect::inListValue(ids)});
        if (!current)
            return current.error();
        QHash<QString, QVariantList> held; // contact id → the values of columns
        held.reserve(slice.size());
        while (current->next()) {
            QVariantList values;
            values.reserve(columns.size());
            for (qsizetype i = 0; i < columns.size(); ++i)
                values << current->value(int(i + 1));
            held.insert(current->value(0).toString(), values);
        }
        current->finish();

        // The names of the tags the batch linked, for the timeline ("Tags removed: Fair 2026").
        QStringList linkedTags;
        for (const RecordedUpdate &update : slice)
            for (const QJsonValue &tag : update.applied.value(QLatin1String(ImportBatch::kTagsAddedKey)).toArray())
                if (!linkedTags.contains(tag.toString()))
                    linkedTags << tag.toString();
        QHash<QString, QString> tagNames;
        if (!linkedTags.isEmpty()) {
            auto tags =
                m_db.exec(QStringLiteral("SELECT id, name FROM tags WHERE ") + m_dialect.inList(QStringLiteral("id")),
                          {Storage::SqlDialect::inListValue(linkedTags)});
            if (!tags)
                return tags.error();
            while (tags->next())
                tagNames.insert(tags->value(0).toString(), tags->value(1).toString());
        }

        StoredContactUpdates restoredValues;
        Storage::BulkBatch activities;
        QJsonArray unlinks; // the tags the batch linked to these contacts
        QStringList companyRestored; // contacts given back a company (or its name)
        for (const RecordedUpdate &update : slice) {
            const auto values = held.constFind(update.contactId);
            if (values == held.constEnd())
                continue;
            QMap<ContactColumn, QVariant> changes;
            QJsonObject restored;
            QJsonArray kept;
            // The contact's custom fields as they are, each the import changed and nobody since
            // set back to what it was (absent when it had none).
            std::optional<QJsonObject> custom;
            QJsonObject customRestored;
            for (auto it = update.previous.begin(); it != update.previous.end(); ++it) {
                if (const auto field = customFieldOf(it.key())) {
                    if (!custom)
                        custom = valueFromDb(ContactColumn::CustomFields,
                                             values->at(columns.indexOf(ContactColumn::CustomFields)))
                                     .toObject();
                    const QJsonValue present = custom->value(*field).isUndefined() ? QJsonValue() : custom->value(*field);
                    if (present != update.applied.value(it.key())) {
                        kept << it.key();
                        continue;
                    }
                    if (it.value().isNull())
                        custom->remove(*field);
                    else
                        custom->insert(*field, it.value());
                    customRestored.insert(*field, it.value());
                    continue;
                }
                const auto column = contactColumnFromName(it.key()); // never trust a column name from stored data
                if (!column)
                    continue;
                const QString &name = it.key();
                if (*column == ContactColumn::Email) { // decided for all of the batch at once
                    if (const auto to = m_emails.restoreTo.constFind(update.contactId);
                        to != m_emails.restoreTo.constEnd()) {
                        changes.insert(*column, valueToDb(*column, *to, m_dialect));
                        restored.insert(name, *to);
                        continue;
                    }
                    if (m_emails.taken.contains(update.contactId)) {
                        kept << name;
                        continue;
                    }
                }
                const QJsonValue present = valueFromDb(*column, values->at(columns.indexOf(*column)));
                if (update.applied.contains(name) && present != update.applied.value(name)) {
                    kept << name;
                    continue;
                }
                changes.insert(*column, valueToDb(*column, it.value(), m_dialect));
                restored.insert(name, it.value());
            }
            if (!customRestored.isEmpty()) {
                changes.insert(ContactColumn::CustomFields, valueToDb(ContactColumn::CustomFields, *custom, m_dialect));
                restored.insert(contactColumnName(ContactColumn::CustomFields), customRestored);
            }
            const QJsonArray tagsAdded = update.applied.value(QLatin1String(ImportBatch::kTagsAddedKey)).toArray();
            for (const QJsonValue &tag : tagsAdded) {
                unlinks.append(QJsonObject{{QStringLiteral("contact_id"), update.contactId},
                                           {QStringLiteral("tag_id"), tag.toString()}});
                m_released.tags.insert(tag.toString());
            }
            if (const QString company = update.applied.value(contactColumnName(ContactColumn::CompanyId)).toString();
                !company.isEmpty())
                m_released.companies.insert(company);
            if (changes.isEmpty() && tagsAdded.isEmpty())
                continue;
            if (!changes.isEmpty())
                restoredValues.add(update.contactId, changes);
            if (changes.contains(ContactColumn::CompanyId) || changes.contains(ContactColumn::CompanyName))
                companyRestored << update.contactId;
            Domain::Activity activity;
            activity.id = Domain::newIdAt(m_nowUtc);
            activity.type = Domain::ActivityType::Updated;
            activity.entityType = Domain::EntityType::Contact;
            activity.entityId = update.contactId;
            activity.contactId = update.contactId;
            activity.subject = m_subject;
            activity.changes = QJsonObject{{QStringLiteral("restored"), restored}};
            if (!kept.isEmpty())
                activity.changes.insert(QStringLiteral("kept_newer"), kept);
            if (!tagsAdded.isEmpty()) {
                QJsonArray removedNames;
                for (const QJsonValue &tag : tagsAdded)
                    removedNames.append(tagNames.value(tag.toString(), tag.toString()));
                activity.changes.insert(QStringLiteral("tags_removed"), removedNames);
            }
            activity.occurredAt = m_nowUtc;
            activity.createdAt = m_nowUtc;
            activities.activities.append(std::move(activity));
        }
        if (Result written = restoredValues.write(m_db, m_statements, m_now); !written)
            return written;
        if (Result namesCopied = nameCompanies(companyRestored); !namesCopied)
            return namesCopied;
        if (!unlinks.isEmpty()) {
            // A link made again since the import (removed, then added back) stays.
            const QString sql =
                QStringLiteral("DELETE FROM contact_tags WHERE created_at <= ? AND (contact_id, tag_id) IN "
                               "(SELECT r.contact_id, r.tag_id FROM %1)")
                    .arg(m_dialect.jsonRecords({QStringLiteral("contact_id"), QStringLiteral("tag_id")},
                                               QStringLiteral("r")));
            const QDateTime lastLink = m_batch.finishedAt.isValid() ? m_batch.finishedAt : m_batch.lastProgressAt;
            auto unlinked = m_db.exec(sql, {m_dialect.timestampToDb(lastLink.isValid() ? lastLink : m_nowUtc),
                                            QString::fromUtf8(QJsonDocument(unlinks).toJson(QJsonDocument::Compact))});
            if (!unlinked)
                return unlinked.error();
        }
        return m_writer.write(activities);
    }

    // The companies and tags the batch gave the contacts of the slices restored so far.
    QStringList releasedCompanies() const { return m_released.companies.values(); }
    QStringList releasedTags() const { return m_released.tags.values(); }

private:
    // The restored contacts carry their company's present name, not the one recorded at the
    // import: the company may have been renamed since, and the trigger that copies a name to
    // contacts fires on a rename only. One that was deleted meanwhile keeps its contacts and
    // its name, as deleting it leaves them.
    Result nameCompanies(const QStringList &contactIds) const
    {
        if (contactIds.isEmpty())
            return {};
        auto named = m_db.exec(
            QStringLiteral("UPDATE contacts SET company_name = (SELECT co.name FROM companies co WHERE co.id = "
                           "contacts.company_id) WHERE %1 AND EXISTS (SELECT 1 FROM companies co WHERE co.id = "
                           "contacts.company_id AND co.name <> COALESCE(contacts.company_name, ''))")
                .arg(m_dialect.inList(QStringLiteral("id"))),
            {Storage::SqlDialect::inListValue(contactIds)});
        return named ? Result() : Result(named.error());
    }

    const Storage::Database &m_db;
    const Storage::SqlDialect &m_dialect;
    const ImportBatch &m_batch;
    const EmailRestorePlan &m_emails;
    Storage::BulkWriter &m_writer;
    Storage::StatementCache m_statements;
    QDateTime m_nowUtc;
    QVariant m_now;
    QString m_subject;
    struct
    {
        QSet<QString> companies;
        QSet<QString> tags;
    } m_released;
};

} // namespace

Expected<ImportBatchService::Released>
ImportBatchService::restoreUpdated(const ImportBatch &batch, Storage::BulkWriter &writer, const QDateTime &now)
{
    // Only rows from before the batch are listed here: a contact the batch created and later
    // updated is deleted anyway. A field that no longer holds what the import wrote was edited
    // since, and keeps its newer value. Contacts are read, restored and logged a slice at a
    // time, each step in bulk: a statement per contact took minutes for a million.
    // Emails are decided for the whole batch first, from its records of changed emails only.
    const QString email = contactColumnName(ContactColumn::Email);
    auto chain = UndoneImportChain::load(*m_database, batch);
    if (!chain)
        return chain.error();
    // The records to restore from: through the undone imports before this batch, if any.
    const auto throughUndoneImports = [&chain](QList<RecordedUpdate> &updates) -> Result {
        return *chain && !updates.isEmpty() ? (*chain)->rewrite(updates) : Result();
    };
    // The email pass looks at the records that changed an email only (few, mostly).
    QList<EmailChange> emailChanges;
    if (Result read = forEachSliceOfUpdates(*m_database, batch.id,
                                            [&](const QList<RecordedUpdate> &slice) {
                                                QList<RecordedUpdate> changed;
                                                for (const RecordedUpdate &update : slice)
                                                    if (update.previous.contains(email) && update.applied.contains(email))
                                                        changed << update;
                                                if (Result rewritten = throughUndoneImports(changed); !rewritten)
                                                    return rewritten;
                                                for (const RecordedUpdate &update : std::as_const(changed))
                                                    emailChanges.append({update.contactId, update.previous.value(email),
                                                                         update.applied.value(email)});
                                                return Result();
                                            });
        !read)
        return read.error();
    auto emailPlan = planEmailRestores(*m_database, emailChanges);
    if (!emailPlan)
        return emailPlan.error();
    emailChanges.clear();

    SliceRestorer restorer(*m_database, batch, *emailPlan, writer, now);
    if (Result restored = forEachSliceOfUpdates(*m_database, batch.id,
                                                [&](const QList<RecordedUpdate> &read) {
                                                    QList<RecordedUpdate> slice = read;
                                                    if (Result rewritten = throughUndoneImports(slice); !rewritten)
                                                        return rewritten;
                                                    return restorer.restore(slice);
                                                });
        !restored)
        return restored.error();
    return Released{restorer.releasedCompanies(), restorer.releasedTags()};
}

Result ImportBatchService::undo(const ImportBatch &batch, Storage::BulkWriter &writer,
                                std::optional<qint64> changedSinceAccepted)
{
    const QString &batchId = batch.id;
    const Storage::SqlDialect &dialect = m_database->dialect();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QVariant now = dialect.timestampToDb(nowUtc);
    Storage::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return transaction.error();
    // Imports and other undos of a shared database wait until this one has committed, as imports
    // take turns with each other: an import updating the batch's contacts meanwhile would lose
    // its updates to this undo, and two undos at once would each restore what the other saw.
    // (SQLite writers take turns anyway.)
    if (Result turn = m_database->takeImportTurn(); !turn)
        return turn;
    // Undone by someone else while this one waited for its turn.
    if (auto current = get(batchId); !current)
        return current.error();
    else if (current->status == QLatin1String("reverted"))
        return Error(ErrorCode::Conflict, tr("The import of %1 was already reverted on %2.")
                                              .arg(current->fileName, current->revertedAt.toString(Qt::ISODate)));
    // Changed while the question was asked, or while this undo waited for its turn.
    if (changedSinceAccepted) {
        auto counted = countCreated(batch);
        if (!counted)
            return counted.error();
        const qint64 meanwhile = counted->changedSince - *changedSinceAccepted;
        if (meanwhile > 0)
            return Error(ErrorCode::Conflict,
                         (meanwhile == 1 ? tr("1 contact the import created changed after the undo was asked for, so "
                                              "nothing was undone.")
                                         : tr("%1 contacts the import created changed after the undo was asked for, so "
                                              "nothing was undone.")
                                               .arg(QLocale().toString(meanwhile))) +
                             QLatin1Char(' ') + tr("Undo the import again to see what it would remove."));
    }

    // Created contacts go first: the stored ones may take back addresses they hold.
    if (Result logged = logRemovals(batch, writer); !logged)
        return logged;
    if (auto removed = m_database->exec(
            QStringLiteral("UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE import_batch_id = ? AND deleted_at IS NULL"),
            {now, now, batchId});
        !removed)
        return removed.error();
    auto released = restoreUpdated(batch, writer, nowUtc);
    if (!released)
        return released.error();

    const QList<std::pair<QString, QVariantList>> statements = {
        {QStringLiteral(
             "UPDATE consents SET deleted_at = ?, updated_at = ? WHERE source = 'import' AND source_detail = ? "
             "AND deleted_at IS NULL"),
         {now, now, batchId}},
        // The companies and tags it made, unless a live contact or lead uses one (given since, or
        // by a later import); and those an import undone before kept for this one's contacts
        // alone (the contacts it created used them, or those it updated had them from it, and
        // nobody else does now).
        {QStringLiteral(
             "UPDATE companies SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND (import_batch_id = ? "
             "OR (import_batch_id IN (SELECT id FROM import_batches WHERE status = 'reverted') AND (id IN "
             "(SELECT company_id FROM contacts WHERE import_batch_id = ? AND company_id IS NOT NULL) OR %1))) "
             "AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.company_id = companies.id AND c.deleted_at IS NULL) "
             "AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.company_id = companies.id AND l.deleted_at IS NULL)")
             .arg(dialect.inList(QStringLiteral("id"))),
         {now, now, batchId, batchId, Storage::SqlDialect::inListValue(released->companies)}},
        {QStringLiteral(
             "UPDATE tags SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND (import_batch_id = ? "
             "OR (import_batch_id IN (SELECT id FROM import_batches WHERE status = 'reverted') AND (id IN "
             "(SELECT ct.tag_id FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
             "WHERE c.import_batch_id = ?) OR %1))) "
             "AND NOT EXISTS (SELECT 1 FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
             "WHERE ct.tag_id = tags.id AND c.deleted_at IS NULL)")
             .arg(dialect.inList(QStringLiteral("id"))),
         {now, now, batchId, batchId, Storage::SqlDialect::inListValue(released->tags)}},
        {QStringLiteral("UPDATE import_batches SET status = 'reverted', reverted_at = ?, updated_at = ? WHERE id = ?"),
         {now, now, batchId}},
    };
    for (const auto &[sql, bindings] : statements) {
        auto done = m_database->exec(sql, bindings);
        if (!done)
            return done.error();
    }
    if (Result dropped = dropUnheldCustomFields(batchId, now); !dropped)
        return dropped;
    return transaction.commit();
}

Result ImportBatchService::dropUnheldCustomFields(const QString &batchId, const QVariant &now)
{
    // The custom fields it registered, and those an import undone before kept (its contacts
    // held them then); most undos have none, and read no contact for them.
    auto registered = m_database->exec(
        QStringLiteral("SELECT id, name FROM custom_fields WHERE entity_type = 'contact' AND deleted_at IS NULL "
                       "AND (import_batch_id = ? OR import_batch_id IN "
                       "(SELECT id FROM import_batches WHERE status = 'reverted'))"),
        {batchId});
    if (!registered)
        return registered.error();
    QList<std::pair<QString, QString>> fields;
    while (registered->next())
        fields.append({registered->value(0).toString(), registered->value(1).toString()});
    registered->finish();
    if (fields.isEmpty())
        return {};
    // Which of them a live contact holds a value in, read in one pass (in any case, as the
    // registry compares names).
    auto held = m_database->exec(
        QStringLiteral(
            "SELECT DISTINCT k.key FROM contacts c, %1 WHERE c.deleted_at IS NULL AND c.custom_fields <> '{}'")
            .arg(m_database->dialect().jsonObjectKeys(QStringLiteral("c.custom_fields"), QStringLiteral("k"))));
    if (!held)
        return held.error();
    QSet<QString> heldKeys;
    while (held->next())
        heldKeys.insert(held->value(0).toString().toCaseFolded());
    held->finish();
    QStringList unheld;
    for (const auto &[id, name] : std::as_const(fields))
        if (!heldKeys.contains(name.toCaseFolded()))
            unheld << id;
    if (unheld.isEmpty())
        return {};
    auto dropped = m_database->exec(QStringLiteral("UPDATE custom_fields SET deleted_at = ?, updated_at = ? WHERE ") +
                                        m_database->dialect().inList(QStringLiteral("id")),
                                    {now, now, Storage::SqlDialect::inListValue(unheld)});
    if (!dropped)
        return dropped.error();
    return {};
}

} // namespace Leadline::ImportExport
