#include "services/domain/enums.h"
#include "tests/support/tempdatabase.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Leadline::Domain;

namespace {

template<typename E>
void expectRoundTrip()
{
    QSet<QString> keys;
    for (E value : allValues<E>()) {
        const QString key = toKey(value);
        ASSERT_FALSE(key.isEmpty()) << EnumInfo<E>::name;
        EXPECT_EQ(key, key.toLower()) << "keys are lower_snake: " << key.toStdString();
        EXPECT_FALSE(key.contains(QLatin1Char(' '))) << key.toStdString();
        EXPECT_FALSE(keys.contains(key)) << "duplicate key " << key.toStdString();
        keys.insert(key);
        const auto back = fromKey<E>(key);
        ASSERT_TRUE(back.has_value()) << key.toStdString();
        EXPECT_EQ(*back, value) << key.toStdString();
        EXPECT_FALSE(displayName(value).isEmpty()) << key.toStdString();
    }
    EXPECT_FALSE(fromKey<E>(u"no_such_value").has_value());
    EXPECT_FALSE(fromKey<E>(u"").has_value());
}

} // namespace

TEST(Enums, EveryEnumRoundTrips)
{
    expectRoundTrip<LifecycleStage>();
    expectRoundTrip<OptInStatus>();
    expectRoundTrip<LeadStatus>();
    expectRoundTrip<StageKind>();
    expectRoundTrip<LeadSource>();
    expectRoundTrip<Priority>();
    expectRoundTrip<ScoreType>();
    expectRoundTrip<Channel>();
    expectRoundTrip<CampaignType>();
    expectRoundTrip<CampaignStatus>();
    expectRoundTrip<EnrollmentStatus>();
    expectRoundTrip<MessageStatus>();
    expectRoundTrip<ActivityType>();
}

TEST(Enums, ScoreTypesAreTheSevenOfTheProduct)
{
    EXPECT_EQ(allKeys<ScoreType>(), (QStringList{QStringLiteral("demographic"), QStringLiteral("firmographic"),
                                                 QStringLiteral("behavioral"), QStringLiteral("engagement"),
                                                 QStringLiteral("intent"), QStringLiteral("source"),
                                                 QStringLiteral("recency")}));
}

TEST(Enums, FromKeyOrFallsBack)
{
    EXPECT_EQ(fromKeyOr(u"bogus", Priority::Medium), Priority::Medium);
    EXPECT_EQ(fromKeyOr(u"urgent", Priority::Medium), Priority::Urgent);
}
