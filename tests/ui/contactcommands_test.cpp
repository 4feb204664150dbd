#include "services/contacts/contactservice.h"
#include "services/domain/uuid.h"
#include "services/leads/userservice.h"
#include "services/storage/bulkwriter.h"
#include "tests/support/workspacetest.h"
#include "ui/common/commandrunner.h"
#include "ui/contacts/contactcommands.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

// The undoable edits of a selection remember what they changed, so undo gives back exactly
// the state before: a tag stays on contacts that had it, each contact gets its own owner back.
class ContactCommandsTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        Storage::BulkBatch batch;
        for (int i = 0; i < 7000; ++i) { // more than one slice of the selection
            Domain::Contact contact;
            contact.id = Domain::newId();
            contact.firstName = QStringLiteral("Person%1").arg(i);
            contact.createdAt = contact.updatedAt = QDateTime::currentDateTimeUtc();
            batch.contacts << contact;
            m_ids << contact.id;
        }
        Storage::BulkWriter writer(sharedDb());
        const Result written = writer.write(batch);
        ASSERT_TRUE(written.hasValue()) << written.error().toString().toStdString();
    }

    void TearDown() override
    {
        m_runner.waitForDone();
        WorkspaceTest::TearDown();
    }

    // Runs a command step on the runner and waits for it; failures fail the test.
    void finish()
    {
        QSignalSpy failures(&m_runner, &Ui::CommandRunner::failed);
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_runner.isIdle(); }, 60000));
        EXPECT_TRUE(failures.isEmpty()) << (failures.isEmpty() ? "" : failures.first().first().toString().toStdString());
    }

    qint64 count(const Contacts::ContactFilter &filter) const
    {
        auto counted = m_workspace->contacts().count(filter);
        return counted ? *counted : -1;
    }

    Domain::User makeUser(const QString &name) const
    {
        Domain::User user;
        user.name = name;
        user.email = name.toLower() + QStringLiteral("@example.com");
        auto created = m_workspace->users().create(user);
        EXPECT_TRUE(created.hasValue());
        return created ? *created : Domain::User{};
    }

    Ui::CommandRunner m_runner;
    QStringList m_ids;
};

TEST_P(ContactCommandsTest, UndoingATagRemovesItOnlyWhereTheCommandAddedIt)
{
    Contacts::ContactService &contacts = m_workspace->contacts();
    ASSERT_TRUE(contacts.addTag(m_ids.mid(0, 10), QStringLiteral("VIP")).hasValue());
    Contacts::ContactFilter vip;
    vip.tag = QStringLiteral("vip");

    Ui::AddTagCommand command(contacts, m_runner, {}, m_ids, QStringLiteral("vip"));
    command.redo();
    finish();
    EXPECT_EQ(count(vip), 7000);
    command.undo();
    finish();
    EXPECT_EQ(count(vip), 10) << "the contacts tagged before keep their tag";
    command.redo();
    finish();
    EXPECT_EQ(count(vip), 7000);
}

TEST_P(ContactCommandsTest, UndoingAnAssignmentGivesEachContactItsOwnerBack)
{
    Contacts::ContactService &contacts = m_workspace->contacts();
    const Domain::User ann = makeUser(QStringLiteral("Ann"));
    const Domain::User bob = makeUser(QStringLiteral("Bob"));
    ASSERT_TRUE(contacts.assignOwner(m_ids.mid(0, 6000), ann.id).hasValue());

    Ui::AssignOwnerCommand command(contacts, m_runner, {}, m_ids.mid(5000), bob.id, bob.name);
    command.redo();
    finish();
    Contacts::ContactFilter ownedByAnn, ownedByBob;
    ownedByAnn.ownerId = ann.id;
    ownedByBob.ownerId = bob.id;
    EXPECT_EQ(count(ownedByBob), 2000);
    EXPECT_EQ(count(ownedByAnn), 5000);
    command.undo();
    finish();
    EXPECT_EQ(count(ownedByBob), 0);
    EXPECT_EQ(count(ownedByAnn), 6000);
    EXPECT_TRUE(contacts.get(m_ids.last())->ownerId.isEmpty()) << "had no owner before";
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactCommandsTest);
