#pragma once

// The import job's inner parts, shared by contactimportjob.cpp (reading, batches, companies,
// owners) and contactimportchunk.cpp (what one chunk of rows writes). Not for other code.

#include "services/importexport/bloomfilter.h"
#include "services/importexport/contactcolumns.h"
#include "services/importexport/contactimportjob.h"
#include "services/importexport/emailkeys.h"
#include "services/importexport/emailowners.h"
#include "services/importexport/hashset.h"
#include "services/importexport/importbatchservice.h"
#include "services/importexport/importrowparser.h"
#include "services/importexport/otherkeyindex.h"
#include "services/importexport/rejectsfile.h"
#include "services/importexport/tabularreader.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/statementcache.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <unordered_map>

namespace Leadline::Domain {
class Clock;
}

namespace Leadline::ImportExport {

// A contact the file matched, as stored before this chunk.
struct ExistingContact
{
    QString id;
    QString importBatchId;
    std::shared_ptr<const QList<ContactColumn>> columns; // the ones read, as columnsToCompare() gives them
    QVariantList stored;                                 // their values, as read

    QJsonValue value(ContactColumn column) const
    {
        const qsizetype index = columns->indexOf(column);
        Q_ASSERT_X(index >= 0, "ExistingContact::value", "a column the rows cannot change was not read");
        return index >= 0 ? valueFromDb(column, stored.at(index)) : QJsonValue(QJsonValue::Undefined);
    }
    // Whether a text column holds exactly this text, so that a row giving it changes nothing.
    // Cheaper than comparing value()s: a JSON string is a copy in another encoding.
    bool holdsText(ContactColumn column, const QString &text) const
    {
        const qsizetype index = columns->indexOf(column);
        if (index < 0)
            return false;
        const QVariant &value = stored.at(index);
        return value.typeId() == QMetaType::QString && !value.isNull() &&
               *static_cast<const QString *>(value.constData()) == text;
    }
    // The contact as a row of the chunk changed it (values as written to the database), so that
    // a later row for it builds on that rather than on what was stored before the chunk.
    void hold(const QMap<ContactColumn, QVariant> &changed)
    {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            if (const qsizetype index = columns->indexOf(it.key()); index >= 0)
                stored[index] = it.value();
    }
};

// Frees the rows of a finished chunk on the worker pool: millions of small strings whose
// release would otherwise cost the writing thread about a second per million rows.
template <typename T> inline void freeOnPool(T &&rows)
{
    (void)QtConcurrent::run([finished = std::forward<T>(rows)] {});
}

class ContactImportJob::Private
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ContactImportJob)
public:
    Private(std::shared_ptr<Storage::Database> database, const Domain::Clock &clockRef, ImportOptions importOptions,
            Domain::Actor importActor)
        : db(std::move(database))
        , clock(clockRef)
        , options(std::move(importOptions))
        , actor(std::move(importActor))
        , bulk(db)
    {}

    Result begin();
    // The rejected rows' file: as chosen, or next to the database (the file, on PostgreSQL).
    QString rejectsPathFor(const QString &batchId) const;
    struct CompanyRef
    {
        QString id;
        QString name; // contacts carry it as company_name
    };
    struct Chunk
    {
        QList<TabularRow> rows;
        struct ReadError
        {
            TabularRow row; // its line and cells as read
            QString message;
        };
        QList<ReadError> readErrors; // rows the reader could not shape
        QList<ParsedRow> parsed;     // rows, parsed, in the same order
        // Per parsed row, worked out on the pool too: the company key (empty without a
        // company) and the de-duplication key (empty without one).
        QStringList companyKeys;
        QList<const CompanyRef *> companyOf; // by resolveCompanies(): null without a company
        QStringList createdCompanies;        // the ids of those it made
        QStringList matchKeys;
        QList<size_t> matchHashes; // qHash() of the match keys
        // Rows whose email the database must fold into its key (see EmailKeys): their match
        // keys hold the email as written until processChunk() asks.
        QList<qsizetype> keysToFold;
        QString readingNote;          // the reader's, after this chunk
        bool more = false;            // the file goes on
        qint64 bytesRead = 0;         // of the file, after this chunk
        std::optional<Error> failure; // the file cannot be read on after these rows
    };
    // Reads up to kChunkRows rows; false at the end of the file.
    Expected<bool> readChunk(Chunk &chunk);
    // Reads and parses the next chunk; runs on the worker pool, one call at a time.
    Chunk prepareChunk();
    // Before the first chunk is parsed: the order of "4/5/2023" as its dates show it, unless
    // the user chose one (DateOrderEvidence); a note when that is not the order chosen for them.
    void settleDateOrder(const QList<TabularRow> &firstRows);
    // Writes a chunk's rows (in the transaction of the chunks before it, if one is open): new
    // contacts, updates of stored ones, their tags, consents, activities and revert records.
    // Moves the parsed contacts out of the chunk.
    Result processChunk(Chunk &chunk);
    struct ChunkWork;
    // Waits for other imports' chunks (PostgreSQL) and notices other writers (SQLite): in the
    // chunk's transaction, before anything is looked up.
    Result takeImportTurn();
    // SQLite: whether another connection committed since the import counted the contacts
    // (dataVersion), when that count was 0; then every key is to be looked up (noteOthersWrote()).
    Expected<qint64> dataVersionNow() const;
    Expected<bool> othersWrote() const;
    void noteOthersWrote();
    // The stored contacts the chunk's rows match, by match key (and what earlier chunks
    // recorded for them, and which contacts hold the emails the rows give).
    // May give rows the key of a contact they are matched with by its other address (matchOtherKeys()).
    Expected<QHash<QString, ExistingContact>> findStored(Chunk &chunk);
    // Makes the tags the rows name, and reads which of them the stored contacts have.
    Result prepareTags(ChunkWork &work);
    // What one row does: merge into a contact the chunk creates, update a stored one, or
    // create one. Rows that cannot be taken are rejected.
    void mergeIntoCreated(ChunkWork &work, qsizetype index, const QString &ownerId, const CompanyRef &company);
    // row: the chunk's row at index, or what is left of it for a duplicate skipped
    // (skippedRow()): skipped unless it records an opt-out.
    Result updateStored(ChunkWork &work, qsizetype index, const ParsedRow &row, const QString &ownerId,
                        const CompanyRef &company, bool skipped = false);
    // What a row of a contact it skips still does: its opt-outs and "do not contact" are recorded
    // (MergeRules). Empty when the row has none.
    std::optional<ParsedRow> skippedRow(const ParsedRow &row) const;
    // The same for a contact this chunk creates: its opt-outs, into the contact to be written.
    void keepOptOutsOfSkipped(ChunkWork &work, qsizetype index);
    void createContact(ChunkWork &work, qsizetype index, const QString &ownerId, const CompanyRef &company);
    // Writes what the rows made, before the chunk's transaction commits.
    Result writeChunk(ChunkWork &work, qint64 contactsWrittenBefore);
    // Counts a row naming someone who is not an active user here, once it created or updated
    // a contact.
    void noteUnknownOwner(const ParsedRow &row, const QString &ownerId);
    Result foldKeys(Chunk &chunk) const;
    Result dropUnlinkedTags(const QStringList &created, const QList<Storage::ContactTagLink> &links);
    Result dropUnlinkedCompanies(const QStringList &created, const QSet<QString> &linked);
    Expected<QSet<QString>> dropUnlinked(const QString &table, const QStringList &created, const QSet<QString> &linked);
    Result finish(const QString &status, const QString &error);
    Expected<qint64> liveContacts() const;
    Result deferIndexesIfLarge(qint64 estimatedRows, qint64 existingRows);
    // Whether a match key may belong to a stored contact, so that it must be looked up.
    bool mayExist(size_t keyHash) const
    {
        if (databaseHadContacts)
            return true;
        return createdExactly ? createdExactly->contains(keyHash) : createdKeys.mayContain(keyHash);
    }
    // Whether the email index this import deferred must be built before the chunk: a row
    // repeats an email an earlier chunk wrote (its contact is looked up by it), or the exact
    // set is as large as it may grow. (Nobody else can save an email meanwhile: see
    // DeferredIndexes.)
    Expected<bool> needsEmailIndex(Chunk &chunk);
    // Matching on email (or phone) into a database with contacts, a row whose email is no
    // contact's own but another address of a stored one is matched with that contact: its key
    // becomes the key of the contact's own email, and the contact is added to existing. The
    // same for a number among a contact's other phones. The other addresses are read when a chunk
    // first has a row no own address matches: an import whose rows all match on own addresses
    // never scans for them. Not the addresses the file's own rows list: a row giving one as its
    // own may be the same person or another who shares it (an export of two such contacts would
    // merge them).
    Result matchOtherKeys(Chunk &chunk, QHash<QString, ExistingContact> &existing);

    Expected<QHash<QString, ExistingContact>> lookupExisting(const QStringList &keys,
                                                             const QList<ParsedRow> &rows) const;
    Result resolveCompanies(Chunk &chunk, const QVariant &now);
    Expected<QString> resolveOwner(const QString &owner); // an active user's email or name → id, "" if none
    Expected<QString> findUser(const QString &owner, bool activeOnly) const;
    Result resolveDefaultOwner(); // ImportOptions::defaultOwner → defaultOwnerId, or why not
    void reject(qint64 line, const QStringList &cells, const QString &reason);
    // What an update of a contact from before the batch replaced and wrote, for revert.
    // (Kept in memory for the chunk, then written with its batch: takeUpdateRecords().)
    Result recordUpdate(const QString &contactId, const QJsonObject &previous, const QJsonObject &applied);
    void takeUpdateRecords(Storage::BulkBatch &batch);
    // Reads the records earlier chunks saved for these contacts, for recordUpdate(): those
    // updatesRecorded may hold, all at once (a statement each for the filter's wrong "maybe"s
    // was a round trip each on PostgreSQL, for 1–2 % of the contacts).
    Result loadEarlierRecords(const QHash<QString, ExistingContact> &existing);
    Result saveCounters(const QString &status, const QString &error);

    std::shared_ptr<Storage::Database> db;
    const Domain::Clock &clock;
    ImportOptions options;
    Domain::Actor actor;
    ImportSummary summary;
    Storage::BulkWriter bulk;

    std::unique_ptr<TabularReader> reader;
    std::optional<ImportRowParser> parser;
    bool dateOrderSettled = false;
    QString dateOrderNote; // how the file's dates were read, when they settled it
    std::unique_ptr<RejectsFile> rejects;
    bool indexesDeferred = false;
    // Into a database without contacts, only keys this import created can match: a filter of
    // their hashes (~2 bytes a contact instead of the key) says which keys to look up, and a
    // wrong "maybe" costs one lookup that finds nothing.
    bool databaseHadContacts = true;
    std::optional<qint64> dataVersion; // SQLite's, read before the contacts were counted
    BloomFilter createdKeys;
    // Instead, while the unique email index is deferred (an import into a table without
    // contacts, matching on email), the hashes exactly: 8–16 bytes a contact, up to
    // kExactKeysAtMost of them; then the index is built and they move to the filter.
    std::optional<HashSet> createdExactly;
    static constexpr qsizetype kExactKeysAtMost = 3'000'000;
    std::optional<EmailKeys> emailKeys; // how the database compares emails
    // Matched on email or phone into a database with contacts: the addresses or numbers they list
    // besides their own.
    OtherKeyIndex otherKeys;
    // Matched on phone or external id, rows may give an email another contact holds.
    std::optional<EmailOwners> emailOwners;
    struct KeyHash
    {
        size_t operator()(const QString &key) const { return qHash(key); }
    };
    // Node-based, so that a chunk's rows can point at their company (Chunk::companyOf) while
    // companies are added.
    using CompanyMap = std::unordered_map<QString, CompanyRef, KeyHash>;
    CompanyMap companies; // companyKey → the company
    // Name key → the oldest company of that name without a domain: the one a row with a name
    // and a domain may complete. A company of that name with another domain is another company.
    CompanyMap withoutDomain;
    // SQLite compares names ignoring the case of ASCII letters only: once a chunk names a
    // company with other letters, the stored companies whose names have such letters are read
    // all at once (resolveCompanies()), and matched by the rows' Unicode folding.
    bool casedNamesRead = false;
    QSet<QString> companiesMadeHere; // ids of the companies this import created
    QHash<QString, QString> owners;  // owner email or name as written → user id ("" = unknown)
    QString defaultOwnerId;          // for contacts the file names no owner of ("" = none)
    // The contacts this import gave the default owner (ids' hashes: a million of them take
    // 16 MB), told from those a row named that owner for.
    HashSet givenDefaultOwner{16};
    // The stored contacts an earlier row of the file updated (ids' hashes): a further row for one
    // of them is merged with it, as one for a contact the import created is.
    HashSet updatedHere{16};
    static std::uint64_t idHash(const QString &id) { return qHash(id, 0x5bd1e995U); }
    // Threads that parse along with the one preparing the chunk: none on two cores.
    std::unique_ptr<QThreadPool> parseHelpers;
    QStringList customFieldNames;                        // the custom fields the mapping writes
    std::optional<ImportBatch::RunningHere> runningHere; // from the batch's row to its finish()
    // The statements run once per updated contact; on the writing thread, during execute().
    std::optional<Storage::StatementCache> statements;
    // The contacts from before the batch that it updated, by the hash of their id: which
    // records loadEarlierRecords() looks for. A set of the ids took ~130 bytes a contact (1M
    // updated contacts: 130 MB); a wrong "maybe" only adds an id to a query that finds nothing.
    BloomFilter updatesRecorded;
    struct UpdateRecord
    {
        QJsonObject previous; // the first value each field had
        QJsonObject applied;  // the last value the batch wrote
        void merge(const QJsonObject &morePrevious, const QJsonObject &moreApplied);
    };
    QHash<QString, UpdateRecord> unsavedRecords; // this chunk's, by contact id
    QHash<QString, UpdateRecord> earlierRecords; // earlier chunks' for this chunk's contacts
    QStringList unsavedOrder;
};

} // namespace Leadline::ImportExport
