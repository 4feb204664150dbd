#include "services/storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QRegularExpression>

namespace Leadline::Storage {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    DatabaseKind kind() const override { return DatabaseKind::Sqlite; }
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString migrationsFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString importTurn() const override { return {}; }
    QString lockForMigrations() const override { return {}; }
    QString unlockAfterMigrations() const override { return {}; }

    QVariant timestampToDb(const QDateTime &value) const override
    {
        if (!value.isValid())
            return QVariant(QMetaType::fromType<QString>());
        return value.toUTC().toString(Qt::ISODateWithMs);
    }

    QDateTime timestampFromDb(const QVariant &value) const override
    {
        if (value.isNull())
            return {};
        QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(value.toString(), Qt::ISODate);
        return dt.toUTC();
    }

    QVariant boolToDb(bool value) const override { return value ? 1 : 0; }
    QString caseInsensitive(const QString &column) const override { return column + QStringLiteral(" COLLATE NOCASE"); }

    QString contactSearchCondition() const override
    {
        return QStringLiteral("c.rowid IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)");
    }

    QString contactSearchValue(const QString &userText) const override
    {
        QStringList terms;
        for (const QString &word : searchWords(userText))
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        return terms.join(QLatin1Char(' '));
    }

    QString jsonCast(const QString &placeholder) const override { return placeholder; }
    QString jsonObjectKeys(const QString &column, const QString &alias) const override
    {
        return QStringLiteral(
                   "json_each(CASE WHEN json_valid(%1) AND json_type(%1) = 'object' THEN %1 ELSE '{}' END) %2")
            .arg(column, alias);
    }
    QString skipLockedSuffix() const override { return {}; }
    QString inList(const QString &column) const override
    {
        return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
    }
    QString listRows(const QString &alias) const override { return QStringLiteral("json_each(?) AS %1").arg(alias); }
    QString jsonRecords(const QStringList &columns, const QString &alias) const override
    {
        QStringList values;
        for (const QString &column : columns)
            values << QStringLiteral("value ->> '%1' AS %1").arg(column);
        return QStringLiteral("(SELECT %1 FROM json_each(?)) AS %2").arg(values.join(QStringLiteral(", ")), alias);
    }
};

class PostgreSqlDialect final : public SqlDialect
{
public:
    DatabaseKind kind() const override { return DatabaseKind::PostgreSql; }
    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString migrationsFolder() const override { return QStringLiteral(":/migrations/postgresql"); }
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN"); }
    QString importTurn() const override { return QStringLiteral("SELECT pg_advisory_xact_lock(7290438135124508998)"); }
    QString lockForMigrations() const override
    {
        return QStringLiteral("SELECT pg_advisory_lock(7290438135124508999)");
    }
    QString unlockAfterMigrations() const override
    {
        return QStringLiteral("SELECT pg_advisory_unlock(7290438135124508999)");
    }

    QVariant timestampToDb(const QDateTime &value) const override
    {
        if (!value.isValid())
            return QVariant(QMetaType::fromType<QDateTime>());
        return value.toUTC();
    }

    QDateTime timestampFromDb(const QVariant &value) const override
    {
        if (value.isNull())
            return {};
        if (value.metaType() == QMetaType::fromType<QDateTime>())
            return value.toDateTime().toUTC();
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    }

    QVariant boolToDb(bool value) const override { return value; }
    QString caseInsensitive(const QString &column) const override { return QStringLiteral("lower(") + column + QLatin1Char(')'); }

    QString contactSearchCondition() const override
    {
        return QStringLiteral("c.search_vector @@ to_tsquery('simple', leadline_fold_accents(?))");
    }

    QString contactSearchValue(const QString &userText) const override
    {
        QStringList terms;
        for (const QString &word : searchWords(userText))
            terms << word + QStringLiteral(":*");
        return terms.join(QStringLiteral(" & "));
    }

    QString jsonCast(const QString &placeholder) const override { return placeholder + QStringLiteral("::jsonb"); }
    QString jsonObjectKeys(const QString &column, const QString &alias) const override
    {
        return QStringLiteral("jsonb_object_keys(CASE WHEN jsonb_typeof((%1)::jsonb) = 'object' THEN (%1)::jsonb "
                              "ELSE '{}'::jsonb END) AS %2(key)")
            .arg(column, alias);
    }
    QString skipLockedSuffix() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString inList(const QString &column) const override
    {
        return column + QStringLiteral(" IN (SELECT jsonb_array_elements_text(?::jsonb))");
    }
    QString listRows(const QString &alias) const override
    {
        return QStringLiteral("jsonb_array_elements_text(?::jsonb) AS %1(value)").arg(alias);
    }
    QString jsonRecords(const QStringList &columns, const QString &alias) const override
    {
        QStringList typed;
        for (const QString &column : columns)
            typed << column + QStringLiteral(" text");
        return QStringLiteral("jsonb_to_recordset(?::jsonb) AS %1(%2)").arg(alias, typed.join(QStringLiteral(", ")));
    }
};

} // namespace

QVariant SqlDialect::inListValue(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

std::unique_ptr<SqlDialect> SqlDialect::create(DatabaseKind kind)
{
    if (kind == DatabaseKind::PostgreSql)
        return std::make_unique<PostgreSqlDialect>();
    return std::make_unique<SqliteDialect>();
}

QStringList SqlDialect::searchWords(const QString &userText)
{
    // Combining marks stay with their letters: "İlkay" in lower case is "i̇lkay", with a mark
    // after the i, which the search indexes fold away rather than split at.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    QStringList words = userText.toLower().split(separators, Qt::SkipEmptyParts);
    static const QRegularExpression letterOrDigit(QStringLiteral("[\\p{L}\\p{N}]"));
    words.removeIf([](const QString &word) { return !word.contains(letterOrDigit); }); // marks alone
    return words;
}

} // namespace Leadline::Storage
