#include "tests/support/tempdatabase.h"

#include "services/contacts/contactservice.h"
#include "services/contacts/phonenormalizer.h"
#include "services/demo/demodatagenerator.h"
#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"
#include "services/workspace/workspace.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimeZone>

using namespace Leadline;
using namespace Leadline::Testing;

namespace {

class DemoDataTest : public DatabaseTest
{
protected:
    Demo::DemoSummary generate(qint64 contacts, quint64 seed, int chunk = 50000, Error *failure = nullptr)
    {
        Demo::DemoOptions options;
        options.contacts = contacts;
        options.seed = seed;
        options.chunkSize = chunk;
        Demo::DemoDataGenerator job(sharedDb(), options);
        bool finished = false;
        QObject::connect(&job, &Jobs::Job::finished, &job, [&] { finished = true; });
        QObject::connect(&job, &Jobs::Job::failed, &job, [&](const Error &error) {
            if (failure)
                *failure = error;
        });
        job.run();
        EXPECT_EQ(finished, failure == nullptr);
        return job.summary();
    }

    qint64 scalar(const QString &sql)
    {
        auto query = db().exec(sql);
        EXPECT_TRUE(query) << (query ? std::string() : query.error().toString().toStdString());
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }
};

TEST_P(DemoDataTest, RowsAreRealisticAndConsistent)
{
    const Demo::DemoSummary summary = generate(600, 42);
    EXPECT_EQ(summary.contacts, 600);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 600);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies")), summary.companies);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM leads")), summary.leads);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities")), summary.activities);
    EXPECT_GE(scalar(QStringLiteral("SELECT count(*) FROM users")), 5);
    EXPECT_GT(summary.leads, 30);

    auto rows = db().exec(QStringLiteral("SELECT c.email, c.phone, c.country, c.time_zone, c.last_name, c.company_id,"
                                         " co.domain, c.company_name, co.name FROM contacts c"
                                         " LEFT JOIN companies co ON co.id = c.company_id"));
    ASSERT_TRUE(rows);
    const Contacts::PhoneNormalizer phones;
    QSet<QString> emails;
    int withPhone = 0, japanese = 0, withCompany = 0;
    QSet<QString> countries;
    while (rows->next()) {
        const QString email = rows->value(0).toString();
        EXPECT_TRUE(email.contains(QLatin1Char('@'))) << email.toStdString();
        EXPECT_EQ(email, email.toLower());
        EXPECT_FALSE(emails.contains(email)) << email.toStdString();
        emails.insert(email);
        const QString phone = rows->value(1).toString();
        if (!phone.isEmpty()) {
            ++withPhone;
            auto normalised = phones.toE164(phone, QString());
            EXPECT_TRUE(normalised) << phone.toStdString();
            if (normalised) {
                EXPECT_EQ(*normalised, phone);
            }
        }
        const QString country = rows->value(2).toString();
        countries.insert(country);
        const QTimeZone zone(rows->value(3).toString().toUtf8());
        ASSERT_TRUE(zone.isValid()) << rows->value(3).toString().toStdString();
        EXPECT_EQ(QLocale::territoryToCode(zone.territory()), country) << rows->value(3).toString().toStdString();
        if (rows->value(4).toString().contains(QRegularExpression(QStringLiteral("\\p{Han}"))))
            ++japanese;
        if (!rows->value(5).isNull()) {
            ++withCompany;
            EXPECT_TRUE(email.endsWith(QLatin1Char('@') + rows->value(6).toString())) << email.toStdString();
            EXPECT_EQ(rows->value(7).toString(), rows->value(8).toString());
        }
    }
    EXPECT_EQ(emails.size(), 600);
    EXPECT_GT(withPhone, 400);
    EXPECT_GT(japanese, 5);
    EXPECT_GT(withCompany, 450);
    EXPECT_GE(countries.size(), 8);

    // Companies are shared by several contacts.
    EXPECT_LT(scalar(QStringLiteral("SELECT count(DISTINCT company_id) FROM contacts")), withCompany / 2);
    // Won leads are closed, open ones expected to close.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM leads l JOIN pipeline_stages s ON s.id = l.stage_id"
                                    " WHERE s.kind <> 'open' AND l.closed_at IS NULL")),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM leads l JOIN pipeline_stages s ON s.id = l.stage_id"
                                    " WHERE s.kind = 'open' AND l.expected_close IS NULL")),
              0);
    // Every contact has its "created" activity.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'created' AND entity_type = 'contact'")),
        600);
}

TEST_P(DemoDataTest, SearchIndexCoversEveryContact)
{
    generate(300, 5);
    if (GetParam() == Backend::Sqlite)
        EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")));
    else
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE search_vector IS NULL")), 0);

    auto workspace = Workspace::create(sharedDb());
    auto sample = db().exec(QStringLiteral("SELECT email, last_name FROM contacts ORDER BY id LIMIT 20"));
    ASSERT_TRUE(sample);
    while (sample->next()) {
        Contacts::ContactFilter filter;
        filter.search = sample->value(0).toString();
        auto count = workspace->contacts().count(filter);
        ASSERT_TRUE(count);
        EXPECT_EQ(*count, 1) << filter.search.toStdString();
        filter.search = sample->value(1).toString();
        count = workspace->contacts().count(filter);
        ASSERT_TRUE(count);
        EXPECT_GE(*count, 1) << filter.search.toStdString();
    }
}

TEST_P(DemoDataTest, CancelKeepsWholeChunks)
{
    Demo::DemoOptions options;
    options.contacts = 2000;
    options.chunkSize = 150;
    Demo::DemoDataGenerator job(sharedDb(), options);
    Error failure;
    QObject::connect(&job, &Jobs::Job::progress, &job, [&](qint64 done, qint64) {
        if (done >= 300)
            job.cancel();
    });
    QObject::connect(&job, &Jobs::Job::failed, &job, [&](const Error &error) { failure = error; });
    job.run();
    EXPECT_EQ(failure.code(), ErrorCode::Cancelled);
    const qint64 contacts = scalar(QStringLiteral("SELECT count(*) FROM contacts"));
    EXPECT_GE(contacts, 300);
    EXPECT_LT(contacts, 2000);
    EXPECT_EQ(contacts % 150, 0);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'created' AND entity_type = 'contact'")),
        contacts);
}

TEST_P(DemoDataTest, InterruptedDeferredLoadIsRepairedOnNextOpen)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "indexes are only deferred on SQLite";
    const QString indexCount = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger')");
    const qint64 before = scalar(indexCount);
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_TRUE(writer.beginDeferredIndexing());
        EXPECT_LT(scalar(indexCount), before - 5); // six secondary indexes of contacts and the insert trigger
        Storage::BulkBatch batch;
        for (int i = 0; i < 50; ++i) {
            Domain::Contact contact;
            contact.id = Domain::newId();
            contact.firstName = QStringLiteral("Åsa");
            contact.lastName = QStringLiteral("Quarnström%1").arg(i);
            contact.email = QStringLiteral("asa%1@example.se").arg(i);
            contact.createdAt = contact.updatedAt = QDateTime::currentDateTimeUtc();
            batch.contacts << contact;
        }
        ASSERT_TRUE(writer.write(batch));
        // Someone builds one of the dropped indexes again meanwhile; recovery must cope.
        ASSERT_TRUE(db().exec(QStringLiteral("CREATE INDEX contacts_phone ON contacts (phone) "
                                             "WHERE deleted_at IS NULL AND phone IS NOT NULL")));
        // The process "dies" here: no finishDeferredIndexing().
    }
    abandonPendingLoad(db());
    // The next start opens the database as the desktop app and the CLI do.
    auto location = Storage::DatabaseLocation::parse(temp().locationText());
    ASSERT_TRUE(location);
    auto reopened = Workspace::open(*location);
    ASSERT_TRUE(reopened) << reopened.error().toString().toStdString();
    EXPECT_EQ(scalar(indexCount), before);
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")));
    auto &workspace = *reopened;
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("quarnstrom");
    auto count = workspace->contacts().count(filter);
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 50);
    // New rows are indexed by the restored trigger again.
    Domain::Contact later;
    later.email = QStringLiteral("later@example.se");
    later.lastName = QStringLiteral("Quarnströmlater");
    ASSERT_TRUE(workspace->contacts().create(later));
    count = workspace->contacts().count(filter);
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 51);
    EXPECT_TRUE(Storage::BulkWriter::recoverInterruptedLoad(db())); // nothing pending: a no-op
}

TEST_P(DemoDataTest, BulkWriterReportsDuplicateEmailsAndWritesNothing)
{
    Storage::BulkWriter writer(sharedDb());
    Storage::BulkBatch batch;
    for (int i = 0; i < 3; ++i) {
        Domain::Contact contact;
        contact.id = Domain::newId();
        contact.email = i == 2 ? QStringLiteral("SAME@example.com") : QStringLiteral("same@example.com");
        contact.createdAt = QDateTime::currentDateTimeUtc();
        batch.contacts << contact;
    }
    const Result written = writer.write(batch);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code(), ErrorCode::Conflict);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    batch.contacts.removeLast();
    batch.contacts.removeLast();
    const Result again = writer.write(batch); // the writer is usable after a failed batch
    EXPECT_TRUE(again) << (again ? std::string() : again.error().toString().toStdString());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 1);
}

TEST_P(DemoDataTest, ADeferredLoadChecksReferencesItselfAndRestoresTheChecksAfter)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "loads are only deferred on SQLite";
    Storage::BulkWriter writer(sharedDb());
    ASSERT_TRUE(writer.beginDeferredIndexing());
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 0) << "SQLite's own row checks are off while loading";

    Domain::Company company;
    company.id = Domain::newId();
    company.name = QStringLiteral("Real Firm");
    company.createdAt = QDateTime::currentDateTimeUtc();
    Storage::BulkBatch batch;
    batch.companies << company;
    for (int i = 0; i < 3; ++i) {
        Domain::Contact contact;
        contact.id = Domain::newId();
        contact.email = QStringLiteral("ref%1@example.com").arg(i);
        contact.companyId = i == 1 ? Domain::newId() : company.id; // the second names a company nobody made
        contact.companyName = company.name;
        contact.createdAt = QDateTime::currentDateTimeUtc();
        batch.contacts << contact;
    }
    const Result written = writer.write(batch);
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message().contains(QStringLiteral("company_id"))) << written.error().message().toStdString();
    EXPECT_TRUE(written.error().message().contains(batch.contacts.at(1).companyId));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0) << "nothing of the batch is written";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies")), 0);

    // Many rows sharing one missing company: the value all rows share is checked on its own.
    Storage::BulkBatch shared;
    const QString missing = Domain::newId();
    for (int i = 0; i < 40; ++i) {
        Domain::Contact contact;
        contact.id = Domain::newId();
        contact.email = QStringLiteral("shared%1@example.com").arg(i);
        contact.companyId = missing;
        contact.companyName = company.name;
        contact.createdAt = QDateTime::currentDateTimeUtc();
        shared.contacts << contact;
    }
    const Result sharedWritten = writer.write(shared);
    ASSERT_FALSE(sharedWritten);
    EXPECT_TRUE(sharedWritten.error().message().contains(QStringLiteral("company_id")));
    EXPECT_TRUE(sharedWritten.error().message().contains(missing)) << sharedWritten.error().message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);

    batch.contacts.removeAt(1);
    ASSERT_TRUE(writer.write(batch));
    // … and a shared company that exists passes, every row written with it.
    for (Domain::Contact &contact : shared.contacts)
        contact.companyId = company.id;
    ASSERT_TRUE(writer.write(shared));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE company_id = '%1'").arg(company.id)), 42);
    ASSERT_TRUE(writer.finishDeferredIndexing());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 42);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA ignore_check_constraints")), 0);
    EXPECT_FALSE(db().exec(QStringLiteral("UPDATE contacts SET lifecycle_stage = 'nonsense'")))
        << "CHECK constraints apply again";
}

TEST_P(DemoDataTest, ADeferredLoadLooksUpReferencesItMetBeforeAgainOnceAnotherConnectionWrote)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "loads are only deferred on SQLite";
    Storage::BulkWriter writer(sharedDb());
    ASSERT_TRUE(writer.beginDeferredIndexing());
    const auto contactsOf = [](const QList<Domain::Company> &companies, const QString &prefix) {
        QList<Domain::Contact> contacts;
        for (qsizetype i = 0; i < companies.size(); ++i) {
            Domain::Contact contact;
            contact.id = Domain::newId();
            contact.email = QStringLiteral("%1%2@example.com").arg(prefix).arg(i);
            contact.companyId = companies.at(i).id;
            contact.companyName = companies.at(i).name;
            contact.createdAt = QDateTime::currentDateTimeUtc();
            contacts << contact;
        }
        return contacts;
    };
    // A hundred companies, a contact each: too many to look up one by one, checked together.
    Storage::BulkBatch many;
    for (int i = 0; i < 100; ++i) {
        Domain::Company company;
        company.id = Domain::newId();
        company.name = QStringLiteral("Firm %1").arg(i);
        company.createdAt = QDateTime::currentDateTimeUtc();
        many.companies << company;
    }
    many.contacts = contactsOf(many.companies, QStringLiteral("many"));
    ASSERT_TRUE(writer.write(many));
    // Among as many known ones, one that nobody made is still found.
    Storage::BulkBatch oneMissing;
    QList<Domain::Company> named = many.companies;
    named[57].id = Domain::newId();
    oneMissing.contacts = contactsOf(named, QStringLiteral("missing"));
    const Result refused = writer.write(oneMissing);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message().contains(named.at(57).id)) << refused.error().message().toStdString();

    // Another connection removes a company the load has met (and its contact): the load looks
    // it up again instead of trusting what it saw.
    const Domain::Company gone = many.companies.at(3);
    std::unique_ptr<QThread> other(QThread::create([&] {
        EXPECT_TRUE(sharedDb()->exec(QStringLiteral("DELETE FROM contacts WHERE company_id = ?"), {gone.id}));
        EXPECT_TRUE(sharedDb()->exec(QStringLiteral("DELETE FROM companies WHERE id = ?"), {gone.id}));
    }));
    other->start();
    other->wait();
    Storage::BulkBatch again;
    again.contacts = contactsOf({gone}, QStringLiteral("again"));
    const Result orphaned = writer.write(again);
    ASSERT_FALSE(orphaned);
    EXPECT_TRUE(orphaned.error().message().contains(gone.id)) << orphaned.error().message().toStdString();
    ASSERT_TRUE(writer.finishDeferredIndexing());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 99);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(DemoDataTest);

TEST(BulkWriter, FormatsTimestampsLikeQt)
{
    const qint64 samples[] = {0, -1, 951782400000, 4107542399999, -62135596800000 + 86400000, 1767225599999};
    for (qint64 ms : samples)
        EXPECT_EQ(Storage::BulkWriter::formatTimestamp(ms),
                  QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1())
            << ms;
    QRandomGenerator random(9);
    for (int i = 0; i < 2000; ++i) {
        const qint64 ms = qint64(random.bounded(8000000000000.0)) - 2000000000000;
        ASSERT_EQ(Storage::BulkWriter::formatTimestamp(ms),
                  QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1())
            << ms;
    }
}

} // namespace
