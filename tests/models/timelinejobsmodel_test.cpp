#include "models/activities/timelinemodel.h"
#include "models/jobs/jobsmodel.h"
#include "services/activities/activityservice.h"
#include "services/contacts/contactservice.h"
#include "services/domain/clock.h"
#include "services/jobs/jobrunner.h"
#include "tests/support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSemaphore>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

class TimelineModelTest : public DatabaseTest
{
};

TEST_P(TimelineModelTest, ShowsNewestFirstWithOldAndNewValues)
{
    Contacts::ContactService contacts(sharedDb(), Domain::SystemClock::instance());
    Activities::ActivityService activities(sharedDb(), Domain::SystemClock::instance());
    Domain::Contact contact;
    contact.firstName = QStringLiteral("Ada");
    contact.lastName = QStringLiteral("Lovelace");
    contact.email = QStringLiteral("ada@example.com");
    auto created = contacts.create(contact);
    ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();

    Models::TimelineModel model(activities);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntity(Domain::EntityType::Contact, created->id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 15000));
    EXPECT_EQ(model.index(0).data(Models::TimelineModel::TypeRole).toString(), QStringLiteral("created"));

    Domain::Contact changed = *created;
    changed.title = QStringLiteral("Analyst");
    ASSERT_TRUE(contacts.update(changed).hasValue());
    Domain::Activity call;
    call.type = Domain::ActivityType::Call;
    call.entityType = Domain::EntityType::Contact;
    call.entityId = created->id;
    call.contactId = created->id;
    call.subject = QStringLiteral("Intro call");
    call.durationSeconds = 600;
    ASSERT_TRUE(activities.log(call).hasValue());

    // log() announces itself; the update is picked up by the reload it triggers.
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 15000));
    EXPECT_EQ(model.index(0).data(Models::TimelineModel::TypeRole).toString(), QStringLiteral("call"));
    EXPECT_TRUE(model.index(0).data().toString().contains(QStringLiteral("Intro call")));
    EXPECT_EQ(model.index(1).data(Models::TimelineModel::TypeRole).toString(), QStringLiteral("updated"));
    EXPECT_TRUE(
        model.index(1).data(Models::TimelineModel::ChangesRole).toString().contains(QStringLiteral("→ Analyst")));
    EXPECT_EQ(model.index(2).data(Models::TimelineModel::TypeRole).toString(), QStringLiteral("created"));
}

TEST(TimelineChanges, NameFieldsAndValuesAsPeopleReadThem)
{
    // Imports record columns ("lifecycle_stage"), the services fields ("lifecycleStage"), both by
    // their keys: the timeline shows labels and display names.
    const QJsonObject imported{
        {QStringLiteral("last_name"), QJsonObject{{QStringLiteral("old"), QStringLiteral("Patel")},
                                                  {QStringLiteral("new"), QStringLiteral("Patil")}}},
        {QStringLiteral("lifecycle_stage"), QJsonObject{{QStringLiteral("old"), QStringLiteral("lead")},
                                                        {QStringLiteral("new"), QStringLiteral("customer")}}},
        {QStringLiteral("company_id"), QJsonObject{{QStringLiteral("old"), QJsonValue()},
                                                   {QStringLiteral("new"), QStringLiteral("01a21d0a-99c4-7100-9a66-78004e3a0f6e")}}},
        {QStringLiteral("company_name"), QJsonObject{{QStringLiteral("old"), QString()},
                                                     {QStringLiteral("new"), QStringLiteral("Acme")}}},
        {QStringLiteral("optInWhatsapp"), QJsonObject{{QStringLiteral("old"), QStringLiteral("unknown")},
                                                      {QStringLiteral("new"), QStringLiteral("opted_out")}}}};
    const QString text = Models::TimelineModel::changesText(imported);
    EXPECT_TRUE(text.contains(QStringLiteral("Last name: Patel → Patil"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lifecycle stage: Lead → Customer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Company: (empty) → Acme"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("01a21d0a"))) << "the company's id says nothing next to its name";
    EXPECT_TRUE(text.contains(QStringLiteral("WhatsApp consent: Unknown → Opted out"))) << text.toStdString();

    const QJsonObject reverted{
        {QStringLiteral("restored"), QJsonObject{{QStringLiteral("street"), QJsonValue()},
                                                 {QStringLiteral("lifecycle_stage"), QStringLiteral("lead")},
                                                 {QStringLiteral("company_id"), QStringLiteral("01a21d0a-0000-7000-8000-000000000000")},
                                                 {QStringLiteral("company_name"), QStringLiteral("Acme")}}},
        {QStringLiteral("kept_newer"), QJsonArray{QStringLiteral("city")}},
        {QStringLiteral("tags_removed"), QJsonArray{QStringLiteral("Fair 2026")}}};
    const QString undo = Models::TimelineModel::changesText(reverted);
    EXPECT_TRUE(undo.contains(QStringLiteral("Restored: Company: Acme; Lifecycle stage: Lead; Street: (empty)")))
        << undo.toStdString();
    EXPECT_TRUE(undo.contains(QStringLiteral("Kept, as changed since the import: City"))) << undo.toStdString();
    EXPECT_TRUE(undo.contains(QStringLiteral("Tags removed: Fair 2026"))) << undo.toStdString();
    const QString tagged = Models::TimelineModel::changesText(
        QJsonObject{{QStringLiteral("tags_added"), QJsonArray{QStringLiteral("VIP"), QStringLiteral("Newsletter")}}});
    EXPECT_EQ(tagged, QStringLiteral("Tags added: VIP, Newsletter"));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(TimelineModelTest);

namespace {
// Waits for the test to let it go, reporting progress, then ends cancelled or done.
class GateJob : public Jobs::Job
{
public:
    explicit GateJob(bool finishing = false)
        : Job(QStringLiteral("Gate"))
        , m_finishing(finishing)
    {}
    QSemaphore gate;

protected:
    Expected<QString> execute() override
    {
        Q_EMIT progress(1, 4);
        Q_EMIT statusText(QStringLiteral("Waiting"));
        if (m_finishing)
            setCancellable(false);
        gate.acquire();
        if (isCancelled())
            return Error(ErrorCode::Cancelled, QStringLiteral("Cancelled"));
        return QStringLiteral("done");
    }

private:
    bool m_finishing;
};
} // namespace

TEST(JobsModelTest, ListsRunningJobsWithProgressAndCancels)
{
    Jobs::JobRunner runner;
    Models::JobsModel model(runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QStringList ended;
    QObject::connect(&model, &Models::JobsModel::endedMessage, &model,
                     [&](const QString &message, bool) { ended << message; });

    auto *job = new GateJob;
    runner.start(job);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, Models::JobsModel::Title).data().toString(), QStringLiteral("Gate"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model.index(0, Models::JobsModel::Progress).data().toInt() == 25; }, 15000));
    EXPECT_EQ(model.index(0, Models::JobsModel::Status).data().toString(), QStringLiteral("Waiting"));

    model.cancel(0);
    EXPECT_TRUE(job->isCancelled());
    job->gate.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 0; }, 15000));
    ASSERT_EQ(ended.size(), 1);
    EXPECT_TRUE(ended.first().contains(QStringLiteral("Cancelled")));
}

// A job past the point where cancelling could stop it says so: the model offers no cancel.
TEST(JobsModelTest, AJobThatCanNoLongerStopIsNotCancelled)
{
    Jobs::JobRunner runner;
    Models::JobsModel model(runner);
    auto *job = new GateJob(true);
    runner.start(job);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, Models::JobsModel::Title).data(Models::JobsModel::CancellableRole).toBool());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !model.index(0, Models::JobsModel::Title).data(Models::JobsModel::CancellableRole).toBool(); }, 15000));
    model.cancel(0);
    EXPECT_FALSE(job->isCancelled());
    job->cancel(); // as a button whose disabling is still on its way would
    EXPECT_FALSE(job->isCancelled()) << "the job itself ignores a cancel it can no longer honour";
    EXPECT_EQ(model.index(0, Models::JobsModel::Status).data().toString(), QStringLiteral("Waiting"));
    QStringList ended;
    QObject::connect(&model, &Models::JobsModel::endedMessage, &model,
                     [&](const QString &message, bool) { ended << message; });
    // A model made later (the jobs panel opened now) knows it too.
    Models::JobsModel later(runner);
    ASSERT_EQ(later.rowCount(), 1);
    EXPECT_FALSE(later.index(0, Models::JobsModel::Title).data(Models::JobsModel::CancellableRole).toBool());
    job->gate.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 0; }, 15000));
    ASSERT_EQ(ended.size(), 1);
    EXPECT_TRUE(ended.first().endsWith(QStringLiteral("done"))) << ended.first().toStdString();
}
