#pragma once

#include "services/storage/databaselocation.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <memory>

namespace Leadline::Storage {

// Everything that differs between SQLite and PostgreSQL, in one place per driver.
// Stateless and thread-safe.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> create(DatabaseKind kind);

    virtual DatabaseKind kind() const = 0;
    virtual QString driverName() const = 0;       // Qt SQL driver
    virtual QString migrationsFolder() const = 0; // resource folder of NNNN_name.sql files

    // Write transactions: SQLite takes the write lock up front (BEGIN IMMEDIATE) so two
    // writers never deadlock on a lock upgrade.
    virtual QString beginWriteTransaction() const = 0;
    // Run in an import's write transaction before it looks contacts, companies and tags up:
    // imports then take turns, each seeing what the other committed. SQLite's write lock does
    // that already (empty); PostgreSQL takes a transaction-scoped advisory lock.
    virtual QString importTurn() const = 0;
    // Around migrating the schema, so that two processes opening a new database do not both
    // create its tables: a session-level advisory lock on PostgreSQL; SQLite's write lock suffices.
    virtual QString lockForMigrations() const = 0;
    virtual QString unlockAfterMigrations() const = 0;

    // Timestamps: UTC; SQLite stores ISO-8601 text with milliseconds, PostgreSQL timestamptz.
    virtual QVariant timestampToDb(const QDateTime &value) const = 0;
    virtual QDateTime timestampFromDb(const QVariant &value) const = 0;
    virtual QVariant boolToDb(bool value) const = 0;

    // A text column as a case-insensitive key, for sorting and matching; its index must use the
    // same expression. SQLite: the column under NOCASE, which folds ASCII letters only, as its
    // lower() does; an index on it is on a plain column (see migration 0006). PostgreSQL: lower().
    virtual QString caseInsensitive(const QString &column) const = 0;

    // Full-text search over contacts (alias c): a condition with one placeholder, and the
    // value to bind for what the user typed (every word a prefix; all words must match).
    // An empty value means "nothing searchable" (only punctuation was typed).
    virtual QString contactSearchCondition() const = 0;
    virtual QString contactSearchValue(const QString &userText) const = 0;

    // A JSON array stored in a column as text-compatible value.
    virtual QString jsonCast(const QString &placeholder) const = 0;
    // The keys of a column of JSON text that holds an object, for a FROM clause: "<rows> alias"
    // with a text column `key`. A value that is no object has none (on SQLite, neither has one
    // that is no valid JSON; PostgreSQL refuses to read that).
    virtual QString jsonObjectKeys(const QString &column, const QString &alias) const = 0;

    // Appended to a SELECT that claims work rows so concurrent workers skip locked ones.
    virtual QString skipLockedSuffix() const = 0;

    // "column IN (the values)" with the values bound as one parameter, inListValue(values):
    // Qt's SQLite driver looks each of n "?" up among all n, so thousands of them cost
    // seconds.
    virtual QString inList(const QString &column) const = 0;
    static QVariant inListValue(const QStringList &values);
    // The same values as rows, for a FROM clause: "<rows> AS alias" with one text column
    // `value`, bound to inListValue(values).
    virtual QString listRows(const QString &alias) const = 0;

    // Rows from one parameter, for a FROM clause: "<rows> AS alias" with the given columns,
    // as text, bound to the JSON text of an array of objects with those keys (a missing key
    // or null reads as NULL). Sends thousands of rows in one statement where a statement per
    // row would cost a round trip (PostgreSQL) or a fresh plan each.
    virtual QString jsonRecords(const QStringList &columns, const QString &alias) const = 0;

    // The words of a search text, as both dialects tokenise them (letters and digits).
    static QStringList searchWords(const QString &userText);
};

} // namespace Leadline::Storage
