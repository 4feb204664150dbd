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
