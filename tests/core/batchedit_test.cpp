#include "services/domain/uuid.h"
#include "services/storage/batchedit.h"
#include "services/storage/database.h"
#include "tests/support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace Leadline;

namespace {

class BatchEditTest : public Testing::DatabaseTest
{
protected:
    QString addUser(const QString &email)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString id = Domain::newIdAt(now);
        const auto &dialect = db().dialect();
        auto inserted = db().exec(
            QStringLiteral("INSERT INTO users (id, name, email, is_active, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {id, email, email, dialect.boolToDb(true), dialect.timestampToDb(now), dialect.timestampToDb(now)});
        EXPECT_TRUE(inserted) << qPrintable(inserted.error().message());
        return id;
    }

    bool isDeleted(const QString &id)
    {
        auto q = db().exec(QStringLiteral("SELECT deleted_at FROM users WHERE id = ?"), {id});
        EXPECT_TRUE(q && q->next());
        return !q->value(0).isNull();
    }

    QVariant now() const { return db().dialect().timestampToDb(QDateTime::currentDateTimeUtc()); }
};

TEST_P(BatchEditTest, ReturnsTheIdsTheStepChangedAndCommits)
{
    const QString first = addUser(QStringLiteral("a@example.com"));
    const QString second = addUser(QStringLiteral("b@example.com"));
    const QVariant at = now();
    auto changed = Storage::editEachInTransaction(db(), {first, second}, [&](const QString &id) -> Expected<bool> {
        if (id == second)
            return false;
        if (Result marked = Storage::markDeleted(db(), QLatin1String("users"), id, at); !marked)
            return marked.error();
        return true;
    });
    ASSERT_TRUE(changed) << qPrintable(changed.error().message());
    EXPECT_EQ(*changed, QStringList{first});
    EXPECT_TRUE(isDeleted(first));
    EXPECT_FALSE(isDeleted(second));

    ASSERT_TRUE(Storage::markRestored(db(), QLatin1String("users"), first, now()));
    EXPECT_FALSE(isDeleted(first));
}

TEST_P(BatchEditTest, AnErrorRollsBackEveryStep)
{
    const QString first = addUser(QStringLiteral("a@example.com"));
    const QString second = addUser(QStringLiteral("b@example.com"));
    const QVariant at = now();
    auto changed = Storage::editEachInTransaction(db(), {first, second}, [&](const QString &id) -> Expected<bool> {
        if (id == second)
            return Error(ErrorCode::Conflict, QStringLiteral("stop at the second"));
        if (Result marked = Storage::markDeleted(db(), QLatin1String("users"), id, at); !marked)
            return marked.error();
        return true;
    });
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().code(), ErrorCode::Conflict);
    EXPECT_FALSE(isDeleted(first));
}

} // namespace

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(BatchEditTest);
