#include "services/activities/changeactivity.h"
#include "services/activities/fieldchanges.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Leadline::Activities;

TEST(FieldChanges, ChangedFieldsListsOnlyDifferingValuesWithOldAndNew)
{
    const QJsonObject before{{QStringLiteral("name"), QStringLiteral("Ada")},
                             {QStringLiteral("city"), QStringLiteral("Paris")}};
    const QJsonObject after{{QStringLiteral("name"), QStringLiteral("Ada")},
                            {QStringLiteral("city"), QStringLiteral("Lyon")}};
    const QJsonObject changes = changedFields(before, after);
    ASSERT_EQ(changes.size(), 1);
    const QJsonObject city = changes.value(QStringLiteral("city")).toObject();
    EXPECT_EQ(city.value(QStringLiteral("old")).toString(), QStringLiteral("Paris"));
    EXPECT_EQ(city.value(QStringLiteral("new")).toString(), QStringLiteral("Lyon"));
    EXPECT_TRUE(changedFields(after, after).isEmpty());
}

TEST(FieldChanges, InitialFieldsSkipEmptyAndDefaultValues)
{
    const QJsonObject values{{QStringLiteral("name"), QStringLiteral("Ada")},
                             {QStringLiteral("phone"), QString()},
                             {QStringLiteral("tags"), QJsonArray()},
                             {QStringLiteral("custom"), QJsonObject()},
                             {QStringLiteral("size"), QJsonValue()},
                             {QStringLiteral("status"), QStringLiteral("new")},
                             {QStringLiteral("score"), 0}};
    const QJsonObject defaults{{QStringLiteral("status"), QStringLiteral("new")}};
    const QJsonObject changes = initialFields(values, defaults);
    EXPECT_EQ(changes.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("score")}));
    EXPECT_TRUE(changes.value(QStringLiteral("name")).toObject().value(QStringLiteral("old")).isNull());
    EXPECT_EQ(changes.value(QStringLiteral("score")).toObject().value(QStringLiteral("new")).toInt(), 0);
    EXPECT_TRUE(initialFields(values).contains(QStringLiteral("status")));
}

TEST(ChangeActivity, NamesTheRecordTheActorAndTheChanges)
{
    using namespace Leadline;
    const QJsonObject changes{{QStringLiteral("name"), fieldChange(QStringLiteral("Old"), QStringLiteral("New"))}};
    const Domain::Activity activity =
        changeActivity(Domain::EntityType::Company, QStringLiteral("c1"), Domain::ActivityType::Updated,
                       QStringLiteral("New"), changes, Domain::Actor{QStringLiteral("u1")});
    EXPECT_EQ(activity.type, Domain::ActivityType::Updated);
    EXPECT_EQ(activity.entityType, Domain::EntityType::Company);
    EXPECT_EQ(activity.entityId, QStringLiteral("c1"));
    EXPECT_EQ(activity.userId, QStringLiteral("u1"));
    EXPECT_EQ(activity.subject, QStringLiteral("New"));
    EXPECT_EQ(activity.changes, changes);
    EXPECT_TRUE(activity.id.isEmpty()); // ActivityService::record() assigns it
}
