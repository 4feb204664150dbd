#pragma once

#include "services/core/expected.h"
#include "services/importexport/contactcolumns.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

namespace Leadline::Storage {
class Database;
class StatementCache;
} // namespace Leadline::Storage

namespace Leadline::ImportExport {

// The changes an import chunk makes to contacts stored before it, collected row by row and
// written together at the end of the chunk, in its transaction.
// One UPDATE … FROM for each set of changed columns, not one per contact (see write() for the
// exception): the full-text index flushes its pending entries at the start of every
// statement, so on SQLite an UPDATE per contact left a segment per contact to merge. SQLite
// reads the values from memory (Database::execOverRows; staging them in a temporary table
// first, a statement per contact, cost a third more), PostgreSQL from one JSON parameter: a
// statement per contact cost a round trip.
class StoredContactUpdates
{
public:
    // Values in their database form (valueToDb). A later change of the same contact is
    // merged into the earlier one, its values winning, as if both were run in order.
    void add(const QString &contactId, const QMap<ContactColumn, QVariant> &values);
    bool isEmpty() const { return m_updates.isEmpty(); }

    // Writes them all, setting updated_at to now, and forgets them.
    Result write(const Storage::Database &database, Storage::StatementCache &statements, const QVariant &now);

private:
    struct Update
    {
        QString contactId;
        QMap<ContactColumn, QVariant> values;
    };
    // Updates that change the same columns, in the order of their first contact.
    struct Shape
    {
        QList<ContactColumn> columns;
        QList<qsizetype> updates; // indexes into m_updates
    };
    QList<Shape> shapes() const;
    Result releaseChangedEmails(const Storage::Database &database) const;
    Result writeFromRows(const Storage::Database &database, const Shape &shape, const QVariant &now);
    Result writeFromJson(const Storage::Database &database, const Shape &shape, const QVariant &now);
    Result writeOne(const Storage::Database &database, Storage::StatementCache &statements, const Update &update,
                    const QVariant &now);

    // Contacts sharing a set of changed columns from which SQLite stages them.
    static constexpr qsizetype kMinStaged = 16;

    QList<Update> m_updates;
    QHash<QString, qsizetype> m_indexOf; // contact id → m_updates
};

} // namespace Leadline::ImportExport
