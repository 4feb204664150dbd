#include "services/storage/rowfeed.h"

#include <QByteArray>

#include <new>

#include <sqlite3.h>

namespace Leadline::Storage {

void RecordedValue::bind(sqlite3_stmt *stmt, int index) const
{
    switch (kind) {
    case Null:
        sqlite3_bind_null(stmt, index);
        break;
    case Integer:
        sqlite3_bind_int64(stmt, index, integer);
        break;
    case Real:
        sqlite3_bind_double(stmt, index, real);
        break;
    case Text8:
        sqlite3_bind_text(stmt, index, static_cast<const char *>(data), bytes, SQLITE_STATIC);
        break;
    case Text16:
        sqlite3_bind_text16(stmt, index, data, bytes, SQLITE_STATIC);
        break;
    }
}

void RecordedValue::result(sqlite3_context *context) const
{
    switch (kind) {
    case Null:
        sqlite3_result_null(context);
        break;
    case Integer:
        sqlite3_result_int64(context, integer);
        break;
    case Real:
        sqlite3_result_double(context, real);
        break;
    case Text8:
        sqlite3_result_text(context, static_cast<const char *>(data), bytes, SQLITE_STATIC);
        break;
    case Text16:
        sqlite3_result_text16(context, data, bytes, SQLITE_STATIC);
        break;
    }
}

void RecordedValues::text(const QString &value)
{
    if (value.isEmpty())
        return key("");
    const qsizetype room = m_encoder.requiredSpace(value.size());
    if (room > m_left) {
        const qsizetype size = qMax(room, kBlockSize);
        m_blocks.push_back(std::make_unique<char[]>(size_t(size)));
        m_next = m_blocks.back().get();
        m_left = size;
    }
    char *end = m_encoder.appendToBuffer(m_next, value);
    RecordedValue v;
    v.kind = RecordedValue::Text8;
    v.data = m_next;
    v.bytes = int(end - m_next);
    values.push_back(v);
    m_left -= end - m_next;
    m_next = end;
}

void RecordedValues::bytes(const QByteArray &utf8)
{
    m_kept.push_back(utf8); // shares the data, which stays where it is
    RecordedValue v;
    v.kind = RecordedValue::Text8;
    v.data = m_kept.back().constData();
    v.bytes = int(utf8.size());
    values.push_back(v);
}

void RecordedValues::key(const char *ascii)
{
    RecordedValue v;
    v.kind = RecordedValue::Text8;
    v.data = ascii;
    v.bytes = int(qstrlen(ascii));
    values.push_back(v);
}

void RecordedValues::integer(qint64 value)
{
    RecordedValue v;
    v.kind = RecordedValue::Integer;
    v.integer = value;
    values.push_back(v);
}

void RecordedValues::real(double value)
{
    RecordedValue v;
    v.kind = RecordedValue::Real;
    v.real = value;
    values.push_back(v);
}

namespace {

constexpr int kFeedColumn = RowFeed::kMaxColumns; // the hidden argument column

struct FeedCursor
{
    sqlite3_vtab_cursor base{};
    const RowFeed *feed = nullptr;
    qsizetype row = 0;
};

int feedConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    QByteArray schema = "CREATE TABLE x(";
    for (int i = 0; i < RowFeed::kMaxColumns; ++i)
        schema += 'c' + QByteArray::number(i) + ", ";
    schema += "feed HIDDEN)";
    if (const int rc = sqlite3_declare_vtab(db, schema.constData()); rc != SQLITE_OK)
        return rc;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    **table = sqlite3_vtab{};
    return SQLITE_OK;
}

int feedDisconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int feedBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int feedArgument = -1;
    bool joinedOnAColumn = false;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.iColumn != kFeedColumn || constraint.op != SQLITE_INDEX_CONSTRAINT_EQ) {
            joinedOnAColumn = joinedOnAColumn || (constraint.usable && constraint.iColumn >= 0);
            continue;
        }
        if (!constraint.usable)
            return SQLITE_CONSTRAINT; // a plan without the feed is no plan
        feedArgument = i;
    }
    if (feedArgument < 0)
        return SQLITE_CONSTRAINT;
    info->aConstraintUsage[feedArgument].argvIndex = 1;
    info->aConstraintUsage[feedArgument].omit = 1;
    // The feed has no index: as the inner loop of a join (a value of another table to match
    // on one of its columns) it would be read to its end once for every outer row. Priced
    // out of that, whatever the statistics say of the other table (statistics of a nearly
    // empty contacts table put the feed inside: 10k contacts of 50k took 14 s to update).
    info->estimatedCost = joinedOnAColumn ? 1e15 : 1000;
    info->estimatedRows = 1000;
    // Rows come in feed order, which is rowid order.
    if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn < 0 && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int feedOpen(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    auto *made = new (std::nothrow) FeedCursor;
    if (!made)
        return SQLITE_NOMEM;
    *cursor = &made->base;
    return SQLITE_OK;
}

int feedClose(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<FeedCursor *>(cursor);
    return SQLITE_OK;
}

int feedFilter(sqlite3_vtab_cursor *cursor, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<FeedCursor *>(cursor);
    c->feed = argc > 0 ? static_cast<const RowFeed *>(sqlite3_value_pointer(argv[0], RowFeed::kPointerType)) : nullptr;
    c->row = 0;
    if (!c->feed) { // anything but a bound feed: an error, never a quiet batch of no rows
        sqlite3_free(cursor->pVtab->zErrMsg);
        cursor->pVtab->zErrMsg = sqlite3_mprintf("leadline_rows() needs a feed bound with sqlite3_bind_pointer()");
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

int feedNext(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<FeedCursor *>(cursor)->row;
    return SQLITE_OK;
}

int feedEof(sqlite3_vtab_cursor *cursor)
{
    const auto *c = reinterpret_cast<FeedCursor *>(cursor);
    return !c->feed || c->row >= c->feed->rows;
}

int feedColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    const auto *c = reinterpret_cast<FeedCursor *>(cursor);
    if (column >= c->feed->columns)
        sqlite3_result_null(context);
    else
        c->feed->values[c->row * c->feed->columns + column].result(context);
    return SQLITE_OK;
}

int feedRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<FeedCursor *>(cursor)->row;
    return SQLITE_OK;
}

const sqlite3_module feedModule = {
    /* iVersion */ 0,
    /* xCreate */ nullptr, // eponymous only: leadline_rows exists on every connection it is registered on
    feedConnect,
    feedBestIndex,
    feedDisconnect,
    /* xDestroy */ nullptr,
    feedOpen,
    feedClose,
    feedFilter,
    feedNext,
    feedEof,
    feedColumn,
    feedRowid,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

} // namespace

bool RowFeed::registerOn(sqlite3 *handle)
{
    return sqlite3_create_module_v2(handle, "leadline_rows", &feedModule, nullptr, nullptr) == SQLITE_OK;
}

int RowFeed::bind(sqlite3_stmt *stmt, int index, const RowFeed *feed)
{
    return sqlite3_bind_pointer(stmt, index, const_cast<RowFeed *>(feed), kPointerType, nullptr);
}

} // namespace Leadline::Storage
