#pragma once

#include <QByteArray>
#include <QStringEncoder>
#include <QtGlobal>

#include <cstring>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_stmt;

namespace Leadline::Storage {

// A value as BulkWriter binds it: kept for a whole batch so that SQL can read the batch's
// rows straight from memory (RowFeed) instead of from a staging table.
struct RecordedValue
{
    enum Kind : quint8 { Null, Integer, Real, Text8, Text16 };
    Kind kind = Null;
    int bytes = 0;
    qint64 integer = 0;
    double real = 0;
    const void *data = nullptr; // valid until the batch is written

    bool operator==(const RecordedValue &other) const
    {
        if (kind != other.kind)
            return false;
        switch (kind) {
        case Null:
            return true;
        case Integer:
            return integer == other.integer;
        case Real:
            return real == other.real;
        case Text8:
        case Text16:
            return bytes == other.bytes && (data == other.data || std::memcmp(data, other.data, size_t(bytes)) == 0);
        }
        return false;
    }

    void bind(sqlite3_stmt *stmt, int index) const;
    void result(sqlite3_context *context) const;
};

// Values recorded one after another, as rows for a RowFeed or as bindings. Text is encoded
// to UTF-8 here, into a few large blocks: handed over as UTF-16, SQLite would allocate and
// convert every value itself, several times slower (1M imported rows: ~1 s of the writing
// thread). What the values point to lives as long as this object.
class RecordedValues
{
public:
    std::vector<RecordedValue> values;

    void text(const QString &value);
    void bytes(const QByteArray &utf8); // shared, not copied
    void key(const char *ascii);        // static storage
    void integer(qint64 value);
    void real(double value);
    void null() { values.push_back(RecordedValue()); }

private:
    static constexpr qsizetype kBlockSize = 1 << 20;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless}; // each value on its own
    std::vector<std::unique_ptr<char[]>> m_blocks; // never move: values point into them
    char *m_next = nullptr;
    qsizetype m_left = 0;
    std::vector<QByteArray> m_kept; // what bytes() was given
};

// Rows in memory, row after row, `columns` values each, that SQL reads as the table-valued
// function leadline_rows(feed): columns c0 … c63 and the rowid (the row's index, in order).
// The feed is bound as a pointer (sqlite3_bind_pointer with kPointerType) and must outlive
// the statement's run:
//     INSERT INTO t (a, b) SELECT c0, c1 FROM leadline_rows(?1) ORDER BY rowid
// One INSERT … SELECT per batch keeps what SQLite pays per statement (full-text flushes,
// cursor set-up) off each row, without copying the rows through a temporary table first.
struct RowFeed
{
    static constexpr int kMaxColumns = 64;
    static constexpr const char *kPointerType = "leadline_row_feed";

    const RecordedValue *values = nullptr;
    int columns = 0;
    qsizetype rows = 0;

    // Makes leadline_rows() known to a connection; once per connection.
    static bool registerOn(sqlite3 *handle);
    // Binds a feed to a statement's parameter.
    static int bind(sqlite3_stmt *stmt, int index, const RowFeed *feed);
};

} // namespace Leadline::Storage
