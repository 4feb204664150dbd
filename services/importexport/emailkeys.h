#pragma once

#include "services/core/expected.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Leadline::Storage {
class Database;
}

namespace Leadline::ImportExport {

// Email addresses as the database compares them: the unique index of live contacts is on
// lower(email) (PostgreSQL) or email COLLATE NOCASE (SQLite, the same as its lower()), and
// neither is Qt's toLower(). SQLite folds ASCII letters only ("ÖZIL" and "Özil" are one
// address, "özil" another); PostgreSQL follows its locale.
// Keys worked out any other way miss stored contacts, or let a second contact take an
// address, which the index then refuses. Asked once per database; keys are computed here
// where its rules allow, by the database otherwise. Copyable and thread-safe to use.
class EmailKeys
{
public:
    static Expected<EmailKeys> probe(const Storage::Database &db);

    // The key, when it can be worked out here; nothing when the database must fold it.
    std::optional<QString> localKey(const QString &email) const;
    // The database's own lower() of each (empty addresses left out).
    static Expected<QHash<QString, QString>> foldedByDatabase(const Storage::Database &db, const QStringList &emails);
    // The key of each (local where it can be, by the database otherwise), by email.
    Expected<QHash<QString, QString>> keysOf(const Storage::Database &db, const QStringList &emails) const;

private:
    // SQLite: every key is ASCII-lowered. AsciiAsUsual (a UTF-8 locale): ASCII addresses
    // are, others the database folds. DatabaseOnly (e.g. a Turkish locale, where "I" does not
    // become "i"): the database folds all.
    enum class Folding { AsciiOnly, AsciiAsUsual, DatabaseOnly };
    explicit EmailKeys(Folding folding) : m_folding(folding) {}

    Folding m_folding;
};

} // namespace Leadline::ImportExport
