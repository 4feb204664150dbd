#include "services/importexport/storedcontactupdates.h"

#include "services/storage/database.h"
#include "services/storage/statementcache.h"

#include <QStringList>

namespace Leadline::ImportExport {

namespace {

// The staging table has one untyped value column for each column an import may write.
QString stagedValue(qsizetype index)
{
    return QStringLiteral("v%1").arg(index);
}

QString setClause(const QList<ContactColumn> &columns, const std::function<QString(qsizetype)> &valueAt)
{
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments << QString(contactColumnName(columns.at(i)) + QStringLiteral(" = ") + valueAt(i));
    assignments << QStringLiteral("updated_at = ?");
    return assignments.join(QStringLiteral(", "));
}

} // namespace

void StoredContactUpdates::add(const QString &contactId, const QMap<ContactColumn, QVariant> &values)
{
    if (values.isEmpty())
        return;
    if (const auto it = m_indexOf.constFind(contactId); it != m_indexOf.constEnd()) {
        QMap<ContactColumn, QVariant> &merged = m_updates[*it].values;
        for (auto value = values.constBegin(); value != values.constEnd(); ++value)
            merged.insert(value.key(), value.value());
        return;
    }
    m_indexOf.insert(contactId, m_updates.size());
    m_updates.append({contactId, values});
}

Result StoredContactUpdates::write(const Storage::Database &database, Storage::StatementCache &statements,
                                   const QVariant &now)
{
    Result written = m_updates.isEmpty() ? Result()
                     : database.kind() == Storage::DatabaseKind::Sqlite ? writeStaged(database, statements, now)
                                                                          : writeEach(database, statements, now);
    m_updates.clear();
    m_indexOf.clear();
    return written;
}

Result StoredContactUpdates::writeStaged(const Storage::Database &database, Storage::StatementCache &statements,
                                         const QVariant &now)
{
    QStringList valueColumns;
    for (qsizetype i = 0; i < allContactColumns().size(); ++i)
        valueColumns << stagedValue(i);
    if (auto created = database.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS import_contact_updates "
                                                    "(id TEXT PRIMARY KEY, %1)")
                                         .arg(valueColumns.join(QStringLiteral(", "))));
        !created)
        return created.error();

    // Contacts with the same changed columns, in the order of their first row.
    QList<QList<ContactColumn>> shapes;
    QMap<QList<ContactColumn>, QList<qsizetype>> updatesOf;
    for (qsizetype i = 0; i < m_updates.size(); ++i) {
        const QList<ContactColumn> columns = m_updates.at(i).values.keys();
        auto it = updatesOf.find(columns);
        if (it == updatesOf.end()) {
            shapes << columns;
            it = updatesOf.insert(columns, {});
        }
        it->append(i);
    }
    for (const QList<ContactColumn> &columns : std::as_const(shapes)) {
        if (auto emptied = statements.exec(QStringLiteral("DELETE FROM temp.import_contact_updates"), {}); !emptied)
            return emptied.error();
        const QStringList marks(columns.size() + 1, QStringLiteral("?"));
        const QString stage = QStringLiteral("INSERT INTO temp.import_contact_updates (id, %1) VALUES (%2)")
                                  .arg(valueColumns.mid(0, columns.size()).join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", ")));
        for (qsizetype index : updatesOf.value(columns)) {
            const Update &update = m_updates.at(index);
            QVariantList bindings{update.contactId};
            for (const QVariant &value : update.values)
                bindings << value;
            if (auto staged = statements.exec(stage, bindings); !staged)
                return staged.error();
        }
        const QString sql = QStringLiteral("UPDATE contacts SET %1 FROM temp.import_contact_updates AS u "
                                           "WHERE contacts.id = u.id")
                                .arg(setClause(columns, [](qsizetype i) { return QStringLiteral("u.v%1").arg(i); }));
        if (auto updated = database.exec(sql, {now}); !updated)
            return updated.error();
    }
    auto emptied = statements.exec(QStringLiteral("DELETE FROM temp.import_contact_updates"), {});
    return emptied ? Result() : Result(emptied.error());
}

Result StoredContactUpdates::writeEach(const Storage::Database &database, Storage::StatementCache &statements,
                                       const QVariant &now)
{
    for (const Update &update : std::as_const(m_updates)) {
        const QList<ContactColumn> columns = update.values.keys();
        const QString sql = QStringLiteral("UPDATE contacts SET %1 WHERE id = ?")
                                .arg(setClause(columns, [&](qsizetype i) {
                                    return placeholderFor(columns.at(i), database.dialect());
                                }));
        QVariantList bindings;
        for (const QVariant &value : update.values)
            bindings << value;
        bindings << now << update.contactId;
        if (auto updated = statements.exec(sql, bindings); !updated)
            return updated.error();
    }
    return {};
}

} // namespace Leadline::ImportExport
