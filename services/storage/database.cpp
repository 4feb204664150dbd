#include "services/storage/database.h"

#include "services/storage/databasefiles.h"
#include "services/storage/deferredindexes.h"

#include "services/storage/rowfeed.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <atomic>
#include <limits>
#include <mutex>

namespace Leadline::Storage {

// Removes this thread's connection when the thread ends (QThreadStorage deletes it).
struct Database::ConnectionHandle
{
    QString name;
    int transactionDepth = 0;
    ~ConnectionHandle()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

namespace {

std::atomic<int> s_instanceCounter{0};

QString describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}

} // namespace

Database::Database(const DatabaseLocation &location)
    : m_location(location)
    , m_dialect(SqlDialect::create(location.kind))
    , m_connectionPrefix(QStringLiteral("leadline-%1-").arg(s_instanceCounter.fetch_add(1)))
{
}

Database::~Database()
{
    if (!m_registeredFiles.isEmpty())
        DatabaseFiles::remove(m_registeredFiles);
    // Close this thread's connection now; other threads close theirs when they end.
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

namespace {

// Process-wide SQLite settings, before the library initialises (a no-op afterwards). Debian
// builds it with memory statistics on, which put a global mutex around every allocation
// (and without lookaside memory, rows allocate a lot): nothing here reads them.
void configureSqliteLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

// A file that is there and is no SQLite database (a spreadsheet given as --db by mistake):
// said in words, before SQLite says "file is not a database" of its first statement.
Result refuseOtherFile(const QString &path)
{
    // Not a file this process has open already: closing a descriptor of it would let go of
    // SQLite's locks (see DatabaseFiles).
    if (DatabaseFiles::contains(path))
        return {};
    QFile file(path);
    if (!file.exists() || file.size() == 0 || !file.open(QIODevice::ReadOnly))
        return {}; // made, or SQLite says why it cannot be read
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) == magic)
        return {};
    return Error(ErrorCode::InvalidArgument,
                 Database::tr("%1 is not a Leadline database: it is no SQLite database file. Give the path of a "
                              "database, or of a file to make one.")
                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace

Expected<std::shared_ptr<Database>> Database::open(const DatabaseLocation &location)
{
    configureSqliteLibrary();
    if (location.kind == DatabaseKind::Sqlite) {
        const QFileInfo info(location.sqlitePath);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(ErrorCode::Io, tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        if (Result isDatabase = refuseOtherFile(location.sqlitePath); !isDatabase)
            return isDatabase.error();
    }
    std::shared_ptr<Database> database(new Database(location));
    if (location.kind == DatabaseKind::Sqlite) // before its first connection takes a lock
        database->m_registeredFiles = DatabaseFiles::add(location.sqlitePath);
    if (Result status = database->connectionStatus(); !status)
        return status.error();
    return database;
}

QSqlDatabase Database::connection() const
{
    // Qt reuses the slot of a destroyed QThreadStorage, so a long-lived thread (a pool thread)
    // may still hold the handle of an earlier Database here: never use another database's
    // connection.
    if (m_connections.hasLocalData() && !m_connections.localData()->name.startsWith(m_connectionPrefix))
        m_connections.setLocalData(nullptr);
    if (!m_connections.hasLocalData()) {
        auto *handle = new ConnectionHandle;
        handle->name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
        m_connections.setLocalData(handle);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), handle->name);
        if (m_location.kind == DatabaseKind::Sqlite) {
            db.setDatabaseName(m_location.sqlitePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        } else {
            db.setHostName(m_location.host);
            db.setPort(m_location.port);
            db.setDatabaseName(m_location.databaseName);
            db.setUserName(m_location.userName);
            db.setPassword(m_location.password);
            db.setConnectOptions(m_location.connectOptions);
        }
        if (db.open())
            (void)configureConnection(db);
        return db;
    }
    return QSqlDatabase::database(m_connections.localData()->name, false);
}

int &Database::transactionDepth() const
{
    (void)connection();
    return m_connections.localData()->transactionDepth;
}

Result Database::connectionStatus() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error(ErrorCode::Database, tr("Cannot open the database %1: %2")
                                              .arg(m_location.displayName(), describe(db.lastError())));
    return {};
}

Result Database::configureConnection(QSqlDatabase &db) const
{
    QStringList statements;
    if (m_location.kind == DatabaseKind::Sqlite) {
        // page_size only takes effect on a new, empty file: 16 KB pages make bulk loads and index
        // builds ~20% faster than the 4 KB default (1M demo contacts: 67 s -> 53 s).
        statements = {QStringLiteral("PRAGMA page_size = 16384"),
                      QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
                      QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
                      QStringLiteral("PRAGMA cache_size = -32768"), QStringLiteral("PRAGMA mmap_size = 268435456")};
    } else {
        statements = {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = warning")};
    }
    // Registered once, with the connection: registering it again would drop it under the
    // statements prepared on it.
    if (const QVariant native = db.driver()->handle(); native.isValid() && qstrcmp(native.typeName(), "sqlite3*") == 0)
        if (!RowFeed::registerOn(*static_cast<sqlite3 *const *>(native.data())))
            return Error(ErrorCode::Database, tr("Cannot set up the connection to %1.").arg(m_location.displayName()));
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql);
    }
    return {};
}

Result Database::takeImportTurn() const
{
    if (const QString turn = dialect().importTurn(); !turn.isEmpty())
        if (auto taken = exec(turn); !taken)
            return taken.error();
    return {};
}

Result Database::limitLockWaits() const
{
    if (kind() != DatabaseKind::PostgreSql)
        return {};
    if (auto limited = exec(QStringLiteral("SET LOCAL lock_timeout = '%1ms'").arg(kBusyTimeoutMs)); !limited)
        return limited.error();
    return {};
}

Expected<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return connectionStatus().error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return errorFrom(query.lastError(), sql);
    return query;
}

Result Database::execBatch(const QString &sql, const QList<QVariantList> &rows) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return connectionStatus();
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql);
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            query.bindValue(i, row.at(i));
        if (!query.exec())
            return errorFrom(query.lastError(), sql);
    }
    return {};
}

Result Database::execScript(const QString &script) const
{
    if (Result status = connectionStatus(); !status)
        return status;
    const QByteArray utf8 = script.toUtf8();
    if (sqlite3 *handle = sqliteHandle()) {
        char *message = nullptr;
        if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return Error(ErrorCode::Database, tr("The database refused a script: %1").arg(text));
        }
        return {};
    }
    if (pg_conn *handle = postgresHandle()) {
        PGresult *result = PQexec(handle, utf8.constData());
        const ExecStatusType status = PQresultStatus(result);
        const QString text = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
            return Error(ErrorCode::Database, tr("The database refused a script: %1").arg(text));
        return {};
    }
    return Error(ErrorCode::Unsupported, tr("The database driver gives no native handle."));
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_location.kind != DatabaseKind::Sqlite)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

pg_conn *Database::postgresHandle() const
{
    if (m_location.kind != DatabaseKind::PostgreSql)
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return *static_cast<pg_conn *const *>(handle.data());
    qWarning("Unexpected PostgreSQL handle type %s", handle.typeName());
    return nullptr;
}

Expected<int> Database::schemaVersion() const
{
    auto query = exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!query)
        return 0; // no table yet: nothing applied
    return query->next() ? query->value(0).toInt() : 0;
}

Expected<int> Database::migrate() const
{
    if (const QString lock = m_dialect->lockForMigrations(); !lock.isEmpty())
        if (auto locked = exec(lock); !locked)
            return locked.error();
    const auto unlocked = qScopeGuard([this] {
        if (const QString unlock = m_dialect->unlockAfterMigrations(); !unlock.isEmpty())
            (void)exec(unlock);
    });
    // Another program's SQLite file (given by mistake) does not get Leadline's tables added:
    // it has tables, and none of them is Leadline's record of its migrations.
    if (kind() == DatabaseKind::Sqlite) {
        auto tables =
            exec(QStringLiteral("SELECT count(*), coalesce(sum(name = 'schema_migrations'), 0) FROM sqlite_master "
                                "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        if (!tables)
            return tables.error();
        if (tables->next() && tables->value(0).toLongLong() > 0 && tables->value(1).toLongLong() == 0)
            return Error(ErrorCode::InvalidArgument,
                         tr("%1 is the database of another program: it has tables, but none of Leadline's. Give the "
                            "path of a Leadline database, or of a file to make one.")
                             .arg(QDir::toNativeSeparators(m_location.sqlitePath)));
    }
    auto created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!created)
        return created.error();
    // Every file not recorded yet is applied, in order: a migration merged from another
    // branch with a lower number than the newest applied one is not skipped.
    auto versions = exec(QStringLiteral("SELECT version FROM schema_migrations"));
    if (!versions)
        return versions.error();
    QSet<int> appliedVersions;
    while (versions->next())
        appliedVersions.insert(versions->value(0).toInt());

    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([\\w-]+)\\.sql$"));
    const QDir folder(m_dialect->migrationsFolder());
    const QStringList files = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error(ErrorCode::Unknown, tr("No database migrations are built in (%1).").arg(folder.path()));

    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            return Error(ErrorCode::Unknown, tr("The migration file name %1 is not NNNN_name.sql.").arg(file));
        const int fileVersion = match.captured(1).toInt();
        if (appliedVersions.contains(fileVersion))
            continue;
        QFile source(folder.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read the migration %1.").arg(file));

        Transaction transaction(*this);
        if (!transaction.isActive())
            return transaction.error();
        // Another process opening the database may have applied it meanwhile (SQLite: until
        // this transaction took the write lock).
        auto already = exec(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {fileVersion});
        if (!already)
            return already.error();
        if (already->next())
            continue;
        already->finish();
        if (Result applied = execScript(QString::fromUtf8(source.readAll())); !applied)
            return Error(ErrorCode::Database, tr("Migration %1 failed: %2").arg(file, applied.error().message()));
        auto recorded = exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                             {fileVersion, match.captured(2),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        if (!recorded)
            return recorded.error();
        if (Result committed = transaction.commit(); !committed)
            return committed.error();
        appliedVersions.insert(fileVersion);
    }
    return schemaVersion();
}

namespace {

// Records a value as a RowFeed or a binding holds it, NULL where Qt SQL binds NULL (a null
// string too); nothing but what SQLite stores as text, integer or real.
Result record(const QVariant &value, RecordedValues &into)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())) {
        into.null();
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::ULongLong:
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            break; // SQLite has no larger integer: refused below
        [[fallthrough]];
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        into.integer(value.toLongLong());
        return {};
    case QMetaType::Float:
    case QMetaType::Double:
        into.real(value.toDouble());
        return {};
    case QMetaType::QString:
        into.text(*static_cast<const QString *>(value.constData()));
        return {};
    default:
        break;
    }
    return Error(ErrorCode::InvalidArgument,
                 Database::tr("Rows in memory hold text and numbers only, not %1.").arg(QLatin1String(value.typeName())));
}

} // namespace

Result Database::execOverRows(const QString &sql, const QList<QVariantList> &rows, const QVariantList &parameters) const
{
    sqlite3 *handle = sqliteHandle();
    if (!handle)
        return Error(ErrorCode::InvalidArgument, tr("Rows in memory are read by SQLite statements only."));
    const qsizetype columns = rows.isEmpty() ? 0 : rows.constFirst().size();
    if (columns > RowFeed::kMaxColumns)
        return Error(ErrorCode::InvalidArgument, tr("Too many columns for rows in memory: %1.").arg(columns));
    RecordedValues values;
    values.values.reserve(size_t(rows.size() * columns));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (rows.at(r).size() != columns)
            return Error(ErrorCode::InvalidArgument, tr("Row %1 in memory has %2 values instead of %3.")
                                                         .arg(r + 1)
                                                         .arg(rows.at(r).size())
                                                         .arg(columns));
        for (const QVariant &value : rows.at(r))
            if (Result recorded = record(value, values); !recorded)
                return recorded;
    }
    RecordedValues bound;
    for (const QVariant &value : parameters)
        if (Result recorded = record(value, bound); !recorded)
            return recorded;
    const RowFeed feed{values.values.data(), int(columns), rows.size()};

    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const auto failure = [&] {
        return errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                                   QString::number(sqlite3_extended_errcode(handle))),
                         sql);
    };
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return failure();
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    if (sqlite3_bind_parameter_count(stmt) != int(bound.values.size()) + 1)
        return Error(ErrorCode::InvalidArgument, tr("The statement takes %1 values besides the rows, not %2.")
                                                     .arg(sqlite3_bind_parameter_count(stmt) - 1)
                                                     .arg(bound.values.size()));
    if (RowFeed::bind(stmt, 1, &feed) != SQLITE_OK)
        return failure();
    for (size_t i = 0; i < bound.values.size(); ++i)
        bound.values[i].bind(stmt, int(i) + 2);
    int step = SQLITE_ROW;
    while (step == SQLITE_ROW)
        step = sqlite3_step(stmt);
    if (step != SQLITE_DONE)
        return failure();
    return {};
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    const QString text = describe(error);
    const QString code = error.nativeErrorCode();
    // SQLite: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 PRIMARYKEY; PostgreSQL: SQLSTATE 23505.
    const bool unique = code == QLatin1String("2067") || code == QLatin1String("1555") || code == QLatin1String("23505")
                        || text.contains(QLatin1String("UNIQUE constraint failed"));
    if (unique)
        return Error(ErrorCode::Conflict, tr("A record with the same unique value already exists."), text);
    // PostgreSQL: 55P03 lock_not_available (a lock_timeout, as limitLockWaits() sets one).
    if (code == QLatin1String("55P03"))
        return Error(ErrorCode::Conflict,
                     tr("Another change (an import, or an undo of one) holds what this one needs, for longer than "
                        "%1 seconds; nothing was saved. Try again in a moment.")
                         .arg(kBusyTimeoutMs / 1000),
                     text);
    if (DeferredIndexes::isEmailsHeld(text))
        return DeferredIndexes::emailsHeldError();
    return Error(ErrorCode::Database, tr("The database reported an error: %1").arg(text), what.left(200));
}

UnmappedReads::UnmappedReads(const Database &database)
    : m_handle(database.sqliteHandle())
{
    if (!m_handle)
        return;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA mmap_size", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        m_mmapSize = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_exec(m_handle, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
}

UnmappedReads::~UnmappedReads()
{
    if (!m_handle || m_mmapSize < 0)
        return;
    const QByteArray restore = "PRAGMA mmap_size = " + QByteArray::number(m_mmapSize);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
}

Transaction::Transaction(const Database &database, Nesting nesting)
    : m_database(database)
{
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        m_error = database.connectionStatus().error();
        return;
    }
    // The depth lives with the connection, so nesting works across services on one thread.
    int &depthRef = database.transactionDepth();
    const int depth = depthRef;
    if (depth > 0 && nesting == Nesting::JoinOuter) {
        m_joined = true;
        m_active = true;
        return;
    }
    const QString sql = depth == 0 ? database.dialect().beginWriteTransaction()
                                   : QStringLiteral("SAVEPOINT sp_%1").arg(depth);
    auto begun = database.exec(sql);
    if (!begun) {
        m_error = begun.error();
        return;
    }
    if (depth > 0)
        m_savepoint = QStringLiteral("sp_%1").arg(depth);
    depthRef = depth + 1;
    m_active = true;
    m_depthRef = &depthRef;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result Transaction::commit()
{
    if (!m_active)
        return m_error.code() == ErrorCode::Unknown && m_error.message().isEmpty()
                   ? Result(Error(ErrorCode::Database, Database::tr("The transaction is no longer active.")))
                   : Result(m_error);
    if (m_joined) {
        m_active = false;
        return {};
    }
    const QString sql = m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint;
    auto done = m_database.exec(sql);
    if (!done) {
        rollback();
        return done.error();
    }
    m_active = false;
    --*m_depthRef;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_joined) {
        m_active = false; // the outer transaction's owner rolls back
        return;
    }
    if (m_savepoint.isEmpty()) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_database.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        (void)m_database.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    m_active = false;
    --*m_depthRef;
}

} // namespace Leadline::Storage
