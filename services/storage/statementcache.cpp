#include "services/storage/statementcache.h"

#include "services/storage/database.h"

#include <QSqlError>

namespace Leadline::Storage {

Expected<QSqlQuery *> StatementCache::exec(const QString &sql, const QVariantList &bindings)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlDatabase connection = m_database.connection();
        if (!connection.isOpen())
            return m_database.connectionStatus().error();
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Database::errorFrom(query.lastError(), sql);
        if (m_queries.size() >= kMaxStatements)
            m_queries.clear();
        it = m_queries.insert(sql, std::move(query));
    }
    QSqlQuery &query = *it;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec())
        return Database::errorFrom(query.lastError(), sql);
    return &query;
}

} // namespace Leadline::Storage
