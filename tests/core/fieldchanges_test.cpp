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
