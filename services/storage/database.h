#pragma once

#include "services/core/expected.h"
#include "services/storage/databaselocation.h"
#include "services/storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadStorage>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct pg_conn;

namespace Leadline::Storage {

// One database (SQLite file or PostgreSQL server) shared by every service.
// Thread-safe: each thread gets its own Qt SQL connection, opened on first use and
// closed when the thread ends. Owned by the composition root through a shared_ptr.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::Database)
public:
    // Opens (creating the file or folder for SQLite) and checks a first connection.
    static Expected<std::shared_ptr<Database>> open(const DatabaseLocation &location);
    ~Database();

    const DatabaseLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return *m_dialect; }
    DatabaseKind kind() const { return m_location.kind; }

    // This thread's connection; check isOpen() or use exec(), which reports failures.
    QSqlDatabase connection() const;
    Result connectionStatus() const;

    // Runs one statement with positional (?) bindings on this thread's connection.
    Expected<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // In a write transaction, before contacts, companies or tags are looked up to be written:
    // waits for the imports' turn (SqlDialect::importTurn()), so that what is found still
    // holds when it is written, and an import's chunk does not meet a contact saved meanwhile.
    // As long as it takes, unless the transaction limits its waits (limitLockWaits()).
    Result takeImportTurn() const;
    // How long a write waits for another's lock before it gives up (SQLite's busy timeout).
    static constexpr int kBusyTimeoutMs = 10000;
    // In a write transaction someone waits for (a save in a window): on PostgreSQL, each of its
    // statements waits for another's locks at most kBusyTimeoutMs, as SQLite's busy timeout has
    // every write do (an undo of a big import holds its contacts and the turn for minutes).
    // A wait that long fails with a Conflict that says so.
    Result limitLockWaits() const;
    // Runs a prepared query once per row of bindings (bulk); stops at the first failure.
    Result execBatch(const QString &sql, const QList<QVariantList> &rows) const;
    // SQLite only: runs one statement over rows in memory, which it reads as
    // leadline_rows(?1) (see RowFeed); ?2, ?3, … take the parameters. Many rows in one
    // statement, without a staging table or a Qt SQL call per row. Rows of one width; values
    // are text, numbers, booleans (1/0) or null (a null QString too), as exec() binds them.
    Result execOverRows(const QString &sql, const QList<QVariantList> &rows, const QVariantList &parameters = {}) const;
    // Runs a multi-statement script through the native driver (migrations, setup).
    Result execScript(const QString &script) const;

    // Native handles for bulk paths; nullptr for the other kind.
    sqlite3 *sqliteHandle() const;
    pg_conn *postgresHandle() const;

    // Applies pending migrations, each in its own transaction. Returns the schema version.
    Expected<int> migrate() const;
    Expected<int> schemaVersion() const;

    // Translates a driver error into an Error (unique violations become Conflict).
    static Error errorFrom(const QSqlError &error, const QString &what);

private:
    explicit Database(const DatabaseLocation &location);
    Result configureConnection(QSqlDatabase &db) const;
    int &transactionDepth() const; // of this thread's connection
    friend class Transaction;

    struct ConnectionHandle;
    DatabaseLocation m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionPrefix;
    QString m_registeredFiles; // SQLite: its key in DatabaseFiles
    mutable QThreadStorage<ConnectionHandle *> m_connections;
};

// While it lives, this thread's SQLite connection reads through its page cache instead of
// mapping the file: for a pass over many rows at random places of a big database, whose mapped
// pages would all count as the process's memory (undoing a 1M-row import: 216 MB instead of
// 96 MB at the peak). Does nothing on PostgreSQL.
class UnmappedReads
{
    Q_DISABLE_COPY_MOVE(UnmappedReads)
public:
    explicit UnmappedReads(const Database &database);
    ~UnmappedReads();

private:
    sqlite3 *m_handle = nullptr;
    qint64 m_mmapSize = -1; // as it was; -1: unknown, left as set here
};

// A write transaction on this thread's connection; nests with savepoints.
// Rolls back on destruction unless commit() succeeded.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    // Inside another transaction: Savepoint rolls back only what was written since it began.
    // JoinOuter takes part in the outer transaction instead: commit() and rollback() do
    // nothing, and after a failure the outer transaction holds partial writes that its owner
    // must roll back. For bulk writes: SQLite keeps a copy of every page a savepoint changes
    // that existed before it (for a big load, most index pages, again for every savepoint).
    enum class Nesting { Savepoint, JoinOuter };
    explicit Transaction(const Database &database, Nesting nesting = Nesting::Savepoint);
    ~Transaction();

    // False (with error()) when BEGIN failed; nothing then may be written.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result commit();
    void rollback();

private:
    const Database &m_database;
    bool m_joined = false; // JoinOuter inside another transaction: no statement of its own
    QString m_savepoint;   // empty for the outermost transaction
    bool m_active = false;
    int *m_depthRef = nullptr; // nesting depth of this thread's connection
    Error m_error;
};

} // namespace Leadline::Storage
