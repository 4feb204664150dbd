#include "services/domain/entities.h"
#include "services/domain/uuid.h"
#include "services/storage/newrecord.h"

#include <gtest/gtest.h>

using namespace Leadline;

TEST(NewRecord, GivesANewIdAndTimestampsAndClearsDeletedAt)
{
    const QDateTime now(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    Domain::Company company;
    company.deletedAt = now.addDays(-1);
    Storage::stampNewRecord(company, now);
    EXPECT_TRUE(Domain::isValidId(company.id));
    EXPECT_EQ(company.createdAt, now);
    EXPECT_EQ(company.updatedAt, now);
    EXPECT_FALSE(company.deletedAt.isValid());
}

TEST(NewRecord, KeepsAnIdTheCallerChose)
{
    const QDateTime now(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    Domain::User user;
    user.id = Domain::newIdAt(now.addYears(-1));
    const QString chosen = user.id;
    Storage::stampNewRecord(user, now);
    EXPECT_EQ(user.id, chosen);
    EXPECT_EQ(user.createdAt, now);
}
