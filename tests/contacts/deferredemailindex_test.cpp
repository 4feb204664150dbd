// A first big import defers the unique index of live emails (BulkWriter::deferEmailIndex()):
// meanwhile guard triggers hold every other writer to it, and whatever happens the index comes
// back, by the load, by a build in between, or by the next open after a crash.

#include "tests/contacts/fixture.h"

#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/deferredindexes.h"
#include "services/storage/loadlock.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>

#include <QThread>

#include <functional>

using namespace Leadline;
using namespace Leadline::Testing;
using Domain::Contact;

class DeferredEmailIndexTest : public ServicesTest
{
protected:
    void SetUp() override
    {
        ServicesTest::SetUp();
        if (!IsSkipped() && !HasFatalFailure() && !isSqlite())
            GTEST_SKIP() << "indexes are deferred on SQLite only";
    }

    Storage::BulkBatch withEmails(const QStringList &emails)
    {
        Storage::BulkBatch batch;
        for (const QString &email : emails) {
            Contact c;
            c.id = Domain::newId();
            c.lastName = QStringLiteral("Loaded");
            c.email = email;
            c.createdAt = c.updatedAt = m_clock.nowUtc();
            batch.contacts << c;
        }
        return batch;
    }

    // Begins a deferred load on writer that leaves the email index out as well.
    static void beginLoadWithoutEmailIndex(Storage::BulkWriter &writer,
                                           Storage::BulkWriter::SearchIndex search = Storage::BulkWriter::SearchIndex::RebuildAtEnd)
    {
        ASSERT_OK(writer.beginDeferredIndexing({}, {}, search));
        auto deferred = writer.deferEmailIndex();
        ASSERT_TRUE(deferred.hasValue() && *deferred);
    }

    // Runs work on a thread of its own: its own connection, as another window or process.
    static void elsewhere(const std::function<void()> &work)
    {
        std::unique_ptr<QThread> thread(QThread::create(work));
        thread->start();
        thread->wait();
    }

    Expected<Contact> createElsewhere(const QString &email)
    {
        std::optional<Expected<Contact>> created;
        elsewhere([&] {
            Contacts::ContactService other(sharedDb(), m_clock);
            Contact c;
            c.lastName = QStringLiteral("Elsewhere");
            c.email = email;
            created = other.create(c);
        });
        return *created;
    }

    qint64 scalar(const QString &sql) const
    {
        auto q = db().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 guardObjects() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_email_guard%'"));
    }
    qint64 emailIndexes() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_email_live'"));
    }
};

TEST_P(DeferredEmailIndexTest, NobodyElseGivesAContactAnEmailWhileTheIndexIsDeferred)
{
    Contact stored;
    stored.lastName = QStringLiteral("Stored");
    stored.email = QStringLiteral("kept@example.com");
    auto storedCreated = contacts().create(stored);
    ASSERT_TRUE(storedCreated.hasValue());
    Contact trashed;
    trashed.lastName = QStringLiteral("Trashed");
    trashed.email = QStringLiteral("ann@example.com");
    auto trashedCreated = contacts().create(trashed);
    ASSERT_TRUE(trashedCreated.hasValue());
    ASSERT_OK(contacts().remove({trashedCreated->id}));

    Storage::BulkWriter writer(sharedDb());
    ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer));
    EXPECT_TRUE(writer.isEmailIndexDeferred());
    EXPECT_EQ(emailIndexes(), 0);
    EXPECT_EQ(guardObjects(), 2);
    ASSERT_OK(writer.write(withEmails({QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com")})));

    // Another connection: a new contact with an email waits for the import, with a reason; one
    // with an email the load wrote (in other letters) is a duplicate, as the service finds
    // itself; so are an edited email and a contact back from the trash with one.
    auto refused = createElsewhere(QStringLiteral("new@example.com"));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("import"))) << errorText(refused.error());
    auto taken = createElsewhere(QStringLiteral("ANN@Example.com"));
    ASSERT_FALSE(taken.hasValue());
    EXPECT_EQ(taken.error().code(), ErrorCode::Conflict) << errorText(taken.error());
    std::optional<Result> edited, retitled, restored;
    std::optional<Expected<Contact>> withoutEmail;
    elsewhere([&] {
        Contacts::ContactService other(sharedDb(), m_clock);
        Contact changed = *other.get(storedCreated->id);
        changed.email = QStringLiteral("Bob@example.com");
        auto updated = other.update(changed);
        edited = updated ? Result() : Result(updated.error());
        Contact titled = *other.get(storedCreated->id);
        titled.title = QStringLiteral("Buyer");
        auto titledSaved = other.update(titled);
        retitled = titledSaved ? Result() : Result(titledSaved.error());
        restored = other.restore({trashedCreated->id});
        Contact noEmail;
        noEmail.lastName = QStringLiteral("Elsewhere");
        withoutEmail = other.create(noEmail);
    });
    EXPECT_FALSE(*edited);
    EXPECT_TRUE(*retitled) << "a change that leaves the email alone is saved";
    EXPECT_FALSE(*restored);
    ASSERT_TRUE(withoutEmail->hasValue()) << "so is a contact without an email";

    // Built in between (outside a transaction), the index ends the guard; it refuses only
    // duplicates then, the load's own too.
    ASSERT_OK(writer.restoreEmailIndex());
    EXPECT_FALSE(writer.isEmailIndexDeferred());
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
    auto duplicate = createElsewhere(QStringLiteral("ANN@Example.com"));
    ASSERT_FALSE(duplicate.hasValue());
    EXPECT_EQ(duplicate.error().code(), ErrorCode::Conflict);
    ASSERT_TRUE(createElsewhere(QStringLiteral("new@example.com")).hasValue());
    ASSERT_FALSE(writer.write(withEmails({QStringLiteral("NEW@example.com")})));
    ASSERT_OK(writer.finishDeferredIndexing());

    // Everything is back, and this connection fires triggers again (a contact saved now is
    // found by search).
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.deferred%'")), 0);
    Contact after;
    after.lastName = QStringLiteral("Afterwards");
    after.email = QStringLiteral("after@example.com");
    ASSERT_TRUE(contacts().create(after).hasValue());
    Contacts::ContactFilter filter;
    for (const QString &name : {QStringLiteral("loaded"), QStringLiteral("elsewhere"), QStringLiteral("afterwards")}) {
        filter.search = name;
        EXPECT_EQ(contacts().count(filter).valueOr(-1), 2 - (name == QLatin1String("afterwards") ? 1 : 0))
            << name.toStdString();
    }
    EXPECT_FALSE(contacts().create(Contact{after}).hasValue()) << "one live contact an email, as always";
}

TEST_P(DeferredEmailIndexTest, ASecondLoadWhileTheFirstRunsDefersNothingAndLeavesTheFirstAlone)
{
    Storage::BulkWriter first(sharedDb());
    ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(first));
    ASSERT_OK(first.write(withEmails({QStringLiteral("first@example.com")})));

    // Another thread (another import, another process opening the file) neither finishes the
    // first load nor starts one of its own; its rows meet the guard.
    std::optional<Result> begun, recovered, withEmail, withoutEmail, finished;
    bool deferring = true, secondDefersEmails = true;
    elsewhere([&] {
        recovered = Storage::BulkWriter::recoverInterruptedLoad(*sharedDb());
        Storage::BulkWriter second(sharedDb());
        begun = second.beginDeferredIndexing();
        deferring = second.isDeferringIndexes();
        secondDefersEmails = second.deferEmailIndex().hasValue();
        withEmail = second.write(withEmails({QStringLiteral("second@example.com")}));
        withoutEmail = second.write(withEmails({QString()}));
        finished = second.finishDeferredIndexing();
    });
    ASSERT_TRUE(*recovered);
    ASSERT_TRUE(*begun);
    EXPECT_FALSE(deferring);
    EXPECT_FALSE(secondDefersEmails) << "the first load's record is not the second's to add to";
    ASSERT_FALSE(*withEmail);
    EXPECT_TRUE(withEmail->error().message().contains(QStringLiteral("import"))) << errorText(withEmail->error());
    EXPECT_TRUE(*withoutEmail);
    EXPECT_TRUE(*finished) << "nothing of its own to finish";
    EXPECT_EQ(emailIndexes(), 0) << "the first load's work is untouched";
    EXPECT_EQ(guardObjects(), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.deferred%'")), 2);

    ASSERT_OK(first.finishDeferredIndexing());
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.deferred%'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);
}

TEST_P(DeferredEmailIndexTest, ALoadThatDiesWithTheIndexDeferredGetsItBackOnTheNextOpen)
{
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer));
        ASSERT_OK(writer.write(withEmails({QStringLiteral("cat@example.com")})));
        // The process "dies" here: no finishDeferredIndexing().
    }
    EXPECT_EQ(emailIndexes(), 0);
    EXPECT_EQ(guardObjects(), 2);
    abandonPendingLoad(db());
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
    Contact again;
    again.lastName = QStringLiteral("Again");
    again.email = QStringLiteral("Cat@example.com");
    auto refused = contacts().create(again);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("cat");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 1);
}

// Whether a load still runs is asked of its lock, not of its recorded host and process id: a
// load killed on another machine, or one whose process id now names another process, must not
// hold the emails (and every import after it) for ever.
TEST_P(DeferredEmailIndexTest, ALoadKilledOnAnotherMachineOrWithItsProcessIdReusedIsTakenOver)
{
    const QString hostsOwnPid1 = QSysInfo::machineHostName() + QStringLiteral(":1"); // init: alive
    for (const QString &owner : {QStringLiteral("old-laptop:4242"), hostsOwnPid1}) {
        SCOPED_TRACE(owner.toStdString());
        {
            Storage::BulkWriter writer(sharedDb());
            ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer));
            ASSERT_OK(writer.write(withEmails({QStringLiteral("%1@example.com").arg(owner.size())})));
        } // killed
        ASSERT_TRUE(db().exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                              {owner, Storage::DeferredIndexes::ownerKey()}));
        auto live = Storage::DeferredIndexes::ownedByALiveProcess(db());
        ASSERT_TRUE(live.hasValue());
        EXPECT_FALSE(*live);
        ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
        EXPECT_EQ(emailIndexes(), 1);
        EXPECT_EQ(guardObjects(), 0);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.deferred%'")), 0);
        EXPECT_TRUE(createElsewhere(QStringLiteral("after-%1@example.com").arg(owner.size())).hasValue());
    }
}

// Without its lock file (a database copied mid-load, a load of an earlier version), the record's
// owner decides: a process of this machine that is there may still run it; another machine's
// copy is taken over.
TEST_P(DeferredEmailIndexTest, ALoadWithoutItsLockFileIsJudgedByItsOwner)
{
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer));
        ASSERT_OK(writer.write(withEmails({QStringLiteral("copied@example.com")})));
    }
    const QString lockPath = Storage::LoadLock::pathFor(db().location().sqlitePath);
    ASSERT_TRUE(QFile::exists(lockPath)) << "a load that did not finish leaves its file";
    ASSERT_TRUE(QFile::remove(lockPath));
    ASSERT_TRUE(db().exec(
        QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
        {QVariant(QSysInfo::machineHostName() + QStringLiteral(":1")), Storage::DeferredIndexes::ownerKey()}));
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(emailIndexes(), 0) << "a live process of this machine may run it";
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE settings SET value = 'old-laptop:4242' WHERE key = ?"),
                          {Storage::DeferredIndexes::ownerKey()}));
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
}

TEST_P(DeferredEmailIndexTest, ALoadWhoseLockAnotherProcessHoldsIsLeftToItWhateverItsRecordSays)
{
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer));
        ASSERT_OK(writer.write(withEmails({QStringLiteral("held@example.com")})));
    }
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE settings SET value = 'old-laptop:4242' WHERE key = ?"),
                          {Storage::DeferredIndexes::ownerKey()}));
    // Another process holds the lock (a POSIX record lock: it conflicts with the load's).
    const QString lockPath = Storage::LoadLock::pathFor(db().location().sqlitePath);
    QProcess holder;
    holder.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                             QStringLiteral("import fcntl, sys\n"
                                                            "f = open(sys.argv[1], 'a')\n"
                                                            "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                                                            "print('locked', flush=True)\n"
                                                            "sys.stdin.read()\n"),
                                             lockPath});
    ASSERT_TRUE(holder.waitForReadyRead(10000)) << holder.readAllStandardError().toStdString();
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(emailIndexes(), 0) << "the load is not taken from a process that holds its lock";
    EXPECT_FALSE(createElsewhere(QStringLiteral("meanwhile@example.com")).hasValue());
    {
        Storage::BulkWriter second(sharedDb());
        ASSERT_OK(second.beginDeferredIndexing());
        EXPECT_FALSE(second.isDeferringIndexes());
    }
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(10000));
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
    EXPECT_TRUE(createElsewhere(QStringLiteral("meanwhile@example.com")).hasValue());
}

// Nothing lets two live contacts share an address while the index is away, but should it
// happen (a bug, a file edited by hand), the index must still be built and the file open.
TEST_P(DeferredEmailIndexTest, AnAddressTwoContactsShareAfterAllStaysWithTheOldestAndTheIndexIsBuilt)
{
    for (const bool crashed : {true, false}) {
        SCOPED_TRACE(crashed ? "recovered on the next open" : "finished by the load");
        const QString first = QStringLiteral("dup%1@example.com").arg(crashed);
        const QString second = QStringLiteral("DUP%1@Example.com").arg(crashed);
        {
            Storage::BulkWriter writer(sharedDb());
            ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer, Storage::BulkWriter::SearchIndex::BuildAlongside));
            ASSERT_OK(writer.write(withEmails({first})));
            // The loading connection fires no guard: its caller is trusted to keep emails apart.
            ASSERT_OK(writer.write(withEmails({second})));
            if (!crashed)
                ASSERT_OK(writer.finishDeferredIndexing());
        }
        if (crashed) {
            abandonPendingLoad(db());
            ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
        }
        EXPECT_EQ(emailIndexes(), 1);
        EXPECT_EQ(guardObjects(), 0);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.%'")), 0);

        auto kept = contacts().findByEmail(first);
        ASSERT_TRUE(kept.hasValue());
        EXPECT_EQ(kept->email, first) << "the oldest contact keeps it";
        auto moved = db().exec(QStringLiteral("SELECT id, email, other_emails FROM contacts WHERE other_emails LIKE ?"),
                               {QString(QStringLiteral("%") + second + QStringLiteral("%"))});
        ASSERT_TRUE(moved.hasValue());
        ASSERT_TRUE(moved->next());
        const QString movedId = moved->value(0).toString();
        EXPECT_TRUE(moved->value(1).isNull());
        EXPECT_EQ(moved->value(2).toString(), QStringLiteral("[\"%1\"]").arg(second)) << "nothing lost";
        moved->finish();
        auto logged = db().exec(QStringLiteral("SELECT subject, changes FROM activities WHERE contact_id = ? AND type = 'updated'"),
                                {movedId});
        ASSERT_TRUE(logged.hasValue());
        ASSERT_TRUE(logged->next()) << "the timeline says what happened";
        EXPECT_NE(logged->value(0).toString().indexOf(second), -1) << logged->value(0).toString().toStdString();
        EXPECT_NE(logged->value(1).toString().indexOf(kept->id), -1) << "and which contact kept the address";
        logged->finish();

        Contacts::ContactFilter filter;
        filter.search = QStringLiteral("dup%1").arg(crashed);
        EXPECT_EQ(contacts().count(filter).valueOr(-1), 2) << "both found by the address";
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")).hasValue());
    }
}

TEST_P(DeferredEmailIndexTest, AnAddressSharedWhenTheLoadBuildsTheIndexMidwayIsSeparatedAndSearchIsRebuilt)
{
    Storage::BulkWriter writer(sharedDb());
    ASSERT_NO_FATAL_FAILURE(beginLoadWithoutEmailIndex(writer, Storage::BulkWriter::SearchIndex::BuildAlongside));
    ASSERT_OK(writer.write(withEmails({QStringLiteral("eve@example.com")})));
    Storage::BulkBatch again = withEmails({QStringLiteral("Eve@example.com")});
    again.contacts[0].otherEmails = QStringList{QStringLiteral("eve@example.com")}; // listed already
    ASSERT_OK(writer.write(again));

    // Built by the load itself, on its connection without triggers: nothing else would tell
    // the search index built alongside that a contact changed.
    ASSERT_OK(writer.restoreEmailIndex());
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'storage.search_index_stale'")), 1);
    ASSERT_OK(writer.write(withEmails({QStringLiteral("fay@example.com")})));
    ASSERT_OK(writer.finishDeferredIndexing());

    auto moved = db().exec(QStringLiteral("SELECT email, other_emails FROM contacts WHERE id = ?"), {again.contacts[0].id});
    ASSERT_TRUE(moved.hasValue() && moved->next());
    EXPECT_TRUE(moved->value(0).isNull());
    EXPECT_EQ(moved->value(1).toString(), QStringLiteral("[\"eve@example.com\"]")) << "listed once";
    moved->finish();
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("eve");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 2);
    filter.search = QStringLiteral("fay");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 1);
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.%'")), 0);
}

TEST_P(DeferredEmailIndexTest, OnlyADeferredLoadDefersIt)
{
    Storage::BulkWriter writer(sharedDb());
    EXPECT_FALSE(writer.deferEmailIndex().hasValue()) << "nowhere to record the definition";
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(DeferredEmailIndexTest);
