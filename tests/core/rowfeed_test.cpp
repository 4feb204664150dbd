#include "services/storage/database.h"
#include "services/storage/rowfeed.h"
#include "tests/support/tempdatabase.h"

#include <QString>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Storage;
using namespace Leadline::Testing;

namespace {

class RowFeedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto made = TempDatabase::create(Backend::Sqlite, false);
        ASSERT_TRUE(made.hasValue());
        m_temp = std::move(*made);
        m_handle = m_temp->database()->sqliteHandle();
        ASSERT_NE(m_handle, nullptr);
    }
    void TearDown() override { sqlite3_finalize(m_stmt); }

    void prepare(const char *sql)
    {
        ASSERT_EQ(sqlite3_prepare_v2(m_handle, sql, -1, &m_stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(m_handle);
    }

    std::unique_ptr<TempDatabase> m_temp;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

RecordedValue text16(const QString &text)
{
    RecordedValue v;
    v.kind = RecordedValue::Text16;
    v.data = text.utf16();
    v.bytes = int(text.size() * 2);
    return v;
}

} // namespace

TEST_F(RowFeedTest, SqlReadsTheRowsInOrderWithTheirTypes)
{
    const QString city = QStringLiteral("Zürich");
    RecordedValue number, real, ascii, nothing;
    number.kind = RecordedValue::Integer;
    number.integer = 42;
    real.kind = RecordedValue::Real;
    real.real = 2.5;
    ascii.kind = RecordedValue::Text8;
    ascii.data = "lead";
    ascii.bytes = 4;
    const std::vector<RecordedValue> values{text16(city), number, nothing, real, ascii, ascii};
    const RowFeed feed{values.data(), 2, 3};

    prepare("SELECT c0, typeof(c1), c1, c5, rowid FROM leadline_rows(?1) ORDER BY rowid");
    ASSERT_EQ(RowFeed::bind(m_stmt, 1, &feed), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(m_stmt), SQLITE_ROW);
    EXPECT_EQ(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 0))), city);
    EXPECT_STREQ(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 1)), "integer");
    EXPECT_EQ(sqlite3_column_int64(m_stmt, 2), 42);
    EXPECT_EQ(sqlite3_column_type(m_stmt, 3), SQLITE_NULL) << "columns beyond the feed's are NULL";
    EXPECT_EQ(sqlite3_column_int64(m_stmt, 4), 0);
    ASSERT_EQ(sqlite3_step(m_stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_type(m_stmt, 0), SQLITE_NULL);
    EXPECT_DOUBLE_EQ(sqlite3_column_double(m_stmt, 2), 2.5);
    ASSERT_EQ(sqlite3_step(m_stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 0)), "lead");
    EXPECT_EQ(sqlite3_column_int64(m_stmt, 4), 2);
    EXPECT_EQ(sqlite3_step(m_stmt), SQLITE_DONE);

    // Reused with another feed, as the bulk writer does batch after batch.
    const RowFeed empty{values.data(), 2, 0};
    sqlite3_reset(m_stmt);
    ASSERT_EQ(RowFeed::bind(m_stmt, 1, &empty), SQLITE_OK);
    EXPECT_EQ(sqlite3_step(m_stmt), SQLITE_DONE);
}

TEST_F(RowFeedTest, SqlTextCannotPassForAFeed)
{
    // Only sqlite3_bind_pointer() with the feed's type makes a feed: any value written in SQL
    // or bound otherwise is an error, never a quiet read of no rows.
    prepare("SELECT count(*) FROM leadline_rows(?1)");
    sqlite3_bind_int64(m_stmt, 1, 0x1234);
    EXPECT_EQ(sqlite3_step(m_stmt), SQLITE_ERROR);
    EXPECT_NE(QString::fromUtf8(sqlite3_errmsg(m_handle)).indexOf(QStringLiteral("feed")), -1) << sqlite3_errmsg(m_handle);
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    prepare("SELECT count(*) FROM leadline_rows('x')");
    EXPECT_EQ(sqlite3_step(m_stmt), SQLITE_ERROR);

    sqlite3_stmt *withoutFeed = nullptr;
    EXPECT_NE(sqlite3_prepare_v2(m_handle, "SELECT * FROM leadline_rows", -1, &withoutFeed, nullptr), SQLITE_OK)
        << "a scan without its feed is refused";
    sqlite3_finalize(withoutFeed);
}

TEST_F(RowFeedTest, OneStatementReadsRowsOfQtValues)
{
    const Database &db = *m_temp->database();
    ASSERT_TRUE(db.execScript(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, flag, amount, note, at)")).hasValue());
    const QList<QVariantList> rows{{QStringLiteral("a"), true, 2.5, QStringLiteral("Zürich")},
                                   {QStringLiteral("b"), false, 7, QVariant()}};
    ASSERT_TRUE(db.execOverRows(QStringLiteral("INSERT INTO t SELECT c0, c1, c2, c3, ?2 FROM leadline_rows(?1) ORDER BY rowid"),
                                rows, {QStringLiteral("now")})
                    .hasValue());
    auto q = db.exec(QStringLiteral("SELECT id, typeof(flag), flag, amount, note, at FROM t ORDER BY id"));
    ASSERT_TRUE(q.hasValue());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(1).toString(), QStringLiteral("integer")) << "a flag is stored as 1 or 0";
    EXPECT_EQ(q->value(2).toInt(), 1);
    EXPECT_DOUBLE_EQ(q->value(3).toDouble(), 2.5);
    EXPECT_EQ(q->value(4).toString(), QStringLiteral("Zürich"));
    EXPECT_EQ(q->value(5).toString(), QStringLiteral("now"));
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(2).toInt(), 0);
    EXPECT_EQ(q->value(3).toInt(), 7);
    EXPECT_TRUE(q->value(4).isNull());

    // A refused statement says why, as exec() would, and leaves nothing behind.
    const auto repeated = db.execOverRows(QStringLiteral("INSERT INTO t (id) SELECT c0 FROM leadline_rows(?1)"),
                                          {{QStringLiteral("c")}, {QStringLiteral("a")}});
    ASSERT_FALSE(repeated.hasValue());
    EXPECT_EQ(repeated.error().code(), ErrorCode::Conflict) << repeated.error().message().toStdString();
    auto c = db.exec(QStringLiteral("SELECT count(*) FROM t WHERE id = 'c'"));
    ASSERT_TRUE(c.hasValue() && c->next());
    EXPECT_EQ(c->value(0).toInt(), 0) << "the statement is undone as a whole";
    const auto broken = db.execOverRows(QStringLiteral("UPDATE nowhere SET x = 1"), {});
    ASSERT_FALSE(broken.hasValue());
    EXPECT_NE(broken.error().message().indexOf(QStringLiteral("nowhere")), -1) << broken.error().message().toStdString();
}

TEST_F(RowFeedTest, RowsOfQtValuesAreCheckedBeforeAnythingRuns)
{
    const Database &db = *m_temp->database();
    ASSERT_TRUE(db.execScript(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, note)")).hasValue());
    const QString insert = QStringLiteral("INSERT INTO t SELECT c0, c1 FROM leadline_rows(?1)");

    // A null string is NULL, as Qt SQL binds it; an empty one is text.
    ASSERT_TRUE(db.execOverRows(insert, {{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QStringLiteral("")}}).hasValue());
    auto q = db.exec(QStringLiteral("SELECT typeof(note) FROM t ORDER BY id"));
    ASSERT_TRUE(q.hasValue() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("null"));
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("text"));
    q->finish();

    const auto uneven = db.execOverRows(insert, {{QStringLiteral("c"), 1}, {QStringLiteral("d")}});
    ASSERT_FALSE(uneven.hasValue());
    EXPECT_EQ(uneven.error().code(), ErrorCode::InvalidArgument);
    EXPECT_NE(uneven.error().message().indexOf(QStringLiteral("Row 2")), -1) << uneven.error().message().toStdString();
    const auto extra = db.execOverRows(insert, {{QStringLiteral("e"), 1}}, {QStringLiteral("unused")});
    ASSERT_FALSE(extra.hasValue()) << "a value the statement does not take is not dropped silently";
    EXPECT_EQ(extra.error().code(), ErrorCode::InvalidArgument);
    const auto blob = db.execOverRows(insert, {{QStringLiteral("f"), QByteArray("\x01\x02", 2)}});
    ASSERT_FALSE(blob.hasValue());
    EXPECT_EQ(blob.error().code(), ErrorCode::InvalidArgument);
    auto count = db.exec(QStringLiteral("SELECT count(*) FROM t"));
    ASSERT_TRUE(count.hasValue() && count->next());
    EXPECT_EQ(count->value(0).toInt(), 2) << "nothing of the refused calls was written";
}

TEST_F(RowFeedTest, AJoinReadsTheFeedOnceWhateverTheStatisticsSay)
{
    // The feed has no index: as the inner loop of a join it would be read to its end for every
    // row of the other table. Statistics that call that table tiny (ANALYZE run while it was
    // nearly empty) must not put it outside.
    const Database &db = *m_temp->database();
    ASSERT_TRUE(db.execScript(QStringLiteral("CREATE TABLE t (id TEXT PRIMARY KEY, v);"
                                             "INSERT INTO t VALUES ('a', 1); ANALYZE;"
                                             "UPDATE sqlite_stat1 SET stat = '1 1' WHERE tbl = 't';"
                                             "INSERT INTO sqlite_stat1 SELECT 't', NULL, '1' "
                                             "WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 't' AND idx IS NULL);"
                                             "ANALYZE sqlite_schema;"))
                    .hasValue());
    prepare("EXPLAIN QUERY PLAN UPDATE t SET v = u.c1 FROM leadline_rows(?1) AS u WHERE t.id = u.c0");
    QStringList plan;
    while (sqlite3_step(m_stmt) == SQLITE_ROW)
        plan << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, 3)));
    ASSERT_GE(plan.size(), 2) << plan.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(plan.first().startsWith(QStringLiteral("SCAN u"))) << plan.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(plan.at(1).startsWith(QStringLiteral("SEARCH t"))) << plan.join(QStringLiteral(" | ")).toStdString();
}
