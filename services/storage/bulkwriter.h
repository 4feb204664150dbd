#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Leadline::Storage {

class Database;

// A tag on a contact, by ids (BulkWriter::ensureTags() turns names into ids).
struct ContactTagLink
{
    QString contactId;
    QString tagId;
    QDateTime createdAt;
};

// What an import replaced and wrote in a contact stored before it, for revert: a row of
// import_batch_updates ({"column": value, …} each).
struct ImportUpdateRecord
{
    QString batchId;
    QString contactId;
    QJsonObject previous;
    QJsonObject applied;
};

// Rows written together: all of them or none. Order of insertion follows the foreign
// keys (companies, contacts, tags, leads, activities, import updates), so a batch may
// reference its own rows.
struct BulkBatch
{
    QList<Domain::Company> companies;
    QList<Domain::Contact> contacts; // companyName is written as given (the denormalised copy)
    QList<ContactTagLink> contactTags;
    QList<Domain::Lead> leads;
    QList<Domain::Activity> activities;
    QList<ImportUpdateRecord> importUpdates;
    // Also written when set: one activity per contact of the batch, this one with its own id
    // and the contact as entity and contact (an import's "imported" entry). SQLite makes them
    // from the staged contacts in one statement, several times faster than binding each row.
    std::optional<Domain::Activity> activityPerContact;

    qsizetype rowCount() const
    {
        return companies.size() + contacts.size() * (activityPerContact ? 2 : 1) + contactTags.size() + leads.size()
               + activities.size() + importUpdates.size();
    }
    void clear();
};

// Fast insertion of many rows for the demo generator and importers, bypassing Qt SQL per
// row: SQLite through the C API (one INSERT … SELECT per table and batch, reading the rows
// from memory through RowFeed, so the full-text triggers flush once per batch), PostgreSQL
// through COPY FROM STDIN. Every constraint and trigger of the
// schema applies, so the full-text index is complete after each committed batch.
// Ids and timestamps must be filled by the caller; nothing is validated here beyond what
// the database checks. Use from one thread: it works on that thread's connection.
class BulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::BulkWriter)
public:
    explicit BulkWriter(std::shared_ptr<Database> database);
    ~BulkWriter();
    Q_DISABLE_COPY_MOVE(BulkWriter)

    // Writes one batch in one transaction. Inside a transaction of the caller it writes in
    // that one, without a savepoint of its own (see Transaction::Nesting::JoinOuter): after a
    // failure the caller must roll back, as the batch may be partly written.
    Result write(const BulkBatch &batch);

    // Loads much larger than the table already is (a first demo, a first big import, undoing
    // one) run faster with the secondary indexes of contacts and the full-text triggers
    // dropped, then rebuilt once: indexes by sorting, the full-text index from the live
    // contacts (1M imported contacts: 3.5 s to rebuild). Their definitions are kept in the
    // settings table meanwhile, so recoverInterruptedLoad() restores them after a crash;
    // committed batches stay valid either way. SQLite only; nothing happens on PostgreSQL.
    // keep: indexes to maintain row by row anyway, because the load's keys arrive in order
    // (ids, the ids of companies made in the same batch, a handful of owners) and appending
    // to them is cheaper than rebuilding them.
    // alsoDefer: indexes of other tables (by name) that the load fills in random order.
    // Until finishDeferredIndexing(), this thread's connection also trusts the rows it writes:
    // no CHECK constraints, and foreign keys checked by write() once per batch. Code that
    // writes other rows on that connection meanwhile must only write valid enum keys and
    // refer to rows it knows exist.
    // searchAlongside: build the full-text index while the load runs (SearchIndexBuilder),
    // for loads that insert contacts; it is given up, at no cost beyond its thread's work,
    // as soon as a contact is updated or deleted, and the index is rebuilt in place instead.
    enum class SearchIndex { RebuildAtEnd, BuildAlongside };
    // While another load runs (its process lives), nothing is deferred and the rows are
    // written with every index in place: see isDeferringIndexes().
    Result beginDeferredIndexing(const QStringList &keep = {}, const QStringList &alsoDefer = {},
                                 SearchIndex search = SearchIndex::RebuildAtEnd);
    bool isDeferringIndexes() const;
    // Whether a writer of this process is in the middle of a deferred load (one whose end failed
    // is not: its record waits for the next open).
    static bool deferringInThisProcess();
    Result finishDeferredIndexing();
    // A load whose caller keeps its own rows apart by email may defer the unique index of live
    // emails as well (see DeferredIndexes): inserting into it in random order was two thirds
    // of writing a contact (1M contacts: 2.4 s of 3.6 s), building it by sorting at the end
    // takes 0.8 s. Until the index is back, this thread's connection fires no triggers (the
    // guard's would cost the load 1.3 s a million rows): it must not update or delete
    // contacts or rename companies meanwhile. After beginDeferredIndexing(); false when
    // nothing was deferred (PostgreSQL).
    Expected<bool> deferEmailIndex();
    bool isEmailIndexDeferred() const;
    // Builds the email index now, for a load that must look emails up after all; outside a
    // transaction. The rest stays deferred; finishDeferredIndexing() also builds it.
    Result restoreEmailIndex();
    // Restores what an interrupted deferred load dropped; cheap when nothing is pending. A
    // load whose process still runs (it holds its LoadLock) is left to it.
    static Result recoverInterruptedLoad(const Database &database);

    // Ids of the tags with these names (case-insensitive), creating the missing ones (as made
    // by importBatchId, when given); the ids of those it created are added to created, when given.
    Expected<QHash<QString, QString>> ensureTags(const QStringList &names, const QDateTime &now,
                                                 QStringList *created = nullptr, const QString &importBatchId = {});

    // "2026-01-02T03:04:05.678Z": the stored form of a UTC timestamp in SQLite, and a
    // valid timestamptz literal. Much faster than QDateTime::toString for bulk rows.
    static QByteArray formatTimestamp(qint64 msecsSinceEpoch);

private:
    // Ends a recorded load: this writer's own, or, asked again inside the write transaction,
    // one whose process is gone (another may have begun since the caller looked).
    enum class Whose { Own, Abandoned };
    static Result completePendingLoad(const Database &database, Whose whose);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Storage
