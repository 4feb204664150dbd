#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Leadline::Storage {

// Builds the contact search index (contacts_fts) of a SQLite database file aside: on a
// connection and thread of its own, into a scratch file next to the database, from the
// live contacts as committed when it starts. The caller's connection meanwhile does other
// work (a bulk load's other indexes), then install() swaps the finished index in.
// Together 1M contacts: the 2 s of the full-text build overlap the 1.6 s of the other
// indexes, and installing it costs a copy of its tables.
// The index is FTS5's own: its shadow tables (_data, _idx, _docsize) are copied whole
// between two tables of identical definition, which FTS5 stores self-contained.
class SearchIndexBuild
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::SearchIndexBuild)
public:
    // Starts building; the database must have no write transaction open that holds
    // contacts the index should see.
    static Expected<std::unique_ptr<SearchIndexBuild>> start(const QString &databasePath);
    ~SearchIndexBuild(); // waits for the build; the scratch file is removed
    Q_DISABLE_COPY_MOVE(SearchIndexBuild)

    // Waits for the build, then replaces the database's index with it in one transaction
    // of this object's own connection. The caller's connection must not hold a write lock.
    Result install();

    // The rows the index is filled from: every live contact, as the triggers of migration
    // 0004 keep them (also used to rebuild the index in place).
    static const char *contentSelect();

private:
    SearchIndexBuild();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Storage
