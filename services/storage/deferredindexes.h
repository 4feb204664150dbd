#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Leadline::Storage {

class Database;

// What a deferred bulk load (BulkWriter::beginDeferredIndexing()) dropped, recorded in the
// settings table in the same transaction as the drop, so that the definitions survive a
// crash; and how the load ends: indexes built again, triggers restored, record removed.
// SQLite only.
class DeferredIndexes
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Storage::DeferredIndexes)
public:
    static const QString &settingsKey();
    // The process that runs the load (ProcessIdentity): while it lives (it holds the LoadLock),
    // nobody else may finish the load for it, nor start another one.
    static const QString &ownerKey();
    static Expected<bool> ownedByALiveProcess(const Database &db);
    // Whether a load that is running holds the emails (its unique email index deferred, the
    // guard on): nobody else can give a contact an email until it ends. A record of this
    // process without a load of its own running is one whose end failed: no load holds them.
    static Expected<bool> emailsHeldByAnotherLoad(const Database &db);

    struct Pending
    {
        QStringList indexes;  // CREATE … INDEX IF NOT EXISTS …
        QStringList triggers; // CREATE TRIGGER …
    };
    static Expected<std::optional<Pending>> pending(const Database &db);
    static Result createIndexes(const Database &db, const Pending &pending);
    // The statements that end a load once its indexes and search index are complete.
    static QStringList endOfLoad(const Pending &pending);

    // The unique index of live contact emails may be deferred too, by a load that keeps its
    // own rows apart by email (ContactImportJob into a table without contacts). Meanwhile
    // guard triggers refuse every other write that would give a contact a live email (with
    // kEmailsHeldMessage); the loading connection runs with triggers off (BulkWriter). Such a
    // save can be made again once the import ends (seconds for a first import), and nobody
    // can slip in a duplicate the import would not see.
    static const QString &emailIndexName();
    static constexpr const char *kEmailsHeldMessage = "leadline: emails are held by a running import";
    // What a writer the guard refused is told (the guard's own text says nothing more to a user).
    static bool isEmailsHeld(const QString &databaseText);
    static Error emailsHeldError();
    // Drops the index and sets the guard, in the caller's transaction; false when there is
    // no such index (nothing deferred).
    static Expected<bool> deferEmailIndex(const Database &db);
    // Builds the index again and removes the guard, in the caller's transaction.
    static Result restoreEmailIndex(const Database &db);
    static QStringList dropEmailGuard();

private:
    static bool ownerLives(const Database &db, const QString &process);
    static QString ifNotExists(QString createIndex);
    static bool isEmailIndex(const QString &createIndex);
    // Builds the unique email index. Should two live contacts share an address after all (the
    // guard and the load's own checks let none in; a file edited by hand might), the oldest
    // keeps it, the others among their other emails, and each one's timeline says why: the
    // database opens, nothing is lost, and someone can merge them.
    static Result buildEmailIndex(const Database &db, const QString &createIndex);
    static Result separateRepeatedEmails(const Database &db);
};

} // namespace Leadline::Storage
