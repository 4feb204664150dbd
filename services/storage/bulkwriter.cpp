#include "services/storage/bulkwriter.h"

#include "services/core/processidentity.h"
#include "services/domain/uuid.h"
#include "services/storage/database.h"
#include "services/storage/deferredindexes.h"
#include "services/storage/loadlock.h"
#include "services/storage/rowfeed.h"
#include "services/storage/searchindexbuilder.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <atomic>

#include <libpq-fe.h>
#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <array>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

namespace Leadline::Storage {

void BulkBatch::clear()
{
    companies.clear();
    contacts.clear();
    contactTags.clear();
    leads.clear();
    activities.clear();
    importUpdates.clear();
    activityPerContact.reset();
}

namespace {

// The value a PRAGMA reads back (0 when it cannot be read).
qint64 pragmaValue(sqlite3 *handle, const char *pragma)
{
    qint64 value = 0;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, pragma, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// This connection set up to build indexes by sorting, for as long as it lives.
// CREATE INDEX sorts in runs as large as the page cache. One run of every row is sorted by
// one thread with a cache miss per step; 64 MB runs are sorted by a helper thread while
// rows are read, then merged (1M contacts: ~25% less per index than with a 1 GB cache).
// 32 MB runs sort as fast again (3M imported rows: 44.4 s either way) in less memory
// (peak 363 MB instead of 427 MB), and so do 16 MB runs (1M rows: 9.4–9.5 s against
// 9.6–10.3 s; peak 283–289 MB instead of 300–306 MB). Each of the sorting threads holds a run.
// The sorted runs go to temporary files: in memory (temp_store = MEMORY, as connections
// are set up) they held a whole index at once, 700 MB more at the end of a 10M-row import.
// Changing temp_store drops this connection's TEMP tables: nothing may expect one to
// survive a finished load.
class SortingForIndexes
{
public:
    explicit SortingForIndexes(sqlite3 *handle)
        : m_handle(handle)
        , m_cacheSize(pragmaValue(handle, "PRAGMA cache_size"))
        , m_tempStore(pragmaValue(handle, "PRAGMA temp_store"))
    {
#ifdef __GLIBC__
        // The memory the load freed stays with the malloc arenas of the threads that used it;
        // the sorting threads allocate from arenas of their own. Handed back first, it is not
        // counted twice (1M imported rows: peak 214–218 MB instead of 247–249 MB, same time).
        malloc_trim(0);
#endif
        sqlite3_exec(handle, "PRAGMA cache_size = -16384; PRAGMA threads = 2; PRAGMA temp_store = FILE", nullptr,
                     nullptr, nullptr);
    }
    ~SortingForIndexes()
    {
        const QByteArray restore = "PRAGMA threads = 0; PRAGMA cache_size = " + QByteArray::number(m_cacheSize) +
                                   "; PRAGMA temp_store = " + QByteArray::number(m_tempStore);
        sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(SortingForIndexes)

private:
    sqlite3 *m_handle;
    qint64 m_cacheSize;
    qint64 m_tempStore;
};

template <typename E> const char *keyOf(E value)
{
    // The stored key without building a QString: this runs millions of times per import.
    for (const auto &entry : Domain::EnumInfo<E>::entries)
        if (entry.value == value)
            return entry.key;
    return "";
}

// One row's values in column order; SQLite binds them, PostgreSQL writes COPY text.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void text(const QString &value) = 0;       // '' when empty
    virtual void textOrNull(const QString &value) = 0; // NULL when empty
    virtual void bytes(const QByteArray &utf8) = 0;
    virtual void key(const char *ascii) = 0; // static storage
    virtual void integer(qint64 value) = 0;
    virtual void real(double value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void null() = 0;

    // Most rows of a bulk load share their timestamps: each is formatted once.
    void timestamp(const QDateTime &value)
    {
        if (!value.isValid())
            return null();
        const qint64 msecs = value.toMSecsSinceEpoch();
        if (msecs != m_lastMsecs) {
            m_lastMsecs = msecs;
            m_lastText = BulkWriter::formatTimestamp(msecs);
        }
        bytes(m_lastText);
    }
    // Empty lists and objects, the usual case, as static text.
    void jsonArray(const QStringList &values)
    {
        if (values.isEmpty())
            return key("[]");
        bytes(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
    }
    void jsonObject(const QJsonObject &object)
    {
        if (object.isEmpty())
            return key("{}");
        bytes(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    qint64 m_lastMsecs = std::numeric_limits<qint64>::min();
    QByteArray m_lastText;
};

struct TableSpec
{
    const char *table;
    std::vector<const char *> columns;

    QByteArray columnList() const
    {
        QByteArray out;
        for (const char *column : columns) {
            if (!out.isEmpty())
                out += ", ";
            out += column;
        }
        return out;
    }
};

const TableSpec companiesSpec{"companies",
                              {"id", "name", "domain", "industry", "size", "annual_revenue", "street", "city", "region",
                               "postal_code", "country", "phone", "website", "owner_id", "custom_fields", "created_at",
                               "updated_at", "deleted_at"}};

void bindCompany(RowSink &s, const Domain::Company &c)
{
    s.text(c.id);
    s.text(c.name);
    s.textOrNull(c.domain);
    s.textOrNull(c.industry);
    c.size ? s.integer(*c.size) : s.null();
    c.annualRevenue ? s.real(*c.annualRevenue) : s.null();
    s.textOrNull(c.address.street);
    s.textOrNull(c.address.city);
    s.textOrNull(c.address.region);
    s.textOrNull(c.address.postalCode);
    s.textOrNull(c.address.country);
    s.textOrNull(c.phone);
    s.textOrNull(c.website);
    s.textOrNull(c.ownerId);
    s.jsonObject(c.customFields);
    s.timestamp(c.createdAt);
    s.timestamp(c.updatedAt.isValid() ? c.updatedAt : c.createdAt);
    s.timestamp(c.deletedAt);
}

const TableSpec contactsSpec{
    "contacts",
    {"id",           "first_name",      "last_name",       "email",          "other_emails",    "phone",
     "other_phones", "title",           "company_id",      "company_name",   "street",          "city",
     "region",       "postal_code",     "country",         "time_zone",      "lifecycle_stage", "opt_in_email",
     "opt_in_sms",   "opt_in_whatsapp", "opt_in_voice",    "do_not_contact", "owner_id",        "source",
     "external_id",  "custom_fields",   "import_batch_id", "created_at",     "updated_at",      "deleted_at"}};

void bindContact(RowSink &s, const Domain::Contact &c)
{
    s.text(c.id);
    s.text(c.firstName);
    s.text(c.lastName);
    s.textOrNull(c.email);
    s.jsonArray(c.otherEmails);
    s.textOrNull(c.phone);
    s.jsonArray(c.otherPhones);
    s.text(c.title);
    s.textOrNull(c.companyId);
    s.text(c.companyName);
    s.text(c.address.street);
    s.text(c.address.city);
    s.text(c.address.region);
    s.text(c.address.postalCode);
    s.text(c.address.country);
    s.text(c.timeZone);
    s.key(keyOf(c.lifecycleStage));
    s.key(keyOf(c.optInFor(Domain::Channel::Email)));
    s.key(keyOf(c.optInFor(Domain::Channel::Sms)));
    s.key(keyOf(c.optInFor(Domain::Channel::WhatsApp)));
    s.key(keyOf(c.optInFor(Domain::Channel::Voice)));
    s.boolean(c.doNotContact);
    s.textOrNull(c.ownerId);
    s.key(keyOf(c.source));
    s.textOrNull(c.externalId);
    s.jsonObject(c.customFields);
    s.textOrNull(c.importBatchId);
    s.timestamp(c.createdAt);
    s.timestamp(c.updatedAt.isValid() ? c.updatedAt : c.createdAt);
    s.timestamp(c.deletedAt);
}

const TableSpec contactTagsSpec{"contact_tags", {"contact_id", "tag_id", "created_at"}};

void bindContactTag(RowSink &s, const ContactTagLink &link)
{
    s.text(link.contactId);
    s.text(link.tagId);
    s.timestamp(link.createdAt);
}

const TableSpec leadsSpec{
    "leads", {"id",        "contact_id",  "company_id",    "title",      "stage_id",       "stage_position", "status",
              "source",    "priority",    "value_cents",   "currency",   "expected_close", "owner_id",       "score",
              "closed_at", "lost_reason", "custom_fields", "created_at", "updated_at",     "deleted_at"}};

void bindLead(RowSink &s, const Domain::Lead &l)
{
    s.text(l.id);
    s.text(l.contactId);
    s.textOrNull(l.companyId);
    s.text(l.title);
    s.text(l.stageId);
    s.real(l.stagePosition);
    s.key(keyOf(l.status));
    s.key(keyOf(l.source));
    s.key(keyOf(l.priority));
    s.integer(l.valueCents);
    s.text(l.currency);
    s.timestamp(l.expectedClose);
    s.textOrNull(l.ownerId);
    s.integer(l.score);
    s.timestamp(l.closedAt);
    s.text(l.lostReason);
    s.jsonObject(l.customFields);
    s.timestamp(l.createdAt);
    s.timestamp(l.updatedAt.isValid() ? l.updatedAt : l.createdAt);
    s.timestamp(l.deletedAt);
}

const TableSpec activitiesSpec{"activities",
                               {"id", "type", "entity_type", "entity_id", "contact_id", "lead_id", "company_id",
                                "user_id", "subject", "body", "changes", "channel", "duration_seconds", "occurred_at",
                                "created_at", "updated_at", "deleted_at"}};

const char *entityKey(Domain::EntityType type)
{
    switch (type) {
    case Domain::EntityType::Contact:
        return "contact";
    case Domain::EntityType::Company:
        return "company";
    case Domain::EntityType::Lead:
        return "lead";
    case Domain::EntityType::Campaign:
        return "campaign";
    }
    return "contact";
}

void bindActivity(RowSink &s, const Domain::Activity &a)
{
    s.text(a.id);
    s.key(keyOf(a.type));
    s.key(entityKey(a.entityType));
    s.text(a.entityId);
    s.textOrNull(a.contactId);
    s.textOrNull(a.leadId);
    s.textOrNull(a.companyId);
    s.textOrNull(a.userId);
    s.text(a.subject);
    s.text(a.body);
    s.jsonObject(a.changes);
    a.channel ? s.key(keyOf(*a.channel)) : s.null();
    a.durationSeconds ? s.integer(*a.durationSeconds) : s.null();
    s.timestamp(a.occurredAt.isValid() ? a.occurredAt : a.createdAt);
    s.timestamp(a.createdAt);
    s.timestamp(a.createdAt);
    s.null();
}

const TableSpec importUpdatesSpec{"import_batch_updates", {"batch_id", "contact_id", "previous", "applied"}};

void bindImportUpdate(RowSink &s, const ImportUpdateRecord &r)
{
    s.text(r.batchId);
    s.text(r.contactId);
    s.jsonObject(r.previous);
    s.jsonObject(r.applied);
}

// ---- SQLite -------------------------------------------------------------------------

class SqliteSink final : public RowSink
{
public:
    sqlite3_stmt *stmt = nullptr;
    int index = 0;

    void text(const QString &value) override
    {
        ++index;
        if (value.isEmpty())
            sqlite3_bind_text(stmt, index, "", 0, SQLITE_STATIC);
        else // the row outlives the step, so SQLite may read the caller's UTF-16 in place
            sqlite3_bind_text16(stmt, index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    }
    void textOrNull(const QString &value) override
    {
        if (value.isEmpty())
            sqlite3_bind_null(stmt, ++index);
        else
            text(value);
    }
    void bytes(const QByteArray &utf8) override
    {
        sqlite3_bind_text(stmt, ++index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void key(const char *ascii) override { sqlite3_bind_text(stmt, ++index, ascii, -1, SQLITE_STATIC); }
    void integer(qint64 value) override { sqlite3_bind_int64(stmt, ++index, value); }
    void real(double value) override { sqlite3_bind_double(stmt, ++index, value); }
    void boolean(bool value) override { sqlite3_bind_int(stmt, ++index, value ? 1 : 0); }
    void null() override { sqlite3_bind_null(stmt, ++index); }
};

// Records a batch's rows, row after row, as SqliteSink would bind them.
class RecordingSink final : public RowSink
{
public:
    RecordedValues recorded;

    void text(const QString &value) override { recorded.text(value); }
    void textOrNull(const QString &value) override { value.isEmpty() ? null() : text(value); }
    void bytes(const QByteArray &utf8) override { recorded.bytes(utf8); }
    void key(const char *ascii) override { recorded.key(ascii); }
    void integer(qint64 value) override { recorded.integer(value); }
    void real(double value) override { recorded.real(value); }
    void boolean(bool value) override { integer(value ? 1 : 0); }
    void null() override { recorded.null(); }
};

// leadline_new_id(): a new time-ordered id, for rows SQL makes from other rows.
void newIdFunction(sqlite3_context *context, int, sqlite3_value **)
{
    char id[36];
    Domain::newIdInto(id);
    sqlite3_result_text(context, id, int(sizeof id), SQLITE_TRANSIENT);
}

// A batch's rows are moved into their table by one INSERT … SELECT from leadline_rows(), which
// reads them where they are in memory (RowFeed). Costs are paid per statement run, not per
// row, that way: FTS5 flushes its pending terms at every statement boundary inside a
// transaction (a trigger firing per single-row INSERT writes one tiny segment per row),
// CHECK (x IN (…)) lists are built into a lookup table once per run, and the cursors on the
// table and its indexes stay open. Measured here: 3.5x on contacts, 1.8x on activities
// against single-row INSERTs (through a staging table, which the feed since made redundant).
// INSERT OR FAIL: a row that breaks a constraint ends the statement and leaves the rows before
// it, and the batch's transaction is rolled back as a whole. With the default (ABORT), SQLite
// keeps a statement journal inside a transaction, a copy of every index page the statement
// touches: into 3M contacts, 150 MB a batch, growing with the table (without any index on an
// expression: see migration 0006).
struct SqliteTable
{
    sqlite3_stmt *move = nullptr;
    // One per foreign key: the first row whose parent row is missing. Run instead of SQLite's
    // own checks during deferred loads (see BulkWriter::Private::trustRows).
    struct ReferenceCheck
    {
        QByteArray column;
        QByteArray parent;
        int columnIndex = -1;
        sqlite3_stmt *orphan = nullptr;   // among the batch's rows
        sqlite3_stmt *parentOf = nullptr; // for a value all rows share
    };
    std::vector<ReferenceCheck> references;
    // Contacts only: BulkBatch::activityPerContact from the batch's contacts.
    sqlite3_stmt *activityPerContact = nullptr;

    ~SqliteTable()
    {
        for (sqlite3_stmt *stmt : {move, activityPerContact})
            sqlite3_finalize(stmt);
        for (const ReferenceCheck &check : references) {
            sqlite3_finalize(check.orphan);
            sqlite3_finalize(check.parentOf);
        }
    }
};

// ---- PostgreSQL ---------------------------------------------------------------------

class CopySink final : public RowSink
{
public:
    QByteArray buffer;
    bool firstField = true;

    void endRow()
    {
        buffer += '\n';
        firstField = true;
    }

    void text(const QString &value) override { raw(value.toUtf8()); }
    void textOrNull(const QString &value) override
    {
        if (value.isEmpty())
            null();
        else
            text(value);
    }
    void bytes(const QByteArray &utf8) override { raw(utf8); }
    void key(const char *ascii) override { raw(QByteArray::fromRawData(ascii, qsizetype(qstrlen(ascii)))); }
    void integer(qint64 value) override
    {
        separate();
        buffer += QByteArray::number(value);
    }
    void real(double value) override
    {
        separate();
        buffer += QByteArray::number(value, 'g', 17);
    }
    void boolean(bool value) override
    {
        separate();
        buffer += value ? 't' : 'f';
    }
    void null() override
    {
        separate();
        buffer += "\\N";
    }

private:
    void separate()
    {
        if (!firstField)
            buffer += '\t';
        firstField = false;
    }
    void raw(const QByteArray &utf8)
    {
        separate();
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                buffer += "\\\\";
                break;
            case '\t':
                buffer += "\\t";
                break;
            case '\n':
                buffer += "\\n";
                break;
            case '\r':
                buffer += "\\r";
                break;
            default:
                buffer += c;
            }
        }
    }
};

} // namespace

class BulkWriter::Private
{
public:
    std::shared_ptr<Database> database;
    std::array<std::unique_ptr<SqliteTable>, 6> sqliteTables;
    sqlite3 *preparedOn = nullptr;
    sqlite3 *tunedFor = nullptr; // the connection tuneForBulk() changed
    qint64 savedCacheSize = 0;
    qint64 savedMmapSize = 0;
    // A deferred load trusts its rows: SQLite's per-row checks cost more than the insert
    // itself (1M contacts: 3.2 s for the CHECK lists of the enum columns, which the writer
    // fills from the enums' own keys; foreign keys also stop SQLite from moving rows in bulk).
    // Both are off on this connection meanwhile, and write() checks each batch's references
    // with one query per foreign key instead.
    sqlite3 *trustedOn = nullptr;
    bool checkReferences = false;
    std::unique_ptr<SearchIndexBuilder> searchBuilder;
    bool deferring = false; // this writer began a deferred load and has not finished it
    std::unique_ptr<LoadLock> loadLock; // held from before the load is recorded until its record is gone
    bool emailIndexDeferred = false;
    sqlite3 *triggersOffOn = nullptr; // the connection deferEmailIndex() turned triggers off on

    // Turns the connection's triggers off or back on; false when it did not take.
    bool fireTriggers(sqlite3 *handle, bool fire)
    {
        if (fire && triggersOffOn != handle)
            return true;
        int state = -1;
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, fire ? 1 : 0, &state);
        triggersOffOn = fire || state != 0 ? nullptr : handle;
        return state == (fire ? 1 : 0);
    }
    Result finishWithBuiltSearchIndex();

    bool trustRows(sqlite3 *handle, bool trusted)
    {
        sqlite3_exec(handle,
                     trusted ? "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON"
                             : "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *stmt = nullptr;
        int enforced = 1;
        if (sqlite3_prepare_v2(handle, "PRAGMA foreign_keys", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            enforced = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
        // The foreign key pragma is a no-op inside a transaction: SQLite then keeps checking.
        trustedOn = trusted ? handle : nullptr;
        checkReferences = !enforced;
        return enforced == (trusted ? 0 : 1);
    }
    // False when the connection could not be made to check rows again (a transaction left
    // open on it); it then stays trusted, and write() keeps checking references.
    bool endTrust()
    {
        if (!trustedOn || database->sqliteHandle() != trustedOn) {
            trustedOn = nullptr;
            checkReferences = false;
            return true;
        }
        if (trustRows(trustedOn, false))
            return true;
        trustRows(trustedOn, true);
        return false;
    }

    // For the duration of the writer:
    // - Bulk inserts touch index pages all over the file; a bigger page cache saves re-reading
    //   them. 32 MB: with the lean contact indexes of migration 0005, larger caches measured
    //   no faster (1M imported rows: 17.2 s with 64 MB, 17.5 s with 128 MB, 18.6 s with
    //   256 MB; later 9.6–10.3 s with 64 MB, 9.9–10.1 s with 32 MB) and only cost memory.
    // - No memory-mapped reads: a load writes the pages it reads through the page cache
    //   anyway, so mapping them saved nothing (1M imported rows: 11.5 s either way, three
    //   runs each) and the mapped pages counted in the process's memory (130 MB at the peak).
    void tuneForBulk(sqlite3 *handle)
    {
        if (tunedFor == handle)
            return;
        savedCacheSize = pragmaValue(handle, "PRAGMA cache_size");
        savedMmapSize = pragmaValue(handle, "PRAGMA mmap_size");
        if (savedCacheSize < 0 && savedCacheSize > -32768)
            sqlite3_exec(handle, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        sqlite3_exec(handle, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
        tunedFor = handle;
    }

    void restoreTuning()
    {
        if (!tunedFor || database->sqliteHandle() != tunedFor)
            return;
        const QByteArray sql = "PRAGMA cache_size = " + QByteArray::number(savedCacheSize) +
                               "; PRAGMA mmap_size = " + QByteArray::number(savedMmapSize);
        sqlite3_exec(tunedFor, sql.constData(), nullptr, nullptr, nullptr);
        tunedFor = nullptr;
    }

    template <typename Row>
    Result writeRows(int slot, const TableSpec &spec, const QList<Row> &rows, void (*bind)(RowSink &, const Row &))
    {
        if (rows.isEmpty())
            return {};
        if (sqlite3 *handle = database->sqliteHandle())
            return writeSqlite(handle, slot, spec, rows, bind);
        if (pg_conn *handle = database->postgresHandle())
            return writePostgres(handle, spec, rows, bind);
        return Error(ErrorCode::Unsupported, tr("The database driver gives no native handle for bulk writing."));
    }

    Error sqliteError(sqlite3 *handle, const TableSpec &spec) const
    {
        const int code = sqlite3_extended_errcode(handle);
        const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
        if (DeferredIndexes::isEmailsHeld(text))
            return DeferredIndexes::emailsHeldError();
        if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error(ErrorCode::Conflict,
                         tr("A row for %1 repeats a unique value (an id or email) that already exists.")
                             .arg(QLatin1String(spec.table)),
                         text);
        return Error(ErrorCode::Database,
                     tr("The database refused rows for %1: %2").arg(QLatin1String(spec.table), text));
    }

    Expected<SqliteTable *> sqliteTable(sqlite3 *handle, int slot, const TableSpec &spec)
    {
        if (preparedOn != handle) { // another thread's connection or a reopened one
            for (auto &table : sqliteTables)
                table.reset();
            preparedOn = handle;
            sqlite3_create_function_v2(handle, "leadline_new_id", 0, SQLITE_UTF8, nullptr, &newIdFunction, nullptr,
                                       nullptr, nullptr);
        }
        if (sqliteTables[size_t(slot)])
            return sqliteTables[size_t(slot)].get();
        if (spec.columns.size() > size_t(RowFeed::kMaxColumns))
            return Error(ErrorCode::Unsupported, tr("Bulk rows of more than %1 columns are not supported.").arg(RowFeed::kMaxColumns));

        auto table = std::make_unique<SqliteTable>();
        auto prepare = [handle](const QByteArray &sql, sqlite3_stmt **stmt) {
            return sqlite3_prepare_v3(handle, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) ==
                   SQLITE_OK;
        };
        QByteArray fed; // the feed's columns in the table's order
        for (size_t i = 0; i < spec.columns.size(); ++i)
            fed += (i ? ", c" : "c") + QByteArray::number(qulonglong(i));
        if (!prepare(QByteArray("INSERT OR FAIL INTO main.\"") + spec.table + "\" (" + spec.columnList() + ") SELECT " + fed +
                         " FROM leadline_rows(?1) ORDER BY rowid",
                     &table->move))
            return sqliteError(handle, spec);

        sqlite3_stmt *keys = nullptr;
        if (!prepare(QByteArray("SELECT \"from\", \"table\", coalesce(\"to\", 'id') FROM pragma_foreign_key_list('") +
                         spec.table + "')",
                     &keys))
            return sqliteError(handle, spec);
        bool prepared = true;
        while (prepared && sqlite3_step(keys) == SQLITE_ROW) {
            SqliteTable::ReferenceCheck check;
            check.column = reinterpret_cast<const char *>(sqlite3_column_text(keys, 0));
            check.parent = reinterpret_cast<const char *>(sqlite3_column_text(keys, 1));
            const QByteArray parentColumn = reinterpret_cast<const char *>(sqlite3_column_text(keys, 2));
            for (size_t i = 0; i < spec.columns.size(); ++i)
                if (check.column == spec.columns[i])
                    check.columnIndex = int(i);
            const QByteArray value = "b.c" + QByteArray::number(check.columnIndex);
            prepared = check.columnIndex >= 0 &&
                       prepare("SELECT " + value + " FROM leadline_rows(?1) b WHERE " + value +
                                   " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.\"" + check.parent + "\" p WHERE p.\"" +
                                   parentColumn + "\" = " + value + ") LIMIT 1",
                               &check.orphan) &&
                       prepare("SELECT 1 FROM main.\"" + check.parent + "\" WHERE \"" + parentColumn + "\" = ?",
                               &check.parentOf);
            table->references.push_back(check);
        }
        sqlite3_finalize(keys);
        if (!prepared)
            return sqliteError(handle, spec);
        sqliteTables[size_t(slot)] = std::move(table);
        return sqliteTables[size_t(slot)].get();
    }

    Error orphanError(const TableSpec &spec, const SqliteTable::ReferenceCheck &check, const QString &value) const
    {
        return Error(ErrorCode::Database, tr("A row for %1 refers to %2 “%3”, which does not exist (column %4).")
                                              .arg(QLatin1String(spec.table), QLatin1String(check.parent), value,
                                                   QLatin1String(check.column)));
    }

    // Parent keys known to exist, per parent table, while no other connection commits
    // (PRAGMA data_version): a batch looks up only the values it has not met yet. A million
    // imported contacts checked 1.4M references, a lookup each; now each company, tag and
    // user about once. At most kKnownParentsAtMost keys a table are kept.
    static constexpr qsizetype kKnownParentsAtMost = 200000;
    QHash<QByteArray, QSet<QByteArray>> knownParents;
    qint64 knownAtDataVersion = -1;

    void forgetParentsIfOthersWrote(sqlite3 *handle)
    {
        const qint64 version = pragmaValue(handle, "PRAGMA data_version");
        if (version != knownAtDataVersion)
            knownParents.clear();
        knownAtDataVersion = version;
    }

    static QByteArray bytesOf(const RecordedValue &value)
    {
        return QByteArray::fromRawData(static_cast<const char *>(value.data), value.bytes);
    }

    Error missingParent(sqlite3 *handle, const TableSpec &spec, const SqliteTable::ReferenceCheck &check,
                        const RecordedValue &value, int stepped) const
    {
        if (stepped != SQLITE_DONE)
            return sqliteError(handle, spec);
        return orphanError(spec, check,
                           QString::fromUtf8(static_cast<const char *>(value.data), value.bytes));
    }

    // The references of the batch's rows: values met before are known; a few new ones are
    // looked up one by one, many with one query over the batch.
    Result verifyReferences(sqlite3 *handle, const TableSpec &spec, const SqliteTable &table, const RowFeed &feed,
                           const std::vector<RecordedValue> &values)
    {
        constexpr qsizetype kLookupsAtMost = 64;
        const size_t columns = spec.columns.size();
        for (const SqliteTable::ReferenceCheck &check : table.references) {
            QSet<QByteArray> &known = knownParents[check.parent];
            QSet<QByteArray> met;
            std::vector<const RecordedValue *> unknown;
            // Not text, or contacts (a load's contacts are rarely referred to by more than
            // its own batch, so remembering them costs more than it saves): the query checks.
            bool otherKeys = check.parent == "contacts";
            for (qsizetype r = 0; r < feed.rows && !otherKeys; ++r) {
                const RecordedValue &value = values[size_t(r) * columns + size_t(check.columnIndex)];
                otherKeys = value.kind != RecordedValue::Text8 && value.kind != RecordedValue::Null;
                if (value.kind != RecordedValue::Text8)
                    continue;
                const QByteArray bytes = bytesOf(value);
                if (known.contains(bytes) || met.contains(bytes))
                    continue;
                met.insert(QByteArray(bytes.constData(), bytes.size()));
                unknown.push_back(&value);
            }
            if (unknown.empty() && !otherKeys)
                continue;
            if (!otherKeys && qsizetype(unknown.size()) <= kLookupsAtMost) {
                for (const RecordedValue *value : unknown) {
                    value->bind(check.parentOf, 1);
                    const int found = sqlite3_step(check.parentOf);
                    sqlite3_reset(check.parentOf);
                    sqlite3_clear_bindings(check.parentOf);
                    if (found != SQLITE_ROW)
                        return missingParent(handle, spec, check, *value, found);
                }
            } else {
                if (RowFeed::bind(check.orphan, 1, &feed) != SQLITE_OK)
                    return sqliteError(handle, spec);
                const int found = sqlite3_step(check.orphan);
                const QString value =
                    found == SQLITE_ROW ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check.orphan, 0)))
                                        : QString();
                sqlite3_reset(check.orphan);
                sqlite3_clear_bindings(check.orphan);
                if (found == SQLITE_ROW)
                    return orphanError(spec, check, value);
                if (found != SQLITE_DONE)
                    return sqliteError(handle, spec);
            }
            if (known.size() + met.size() > kKnownParentsAtMost)
                known.clear();
            known.unite(met);
        }
        return {};
    }

    // The rows are recorded as they would be bound, then moved by one statement that reads
    // them from memory. afterMove: more rows made from the same feed.
    template <typename Row>
    Result writeSqlite(sqlite3 *handle, int slot, const TableSpec &spec, const QList<Row> &rows,
                       void (*bind)(RowSink &, const Row &),
                       const std::function<Result(SqliteTable &, const RowFeed &)> &afterMove = {})
    {
        auto table = sqliteTable(handle, slot, spec);
        if (!table)
            return table.error();
        SqliteTable *t = *table;
        const size_t columns = spec.columns.size();
        RecordingSink sink;
        std::vector<RecordedValue> &values = sink.recorded.values;
        values.reserve(size_t(rows.size()) * columns);
        for (const Row &row : rows)
            bind(sink, row);
        const RowFeed feed{values.data(), int(columns), rows.size()};
        if (checkReferences) {
            forgetParentsIfOthersWrote(handle);
            if (Result checked = verifyReferences(handle, spec, *t, feed, values); !checked)
                return checked;
        }
        if (RowFeed::bind(t->move, 1, &feed) != SQLITE_OK)
            return sqliteError(handle, spec);
        const int moved = sqlite3_step(t->move);
        sqlite3_reset(t->move);
        sqlite3_clear_bindings(t->move);
        Result result = moved == SQLITE_DONE ? Result() : Result(sqliteError(handle, spec));
        if (result && afterMove)
            result = afterMove(*t, feed);
        return result;
    }

    Result writeContacts(const BulkBatch &batch)
    {
        if (!batch.activityPerContact || batch.contacts.isEmpty())
            return writeRows(1, contactsSpec, batch.contacts, &bindContact);
        const Domain::Activity &activity = *batch.activityPerContact;
        if (sqlite3 *handle = database->sqliteHandle())
            return writeSqlite(handle, 1, contactsSpec, batch.contacts, &bindContact,
                               [&](SqliteTable &contacts, const RowFeed &feed) {
                                   return writeActivityPerContact(handle, contacts, feed, activity);
                               });
        if (Result written = writeRows(1, contactsSpec, batch.contacts, &bindContact); !written)
            return written;
        QList<Domain::Activity> activities;
        activities.reserve(batch.contacts.size());
        for (const Domain::Contact &contact : batch.contacts) {
            Domain::Activity perContact = activity;
            perContact.id = Domain::newId();
            perContact.entityType = Domain::EntityType::Contact;
            perContact.entityId = perContact.contactId = contact.id;
            activities.append(std::move(perContact));
        }
        return writeRows(4, activitiesSpec, activities, &bindActivity);
    }

    // One activity per contact of the feed, like the template but for its id, entity and contact.
    Result writeActivityPerContact(sqlite3 *handle, SqliteTable &contacts, const RowFeed &feed,
                                   const Domain::Activity &activity)
    {
        constexpr int kFeedParameter = 18; // after the 17 bindActivity() binds
        if (!contacts.activityPerContact) {
            // Numbered as bindActivity() binds them; the id, entity and contact are the row's own.
            const QByteArray sql = "INSERT OR FAIL INTO main.activities (" + activitiesSpec.columnList() +
                                   ") SELECT leadline_new_id(), ?2, 'contact', c0, c0, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                   "?14, ?15, ?16, ?17 FROM leadline_rows(?" + QByteArray::number(kFeedParameter) +
                                   ") ORDER BY rowid";
            if (sqlite3_prepare_v3(handle, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &contacts.activityPerContact,
                                   nullptr) != SQLITE_OK)
                return sqliteError(handle, activitiesSpec);
        }
        if (checkReferences && !activity.userId.isEmpty())
            if (Result known = userExists(handle, activity.userId); !known)
                return known;
        SqliteSink sink;
        sink.stmt = contacts.activityPerContact;
        bindActivity(sink, activity);
        const int rc = RowFeed::bind(contacts.activityPerContact, kFeedParameter, &feed) == SQLITE_OK
                           ? sqlite3_step(contacts.activityPerContact)
                           : SQLITE_ERROR;
        sqlite3_reset(contacts.activityPerContact);
        sqlite3_clear_bindings(contacts.activityPerContact);
        return rc == SQLITE_DONE ? Result() : Result(sqliteError(handle, activitiesSpec));
    }

    // The one reference of a per-contact activity that is not a contact of the batch.
    Result userExists(sqlite3 *handle, const QString &userId)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT 1 FROM main.users WHERE id = ?", -1, &stmt, nullptr) != SQLITE_OK)
            return sqliteError(handle, activitiesSpec);
        sqlite3_bind_text16(stmt, 1, userId.utf16(), int(userId.size() * 2), SQLITE_STATIC);
        const int found = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (found == SQLITE_ROW)
            return {};
        return Error(ErrorCode::Database, tr("A row for %1 refers to %2 “%3”, which does not exist (column %4).")
                                              .arg(QStringLiteral("activities"), QStringLiteral("users"), userId,
                                                   QStringLiteral("user_id")));
    }

    template <typename Row>
    Result writePostgres(pg_conn *handle, const TableSpec &spec, const QList<Row> &rows,
                         void (*bind)(RowSink &, const Row &))
    {
        const QByteArray sql = QByteArray("COPY ") + spec.table + " (" + spec.columnList() + ") FROM STDIN";
        PGresult *started = PQexec(handle, sql.constData());
        const ExecStatusType startStatus = PQresultStatus(started);
        PQclear(started);
        if (startStatus != PGRES_COPY_IN)
            return Error(ErrorCode::Database,
                         tr("The database refused to copy rows into %1: %2")
                             .arg(QLatin1String(spec.table), QString::fromUtf8(PQerrorMessage(handle)).trimmed()));
        CopySink sink;
        sink.buffer.reserve(1 << 20);
        bool sendFailed = false;
        for (const Row &row : rows) {
            bind(sink, row);
            sink.endRow();
            if (sink.buffer.size() >= (1 << 20)) {
                if (PQputCopyData(handle, sink.buffer.constData(), int(sink.buffer.size())) != 1) {
                    sendFailed = true;
                    break;
                }
                sink.buffer.clear();
            }
        }
        if (!sendFailed && !sink.buffer.isEmpty() &&
            PQputCopyData(handle, sink.buffer.constData(), int(sink.buffer.size())) != 1)
            sendFailed = true;
        PQputCopyEnd(handle, sendFailed ? "client failed to send rows" : nullptr);

        Result result;
        while (PGresult *res = PQgetResult(handle)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && result) {
                const QString text = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
                const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
                if (state && qstrcmp(state, "23505") == 0)
                    result = Error(ErrorCode::Conflict,
                                   tr("A row for %1 repeats a unique value (an id or email) that already exists.")
                                       .arg(QLatin1String(spec.table)),
                                   text);
                else
                    result = Error(ErrorCode::Database,
                                   tr("The database refused rows for %1: %2").arg(QLatin1String(spec.table), text));
            }
            PQclear(res);
        }
        return result;
    }
};

BulkWriter::BulkWriter(std::shared_ptr<Database> database)
    : d(std::make_unique<Private>())
{
    d->database = std::move(database);
}

namespace {
std::atomic<int> g_deferringWriters{0}; // writers of this process in the middle of a deferred load
} // namespace

BulkWriter::~BulkWriter()
{
    if (d->deferring) {
        --g_deferringWriters;
        if (d->loadLock) // unfinished: the record stays, and its free file says so
            d->loadLock->keepFile();
    }
    for (auto &table : d->sqliteTables)
        table.reset();
    if (d->triggersOffOn && d->database->sqliteHandle() == d->triggersOffOn)
        d->fireTriggers(d->triggersOffOn, true);
    d->endTrust();
    d->restoreTuning();
}

Result BulkWriter::write(const BulkBatch &batch)
{
    if (batch.rowCount() == 0)
        return {};
    // Parents a failed batch wrote (its companies) are rolled back with it.
    auto forgetOnFailure = qScopeGuard([this] { d->knownParents.clear(); });
    if (sqlite3 *handle = d->database->sqliteHandle())
        d->tuneForBulk(handle);
    Transaction transaction(*d->database, Transaction::Nesting::JoinOuter);
    if (!transaction.isActive())
        return transaction.error();
    if (Result r = d->writeRows(0, companiesSpec, batch.companies, &bindCompany); !r)
        return r;
    if (Result r = d->writeContacts(batch); !r)
        return r;
    if (Result r = d->writeRows(2, contactTagsSpec, batch.contactTags, &bindContactTag); !r)
        return r;
    if (Result r = d->writeRows(3, leadsSpec, batch.leads, &bindLead); !r)
        return r;
    if (Result r = d->writeRows(4, activitiesSpec, batch.activities, &bindActivity); !r)
        return r;
    if (Result r = d->writeRows(5, importUpdatesSpec, batch.importUpdates, &bindImportUpdate); !r)
        return r;
    Result committed = transaction.commit();
    if (committed)
        forgetOnFailure.dismiss();
    return committed;
}

Result BulkWriter::beginDeferredIndexing(const QStringList &keep, const QStringList &alsoDefer, SearchIndex search)
{
    const Database &db = *d->database;
    if (db.kind() != DatabaseKind::Sqlite)
        return {};
    for (const QString &name : keep)
        if (name.startsWith(QLatin1String("contacts_fts_")))
            return Error(ErrorCode::InvalidArgument, tr("A deferred load always defers the full-text index."));
    if (Result recovered = recoverInterruptedLoad(db); !recovered)
        return recovered;
    std::unique_ptr<LoadLock> lock;
    switch (LoadLock::acquire(db.location().sqlitePath, &lock)) {
    case LoadLock::Outcome::Acquired:
        break;
    case LoadLock::Outcome::HeldElsewhere:
        return {}; // another load runs: see below
    case LoadLock::Outcome::Unsupported:
        // Without the lock nobody could tell this load, once killed, from a running one.
        qWarning("Cannot lock %s: the load keeps every index in place.",
                 qPrintable(LoadLock::pathFor(db.location().sqlitePath)));
        return {};
    }
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // Another load runs (asked inside the write transaction, so two loads cannot both begin):
    // it would rebuild the indexes under this one's rows, or this one under its.
    auto busy = DeferredIndexes::pending(db);
    if (!busy)
        return busy.error();
    if (*busy)
        return {};
    QVariantList others;
    for (const QString &name : alsoDefer)
        others << name;
    const QStringList marks(qMax<qsizetype>(1, others.size()), QStringLiteral("?"));
    if (others.isEmpty())
        others << QString();
    auto objects = db.exec(
        QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
                       " (type = 'index' AND (tbl_name = 'contacts' OR name IN (%1)) AND sql NOT LIKE 'CREATE UNIQUE%')"
                       " OR (type = 'trigger' AND name IN ('contacts_fts_insert', 'contacts_fts_update', 'contacts_fts_delete')))")
            .arg(marks.join(QLatin1Char(','))),
        others);
    if (!objects)
        return objects.error();
    QStringList drops;
    QJsonArray definitions;
    while (objects->next()) {
        if (keep.contains(objects->value(1).toString()))
            continue;
        drops << (objects->value(0).toString() == QLatin1String("index") ? QStringLiteral("DROP INDEX \"%1\"")
                                                                         : QStringLiteral("DROP TRIGGER \"%1\""))
                     .arg(objects->value(1).toString());
        definitions.append(objects->value(2).toString());
    }
    objects->finish();
    const QVariant now = db.dialect().timestampToDb(QDateTime::currentDateTimeUtc());
    auto marked = db.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?), (?, ?, ?)"),
                          {DeferredIndexes::settingsKey(), QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)),
                           now, DeferredIndexes::ownerKey(), ProcessIdentity::thisProcess(), now});
    if (!marked)
        return marked.error();
    for (const QString &drop : std::as_const(drops))
        if (auto dropped = db.exec(drop); !dropped)
            return dropped.error();
    if (search == SearchIndex::BuildAlongside)
        for (const QString &create : SearchIndexBuilder::staleMarkingTriggers())
            if (auto created = db.exec(create); !created)
                return created.error();
    if (Result committed = transaction.commit(); !committed)
        return committed;
    d->deferring = true;
    d->loadLock = std::move(lock);
    ++g_deferringWriters;
    if (sqlite3 *handle = db.sqliteHandle())
        d->trustRows(handle, true);
    if (search == SearchIndex::BuildAlongside) {
        // Without it the index is rebuilt at the end, as it always can be.
        auto builder = SearchIndexBuilder::start(db.location().sqlitePath);
        if (builder)
            d->searchBuilder = std::move(*builder);
        else
            qWarning("%s", qPrintable(builder.error().toString()));
    }
    return {};
}

Expected<bool> BulkWriter::deferEmailIndex()
{
    const Database &db = *d->database;
    sqlite3 *handle = db.sqliteHandle();
    if (!handle || d->emailIndexDeferred)
        return d->emailIndexDeferred;
    // Only into this writer's own load: while another one runs, its record is not ours to add to.
    if (!d->deferring)
        return Error(ErrorCode::InvalidArgument, tr("The email index can only be deferred during a deferred bulk load."));
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto deferred = DeferredIndexes::deferEmailIndex(db);
    if (!deferred)
        return deferred.error();
    if (!*deferred || !d->fireTriggers(handle, false))
        return false; // rolled back: the index stays
    if (Result committed = transaction.commit(); !committed) {
        d->fireTriggers(handle, true);
        return committed.error();
    }
    d->emailIndexDeferred = true;
    return true;
}

bool BulkWriter::isEmailIndexDeferred() const
{
    return d->emailIndexDeferred;
}

Result BulkWriter::restoreEmailIndex()
{
    if (!d->emailIndexDeferred)
        return {};
    sqlite3 *handle = d->database->sqliteHandle();
    if (!handle || !sqlite3_get_autocommit(handle))
        return Error(ErrorCode::Database, tr("Cannot build the email index inside an open transaction."));
    const SortingForIndexes sorting(handle);
    Transaction transaction(*d->database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result restored = DeferredIndexes::restoreEmailIndex(*d->database); !restored)
        return restored;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    d->emailIndexDeferred = false;
    d->fireTriggers(handle, true);
    return {};
}

Result BulkWriter::finishDeferredIndexing()
{
    sqlite3 *handle = d->database->sqliteHandle();
    if (!handle || !d->deferring)
        return {};
    d->fireTriggers(handle, true);
    if (!d->endTrust()) {
        d->searchBuilder.reset(); // the load stays pending; the next open rebuilds everything
        return Error(ErrorCode::Database, tr("Cannot finish a bulk load inside an open transaction."));
    }
    d->emailIndexDeferred = false; // built with the others below
    d->deferring = false;
    --g_deferringWriters;
    const SortingForIndexes sorting(handle);
    if (d->searchBuilder) {
        // Rebuilt in place below when it cannot be installed; a load that changed contacts
        // (Conflict) is expected to end that way.
        if (Result installed = d->finishWithBuiltSearchIndex(); !installed && installed.error().code() != ErrorCode::Conflict)
            qWarning("%s", qPrintable(installed.error().toString()));
        d->searchBuilder.reset();
    }
    // What is left to do: everything, unless the built search index was installed. Should it
    // fail, the record stays for whoever opens the database next, which the lock no longer keeps.
    Result completed = completePendingLoad(*d->database, Whose::Own);
    if (!completed && d->loadLock)
        d->loadLock->keepFile();
    d->loadLock.reset();
    return completed;
}

Result BulkWriter::Private::finishWithBuiltSearchIndex()
{
    auto pending = DeferredIndexes::pending(*database);
    if (!pending)
        return pending.error();
    if (!*pending)
        return {};
    // The B-tree indexes on this connection while the builder indexes the last rows; then
    // the builder's connection swaps its index in and ends the load in one transaction.
    Transaction transaction(*database);
    if (!transaction.isActive())
        return transaction.error();
    if (Result created = DeferredIndexes::createIndexes(*database, **pending); !created)
        return created;
    if (Result committed = transaction.commit(); !committed)
        return committed;
    return searchBuilder->install(DeferredIndexes::endOfLoad(**pending));
}

bool BulkWriter::isDeferringIndexes() const
{
    return d->deferring;
}

bool BulkWriter::deferringInThisProcess()
{
    return g_deferringWriters.load() > 0;
}

Result BulkWriter::recoverInterruptedLoad(const Database &db)
{
    if (db.kind() != DatabaseKind::Sqlite)
        return {};
    auto live = DeferredIndexes::ownedByALiveProcess(db);
    if (!live)
        return live.error();
    if (*live)
        return {}; // a load in progress: its process finishes it
    if (Result completed = completePendingLoad(db, Whose::Abandoned); !completed)
        return completed;
    // The lock file of a load killed outright: taken and let go of, it is removed.
    if (const QString lockPath = LoadLock::pathFor(db.location().sqlitePath); QFileInfo::exists(lockPath)) {
        std::unique_ptr<LoadLock> abandoned;
        if (LoadLock::acquire(db.location().sqlitePath, &abandoned) == LoadLock::Outcome::Acquired)
            abandoned.reset();
    }
    return {};
}

Result BulkWriter::completePendingLoad(const Database &db, Whose whose)
{
    // Also when nothing is pending: a process can die between installing the index it built
    // and removing its scratch file.
    SearchIndexBuilder::removeLeftovers(db.location().sqlitePath);
    auto pending = DeferredIndexes::pending(db);
    if (!pending)
        return pending.error();
    if (!*pending)
        return {};

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (whose == Whose::Abandoned) {
        // Read again in the write transaction: the load looked at may have ended since, and
        // another begun.
        auto again = DeferredIndexes::pending(db);
        if (!again)
            return again.error();
        auto live = DeferredIndexes::ownedByALiveProcess(db);
        if (!live)
            return live.error();
        if (!*again || *live)
            return {};
        pending = std::move(again);
    }
    if (Result created = DeferredIndexes::createIndexes(db, **pending); !created)
        return created;
    // Rows written while the trigger was gone are not in the index, so it is filled again from
    // the table; FTS5's own 'rebuild' would take soft-deleted contacts in too, and the index
    // holds live ones only (migration 0004).
    if (auto cleared = db.exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('delete-all')")); !cleared)
        return Error(ErrorCode::Database, tr("Cannot rebuild the contact search index: %1").arg(cleared.error().message()));
    if (auto filled = db.exec(QString::fromUtf8(SearchIndexBuilder::fillStatement("main", "main")),
                              {qint64(0), std::numeric_limits<qint64>::max()});
        !filled)
        return Error(ErrorCode::Database, tr("Cannot rebuild the contact search index: %1").arg(filled.error().message()));
    for (const QString &sql : DeferredIndexes::endOfLoad(**pending))
        if (auto done = db.exec(sql); !done)
            return done.error();
    return transaction.commit();
}

Expected<QHash<QString, QString>> BulkWriter::ensureTags(const QStringList &names, const QDateTime &now,
                                                     QStringList *created, const QString &importBatchId)
{
    const Database &db = *d->database;
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QHash<QString, QString> ids;
    const QVariant stamp = db.dialect().timestampToDb(now);
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty() || ids.contains(trimmed))
            continue;
        auto found = db.exec(QStringLiteral("SELECT id FROM tags WHERE deleted_at IS NULL AND lower(name) = lower(?)"),
                             {trimmed});
        if (!found)
            return found.error();
        if (found->next()) {
            ids.insert(trimmed, found->value(0).toString());
            continue;
        }
        const QString id = Domain::newId();
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO tags (id, name, color, import_batch_id, created_at, updated_at) VALUES (?, ?, '', ?, ?, ?)"),
            {id, trimmed, importBatchId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(importBatchId), stamp,
             stamp});
        if (!inserted)
            return inserted.error();
        ids.insert(trimmed, id);
        if (created)
            *created << id;
    }
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

QByteArray BulkWriter::formatTimestamp(qint64 msecs)
{
    // Days to civil date (H. Hinnant's algorithm), valid for the proleptic Gregorian calendar.
    qint64 days = msecs >= 0 ? msecs / 86400000 : -((-msecs + 86399999) / 86400000);
    qint64 msOfDay = msecs - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    if (month <= 2)
        ++year;

    const int hour = int(msOfDay / 3600000);
    msOfDay %= 3600000;
    const int minute = int(msOfDay / 60000);
    msOfDay %= 60000;
    const int second = int(msOfDay / 1000);
    const int milli = int(msOfDay % 1000);

    char out[25];
    auto put = [&out](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            out[pos + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, hour, 2);
    out[13] = ':';
    put(14, minute, 2);
    out[16] = ':';
    put(17, second, 2);
    out[19] = '.';
    put(20, milli, 3);
    out[23] = 'Z';
    return QByteArray(out, 24);
}

} // namespace Leadline::Storage
