#pragma once

#include "services/core/expected.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Leadline::Storage {

class Database;

// The statements of a loop that runs them thousands of times on this thread's connection,
// each prepared once and then reused by its SQL text. For such small statements preparing
// costs more than running: an UPDATE of contacts compiles the full-text triggers every time
// (100,000 imported updates: 4.5 s of the import's 10.6 s went on preparing).
// Lives on one thread, and must go before that thread's connection does.
class StatementCache
{
public:
    explicit StatementCache(const Database &database) : m_database(database) {}

    // Runs sql with positional (?) bindings. The query stays valid until sql is run again;
    // a SELECT's rows must be read before then.
    Expected<QSqlQuery *> exec(const QString &sql, const QVariantList &bindings);

private:
    // Statements kept at most: texts that vary by row (an UPDATE of the columns a row
    // changes) would otherwise collect without end.
    static constexpr qsizetype kMaxStatements = 64;

    const Database &m_database;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace Leadline::Storage
