#include "services/storage/searchindexbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Leadline::Storage {

namespace {

// The loading thread is the one the import waits for; the index may trail it and catch up at
// the end. On two cores the loader, the parser and this thread compete for the cores: at the
// lowest priority this one took 0.5 s off a million imported contacts with phones (10.3 s →
// 9.8 s on average over six runs each).
void yieldToTheLoad()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, 0, 19); // on Linux, the calling thread alone
#endif
}

// The index's own tables, copied whole; its _config keeps the database's settings.
const char *const kShadowTables[] = {"contacts_fts_data", "contacts_fts_idx", "contacts_fts_docsize"};

// Rows per pass: short read transactions, so that the loading connection's checkpoints are
// never held back for long.
constexpr qint64 kRowsPerPass = 100000;
constexpr auto kIdleWait = std::chrono::milliseconds(100);

QString scratchPrefix(const QString &databasePath)
{
    return QFileInfo(databasePath).fileName() + QStringLiteral(".search-");
}

} // namespace

class SearchIndexBuilder::Private
{
public:
    QString databasePath;
    QString scratchPath;
    sqlite3 *connection = nullptr;
    sqlite3_stmt *top = nullptr;   // max(rowid) of contacts
    sqlite3_stmt *fill = nullptr;  // fillStatement() into the scratch
    sqlite3_stmt *stale = nullptr; // whether the index went stale
    qint64 indexedUpTo = 0;        // rowid
    std::thread worker;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    QString failure;        // the worker's, once it has stopped on an error
    bool staleSeen = false; // the worker stopped because the index went stale

    ~Private()
    {
        stop();
        for (sqlite3_stmt *stmt : {top, fill, stale})
            sqlite3_finalize(stmt);
        sqlite3_close(connection);
        if (!scratchPath.isEmpty())
            QFile::remove(scratchPath);
    }

    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(connection)); }

    QString exec(const QByteArray &sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(connection, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return text.isEmpty() ? QStringLiteral("unknown error") : text;
    }

    QString open()
    {
        if (sqlite3_open_v2(databasePath.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return lastError();
        sqlite3_busy_timeout(connection, 60000);
        sqlite3_stmt *attach = nullptr;
        if (sqlite3_prepare_v2(connection, "ATTACH ?1 AS scratch", -1, &attach, nullptr) != SQLITE_OK)
            return lastError();
        const QByteArray scratch = scratchPath.toUtf8();
        sqlite3_bind_text(attach, 1, scratch.constData(), int(scratch.size()), SQLITE_TRANSIENT);
        const int attached = sqlite3_step(attach);
        sqlite3_finalize(attach);
        if (attached != SQLITE_DONE)
            return lastError();
        // The scratch file is thrown away after a crash: no journal, no syncing. An 8 MB cache:
        // 32 MB built 1M contacts' index no faster alongside the load.
        if (QString error = exec("PRAGMA scratch.page_size = 16384; PRAGMA scratch.journal_mode = OFF; "
                                 "PRAGMA scratch.synchronous = OFF; PRAGMA scratch.cache_size = -8192");
            !error.isEmpty())
            return error;

        sqlite3_stmt *definition = nullptr;
        if (sqlite3_prepare_v2(connection, "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'contacts_fts'",
                               -1, &definition, nullptr) != SQLITE_OK)
            return lastError();
        QByteArray sql;
        if (sqlite3_step(definition) == SQLITE_ROW)
            sql = reinterpret_cast<const char *>(sqlite3_column_text(definition, 0));
        sqlite3_finalize(definition);
        const QByteArray head = "CREATE VIRTUAL TABLE contacts_fts";
        if (!sql.startsWith(head))
            return tr("The database has no contact search index to build.");
        sql.insert(qsizetype(qstrlen("CREATE VIRTUAL TABLE ")), "scratch.");
        if (QString error = exec(sql); !error.isEmpty())
            return error;
        // Segments are not merged as the load goes on (FTS5 still merges 16 of a level): merging
        // them again with every pass was a quarter of this thread's work, and searches measured
        // as fast on the index built so. The setting stays in the scratch file's _config table;
        // installing copies the index only.
        if (QString error = exec("INSERT INTO scratch.contacts_fts (contacts_fts, rank) VALUES ('automerge', 0)");
            !error.isEmpty())
            return error;

        const QByteArray staleSql = "SELECT 1 FROM main.settings WHERE key = '" + staleKey().toUtf8() + "'";
        if (sqlite3_prepare_v2(connection, "SELECT coalesce(max(rowid), 0) FROM main.contacts", -1, &top, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(connection, fillStatement("scratch", "main").constData(), -1, &fill, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(connection, staleSql.constData(), -1, &stale, nullptr) != SQLITE_OK)
            return lastError();
        return {};
    }

    // Whether the index went stale; an error text when that cannot be read.
    std::optional<QString> isStale(bool &answer)
    {
        const int rc = sqlite3_step(stale);
        sqlite3_reset(stale);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return lastError();
        answer = rc == SQLITE_ROW;
        return std::nullopt;
    }

    // Indexes up to kRowsPerPass (or all, for the last pass) of the contacts committed
    // since the last pass; inside the caller's transaction, if any. Returns the rows covered.
    Expected<qint64> indexCommitted(bool all)
    {
        const int found = sqlite3_step(top);
        const qint64 newest = found == SQLITE_ROW ? sqlite3_column_int64(top, 0) : 0;
        sqlite3_reset(top);
        if (found != SQLITE_ROW)
            return Error(ErrorCode::Database, lastError());
        if (newest <= indexedUpTo)
            return 0;
        const qint64 upTo = all ? newest : qMin(newest, indexedUpTo + kRowsPerPass);
        sqlite3_bind_int64(fill, 1, indexedUpTo);
        sqlite3_bind_int64(fill, 2, upTo);
        const int rc = sqlite3_step(fill);
        sqlite3_reset(fill);
        if (rc != SQLITE_DONE)
            return Error(ErrorCode::Database, lastError());
        const qint64 covered = upTo - indexedUpTo;
        indexedUpTo = upTo;
        return covered;
    }

    void follow()
    {
        while (true) {
            {
                std::unique_lock lock(mutex);
                if (stopping)
                    return;
            }
            // One transaction a pass: a consistent view of what was committed.
            QString error = exec("BEGIN");
            bool staleNow = false;
            qint64 covered = 0;
            if (error.isEmpty())
                if (auto failed = isStale(staleNow))
                    error = *failed;
            if (error.isEmpty() && !staleNow) {
                auto pass = indexCommitted(false);
                if (pass)
                    covered = *pass;
                else
                    error = pass.error().message();
            }
            const QString ended = exec(error.isEmpty() ? "COMMIT" : "ROLLBACK");
            if (error.isEmpty())
                error = ended;
            if (staleNow && error.isEmpty()) {
                std::unique_lock lock(mutex);
                staleSeen = true;
                return;
            }
            if (!error.isEmpty()) {
                std::unique_lock lock(mutex);
                failure = error;
                return;
            }
            if (covered == 0) {
                std::unique_lock lock(mutex);
                wake.wait_for(lock, kIdleWait, [this] { return stopping; });
            }
        }
    }

    void stop()
    {
        {
            std::unique_lock lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        if (worker.joinable())
            worker.join();
    }
};

SearchIndexBuilder::SearchIndexBuilder()
    : d(std::make_unique<Private>())
{
}

SearchIndexBuilder::~SearchIndexBuilder() = default;

Expected<std::unique_ptr<SearchIndexBuilder>> SearchIndexBuilder::start(const QString &databasePath)
{
    std::unique_ptr<SearchIndexBuilder> builder(new SearchIndexBuilder);
    Private &d = *builder->d;
    d.databasePath = databasePath;
    QTemporaryFile scratch(QFileInfo(databasePath).absolutePath() + QLatin1Char('/') + scratchPrefix(databasePath)
                           + QStringLiteral("XXXXXX"));
    if (!scratch.open())
        return Error(ErrorCode::Io, tr("Cannot create a scratch file for the search index next to %1: %2")
                                        .arg(databasePath, scratch.errorString()));
    scratch.setAutoRemove(false);
    d.scratchPath = scratch.fileName();
    scratch.close();
    if (QString error = d.open(); !error.isEmpty())
        return Error(ErrorCode::Database, tr("Cannot start building the search index: %1").arg(error));
    d.worker = std::thread([&d] {
        yieldToTheLoad();
        d.follow();
    });
    return builder;
}

Result SearchIndexBuilder::install(const QStringList &finally)
{
    d->stop();
    if (d->staleSeen)
        return Error(ErrorCode::Conflict, tr("Contacts were changed while they were being loaded."));
    if (!d->failure.isEmpty())
        return Error(ErrorCode::Database, tr("The search index built alongside the load is not usable: %1").arg(d->failure));
    const auto fail = [this](const QString &error) -> Result {
        (void)d->exec("ROLLBACK");
        return Error(ErrorCode::Database, tr("Cannot install the search index built alongside the load: %1").arg(error));
    };
    // The write lock first: nobody changes contacts between the last look and the swap.
    if (QString error = d->exec("BEGIN IMMEDIATE"); !error.isEmpty())
        return fail(error);
    bool stale = false;
    if (auto error = d->isStale(stale))
        return fail(*error);
    if (stale) {
        (void)d->exec("ROLLBACK");
        return Error(ErrorCode::Conflict, tr("Contacts were changed while they were being loaded."));
    }
    if (auto last = d->indexCommitted(true); !last)
        return fail(last.error().message());
    for (const char *table : kShadowTables) {
        const QByteArray copy = QByteArray("DELETE FROM main.") + table + "; INSERT INTO main." + table +
                                " SELECT * FROM scratch." + table;
        if (QString error = d->exec(copy); !error.isEmpty())
            return fail(error);
    }
    for (const QString &statement : finally)
        if (QString error = d->exec(statement.toUtf8()); !error.isEmpty())
            return fail(error);
    if (QString error = d->exec("COMMIT"); !error.isEmpty())
        return fail(error);
    return {};
}

QByteArray SearchIndexBuilder::fillStatement(const char *intoSchema, const char *fromSchema)
{
    // What the triggers of migration 0004 index: live contacts, other emails and phones with
    // the primary ones.
    return QByteArray("INSERT INTO ") + intoSchema +
           ".contacts_fts (rowid, first_name, last_name, email, phone, company_name) "
           "SELECT rowid, first_name, last_name, coalesce(email, '') || ' ' || other_emails, "
           "coalesce(phone, '') || ' ' || other_phones, company_name FROM " +
           fromSchema + ".contacts WHERE rowid > ?1 AND rowid <= ?2 AND deleted_at IS NULL ORDER BY rowid";
}

QString SearchIndexBuilder::staleKey()
{
    return QStringLiteral("storage.search_index_stale");
}

QStringList SearchIndexBuilder::staleMarkingTriggers()
{
    const QString mark = QStringLiteral(" ON contacts BEGIN INSERT OR REPLACE INTO settings (key, value, updated_at) "
                                        "VALUES ('%1', '1', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END")
                             .arg(staleKey());
    return {QStringLiteral("CREATE TRIGGER contacts_search_stale_update AFTER UPDATE OF first_name, last_name, email, "
                           "other_emails, phone, other_phones, company_name, deleted_at")
                + mark,
            QStringLiteral("CREATE TRIGGER contacts_search_stale_delete AFTER DELETE") + mark};
}

QStringList SearchIndexBuilder::dropStaleMarkingTriggers()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS contacts_search_stale_update"),
            QStringLiteral("DROP TRIGGER IF EXISTS contacts_search_stale_delete"),
            QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(staleKey())};
}

void SearchIndexBuilder::removeLeftovers(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    QDir folder = info.absoluteDir();
    for (const QString &name : folder.entryList({scratchPrefix(databasePath) + QLatin1Char('*')}, QDir::Files))
        folder.remove(name);
}

} // namespace Leadline::Storage
