// A first big import defers the unique index of live emails (BulkWriter::deferEmailIndex()):
// meanwhile guard triggers hold every other writer to it, and whatever happens the index comes
// back, by the load, by a build in between, or by the next open after a crash.

#include "tests/contacts/fixture.h"

#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/deferredindexes.h"

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

TEST_P(DeferredEmailIndexTest, OtherWritersAreHeldToTheIndexWhileItIsDeferred)
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
    ASSERT_OK(writer.beginDeferredIndexing());
    auto deferred = writer.deferEmailIndex();
    ASSERT_TRUE(deferred.hasValue() && *deferred);
    EXPECT_TRUE(writer.isEmailIndexDeferred());
    EXPECT_EQ(emailIndexes(), 0);
    EXPECT_EQ(guardObjects(), 2);
    ASSERT_OK(writer.write(withEmails({QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com")})));
    EXPECT_FALSE(writer.othersWroteEmails().valueOr(true)) << "the load's own rows are not someone else's";

    // Another connection: an email the load wrote, in other letters, is taken; so is one by
    // an edit, and a contact coming back from the trash with it.
    auto taken = createElsewhere(QStringLiteral("ANN@Example.com"));
    ASSERT_FALSE(taken.hasValue());
    EXPECT_EQ(taken.error().code(), ErrorCode::Conflict) << errorText(taken.error());
    std::optional<Result> edited, restored;
    elsewhere([&] {
        Contacts::ContactService other(sharedDb(), m_clock);
        Contact changed = *other.get(storedCreated->id);
        changed.email = QStringLiteral("Bob@example.com");
        auto updated = other.update(changed);
        edited = updated ? Result() : Result(updated.error());
        restored = other.restore({trashedCreated->id});
    });
    ASSERT_FALSE(*edited);
    EXPECT_EQ(edited->error().code(), ErrorCode::Conflict);
    EXPECT_FALSE(*restored);
    EXPECT_FALSE(writer.othersWroteEmails().valueOr(true)) << "refused writes leave no mark";

    // A new email is saved, and marks that someone else wrote one.
    auto fresh = createElsewhere(QStringLiteral("new@example.com"));
    ASSERT_TRUE(fresh.hasValue()) << errorText(fresh.error());
    EXPECT_TRUE(writer.othersWroteEmails().valueOr(false));

    // Built in between (outside a transaction), the index ends the guard and its mark.
    ASSERT_OK(writer.restoreEmailIndex());
    EXPECT_FALSE(writer.isEmailIndexDeferred());
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'")
                         .arg(Storage::DeferredIndexes::emailsWrittenByOthersKey())),
              0);
    ASSERT_FALSE(writer.write(withEmails({QStringLiteral("NEW@example.com")})))
        << "the index itself refuses the load's duplicates again";
    ASSERT_OK(writer.finishDeferredIndexing());

    // Everything is back: the search index has the load's rows and the other writer's, and
    // this connection fires triggers again (a contact saved now is found).
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'storage.deferred_indexes'")), 0);
    Contact after;
    after.lastName = QStringLiteral("Afterwards");
    after.email = QStringLiteral("after@example.com");
    ASSERT_TRUE(contacts().create(after).hasValue());
    Contacts::ContactFilter filter;
    for (const QString &name : {QStringLiteral("loaded"), QStringLiteral("elsewhere"), QStringLiteral("afterwards")}) {
        filter.search = name;
        EXPECT_EQ(contacts().count(filter).valueOr(-1), name == QLatin1String("loaded") ? 2 : 1) << name.toStdString();
    }
    EXPECT_FALSE(contacts().create(Contact{after}).hasValue()) << "one live contact an email, as always";
}

TEST_P(DeferredEmailIndexTest, ALoadThatDiesWithTheIndexDeferredGetsItBackOnTheNextOpen)
{
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_OK(writer.beginDeferredIndexing());
        auto deferred = writer.deferEmailIndex();
        ASSERT_TRUE(deferred.hasValue() && *deferred);
        ASSERT_OK(writer.write(withEmails({QStringLiteral("cat@example.com")})));
        // The process "dies" here: no finishDeferredIndexing().
    }
    EXPECT_EQ(emailIndexes(), 0);
    EXPECT_EQ(guardObjects(), 2);
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

TEST_P(DeferredEmailIndexTest, OnlyADeferredLoadDefersIt)
{
    Storage::BulkWriter writer(sharedDb());
    EXPECT_FALSE(writer.deferEmailIndex().hasValue()) << "nowhere to record the definition";
    EXPECT_EQ(emailIndexes(), 1);
    EXPECT_EQ(guardObjects(), 0);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(DeferredEmailIndexTest);
