#include "services/importexport/storedcontactupdates.h"

#include "services/storage/database.h"
#include "services/storage/sqldialect.h"
#include "services/storage/statementcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace Leadline::ImportExport {

namespace {

// "first_name = u.c1, …, updated_at = <now>": the shape's columns take the values that
// follow the contact's id in each staged row (named by valueName), cast as cast() says.
QString setClause(const QList<ContactColumn> &columns, QString (*valueName)(qsizetype), QString (*cast)(ContactColumn),
                  const QString &now)
{
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments << QStringLiteral("%1 = u.%2%3").arg(contactColumnName(columns.at(i)), valueName(i), cast(columns.at(i)));
    assignments << QStringLiteral("updated_at = ") + now;
    return assignments.join(QStringLiteral(", "));
}

// leadline_rows() names its columns c0 (the id), c1, …
QString feedName(qsizetype index)
{
    return QStringLiteral("c%1").arg(index + 1);
}

// The JSON records of PostgreSQL: "id", "v0", "v1", …
QString recordName(qsizetype index)
{
    return QStringLiteral("v%1").arg(index);
}

QString noCast(ContactColumn)
{
    return {};
}

// PostgreSQL stages every value as text.
QString postgresCast(ContactColumn column)
{
    switch (contactColumnType(column)) {
    case ColumnType::Json:
        return QStringLiteral("::jsonb");
    case ColumnType::Boolean:
        return QStringLiteral("::boolean");
    case ColumnType::Text:
        break;
    }
    return {};
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

QList<StoredContactUpdates::Shape> StoredContactUpdates::shapes() const
{
    QList<Shape> found;
    QMap<QList<ContactColumn>, qsizetype> indexOf;
    for (qsizetype i = 0; i < m_updates.size(); ++i) {
        const QList<ContactColumn> columns = m_updates.at(i).values.keys();
        auto it = indexOf.constFind(columns);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(columns, found.size());
            found.append({columns, {}});
        }
        found[*it].updates.append(i);
    }
    return found;
}

Result StoredContactUpdates::write(const Storage::Database &database, Storage::StatementCache &statements,
                                   const QVariant &now)
{
    // Emails are unique among live contacts, and a file may hand an address on from one
    // contact to another (one row moves it away, a later one takes it), in any order of the
    // contacts: every contact whose email changes lets go of its present one first. (The
    // caller makes sure no two contacts end up with the same address.)
    if (Result released = releaseChangedEmails(database); !released)
        return released;
    // On SQLite sets of columns that few contacts share are written one contact at a time,
    // where staging costs more than it saves (fill-empty imports may give nearly every contact
    // a set of its own).
    const bool sqlite = database.kind() == Storage::DatabaseKind::Sqlite;
    QList<qsizetype> oneByOne;
    Result written;
    for (const Shape &shape : shapes()) {
        if (sqlite && shape.updates.size() < kMinStaged)
            oneByOne += shape.updates;
        else
            written = sqlite ? writeFromRows(database, shape, now) : writeFromJson(database, shape, now);
        if (!written)
            break;
    }
    std::sort(oneByOne.begin(), oneByOne.end());
    for (qsizetype i = 0; written && i < oneByOne.size(); ++i)
        written = writeOne(database, statements, m_updates.at(oneByOne.at(i)), now);
    m_updates.clear();
    m_indexOf.clear();
    return written;
}

Result StoredContactUpdates::releaseChangedEmails(const Storage::Database &database) const
{
    QStringList ids;
    for (const Update &update : m_updates)
        if (update.values.contains(ContactColumn::Email))
            ids << update.contactId;
    constexpr qsizetype kPerStatement = 5000;
    for (qsizetype start = 0; start < ids.size(); start += kPerStatement) {
        auto released = database.exec(QStringLiteral("UPDATE contacts SET email = NULL WHERE %1")
                                           .arg(database.dialect().inList(QStringLiteral("id"))),
                                       {Storage::SqlDialect::inListValue(ids.mid(start, kPerStatement))});
        if (!released)
            return released.error();
    }
    return {};
}

Result StoredContactUpdates::writeFromRows(const Storage::Database &database, const Shape &shape, const QVariant &now)
{
    QList<QVariantList> rows;
    rows.reserve(shape.updates.size());
    for (qsizetype index : shape.updates) {
        const Update &update = m_updates.at(index);
        QVariantList row;
        row.reserve(update.values.size() + 1);
        row << update.contactId;
        for (const QVariant &value : update.values)
            row << value;
        rows << row;
    }
    const QString sql = QStringLiteral("UPDATE contacts SET %1 FROM leadline_rows(?1) AS u WHERE contacts.id = u.c0")
                            .arg(setClause(shape.columns, feedName, noCast, QStringLiteral("?2")));
    return database.execOverRows(sql, rows, {now});
}

Result StoredContactUpdates::writeOne(const Storage::Database &database, Storage::StatementCache &statements,
                                      const Update &update, const QVariant &now)
{
    QStringList assignments;
    QVariantList bindings;
    for (auto it = update.values.constBegin(); it != update.values.constEnd(); ++it) {
        assignments << contactColumnName(it.key()) + QStringLiteral(" = ") + placeholderFor(it.key(), database.dialect());
        bindings << it.value();
    }
    bindings << now << update.contactId;
    auto updated = statements.exec(QStringLiteral("UPDATE contacts SET %1, updated_at = ? WHERE id = ?")
                                       .arg(assignments.join(QStringLiteral(", "))),
                                   bindings);
    return updated ? Result() : Result(updated.error());
}

Result StoredContactUpdates::writeFromJson(const Storage::Database &database, const Shape &shape, const QVariant &now)
{
    // One parameter carries every contact's values: a round trip to the server per contact
    // cost ~0.3 ms.
    QJsonArray rows;
    for (qsizetype index : shape.updates) {
        const Update &update = m_updates.at(index);
        QJsonObject row{{QStringLiteral("id"), update.contactId}};
        qsizetype i = 0;
        for (const QVariant &value : update.values) {
            row.insert(recordName(i++), value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString()));
        }
        rows.append(row);
    }
    QStringList recordColumns{QStringLiteral("id")};
    for (qsizetype i = 0; i < shape.columns.size(); ++i)
        recordColumns << recordName(i);
    const QString sql = QStringLiteral("UPDATE contacts SET %1 FROM %2 WHERE contacts.id = u.id")
                            .arg(setClause(shape.columns, recordName, postgresCast, QStringLiteral("?")),
                                 database.dialect().jsonRecords(recordColumns, QStringLiteral("u")));
    auto updated = database.exec(sql, {now, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    return updated ? Result() : Result(updated.error());
}

} // namespace Leadline::ImportExport
