#include "tests/contacts/fixture.h"

using namespace Leadline;
using namespace Leadline::Testing;

class UserServiceTest : public ServicesTest
{
};

TEST_P(UserServiceTest, CreateAndUpdateTidyAndCheckTheSameWay)
{
    Domain::User user;
    user.name = QStringLiteral("  Ada   Lovelace ");
    user.email = QStringLiteral(" ada@example.com ");
    auto ada = users().create(user);
    ASSERT_TRUE(ada) << qPrintable(ada.error().message());
    EXPECT_EQ(ada->name, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(ada->email, QStringLiteral("ada@example.com"));

    Domain::User nameless = *ada;
    nameless.name = QStringLiteral("   ");
    auto renamed = users().update(nameless);
    ASSERT_FALSE(renamed);
    EXPECT_EQ(renamed.error().code(), ErrorCode::InvalidArgument);

    Domain::User badEmail;
    badEmail.name = QStringLiteral("Grace");
    badEmail.email = QStringLiteral("not an address");
    auto created = users().create(badEmail);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code(), ErrorCode::InvalidArgument);
    EXPECT_TRUE(created.error().message().contains(QStringLiteral("not an address")));
}

TEST_P(UserServiceTest, ADuplicateEmailIsAConflictOnCreateAndUpdate)
{
    Domain::User ada;
    ada.name = QStringLiteral("Ada");
    ada.email = QStringLiteral("ada@example.com");
    ASSERT_TRUE(users().create(ada));
    Domain::User grace;
    grace.name = QStringLiteral("Grace");
    grace.email = QStringLiteral("grace@example.com");
    auto savedGrace = users().create(grace);
    ASSERT_TRUE(savedGrace);

    auto again = users().create(ada);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(again.error().message().contains(QStringLiteral("ada@example.com")));

    Domain::User clash = *savedGrace;
    clash.email = QStringLiteral("ada@example.com");
    auto updated = users().update(clash);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code(), ErrorCode::Conflict);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(UserServiceTest);
