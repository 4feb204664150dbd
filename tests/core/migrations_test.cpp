#include "services/domain/enums.h"
#include "services/domain/uuid.h"
#include "services/importexport/otherkeyindex.h"
#include "services/storage/database.h"
#include "services/storage/sqldialect.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;

class MigrationTest : public DatabaseTest {};

TEST_P(MigrationTest, CreatesTheCoreTablesAndRecordsTheVersion)
{
    auto version = db().schemaVersion();
    ASSERT_TRUE(version.hasValue());
    EXPECT_GE(*version, 1);
    for (const char *table : {"companies", "contacts", "leads", "campaigns", "campaign_steps", "campaign_enrollments",
                              "activities", "users", "pipeline_stages", "schema_migrations"}) {
        auto query = db().exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        EXPECT_TRUE(query.hasValue()) << table << ": " << (query ? "" : query.error().toString().toStdString());
    }
}

TEST_P(MigrationTest, IsIdempotent)
{
    auto first = db().schemaVersion();
    auto again = db().migrate();
    ASSERT_TRUE(again.hasValue()) << again.error().toString().toStdString();
    EXPECT_EQ(*again, *first);
    auto rows = db().exec(QStringLiteral("SELECT count(*) FROM schema_migrations"));
    ASSERT_TRUE(rows.hasValue());
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(0).toInt(), *first);
}

TEST_P(MigrationTest, CustomFieldsContactsHoldAreRegisteredOnce)
{
    // Contacts saved before names were registered: their fields, then the migration again.
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QVariant stamp = db().dialect().timestampToDb(QDateTime::fromString(now, Qt::ISODateWithMs));
    int n = 0;
    for (const char *fields : {R"({"Shoe size": "44", "Budget": 1})", R"({"shoe SIZE": "45"})", "{}", "[1, 2]"}) {
        auto inserted = db().exec(QStringLiteral("INSERT INTO contacts (id, email, custom_fields, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?)"),
                                  {Domain::newId(), QStringLiteral("c%1@example.com").arg(n++), QString::fromUtf8(fields),
                                   stamp, stamp});
        ASSERT_TRUE(inserted.hasValue()) << inserted.error().toString().toStdString();
    }
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM custom_fields")).hasValue());
    const int version = db().kind() == Storage::DatabaseKind::Sqlite ? 7 : 6;
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {version}).hasValue());
    auto migrated = db().migrate();
    ASSERT_TRUE(migrated.hasValue()) << migrated.error().toString().toStdString();

    auto names = db().exec(QStringLiteral("SELECT name, id FROM custom_fields ORDER BY lower(name)"));
    ASSERT_TRUE(names.hasValue());
    QStringList found;
    while (names->next()) {
        found << names->value(0).toString();
        EXPECT_TRUE(Domain::isValidId(names->value(1).toString())) << names->value(1).toString().toStdString();
    }
    EXPECT_EQ(found, (QStringList{QStringLiteral("Budget"), QStringLiteral("Shoe size")}));
}

// Contacts saved with other numbers and no main one (before the first became the main one):
// the migration makes it so, and leaves every other contact as it was.
TEST_P(MigrationTest, TheFirstOtherNumberBecomesTheMainOneOfAContactWithout)
{
    const QVariant stamp = db().dialect().timestampToDb(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const QList<std::pair<QVariant, QString>> rows = {
        {QString(), QStringLiteral(R"(["+49301234567", "+49891234567"])")},
        {QStringLiteral(""), QStringLiteral(R"(["+4940123456"])")},
        {QStringLiteral("+441632960001"), QStringLiteral(R"(["+4940999"])")},
        {QString(), QStringLiteral("[]")}};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto inserted =
            db().exec(QStringLiteral("INSERT INTO contacts (id, email, phone, other_phones, created_at, updated_at) "
                                     "VALUES (?, ?, ?, %1, ?, ?)")
                          .arg(db().dialect().jsonCast(QStringLiteral("?"))),
                      {Domain::newId(), QStringLiteral("n%1@example.com").arg(i), rows.at(i).first, rows.at(i).second,
                       stamp, stamp});
        ASSERT_TRUE(inserted.hasValue()) << inserted.error().toString().toStdString();
    }
    const int version = 12;
    ASSERT_TRUE(db().exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"), {version}).hasValue());
    auto migrated = db().migrate();
    ASSERT_TRUE(migrated.hasValue()) << migrated.error().toString().toStdString();

    auto q = db().exec(QStringLiteral("SELECT coalesce(phone, ''), other_phones FROM contacts ORDER BY email"));
    ASSERT_TRUE(q.hasValue());
    QStringList found;
    while (q->next())
        found << q->value(0).toString() + QLatin1Char(' ') +
                     QString::fromUtf8(
                         QJsonDocument::fromJson(q->value(1).toString().toUtf8()).toJson(QJsonDocument::Compact));
    EXPECT_EQ(found, (QStringList{QStringLiteral("+49301234567 [\"+49891234567\"]"), QStringLiteral("+4940123456 []"),
                                  QStringLiteral("+441632960001 [\"+4940999\"]"), QStringLiteral(" []")}));
}

TEST_P(MigrationTest, EnumCheckConstraintsMatchTheCode)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const auto insertContact = [&](const QString &column, const QString &value) {
        return db().exec(QStringLiteral("INSERT INTO contacts (id, %1, created_at, updated_at) VALUES (?, ?, ?, ?)").arg(column),
                         {Domain::newId(), value, now, now});
    };
    for (const QString &key : Domain::allKeys<Domain::LifecycleStage>())
        EXPECT_TRUE(insertContact(QStringLiteral("lifecycle_stage"), key).hasValue()) << key.toStdString();
    for (const QString &key : Domain::allKeys<Domain::OptInStatus>())
        EXPECT_TRUE(insertContact(QStringLiteral("opt_in_sms"), key).hasValue()) << key.toStdString();
    for (const QString &key : Domain::allKeys<Domain::LeadSource>())
        EXPECT_TRUE(insertContact(QStringLiteral("source"), key).hasValue()) << key.toStdString();
    EXPECT_FALSE(insertContact(QStringLiteral("lifecycle_stage"), QStringLiteral("prospect")).hasValue());
    EXPECT_FALSE(insertContact(QStringLiteral("opt_in_email"), QStringLiteral("maybe")).hasValue());

    const QString contactId = Domain::newId();
    ASSERT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts (id, created_at, updated_at) VALUES (?, ?, ?)"),
                          {contactId, now, now}).hasValue());
    for (const QString &key : Domain::allKeys<Domain::ActivityType>()) {
        auto inserted = db().exec(QStringLiteral("INSERT INTO activities (id, type, entity_type, entity_id, occurred_at, "
                                                 "created_at, updated_at) VALUES (?, ?, 'contact', ?, ?, ?, ?)"),
                                  {Domain::newId(), key, contactId, now, now, now});
        EXPECT_TRUE(inserted.hasValue()) << key.toStdString();
    }
    EXPECT_FALSE(db().exec(QStringLiteral("INSERT INTO activities (id, type, entity_type, entity_id, occurred_at, "
                                          "created_at, updated_at) VALUES (?, 'bogus', 'contact', ?, ?, ?, ?)"),
                           {Domain::newId(), contactId, now, now, now}).hasValue());

    for (const QString &key : Domain::allKeys<Domain::StageKind>())
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO pipeline_stages (id, name, position, kind, created_at, updated_at) "
                                             "VALUES (?, 'S', 1, ?, ?, ?)"),
                              {Domain::newId(), key, now, now}).hasValue()) << key.toStdString();
    for (const QString &key : Domain::allKeys<Domain::CampaignStatus>())
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO campaigns (id, name, status, created_at, updated_at) "
                                             "VALUES (?, 'C', ?, ?, ?)"),
                              {Domain::newId(), key, now, now}).hasValue()) << key.toStdString();
    for (const QString &key : Domain::allKeys<Domain::CampaignType>())
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO campaigns (id, name, type, created_at, updated_at) "
                                             "VALUES (?, 'C', ?, ?, ?)"),
                              {Domain::newId(), key, now, now}).hasValue()) << key.toStdString();
}

TEST_P(MigrationTest, PrimaryEmailIsUniqueCaseInsensitivelyAmongLiveContacts)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString sql = QStringLiteral("INSERT INTO contacts (id, email, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?)");
    const QVariant live(QMetaType::fromType<QString>());
    ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("Ann@Example.com"), now, now, live}).hasValue());
    auto duplicate = db().exec(sql, {Domain::newId(), QStringLiteral("ann@example.COM"), now, now, live});
    ASSERT_FALSE(duplicate.hasValue());
    EXPECT_EQ(duplicate.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("ann@example.com"), now, now, now}).hasValue())
        << "a deleted contact may share the address";
}

TEST_P(MigrationTest, NestedTransactionsRollBackToTheSavepoint)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString sql = QStringLiteral("INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
    {
        Storage::Transaction outer(db());
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("kept"), now, now}).hasValue());
        {
            Storage::Transaction inner(db());
            ASSERT_TRUE(inner.isActive());
            ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("dropped"), now, now}).hasValue());
        } // inner rolls back
        ASSERT_TRUE(outer.commit().hasValue());
    }
    {
        Storage::Transaction abandoned(db());
        ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("abandoned"), now, now}).hasValue());
    }
    auto names = db().exec(QStringLiteral("SELECT name FROM tags ORDER BY name"));
    ASSERT_TRUE(names.hasValue());
    QStringList found;
    while (names->next())
        found << names->value(0).toString();
    EXPECT_EQ(found, QStringList{QStringLiteral("kept")});
}

TEST_P(MigrationTest, JoinedTransactionsWriteInTheOuterOne)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QString sql = QStringLiteral("INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
    const auto tagNames = [this] {
        QStringList found;
        auto names = db().exec(QStringLiteral("SELECT name FROM tags ORDER BY name"));
        while (names && names->next())
            found << names->value(0).toString();
        return found;
    };
    using Nesting = Storage::Transaction::Nesting;
    {
        Storage::Transaction outer(db());
        {
            Storage::Transaction joined(db(), Nesting::JoinOuter);
            ASSERT_TRUE(joined.isActive());
            ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("joined"), now, now}).hasValue());
            ASSERT_TRUE(joined.commit().hasValue());
        }
        EXPECT_EQ(tagNames(), QStringList{QStringLiteral("joined")}) << "not committed on its own";
    } // the outer transaction rolls back what the joined one wrote
    EXPECT_TRUE(tagNames().isEmpty());
    {
        Storage::Transaction outer(db());
        {
            Storage::Transaction joined(db(), Nesting::JoinOuter);
            ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("left to the owner"), now, now}).hasValue());
        } // abandoned: rolling back is the outer transaction's call
        ASSERT_TRUE(outer.commit().hasValue());
    }
    EXPECT_EQ(tagNames(), QStringList{QStringLiteral("left to the owner")});
    {
        Storage::Transaction alone(db(), Nesting::JoinOuter); // nothing to join: a transaction of its own
        ASSERT_TRUE(alone.isActive());
        ASSERT_TRUE(db().exec(sql, {Domain::newId(), QStringLiteral("abandoned"), now, now}).hasValue());
    }
    EXPECT_EQ(tagNames(), QStringList{QStringLiteral("left to the owner")});
}

TEST_P(MigrationTest, EmailLookupsUseTheUniqueIndex)
{
    if (db().kind() != Storage::DatabaseKind::Sqlite)
        GTEST_SKIP() << "PostgreSQL plans by table statistics; its index is on the same lower(email)";
    // The unique index is on a plain column under a collation (no statement journal for bulk
    // inserts); a lookup written with another expression would read every contact instead.
    const QString key = db().dialect().caseInsensitive(QStringLiteral("email"));
    for (const QString &condition : QStringList{key + QStringLiteral(" = lower(?)"), db().dialect().inList(key)}) {
        auto plan = db().exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE %1 AND deleted_at IS NULL "
                                             "AND email IS NOT NULL AND email <> ''")
                                  .arg(condition),
                              {QStringLiteral("[\"a@example.com\"]")});
        ASSERT_TRUE(plan.hasValue()) << plan.error().toString().toStdString();
        QString details;
        while (plan->next())
            details += plan->value(3).toString() + QLatin1Char('\n');
        EXPECT_TRUE(details.contains(QStringLiteral("USING INDEX contacts_email_live"))) << details.toStdString();
    }
}

TEST_P(MigrationTest, OtherAddressesAreReadThroughTheirPartialIndex)
{
    if (db().kind() != Storage::DatabaseKind::Sqlite)
        GTEST_SKIP() << "PostgreSQL plans by table statistics; its index has the same condition";
    auto plan = db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                          ImportExport::OtherKeyIndex::emailStatement(Storage::DatabaseKind::Sqlite));
    ASSERT_TRUE(plan.hasValue()) << plan.error().toString().toStdString();
    QString details;
    while (plan->next())
        details += plan->value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(details.contains(QStringLiteral("USING INDEX contacts_other_emails"))) << details.toStdString();
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(MigrationTest);

TEST(DatabaseLocation, ParsesPostgresUrlsAndPaths)
{
    auto pg = Storage::DatabaseLocation::parse(QStringLiteral("postgresql://sales:s%40cret@db.example:6543/crm?sslmode=require"));
    ASSERT_TRUE(pg.hasValue());
    EXPECT_EQ(pg->kind, Storage::DatabaseKind::PostgreSql);
    EXPECT_EQ(pg->host, QStringLiteral("db.example"));
    EXPECT_EQ(pg->port, 6543);
    EXPECT_EQ(pg->databaseName, QStringLiteral("crm"));
    EXPECT_EQ(pg->userName, QStringLiteral("sales"));
    EXPECT_EQ(pg->password, QStringLiteral("s@cret"));
    EXPECT_EQ(pg->connectOptions, QStringLiteral("sslmode=require"));
    EXPECT_FALSE(pg->displayName().contains(QStringLiteral("cret")));

    EXPECT_FALSE(Storage::DatabaseLocation::parse(QStringLiteral("postgresql://host:5432/")).hasValue());
    EXPECT_FALSE(Storage::DatabaseLocation::parse(QString()).hasValue());
    const auto mistyped = Storage::DatabaseLocation::parse(QStringLiteral("mysql://root:secret@x/crm"));
    ASSERT_FALSE(mistyped.hasValue()) << "another URL is no file path";
    EXPECT_TRUE(mistyped.error().message().contains(QStringLiteral("mysql://"))) << mistyped.error().message().toStdString();
    EXPECT_FALSE(mistyped.error().message().contains(QStringLiteral("secret")));
    EXPECT_FALSE(Storage::DatabaseLocation::parse(QStringLiteral("postgressql://host/crm")).hasValue());
    EXPECT_TRUE(Storage::DatabaseLocation::parse(QStringLiteral("C:/crm.sqlite")).hasValue()) << "a drive letter is no URL";

    auto file = Storage::DatabaseLocation::parse(QStringLiteral("relative/crm.sqlite"));
    ASSERT_TRUE(file.hasValue());
    EXPECT_EQ(file->kind, Storage::DatabaseKind::Sqlite);
    EXPECT_TRUE(file->sqlitePath.endsWith(QStringLiteral("/relative/crm.sqlite")));
}

// A file given as the database by mistake is refused, not changed: a CSV, or another
// program's SQLite database (it gets none of Leadline's tables).
TEST(OpeningADatabase, AnotherProgramsFileIsRefusedUntouched)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("email,name\na@example.com,Ada\n");
    }
    auto location = Storage::DatabaseLocation::parse(csv);
    ASSERT_TRUE(location.hasValue());
    auto opened = Storage::Database::open(*location);
    ASSERT_FALSE(opened.hasValue());
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("is not a Leadline database")))
        << opened.error().message().toStdString();

    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        auto created = Storage::Database::open(*Storage::DatabaseLocation::parse(other));
        ASSERT_TRUE(created.hasValue());
        ASSERT_TRUE((*created)->exec(QStringLiteral("CREATE TABLE notes (body TEXT)")).hasValue());
    }
    auto foreign = Storage::Database::open(*Storage::DatabaseLocation::parse(other));
    ASSERT_TRUE(foreign.hasValue());
    auto migrated = (*foreign)->migrate();
    ASSERT_FALSE(migrated.hasValue());
    EXPECT_TRUE(migrated.error().message().contains(QStringLiteral("another program")))
        << migrated.error().message().toStdString();
    auto tables = (*foreign)->exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    ASSERT_TRUE(tables.hasValue() && tables->next());
    EXPECT_EQ(tables->value(0).toInt(), 1) << "nothing was added";
}
