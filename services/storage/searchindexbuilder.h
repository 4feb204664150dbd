#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Leadline::Storage {

// Builds the contact search index (contacts_fts) of a SQLite database while a bulk load
// fills the contacts table, on a thread and connection of its own, into a scratch file next
// to the database: each pass indexes the live contacts committed since the previous one.
// Finishing the load then installs the index instead of building it on the loading
// connection (1M contacts: 2 s of full-text indexing overlap the load; installing is a copy).
//
// Only inserts can be followed. The load's deferred-indexing step (BulkWriter) puts triggers
// on contacts that mark the index stale when a contact is updated or deleted meanwhile, by
// anyone; install() then refuses and the caller rebuilds the index in place as before.
// The index is FTS5's own: its shadow tables (_data, _idx, _docsize) are copied whole
// between two tables of identical definition, which FTS5 stores self-contained.
class SearchIndexBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::SearchIndexBuilder)
public:
    // Starts following the database at databasePath; its stale-marking triggers must be in
    // place already.
    static Expected<std::unique_ptr<SearchIndexBuilder>> start(const QString &databasePath);
    ~SearchIndexBuilder(); // stops; the scratch file is removed
    Q_DISABLE_COPY_MOVE(SearchIndexBuilder)

    // Stops following, then in one write transaction of its own connection: indexes what was
    // committed since, replaces the database's index with the built one and runs `finally`
    // (statements that end the load). Nothing changes when it fails, also when the index
    // went stale (a Conflict error). The caller's connection must not hold the write lock.
    Result install(const QStringList &finally);

    // The statement that fills the index from the live contacts of `fromSchema` with rowids
    // above ?1 and up to ?2 (also used to rebuild the index in place).
    static QByteArray fillStatement(const char *intoSchema, const char *fromSchema);
    // The triggers that mark the index stale, and the settings key they set.
    static QStringList staleMarkingTriggers();
    static QStringList dropStaleMarkingTriggers();
    static QString staleKey();
    // Scratch files an interrupted load left next to the database.
    static void removeLeftovers(const QString &databasePath);

private:
    SearchIndexBuilder();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Storage
