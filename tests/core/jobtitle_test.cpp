#include "services/jobs/job.h"

#include <gtest/gtest.h>

using Leadline::Jobs::Job;

TEST(JobTitle, AShortFileNameIsNamedWhole)
{
    EXPECT_EQ(Job::fileNameForTitle(QStringLiteral("/home/ann/Downloads/contacts.csv")), QStringLiteral("contacts.csv"));
}

TEST(JobTitle, ALongFileNameIsShortenedInTheMiddle)
{
    const QString name = QStringLiteral("Trade-show-contacts_Hannover_Messe_2026_hall_7_stand_B12_region_team.csv");
    const QString title = Job::fileNameForTitle(QStringLiteral("/tmp/") + name);
    EXPECT_EQ(title.size(), 40);
    EXPECT_TRUE(title.startsWith(QStringLiteral("Trade-show-contacts")));
    EXPECT_TRUE(title.endsWith(QStringLiteral("region_team.csv"))) << "the extension stays";
    EXPECT_TRUE(title.contains(QChar(0x2026)));
}

TEST(JobTitle, ACharacterOutsideTheBasicPlaneIsNotCutInHalf)
{
    QString name;
    for (int i = 0; i < 30; ++i)
        name += QString::fromUtf8("\xF0\x9F\x93\x87"); // 📇, two UTF-16 units
    const QString title = Job::fileNameForTitle(name);
    ASSERT_LT(title.size(), name.size());
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title.at(i).isHighSurrogate()) {
            EXPECT_TRUE(i + 1 < title.size() && title.at(i + 1).isLowSurrogate()) << i;
        }
        if (title.at(i).isLowSurrogate()) {
            EXPECT_TRUE(i > 0 && title.at(i - 1).isHighSurrogate()) << i;
        }
    }
}
