#pragma once

#include <QtGlobal>

#include <cstring>

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
