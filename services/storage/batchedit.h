#pragma once

#include "services/core/expected.h"

#include <QLatin1String>
#include <QStringList>
#include <QVariant>

#include <functional>

// Bulk edits of the services (delete, restore, tag, assign…) change a list of records all or nothing.
// Runs on the calling thread's connection of the database; the caller keeps ownership of everything passed in.
namespace Leadline::Storage {

class Database;

// One record of a bulk edit: true when it changed the record with that id, false when there was nothing to do,
// an error to roll the whole edit back.
using BatchStep = std::function<Expected<bool>(const QString &id)>;

// Runs step for every id inside one transaction. Once it has committed, returns the ids step changed, in order;
// on the first error everything is rolled back and that error returned.
Expected<QStringList> editEachInTransaction(const Database &database, const QStringList &ids, const BatchStep &step);

// Soft delete and restore of one row of table: the row stays for the history and for undo.
Result markDeleted(const Database &database, QLatin1String table, const QString &id, const QVariant &now);
Result markRestored(const Database &database, QLatin1String table, const QString &id, const QVariant &now);

} // namespace Leadline::Storage
