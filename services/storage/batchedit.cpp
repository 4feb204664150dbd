#include "services/storage/batchedit.h"

#include "services/storage/database.h"

namespace Leadline::Storage {

Expected<QStringList> editEachInTransaction(const Database &database, const QStringList &ids, const BatchStep &step)
{
    QStringList changed;
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &id : ids) {
        auto stepped = step(id);
        if (!stepped)
            return stepped.error();
        if (*stepped)
            changed << id;
    }
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result markDeleted(const Database &database, QLatin1String table, const QString &id, const QVariant &now)
{
    auto updated = database.exec(QString(QStringLiteral("UPDATE ") + table +
                                         QStringLiteral(" SET deleted_at = ?, updated_at = ? "
                                                        "WHERE id = ? AND deleted_at IS NULL")),
                                 {now, now, id});
    if (!updated)
        return updated.error();
    return {};
}

Result markRestored(const Database &database, QLatin1String table, const QString &id, const QVariant &now)
{
    auto updated = database.exec(QString(QStringLiteral("UPDATE ") + table +
                                         QStringLiteral(" SET deleted_at = NULL, updated_at = ? WHERE id = ?")),
                                 {now, id});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace Leadline::Storage
