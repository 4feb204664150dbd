#include "services/contacts/companyservice.h"
#include "services/contacts/contactservice.h"
#include "services/contacts/customfieldregistry.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/contactimportjob.h"
#include "services/importexport/csvwriter.h"
#include "services/importexport/importbatchservice.h"
#include "services/importexport/importrowparser.h"
#include "services/leads/userservice.h"
#include "services/workspace/workspace.h"
#include "tests/support/tempdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QStandardPaths>
#include <QLocale>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Leadline;
using namespace Leadline::ImportExport;
using namespace Leadline::Testing;

namespace {

class ContactImportTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        m_workspace = Workspace::create(sharedDb());
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // Imports a file of an email column and columns mapped to the custom fields named by its header.
    ImportSummary importCustomFields(const QString &file, const QByteArray &csv, DuplicateAction onDuplicate)
    {
        const QStringList headers = QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(QLatin1Char(','));
        ColumnMapping mapping = ColumnMapping::automatic(headers);
        for (int column = 1; column < headers.size(); ++column)
            mapping.setTarget(column, ColumnTarget{ImportField::Custom, headers.at(column)});
        ImportOptions options;
        options.mapping = mapping;
        options.onDuplicate = onDuplicate;
        return runImport(writeFile(file, csv), options);
    }

    // Options for a file of one email column that fills a chunk and starts a second (each
    // address the prefix and the row's number).
    ImportOptions twoChunksOfEmails(const QString &prefix)
    {
        QByteArray file = "email\n";
        for (int i = 0; i < ContactImportJob::kChunkRows + 10; ++i)
            file += QStringLiteral("%1%2@example.com\n").arg(prefix).arg(i).toUtf8();
        ImportOptions options;
        options.filePath = writeFile(prefix + QStringLiteral(".csv"), file);
        options.rejectsPath = m_dir.filePath(prefix + QStringLiteral("-rejects.csv"));
        return options;
    }

    ImportSummary runImport(const QString &path, ImportOptions options = {}, bool expectSuccess = true)
    {
        options.filePath = path;
        if (options.rejectsPath.isEmpty())
            options.rejectsPath = m_dir.filePath(QStringLiteral("rejects-%1.csv").arg(++m_imports));
        ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
        QSignalSpy failed(&job, &Jobs::Job::failed);
        QSignalSpy finished(&job, &Jobs::Job::finished);
        QSignalSpy statuses(&job, &Jobs::Job::statusText);
        QSignalSpy cancellable(&job, &Jobs::Job::cancellableChanged);
        job.run();
        if (expectSuccess) {
            EXPECT_EQ(cancellable.count(), 1) << "once every row is written, cancelling can no longer stop it";
            EXPECT_FALSE(job.isCancellable());
        }
        m_statuses.clear();
        for (const QList<QVariant> &status : std::as_const(statuses))
            m_statuses << status.first().toString();
        if (expectSuccess) {
            EXPECT_EQ(finished.count(), 1);
            if (!failed.isEmpty())
                ADD_FAILURE() << failed.first().first().value<Error>().toString().toStdString();
        }
        return job.summary();
    }

    // The rejects CSV of an import: the rows it turned down, each with its reason.
    // Runs a job that must fail; its error.
    static Error failureOf(ContactImportJob &job)
    {
        QSignalSpy failed(&job, &Jobs::Job::failed);
        job.run();
        EXPECT_EQ(failed.count(), 1);
        return failed.isEmpty() ? Error() : failed.first().first().value<Error>();
    }

    static QString rejectsText(const ImportSummary &summary)
    {
        QFile rejects(summary.rejectsFile);
        EXPECT_TRUE(rejects.open(QIODevice::ReadOnly)) << summary.rejectsFile.toStdString();
        return QString::fromUtf8(rejects.readAll());
    }

    qint64 scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto q = db().exec(sql, bindings);
        EXPECT_TRUE(q.hasValue()) << (q ? "" : q.error().toString().toStdString());
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // The first column of every row, as text.
    QStringList texts(const QString &sql)
    {
        auto q = db().exec(sql);
        EXPECT_TRUE(q.hasValue()) << (q ? "" : q.error().toString().toStdString());
        QStringList values;
        while (q && q->next())
            values << q->value(0).toString();
        return values;
    }

    Contacts::ContactService &contacts() { return m_workspace->contacts(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_imports = 0;
    QStringList m_statuses; // what the last runImport() said it was doing
};

const QByteArray kPeople = "First Name,Last Name,Email,Phone,Company,Website,Tags,Email Opt In\r\n"
                           "Ann,Archer,ann@example.com,030 1234567,Acme GmbH,https://www.acme.de/,vip;berlin,yes\r\n"
                           "Bob,Baker,bob@example.com,+4915112345678,Acme GmbH,acme.de,,no\r\n"
                           "Cem,Çelik,cem@example.org,,\"Beta, Inc.\",,\"trade fair\",\r\n";

} // namespace

TEST_P(ContactImportTest, CreatesContactsCompaniesTagsConsentsAndActivities)
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("people.csv"), kPeople), options);
    EXPECT_EQ(summary.rows, 3);
    EXPECT_EQ(summary.created, 3);
    EXPECT_EQ(summary.updated, 0);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_TRUE(summary.rejectsFile.isEmpty());

    auto ann = contacts().findByEmail(QStringLiteral("ANN@example.com"));
    ASSERT_TRUE(ann.hasValue()) << ann.error().toString().toStdString();
    EXPECT_EQ(ann->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(ann->phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(ann->companyName, QStringLiteral("Acme GmbH"));
    EXPECT_EQ(ann->source, Domain::LeadSource::Import);
    EXPECT_EQ(ann->optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedIn);
    QStringList tags = ann->tags;
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("berlin"), QStringLiteral("vip")}));

    auto bob = contacts().findByEmail(QStringLiteral("bob@example.com"));
    ASSERT_TRUE(bob.hasValue());
    EXPECT_EQ(bob->companyId, ann->companyId) << "one company for the same domain and name";
    EXPECT_EQ(bob->optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedOut);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE domain = 'acme.de'")), 1);

    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'imported'")), 3);
    // One entry on each new contact's timeline, each with its own id.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts c WHERE c.import_batch_id = ? AND "
                                    "(SELECT count(*) FROM activities a WHERE a.type = 'imported' AND "
                                    "a.entity_type = 'contact' AND a.entity_id = c.id AND a.contact_id = c.id AND "
                                    "a.subject LIKE 'Imported from %' AND a.changes = '{}') = 1"),
                     {summary.batchId}),
              3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT id) FROM activities WHERE type = 'imported'")), 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE source = 'import' AND source_detail = ?"),
                     {summary.batchId}),
              2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE import_batch_id = ?"), {summary.batchId}), 3);

    // Imported rows are searchable at once.
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("cem");
    auto found = contacts().count(filter);
    ASSERT_TRUE(found.hasValue());
    EXPECT_EQ(*found, 1);
    filter.search = QStringLiteral("acme");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 2);

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    auto listed = batches.list();
    ASSERT_TRUE(listed.hasValue());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().status, QStringLiteral("completed"));
    EXPECT_EQ(listed->first().created, 3);
    EXPECT_EQ(listed->first().fileName, QStringLiteral("people.csv"));
}

TEST_P(ContactImportTest, RejectsBadRowsWithTheReasonAndKeepsTheGoodOnes)
{
    const QByteArray csv = "Email,Phone,Lifecycle Stage,First Name\n"
                           "good@example.com,+14155550100,customer,Gina\n"
                           "not-an-email,,lead,Nora\n"
                           "phone@example.com,12,lead,Pete\n"
                           "stage@example.com,,prospector,Stan\n"
                           "short@example.com,only-three-cells\n"
                           ",,,\n"
                           "last@example.com,,MQL,Lara\n";
    ImportOptions options;
    options.defaultRegion = QStringLiteral("US");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("bad.csv"), csv), options);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.rejected, 4);
    ASSERT_FALSE(summary.rejectsFile.isEmpty());

    const QString text = rejectsText(summary);
    EXPECT_TRUE(text.contains(QStringLiteral("not-an-email"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("is not a valid email address"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("prospector"))) << text.toStdString();
    // The reason names the column: the Reason cell of Pete's row (row 4 of the file).
    const qsizetype pete = text.indexOf(QStringLiteral("\r\n4,"));
    ASSERT_GE(pete, 0) << text.toStdString();
    EXPECT_TRUE(text.mid(pete + 4).startsWith(QStringLiteral("Phone: ")))
        << text.mid(pete, 80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("line 6"), Qt::CaseInsensitive)) << "ragged row reported by line: " << text.toStdString();
    // The ragged row is listed with its line and the cells it had, in the file's order, so that
    // it can be mended and imported again.
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << text.toStdString();
    QStringList rowNumbers;
    for (const QString &line : lines.mid(1))
        rowNumbers << line.section(QLatin1Char(','), 0, 0);
    EXPECT_EQ(rowNumbers, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
    EXPECT_TRUE(lines.at(4).endsWith(QStringLiteral(",short@example.com,only-three-cells,,")))
        << "padded to stand under its columns: " << lines.at(4).toStdString();
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("last@example.com"))->lifecycleStage,
              Domain::LifecycleStage::MarketingQualifiedLead);
    EXPECT_FALSE(contacts().findByEmail(QStringLiteral("phone@example.com")).hasValue());
}

TEST_P(ContactImportTest, AnAddressOrNumberInTwoColumnsIsKeptOnce)
{
    const QByteArray header = "First Name,E-mail Address,E-mail 2 Address,Business Phone,Mobile Phone\n";
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    const ImportSummary twice = runImport(
        writeFile(QStringLiteral("twice.csv"), header + "Ada,ada@example.com,ADA@example.com,020 7946 0958,+44 20 7946 0958\n"),
        options);
    ASSERT_EQ(twice.created, 1) << rejectsText(twice).toStdString();
    auto ada = contacts().findByEmail(QStringLiteral("ada@example.com"));
    ASSERT_TRUE(ada.hasValue());
    EXPECT_EQ(ada->phone, QStringLiteral("+442079460958"));
    EXPECT_TRUE(ada->otherPhones.isEmpty()) << ada->otherPhones.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(ada->otherEmails.isEmpty()) << ada->otherEmails.join(QLatin1Char(',')).toStdString();
}

TEST_P(ContactImportTest, AnOtherEmailOrPhoneIsTheEmailOrPhoneOfANewContactOnly)
{
    // Outlook's columns: a contact with only a mobile number and a second address.
    const QByteArray header = "First Name,E-mail Address,E-mail 2 Address,Business Phone,Mobile Phone\n";
    ImportOptions options;
    options.defaultRegion = QStringLiteral("GB");
    options.onDuplicate = DuplicateAction::FillEmpty; // the second row merges into the first
    const ImportSummary created =
        runImport(writeFile(QStringLiteral("outlook.csv"), header + "Alan,,alan@example.com,,+44 7911 123456\n"
                                                                    "Alan,,alan@example.com,,+44 7911 123456\n"),
                  options);
    ASSERT_EQ(created.created, 1);
    EXPECT_EQ(created.updated, 0);
    EXPECT_EQ(created.merged, 1) << "the second row matches the contact the first creates";
    auto alan = contacts().findByEmail(QStringLiteral("alan@example.com"));
    ASSERT_TRUE(alan.hasValue()) << "the second address is the new contact's email";
    EXPECT_EQ(alan->phone, QStringLiteral("+447911123456")) << "the mobile is its phone";
    EXPECT_TRUE(alan->otherEmails.isEmpty());
    EXPECT_TRUE(alan->otherPhones.isEmpty());

    // A stored contact keeps its own email and phone; what the other columns give joins the others.
    Domain::Contact grace;
    grace.firstName = QStringLiteral("Grace");
    grace.email = QStringLiteral("grace@example.com");
    grace.phone = QStringLiteral("+442079460958");
    ASSERT_TRUE(contacts().create(grace).hasValue());
    const QByteArray update = header + "Grace,grace@example.com,grace@home.example,,+44 7911 123457\n";
    for (const DuplicateAction action : {DuplicateAction::FillEmpty, DuplicateAction::Overwrite}) {
        options.onDuplicate = action;
        const ImportSummary updated = runImport(writeFile(QStringLiteral("update.csv"), update), options);
        EXPECT_EQ(updated.updated + updated.skipped, 1) << rejectsText(updated).toStdString();
        auto after = contacts().findByEmail(QStringLiteral("grace@example.com"));
        ASSERT_TRUE(after.hasValue());
        EXPECT_EQ(after->phone, QStringLiteral("+442079460958")) << "an empty phone cell changes no phone";
        EXPECT_EQ(after->otherPhones, QStringList{QStringLiteral("+447911123457")});
        EXPECT_EQ(after->otherEmails, QStringList{QStringLiteral("grace@home.example")});
    }

    // Matched by the address it gives only in a second column: no copy of it among the others.
    options.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary again = runImport(
        writeFile(QStringLiteral("again.csv"), header + "Alan,,ALAN@example.com,,+44 7911 123456\n"), options);
    EXPECT_EQ(again.created, 0);
    alan = contacts().findByEmail(QStringLiteral("alan@example.com"));
    ASSERT_TRUE(alan.hasValue());
    EXPECT_TRUE(alan->otherEmails.isEmpty()) << alan->otherEmails.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(alan->otherPhones.isEmpty()) << alan->otherPhones.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);

    // A row that gives a phone of its own replaces the stored one, which stays among the others.
    const ImportSummary business = runImport(
        writeFile(QStringLiteral("business.csv"), header + "Alan,alan@example.com,,020 7946 0958,+44 7911 123456\n"),
        options);
    EXPECT_EQ(business.updated, 1);
    alan = contacts().findByEmail(QStringLiteral("alan@example.com"));
    ASSERT_TRUE(alan.hasValue());
    EXPECT_EQ(alan->phone, QStringLiteral("+442079460958"));
    EXPECT_EQ(alan->otherPhones, QStringList{QStringLiteral("+447911123456")}) << "the mobile is kept";
}

TEST_P(ContactImportTest, MatchedOnPhoneAnAddressFromASecondColumnIsCheckedLikeAnEmail)
{
    Domain::Contact holder;
    holder.email = QStringLiteral("taken@example.com");
    ASSERT_TRUE(contacts().create(holder).hasValue());
    const QByteArray csv = "Phone,E-mail Address,E-mail 2 Address\n"
                           "+4930111111,,taken@example.com\n"  // would take a stored contact's email
                           "+4930222222,,\n"                   // no address yet...
                           "+4930222222,,second@example.com\n" // ...then one from a second column
                           "+4930333333,,fresh@example.com\n";
    ImportOptions options;
    options.matchOn = MatchKey::Phone;
    options.onDuplicate = DuplicateAction::FillEmpty;
    options.defaultRegion = QStringLiteral("DE");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("phones.csv"), csv), options);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.merged, 1);
    EXPECT_EQ(summary.rejected, 1) << "one row, not the chunk";
    EXPECT_TRUE(rejectsText(summary).contains(QStringLiteral("taken@example.com"))) << rejectsText(summary).toStdString();
    auto second = contacts().findByEmail(QStringLiteral("second@example.com"));
    ASSERT_TRUE(second.hasValue()) << "the contact the file creates takes the later row's address as its email";
    EXPECT_EQ(second->phone, QStringLiteral("+4930222222"));
    EXPECT_TRUE(second->otherEmails.isEmpty());
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("fresh@example.com")).hasValue());
}

TEST_P(ContactImportTest, ANewContactWithoutTheFirstAddressTakesTheSecondWhole)
{
    Domain::Contact stored;
    stored.email = QStringLiteral("stored@example.com");
    stored.address.city = QStringLiteral("Leeds");
    ASSERT_TRUE(contacts().create(stored).hasValue());
    const QByteArray csv = "E-mail Address,Business Street,Business City,Business Country/Region,Home Street,Home City,"
                           "Home Country/Region,Mobile Phone\n"
                           "work@example.com,1 Main St,Boston,US,2 Elm St,Salem,US,\n"
                           "home@example.com,,,,Home Rd 1,Wilmslow,United Kingdom,07911 123456\n"
                           "mixed@example.com,,Paris,,Home Rd 2,Lyon,France,\n"
                           "stored@example.com,,,,Home Rd 3,York,United Kingdom,\n"
                           "later@example.com,,,,,,,\n"
                           "later@example.com,,,,Home Rd 4,Bath,United Kingdom,\n"
                           "moved@example.com,,,,Home Rd 5,Leeds,United Kingdom,\n"
                           "moved@example.com,,Manchester,,,,,\n";
    ImportOptions options;
    options.defaultRegion = QStringLiteral("US");
    options.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("outlook.csv"), csv), options);
    EXPECT_EQ(summary.created, 5) << rejectsText(summary).toStdString();

    auto work = contacts().findByEmail(QStringLiteral("work@example.com"));
    ASSERT_TRUE(work.hasValue());
    EXPECT_EQ(work->address.street, QStringLiteral("1 Main St"));
    EXPECT_EQ(work->address.city, QStringLiteral("Boston"));
    auto home = contacts().findByEmail(QStringLiteral("home@example.com"));
    ASSERT_TRUE(home.hasValue());
    EXPECT_EQ(home->address.street, QStringLiteral("Home Rd 1"));
    EXPECT_EQ(home->address.city, QStringLiteral("Wilmslow"));
    EXPECT_EQ(home->address.country, QStringLiteral("United Kingdom"));
    EXPECT_EQ(home->phone, QStringLiteral("+447911123456")) << "a national number of the home country";
    auto mixed = contacts().findByEmail(QStringLiteral("mixed@example.com"));
    ASSERT_TRUE(mixed.hasValue());
    EXPECT_EQ(mixed->address.city, QStringLiteral("Paris"));
    EXPECT_TRUE(mixed->address.street.isEmpty()) << "never a street of one address with the city of the other";
    auto later = contacts().findByEmail(QStringLiteral("later@example.com"));
    ASSERT_TRUE(later.hasValue());
    EXPECT_EQ(later->address.city, QStringLiteral("Bath")) << "as if the row with the address had come first";
    // A later row's first address replaces a second one whole, never part by part.
    auto moved = contacts().findByEmail(QStringLiteral("moved@example.com"));
    ASSERT_TRUE(moved.hasValue());
    EXPECT_EQ(moved->address.city, QStringLiteral("Manchester"));
    EXPECT_TRUE(moved->address.street.isEmpty()) << moved->address.street.toStdString();
    EXPECT_TRUE(moved->address.country.isEmpty());
    auto kept = contacts().findByEmail(QStringLiteral("stored@example.com"));
    ASSERT_TRUE(kept.hasValue());
    EXPECT_EQ(kept->address.city, QStringLiteral("Leeds")) << "a stored contact keeps its own address";
    EXPECT_TRUE(kept->address.street.isEmpty());
}

TEST_P(ContactImportTest, DuplicateModesSkipFillOrOverwrite)
{
    Domain::Contact existing;
    existing.firstName = QStringLiteral("Old");
    existing.lastName = QStringLiteral("Name");
    existing.email = QStringLiteral("dup@example.com");
    existing.title = QStringLiteral("Keeper");
    ASSERT_TRUE(contacts().create(existing).hasValue());

    const QByteArray csv = "email,first name,last name,title,city\n"
                           "DUP@example.com,New,Person,Changed,Paris\n"
                           "fresh@example.com,Fresh,One,,Rome\n"
                           "fresh@example.com,Fresh,Again,CTO,\n";
    const QString path = writeFile(QStringLiteral("dups.csv"), csv);

    ImportOptions skip;
    skip.onDuplicate = DuplicateAction::Skip;
    const ImportSummary skipped = runImport(path, skip);
    EXPECT_EQ(skipped.created, 1);
    EXPECT_EQ(skipped.skipped, 2) << "the existing contact and the second fresh row";
    auto afterSkip = contacts().findByEmail(QStringLiteral("dup@example.com"));
    EXPECT_EQ(afterSkip->firstName, QStringLiteral("Old"));
    EXPECT_EQ(afterSkip->address.city, QString());

    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary filled = runImport(path, fill);
    EXPECT_EQ(filled.created, 0);
    EXPECT_EQ(filled.updated, 2) << "the existing contact (its city), the second fresh row (its title)";
    EXPECT_EQ(filled.skipped, 1) << "the first fresh row says nothing the contact does not hold";
    auto afterFill = contacts().findByEmail(QStringLiteral("dup@example.com"));
    EXPECT_EQ(afterFill->firstName, QStringLiteral("Old")) << "fill keeps values that are there";
    EXPECT_EQ(afterFill->title, QStringLiteral("Keeper"));
    EXPECT_EQ(afterFill->address.city, QStringLiteral("Paris")) << "fill writes empty fields";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("fresh@example.com"))->title, QStringLiteral("CTO"));

    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary overwritten = runImport(path, overwrite);
    EXPECT_EQ(overwritten.updated, 2);
    EXPECT_EQ(overwritten.skipped, 1);
    auto afterOverwrite = contacts().findByEmail(QStringLiteral("dup@example.com"));
    EXPECT_EQ(afterOverwrite->firstName, QStringLiteral("New"));
    EXPECT_EQ(afterOverwrite->title, QStringLiteral("Changed"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("fresh@example.com"))->lastName, QStringLiteral("Again"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);

    // Reverting the overwrite restores the values the fill import left.
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(overwritten.batchId).hasValue());
    auto reverted = contacts().findByEmail(QStringLiteral("dup@example.com"));
    EXPECT_EQ(reverted->firstName, QStringLiteral("Old"));
    EXPECT_EQ(reverted->title, QStringLiteral("Keeper"));
    EXPECT_EQ(reverted->address.city, QStringLiteral("Paris"));
    EXPECT_EQ(batches.get(overwritten.batchId)->status, QStringLiteral("reverted"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'updated' AND entity_id = ?"),
                     {reverted->id}),
              1)
        << "the restore is on the contact's timeline";
    EXPECT_FALSE(batches.revert(overwritten.batchId).hasValue()) << "a batch is reverted once";
}

TEST_P(ContactImportTest, AnUpdateOnlyImportCreatesNoContactAndListsTheRowsThatMatchNone)
{
    Domain::Contact stored;
    stored.firstName = QStringLiteral("Ana");
    stored.email = QStringLiteral("ana@example.com");
    stored.title = QStringLiteral("Keeper");
    ASSERT_TRUE(contacts().create(stored).hasValue());

    const QByteArray csv = "email,first name,title,city\n"
                           "ANA@example.com,Anna,Chair,Madrid\n"
                           "new@example.com,New,Dev,Oslo\n"
                           "new@example.com,New,Lead,\n"
                           ",Nobody,Intern,Rome\n";
    const QString path = writeFile(QStringLiteral("enrich.csv"), csv);
    ImportOptions options;
    options.updateOnly = true;
    options.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary summary = runImport(path, options);
    EXPECT_EQ(summary.created, 0);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.rejected, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 1) << "no stranger was added";
    auto ana = contacts().findByEmail(QStringLiteral("ana@example.com"));
    ASSERT_TRUE(ana.hasValue());
    EXPECT_EQ(ana->title, QStringLiteral("Keeper")) << "filled, not overwritten";
    EXPECT_EQ(ana->address.city, QStringLiteral("Madrid"));
    const QString rejects = rejectsText(summary);
    EXPECT_EQ(rejects.count(QStringLiteral("No contact has the email address new@example.com, and this import only "
                                           "updates contacts.")),
              2)
        << rejects.toStdString();
    EXPECT_TRUE(rejects.contains(QStringLiteral("The row has no email address to find a contact by")))
        << rejects.toStdString();

    // Overwriting, matched on phone; the revert gives the contact back as it was.
    Domain::Contact byPhone;
    byPhone.phone = QStringLiteral("+4930123456");
    byPhone.title = QStringLiteral("Old");
    ASSERT_TRUE(contacts().create(byPhone).hasValue());
    ImportOptions phones;
    phones.updateOnly = true;
    phones.matchOn = MatchKey::Phone;
    phones.onDuplicate = DuplicateAction::Overwrite;
    phones.defaultRegion = QStringLiteral("DE");
    const ImportSummary overwritten =
        runImport(writeFile(QStringLiteral("phones.csv"), "phone,title\n030 123456,New\n030 999999,Other\n"), phones);
    EXPECT_EQ(overwritten.updated, 1);
    EXPECT_EQ(overwritten.rejected, 1);
    EXPECT_TRUE(rejectsText(overwritten).contains(QStringLiteral("No contact has the phone number +4930999999")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'New'")), 1);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(overwritten.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'Old'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 2);
}

// "Skip" leaves a contact it matches as it is, except for what must never be skipped: an
// opt-out (an unsubscribed list exported from Mailchimp) and "do not contact". The contacts it
// so changed count as updated, and the undo takes the changes back.
TEST_P(ContactImportTest, SkippingADuplicateStillRecordsItsOptOuts)
{
    ASSERT_EQ(
        runImport(writeFile(QStringLiteral("stored.csv"), "email,title,email opt in,sms opt in\n"
                                                          "ann@example.com,Old,yes,yes\nbob@example.com,Old,yes,\n"))
            .created,
        2);
    ImportOptions skip;
    skip.onDuplicate = DuplicateAction::Skip;
    skip.extraTags = {QStringLiteral("Unsubscribed list")};
    const ImportSummary skipped =
        runImport(writeFile(QStringLiteral("unsubscribed.csv"), "email,title,email opt in,sms opt in,do not contact\n"
                                                                "ann@example.com,New,no,yes,\n"
                                                                "bob@example.com,New,,,yes\n"
                                                                "cid@example.com,New,yes,,\n"
                                                                "CID@example.com,Newer,no,,\n"),
                  skip);
    EXPECT_EQ(skipped.created, 1);
    EXPECT_EQ(skipped.skipped, 1) << "the second row of the contact the file creates";
    EXPECT_EQ(skipped.updated, 2) << "an opt-out recorded";
    const auto contact = [this](const char *email) { return *contacts().findByEmail(QString::fromLatin1(email)); };
    EXPECT_EQ(contact("ann@example.com").title, QStringLiteral("Old")) << "the rest of the row is skipped";
    EXPECT_EQ(contact("ann@example.com").optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedOut);
    EXPECT_EQ(contact("ann@example.com").optInFor(Domain::Channel::Sms), Domain::OptInStatus::OptedIn);
    EXPECT_FALSE(contact("ann@example.com").doNotContact);
    EXPECT_TRUE(contact("bob@example.com").doNotContact);
    EXPECT_EQ(contact("cid@example.com").title, QStringLiteral("New"));
    EXPECT_EQ(contact("cid@example.com").optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedOut)
        << "the second row of a contact the file creates opts it out too";
    EXPECT_FALSE(contact("ann@example.com").tags.contains(QStringLiteral("Unsubscribed list"))) << "skipped";
    EXPECT_TRUE(contact("cid@example.com").tags.contains(QStringLiteral("Unsubscribed list")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE source = 'import' AND source_detail = ? "
                                    "AND status = 'opted_out'"),
                     {skipped.batchId}),
              2);

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(skipped.batchId).hasValue());
    EXPECT_EQ(contact("ann@example.com").optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedIn);
    EXPECT_FALSE(contact("bob@example.com").doNotContact);

    // Without opt-outs a skipping import leaves matched contacts untouched, tags given or not.
    ImportOptions plain;
    plain.onDuplicate = DuplicateAction::Skip;
    plain.extraTags = {QStringLiteral("Again")};
    const ImportSummary untouched =
        runImport(writeFile(QStringLiteral("again.csv"), "email,title,email opt in\nann@example.com,New,yes\n"), plain);
    EXPECT_EQ(untouched.skipped, 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM import_batch_updates WHERE batch_id = ?"), {untouched.batchId}), 0);
}

TEST_P(ContactImportTest, AnUpdateOnlyImportThatCouldChangeNothingIsRefused)
{
    const QString path = writeFile(QStringLiteral("names.csv"), "first name,city\nAna,Madrid\n");
    ImportOptions skipping;
    skipping.filePath = writeFile(QStringLiteral("emails.csv"), "email,city\nana@example.com,Madrid\n");
    skipping.updateOnly = true;
    skipping.onDuplicate = DuplicateAction::Skip;
    ContactImportJob skipJob(sharedDb(), Domain::SystemClock::instance(), skipping);
    EXPECT_TRUE(failureOf(skipJob).message().contains(QStringLiteral("skipping the rows that match would change nothing")));

    ImportOptions withoutKey;
    withoutKey.filePath = path;
    withoutKey.updateOnly = true;
    withoutKey.onDuplicate = DuplicateAction::FillEmpty;
    ContactImportJob keyless(sharedDb(), Domain::SystemClock::instance(), withoutKey);
    EXPECT_TRUE(failureOf(keyless).message().contains(QStringLiteral("no column of names.csv is mapped to Email")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0) << "refused before it began";
}

// A row whose email is a stored contact's other address (work and home) is that contact, as in
// the best CRMs, not a second one; its own address stays its own, also when overwriting. An
// address that is another contact's own stays that contact's; one two contacts list names
// nobody in particular.
// Matched on phone, a number a contact lists among its others is that contact: the one an
// import moved aside when it gave a new one, or one from a second phone column. Before, such a
// row made a second contact of the same person.
TEST_P(ContactImportTest, MatchedOnPhoneARowWithAContactsOtherNumberIsThatContact)
{
    ImportOptions overwrite;
    overwrite.defaultRegion = QStringLiteral("DE");
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), "first name,email,phone,mobile\n"
                                                               "Ann,ann@example.com,030 1234567,\n"
                                                               "Bob,bob@example.com,040 7654321,0171 5550000\n"),
                        overwrite)
                  .created,
              2);
    ASSERT_EQ(
        runImport(writeFile(QStringLiteral("new.csv"), "email,phone\nann@example.com,089 999999\n"), overwrite).updated,
        1);
    auto ann = contacts().findByEmail(QStringLiteral("ann@example.com"));
    ASSERT_TRUE(ann.hasValue());
    ASSERT_EQ(ann->phone, QStringLiteral("+4989999999"));
    ASSERT_EQ(ann->otherPhones, QStringList{QStringLiteral("+49301234567")});

    ImportOptions byPhone;
    byPhone.defaultRegion = QStringLiteral("DE");
    byPhone.matchOn = MatchKey::Phone;
    byPhone.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("old-list.csv"), "first name,phone,title\n"
                                                                                      "Ann,030 1234567,Sales lead\n"
                                                                                      "Bob,0171 5550000,Buyer\n"),
                                            byPhone);
    EXPECT_EQ(summary.created, 0);
    EXPECT_EQ(summary.updated, 2);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann@example.com"))->title, QStringLiteral("Sales lead"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("bob@example.com"))->title, QStringLiteral("Buyer"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);

    // Overwriting, the number it was found by stays one of its others: its own stays its own.
    byPhone.onDuplicate = DuplicateAction::Overwrite;
    EXPECT_EQ(
        runImport(writeFile(QStringLiteral("again.csv"), "phone,title\n030 1234567,Head of sales\n"), byPhone).updated,
        1);
    ann = contacts().findByEmail(QStringLiteral("ann@example.com"));
    EXPECT_EQ(ann->title, QStringLiteral("Head of sales"));
    EXPECT_EQ(ann->phone, QStringLiteral("+4989999999"));
    EXPECT_EQ(ann->otherPhones, QStringList{QStringLiteral("+49301234567")});
}

TEST_P(ContactImportTest, ARowWithAContactsOtherAddressIsThatContact)
{
    ASSERT_EQ(runImport(writeFile(QStringLiteral("stored.csv"), "email,other emails,first name\n"
                                                                "ann@work.com,ann@home.com,Ann\n"
                                                                "bob@work.com,shared@home.com; cid@work.com,Bob\n"
                                                                "cid@work.com,shared@home.com,Cid\n"))
                  .created,
              3);
    for (const DuplicateAction action : {DuplicateAction::FillEmpty, DuplicateAction::Overwrite}) {
        SCOPED_TRACE(int(action));
        const bool fill = action == DuplicateAction::FillEmpty;
        ImportOptions options;
        options.onDuplicate = action;
        const QString annTitle = fill ? QStringLiteral("CTO") : QStringLiteral("CEO");
        const QString cidTitle = fill ? QStringLiteral("CFO") : QStringLiteral("COO");
        const ImportSummary summary = runImport(
            writeFile(QStringLiteral("home.csv"), QStringLiteral("email,title\nANN@home.com,%1\ncid@work.com,%2\n"
                                                                 "shared@home.com,Nobody\n")
                                                      .arg(annTitle, cidTitle)
                                                      .toUtf8()),
            options);
        EXPECT_EQ(summary.updated, 2);
        EXPECT_EQ(summary.created, fill ? 1 : 0) << "the address two contacts list: a contact of its own, once";
        auto ann = contacts().findByEmail(QStringLiteral("ann@work.com"));
        ASSERT_TRUE(ann.hasValue());
        EXPECT_EQ(ann->title, annTitle);
        EXPECT_EQ(ann->otherEmails, QStringList{QStringLiteral("ann@home.com")});
        EXPECT_EQ(contacts().findByEmail(QStringLiteral("cid@work.com"))->title, cidTitle)
            << "the contact whose own address it is";
        EXPECT_TRUE(contacts().findByEmail(QStringLiteral("bob@work.com"))->title.isEmpty());
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 4)
        << "the three, and one for the address two contacts list";
}

// Within one file, the addresses rows list are not matched: a row that gives one as its own
// may be another person who shares it (an export of two such contacts read back into an empty
// database, or into one that has neither, must give both, as they were).
TEST_P(ContactImportTest, AnAddressAnEarlierRowListsIsNotAnotherRowsContact)
{
    ImportOptions options;
    options.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("shared.csv"), "email,other emails,first name\n"
                                                                                    "max@work.com,info@family.com,Max\n"
                                                                                    "info@family.com,,Mia\n"),
                                            options);
    EXPECT_EQ(summary.created, 2);
    auto max = contacts().findByEmail(QStringLiteral("max@work.com"));
    ASSERT_TRUE(max.hasValue());
    EXPECT_EQ(max->firstName, QStringLiteral("Max"));
    EXPECT_EQ(max->otherEmails, QStringList{QStringLiteral("info@family.com")});
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("info@family.com"))->firstName, QStringLiteral("Mia"));
}

// An import that stalled counts as interrupted elsewhere and may be undone there: when it
// wakes up, it stops instead of adding contacts to the undone batch.
TEST_P(ContactImportTest, AnImportUndoneWhileItStalledStopsWhenItGoesOn)
{
    const ImportOptions options = twoChunksOfEmails(QStringLiteral("woke"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    QSignalSpy failed(&job, &Jobs::Job::failed);
    bool undone = false;
    // Between its chunks, its batch marked undone (as ImportBatchService::revert() does, in its turn).
    QObject::connect(&job, &Jobs::Job::progress, &job, [&] {
        if (!undone)
            undone = db().exec(QStringLiteral("UPDATE import_batches SET status = 'reverted' WHERE id = ?"),
                               {job.summary().batchId})
                         .hasValue();
    });
    job.run();
    ASSERT_TRUE(undone);
    ASSERT_EQ(failed.count(), 1);
    const QString message = failed.at(0).at(0).value<Error>().message();
    EXPECT_TRUE(message.contains(QStringLiteral("undone while it was still writing"))) << message.toStdString();
}

// A person listed twice is one contact, counted once as created or updated and the further
// rows as merged, also in another chunk; one the import created has one "imported" entry.
TEST_P(ContactImportTest, AContactListedTwiceIsCountedAndLoggedOnce)
{
    Domain::Contact ann;
    ann.email = QStringLiteral("ann@example.com");
    ASSERT_TRUE(contacts().create(ann).hasValue());
    QByteArray file = "email,title\nann@example.com,CEO\nann@example.com,CTO\nbo@example.com,Intern\n";
    for (int i = 0; i < ContactImportJob::kChunkRows; ++i)
        file += QStringLiteral("filler%1@example.com,\n").arg(i).toUtf8();
    file += "bo@example.com,Trainee\nann@example.com,CFO\n";
    ImportOptions options;
    options.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("twice.csv"), file), options);
    EXPECT_EQ(summary.created, ContactImportJob::kChunkRows + 1);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.merged, 3);
    EXPECT_EQ(summary.rows, summary.created + summary.updated + summary.merged);
    EXPECT_EQ(texts(QStringLiteral("SELECT title FROM contacts WHERE email IN ('ann@example.com', 'bo@example.com') "
                                   "ORDER BY email")),
              (QStringList{QStringLiteral("CFO"), QStringLiteral("Trainee")}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities a JOIN contacts c ON c.id = a.contact_id "
                                    "WHERE a.type = 'imported' AND c.email = 'bo@example.com'")),
              1);
}

// A line the file cannot be read on (here a byte that is not UTF-8 in a file said to be UTF-8)
// stops the import there: every row before it is in, those of its chunk too, and the batch can
// be undone. Before, the rows of that chunk read before the line were dropped.
TEST_P(ContactImportTest, AFileThatCannotBeReadOnKeepsEveryRowBeforeTheLine)
{
    QByteArray file = "email\n";
    const int badRow = ContactImportJob::kChunkRows + 5000;
    for (int i = 1; i <= badRow + 100; ++i)
        file +=
            i == badRow ? QByteArray("ren\xe9@example.com\n") : QStringLiteral("row%1@example.com\n").arg(i).toUtf8();
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("stops.csv"), file);
    options.rejectsPath = m_dir.filePath(QStringLiteral("stops-rejects.csv"));
    options.encoding = TextEncoding::Utf8;
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    const Error error = failureOf(job);
    EXPECT_TRUE(error.message().contains(QStringLiteral("line %1").arg(badRow + 1))) << error.message().toStdString();
    EXPECT_EQ(job.summary().created, badRow - 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), badRow - 1);
    EXPECT_EQ(texts(QStringLiteral("SELECT status FROM import_batches")), QStringList{QStringLiteral("failed")});
}

// A quote never closed costs its row, named in the rejects with the line it opened on; the rows
// after it, which it would have swallowed, are imported.
TEST_P(ContactImportTest, AQuoteNeverClosedRejectsItsRowOnly)
{
    const ImportSummary summary =
        runImport(writeFile(QStringLiteral("quotes.csv"), "First Name,Last Name,Email,Company,City\r\n"
                                                          "John,Smith,john@example.com,\"Acme, Inc,Boston\r\n"
                                                          "Ann,Lee,ann@example.com,Beta,New York\r\n"
                                                          "Bob,Ray,bob@example.com,\"Gamma\",Los Angeles\r\n"
                                                          "Cid,Moe,cid@example.com,Delta,\"Chicago\r\n"));
    EXPECT_EQ(summary.rows, 4);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_EQ(texts(QStringLiteral("SELECT company_name FROM contacts ORDER BY email")),
              (QStringList{QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    const QString rejects = rejectsText(summary);
    EXPECT_TRUE(rejects.contains(QStringLiteral("quotes.csv, line 2, character 29: the quote that opens the field "
                                                "here closes only on line 4")))
        << rejects.toStdString();
    EXPECT_TRUE(rejects.contains(QStringLiteral("line 5, character 31: the quote that opens the field here is never "
                                                "closed")))
        << rejects.toStdString();
}

// A contact saved elsewhere while an import writes, with an address a later chunk of the file
// gives: the save waits for the import's turn, and then finds the address taken. Without the
// turn, the save came first on PostgreSQL and the import stopped at that chunk, naming no row.
TEST_P(ContactImportTest, AContactSavedWhileAnImportWritesWaitsForItsTurn)
{
    const ImportOptions options = twoChunksOfEmails(QStringLiteral("turn"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    QSignalSpy failed(&job, &Jobs::Job::failed);
    std::unique_ptr<QThread> other;
    std::optional<Expected<Domain::Contact>> saved;
    QObject::connect(&job, &Jobs::Job::progress, &job, [&] {
        if (other)
            return;
        other.reset(QThread::create([&] {
            Contacts::ContactService service(sharedDb(), Domain::SystemClock::instance());
            Domain::Contact contact;
            contact.email = QStringLiteral("turn%1@example.com").arg(ContactImportJob::kChunkRows + 5);
            saved = service.create(contact);
        }));
        other->start();
        other->wait(1500); // long enough to save, had it not to wait
    });
    job.run();
    ASSERT_TRUE(other);
    other->wait();
    EXPECT_EQ(failed.count(), 0) << (failed.isEmpty() ? "" : failed.at(0).at(0).value<Error>().message().toStdString());
    EXPECT_EQ(job.summary().created, ContactImportJob::kChunkRows + 10);
    ASSERT_TRUE(saved.has_value());
    ASSERT_FALSE(saved->hasValue()) << "the import gave the address first";
    EXPECT_EQ(saved->error().code(), ErrorCode::Conflict);
}

// A semicolon file (Excel's CSV where the comma is the decimal point) gets a semicolon file of
// rejected rows: it opens as the file did, and imports again as it.
TEST_P(ContactImportTest, RejectedRowsAreWrittenWithTheFilesOwnSeparator)
{
    const ImportSummary summary = runImport(
        writeFile(QStringLiteral("semicolons.csv"), "email;city\nnot-an-email;K\xc3\xb6ln\nok@example.com;Bonn\n"));
    ASSERT_EQ(summary.rejected, 1);
    const QStringList lines = rejectsText(summary).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(";email;city"))) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("2;"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(";not-an-email;Köln"))) << lines.at(1).toStdString();
    EXPECT_EQ(ImportExport::csvDelimiterFor(QLocale(QLocale::German, QLocale::Germany)), QLatin1Char(';'));
    EXPECT_EQ(ImportExport::csvDelimiterFor(QLocale(QLocale::English, QLocale::UnitedStates)), QLatin1Char(','));
}

TEST_P(ContactImportTest, ARelativeRejectsPathIsKeptAbsolute)
{
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_dir.path()));
    ImportOptions options;
    options.rejectsPath = QStringLiteral("rel-rejects.csv");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("bad.csv"), "email\nnot-an-email\n"), options);
    QDir::setCurrent(before);
    EXPECT_EQ(summary.rejectsFile, QFileInfo(m_dir.filePath(QStringLiteral("rel-rejects.csv"))).absoluteFilePath());
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    EXPECT_EQ(batches.get(summary.batchId)->rejectsFile, summary.rejectsFile) << "found again from any folder";
}

TEST_P(ContactImportTest, RejectedRowsGoNextToTheDatabaseNotNextToTheImportedFile)
{
    // Not into Downloads or a share, where they would pile up: next to a database file, or in
    // this computer's Leadline data for a shared database.
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), [&] {
        ImportOptions options;
        options.filePath = writeFile(QStringLiteral("bad.csv"), "email\nnot-an-email\nok@example.com\n");
        return options;
    }());
    job.run();
    const QString rejects = job.summary().rejectsFile;
    ASSERT_FALSE(rejects.isEmpty());
    EXPECT_TRUE(QFile::exists(rejects));
    const QString expectedFolder = GetParam() == Backend::Sqlite
                                       ? QFileInfo(db().location().sqlitePath).absolutePath()
                                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                             QStringLiteral("/rejected-rows");
    EXPECT_EQ(QFileInfo(rejects).absolutePath(), expectedFolder);
    QFile::remove(rejects);
}

TEST_P(ContactImportTest, ARejectedRowFixedAndImportedAgainReadsAsTheFileHadIt)
{
    // As an export writes a last name "=1+1" and a phone: guarded. And one the file left bare.
    const QByteArray csv = "first name,last name,email,phone,title\n"
                           "Formula,'=1+1,bad-email,'+4917084643155,=2+2\n";
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportSummary first = runImport(writeFile(QStringLiteral("guarded.csv"), csv), options);
    ASSERT_EQ(first.rejected, 1);
    QString rejects = rejectsText(first);
    EXPECT_TRUE(rejects.contains(QStringLiteral(",'=1+1,bad-email,'+4917084643155,'=2+2\r\n"))) << rejects.toStdString();

    for (int round = 0; round < 2; ++round) { // rejected again, the row reads the same
        rejects.replace(round == 0 ? QStringLiteral("bad-email") : QStringLiteral("still bad"),
                        round == 0 ? QStringLiteral("still bad") : QStringLiteral("f@example.com"));
        const ImportSummary again = runImport(writeFile(QStringLiteral("fixed-%1.csv").arg(round), rejects.toUtf8()), options);
        if (round == 0) {
            ASSERT_EQ(again.rejected, 1);
            rejects = rejectsText(again);
            EXPECT_TRUE(rejects.contains(QStringLiteral(",'=1+1,still bad,'+4917084643155,'=2+2\r\n")))
                << rejects.toStdString();
            EXPECT_TRUE(rejects.section(QStringLiteral("\r\n"), 0, 0)
                            .endsWith(QStringLiteral("Row,Reason,first name,last name,email,phone,title")))
                << "its own row and reason columns replaced, not piled up: " << rejects.toStdString();
        } else {
            EXPECT_EQ(again.created, 1) << rejectsText(again).toStdString();
        }
    }
    auto fixed = contacts().findByEmail(QStringLiteral("f@example.com"));
    ASSERT_TRUE(fixed.hasValue());
    EXPECT_EQ(fixed->lastName, QStringLiteral("=1+1"));
    EXPECT_EQ(fixed->phone, QStringLiteral("+4917084643155"));
    EXPECT_EQ(fixed->title, QStringLiteral("=2+2"));
}

TEST_P(ContactImportTest, ARejectedRowWithTooFewCellsStandsUnderItsColumns)
{
    const ImportSummary summary =
        runImport(writeFile(QStringLiteral("short.csv"), "first name,last name,email,phone,title\n"
                                                         "Ann,Lee,ann@example.com,,CEO\n"
                                                         "Bo,bo@example.com\n"));
    EXPECT_EQ(summary.created, 1);
    ASSERT_EQ(summary.rejected, 1);
    const QStringList lines = rejectsText(summary).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(",Bo,bo@example.com,,,"))) << lines.at(1).toStdString();
}

TEST_P(ContactImportTest, AColumnNamedLikeAStoredCustomFieldFillsIt)
{
    runImport(writeFile(QStringLiteral("first.csv"), "email,custom:Shoe Size\na@example.com,42\n"));
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("second.csv"), "email,shoe size\nb@example.com,44\n"));
    EXPECT_EQ(second.created, 1);
    auto b = contacts().findByEmail(QStringLiteral("b@example.com"));
    ASSERT_TRUE(b.hasValue());
    EXPECT_EQ(b->customFields.value(QStringLiteral("Shoe Size")).toString(), QStringLiteral("44"));
}

TEST_P(ContactImportTest, AnExportEditedAndImportedAgainFindsItsContactsByTheirLeadlineId)
{
    Domain::Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.email = QStringLiteral("ana@example.com");
    ana.title = QStringLiteral("CEO");
    ASSERT_TRUE(contacts().create(ana).hasValue());
    const QString anaId = contacts().findByEmail(ana.email)->id;
    Domain::Contact ben;
    ben.firstName = QStringLiteral("Ben");
    ben.email = QStringLiteral("ben@example.com");
    ASSERT_TRUE(contacts().create(ben).hasValue());
    const QString benId = contacts().findByEmail(ben.email)->id;

    // Edited in a spreadsheet: Ana's email and title changed, Ben's title given by id alone,
    // a row with a mangled id, one with the id of a contact this database does not have.
    const QString unknownId = Domain::newId();
    const QByteArray csv = "id,first_name,email,title\n" + anaId.toUpper().toUtf8() + ",Ana,ana.new@example.com,Chair\n" +
                           benId.toUtf8() + ",,,CTO\n" + "12345,Zed,zed@example.com,\n" + unknownId.toUtf8() +
                           ",New,new@example.com,\n";
    ImportOptions options;
    options.matchOn = MatchKey::LeadlineId;
    options.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("edited.csv"), csv), options);
    EXPECT_EQ(summary.updated, 2) << rejectsText(summary).toStdString();
    EXPECT_EQ(summary.created, 0);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_TRUE(rejectsText(summary).contains(QStringLiteral("\"12345\"\" is not a Leadline id")))
        << rejectsText(summary).toStdString();
    EXPECT_TRUE(rejectsText(summary).contains(QStringLiteral("No contact has the Leadline id ") + unknownId +
                                              QStringLiteral(": it was deleted, or the row comes from another database")))
        << rejectsText(summary).toStdString();

    auto updated = contacts().get(anaId);
    ASSERT_TRUE(updated.hasValue());
    EXPECT_EQ(updated->email, QStringLiteral("ana.new@example.com")) << "found by id, its email changed";
    EXPECT_EQ(updated->title, QStringLiteral("Chair"));
    EXPECT_TRUE(updated->externalId.isEmpty()) << "the id is no external id";
    EXPECT_EQ(contacts().get(benId)->title, QStringLiteral("CTO"));
    EXPECT_FALSE(contacts().findByEmail(QStringLiteral("new@example.com")).hasValue()) << "no copy of a gone contact";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 2);

    // A row the spreadsheet added, without an id, is a new contact.
    const ImportSummary added = runImport(
        writeFile(QStringLiteral("added.csv"), "id,first_name,email,title\n,Cleo,cleo@example.com,CFO\n"), options);
    EXPECT_EQ(added.created, 1) << rejectsText(added).toStdString();

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_EQ(contacts().get(anaId)->email, QStringLiteral("ana@example.com"));
    EXPECT_EQ(contacts().get(anaId)->title, QStringLiteral("CEO"));
}

TEST_P(ContactImportTest, IdsAndOneFieldUpdateAlsoThroughAPresetThatNamesOnlyTheField)
{
    Domain::Contact ana;
    ana.email = QStringLiteral("ana@example.com");
    ana.title = QStringLiteral("CEO");
    ASSERT_TRUE(contacts().create(ana).hasValue());
    const QString anaId = contacts().findByEmail(ana.email)->id;
    const QString path = writeFile(QStringLiteral("titles.csv"), "id,title\n" + anaId.toUtf8() + ",Chair\n");
    ImportOptions options;
    options.matchOn = MatchKey::LeadlineId;
    options.onDuplicate = DuplicateAction::Overwrite;
    options.updateOnly = true;
    // The columns the preset does not name are guessed as without it: "id" holds Leadline ids.
    options.mappingPreset = QJsonObject{{QStringLiteral("format"), QStringLiteral("leadline-import-mapping")},
                                        {QStringLiteral("version"), 1},
                                        {QStringLiteral("columns"), QJsonObject{{QStringLiteral("title"), QStringLiteral("title")}}}};
    const ImportSummary summary = runImport(path, options);
    EXPECT_EQ(summary.updated, 1) << rejectsText(summary).toStdString();
    EXPECT_EQ(contacts().get(anaId)->title, QStringLiteral("Chair"));
    EXPECT_TRUE(contacts().get(anaId)->externalId.isEmpty());
}

TEST_P(ContactImportTest, RevertingABigImportPutsEveryRemovedContactOnItsTimeline)
{
    // More than one batch of "deleted" activities (20,000): PostgreSQL's driver drops the rest
    // of a result it is reading when the same connection writes.
    QByteArray csv = "email\n";
    constexpr int kRows = 20500;
    for (int i = 0; i < kRows; ++i)
        csv += "r" + QByteArray::number(i) + "@example.com\n";
    const ImportSummary summary = runImport(writeFile(QStringLiteral("many.csv"), csv));
    ASSERT_EQ(summary.created, kRows);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'deleted'")), kRows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
}

TEST_P(ContactImportTest, ARejectsFileThatCannotBeWrittenIsSaidBeforeAnyRow)
{
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("ok.csv"), "email\na@example.com\n");
    options.rejectsPath = m_dir.filePath(QStringLiteral("missing/folder/rejects.csv"));
    ContactImportJob missing(sharedDb(), Domain::SystemClock::instance(), options);
    EXPECT_TRUE(failureOf(missing).message().contains(QStringLiteral("does not exist")));
    options.rejectsPath = m_dir.path();
    ContactImportJob folder(sharedDb(), Domain::SystemClock::instance(), options);
    EXPECT_TRUE(failureOf(folder).message().contains(QStringLiteral("it is a folder")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts")), 0);
}

TEST_P(ContactImportTest, RevertRestoresOnlyFieldsNobodyEditedSinceTheImport)
{
    Domain::Contact existing;
    existing.email = QStringLiteral("keep@example.com");
    existing.title = QStringLiteral("Keeper");
    existing.address.city = QStringLiteral("Lyon");
    ASSERT_TRUE(contacts().create(existing).hasValue());
    Domain::Contact untouched = existing;
    untouched.email = QStringLiteral("untouched@example.com");
    ASSERT_TRUE(contacts().create(untouched).hasValue());

    // Two rows for the same contact: what the batch wrote is the last of them, and what it
    // replaced is the first value of each field, whichever row changed it.
    // Flags and lists too: their stored form must compare equal to what the import wrote.
    const QByteArray csv = "email,title,city,do not contact,other email\n"
                           "keep@example.com,Changed,Lyon,,\n"
                           "keep@example.com,Director,Paris,,\n"
                           "untouched@example.com,Changed,Lyon,yes,\n"
                           "untouched@example.com,Changed,Paris,yes,second@example.com\n";
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("keep.csv"), csv), overwrite);
    ASSERT_EQ(summary.updated + summary.merged, 4);
    ASSERT_EQ(summary.updated, 2) << "two contacts, two rows each";
    auto imported = contacts().findByEmail(QStringLiteral("keep@example.com"));
    ASSERT_TRUE(imported.hasValue());
    EXPECT_EQ(imported->title, QStringLiteral("Director"));
    EXPECT_EQ(imported->address.city, QStringLiteral("Paris"));

    // Someone corrects the city after the import; then the import is undone.
    Domain::Contact edited = *imported;
    edited.address.city = QStringLiteral("Berlin");
    ASSERT_TRUE(contacts().update(edited).hasValue());
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());

    auto reverted = contacts().findByEmail(QStringLiteral("keep@example.com"));
    EXPECT_EQ(reverted->title, QStringLiteral("Keeper")) << "still what the import wrote: restored";
    EXPECT_EQ(reverted->address.city, QStringLiteral("Berlin")) << "edited since: kept";
    auto other = contacts().findByEmail(QStringLiteral("untouched@example.com"));
    EXPECT_EQ(other->title, QStringLiteral("Keeper"));
    EXPECT_EQ(other->address.city, QStringLiteral("Lyon")) << "changed by the second row only, restored too";
    EXPECT_FALSE(other->doNotContact);
    EXPECT_EQ(other->otherEmails, QStringList());
    auto activity = db().exec(QStringLiteral("SELECT changes FROM activities WHERE type = 'updated' AND entity_id = ? "
                                             "AND subject LIKE '%undone%'"),
                              {reverted->id});
    ASSERT_TRUE(activity.hasValue());
    ASSERT_TRUE(activity->next());
    const QJsonObject changes = QJsonDocument::fromJson(activity->value(0).toString().toUtf8()).object();
    EXPECT_EQ(changes.value(QStringLiteral("restored")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Keeper"));
    EXPECT_EQ(changes.value(QStringLiteral("kept_newer")).toArray(), QJsonArray{QStringLiteral("city")});
}

TEST_P(ContactImportTest, UndoingImportsOutOfOrderNeverBringsBackAnUndoneOnesValues)
{
    ASSERT_EQ(runImport(writeFile(QStringLiteral("o1.csv"), "email,first name,title\nann@example.com,Ann,Eng\n")).created, 1);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("o2.csv"), "email,first name,title\nann@example.com,AnnB,Mgr\n"), overwrite);
    const ImportSummary third =
        runImport(writeFile(QStringLiteral("o3.csv"), "email,first name,title\nann@example.com,AnnC,Director\n"), overwrite);
    ASSERT_EQ(second.updated, 1);
    ASSERT_EQ(third.updated, 1);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    const auto ann = [this] { return contacts().findByEmail(QStringLiteral("ann@example.com")); };

    ASSERT_TRUE(batches.revert(second.batchId).hasValue());
    EXPECT_EQ(ann()->firstName, QStringLiteral("AnnC")) << "the third import's values are newer: kept";
    ASSERT_TRUE(batches.revert(third.batchId).hasValue());
    EXPECT_EQ(ann()->firstName, QStringLiteral("Ann")) << "not AnnB, which an undone import wrote";
    EXPECT_EQ(ann()->title, QStringLiteral("Eng"));
}

TEST_P(ContactImportTest, AnUndoneImportsValueTypedAgainByHandIsTheOneAnUndoPutsBack)
{
    Domain::Contact ann;
    ann.email = QStringLiteral("ann@example.com");
    ann.title = QStringLiteral("w");
    ASSERT_TRUE(contacts().create(ann).hasValue());
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    const auto import = [&](const char *name, const char *title) {
        QThread::msleep(3); // each step in a later millisecond
        return runImport(writeFile(QLatin1String(name), QByteArray("email,title\nann@example.com,") + title + "\n"),
                         overwrite);
    };
    const auto typeTitle = [&](const QString &title) {
        QThread::msleep(3);
        auto form = contacts().findByEmail(QStringLiteral("ann@example.com"));
        ASSERT_TRUE(form.hasValue());
        form->title = title;
        ASSERT_TRUE(contacts().update(*form).hasValue());
    };
    const auto title = [&] { return contacts().findByEmail(QStringLiteral("ann@example.com"))->title; };

    // Undone before the next import began: what that import replaced was typed by hand.
    const ImportSummary a = import("a.csv", "x");
    QThread::msleep(3);
    ASSERT_TRUE(batches.revert(a.batchId).hasValue());
    ASSERT_EQ(title(), QStringLiteral("w"));
    typeTitle(QStringLiteral("x"));
    const ImportSummary b = import("b.csv", "y");
    QThread::msleep(3);
    ASSERT_TRUE(batches.revert(b.batchId).hasValue());
    EXPECT_EQ(title(), QStringLiteral("x")) << "the hand-typed value, not what was there before the undone import";

    // A newer undone import wrote something else: the chain stops there.
    const ImportSummary a1 = import("a1.csv", "x1");
    const ImportSummary a2 = import("a2.csv", "q");
    typeTitle(QStringLiteral("x1"));
    const ImportSummary b2 = import("b2.csv", "y");
    QThread::msleep(3);
    ASSERT_TRUE(batches.revert(a2.batchId).hasValue());
    ASSERT_TRUE(batches.revert(a1.batchId).hasValue());
    ASSERT_EQ(title(), QStringLiteral("y"));
    ASSERT_TRUE(batches.revert(b2.batchId).hasValue());
    EXPECT_EQ(title(), QStringLiteral("x1")) << "typed by hand after q: not what was there before a1";
}

TEST_P(ContactImportTest, ARevertSaysWhatItRemovesAndRestoresAndWhatChangedSince)
{
    ASSERT_EQ(runImport(writeFile(QStringLiteral("stored.csv"), "email,title\nstored@example.com,Stored\n")).created, 1);
    // Two rows for one new contact: the second updates the contact the first created, which
    // the revert removes; only the stored contact gets values back.
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary first = runImport(writeFile(QStringLiteral("new.csv"), "email,title,city\n"
                                                                               "a@example.com,A,\n"
                                                                               "b@example.com,B,\n"
                                                                               "c@example.com,C,\n"
                                                                               "A@example.com,,Rome\n"
                                                                               "stored@example.com,,Oslo\n"),
                                          fill);
    ASSERT_EQ(first.created, 3);
    ASSERT_EQ(first.merged, 1) << "a row merged into a new contact";
    ASSERT_EQ(first.updated, 1) << "a row merged into the stored one";
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    const auto preview = [&batches](const QString &batchId) {
        auto previewed = batches.previewRevert(batchId);
        EXPECT_TRUE(previewed.hasValue());
        return previewed ? *previewed : ImportBatchService::RevertPreview{-1, -1, -1};
    };
    EXPECT_EQ(preview(first.batchId).removed, 3);
    EXPECT_EQ(preview(first.batchId).restored, 1) << "the contact from before the import only";
    EXPECT_EQ(preview(first.batchId).changedSince, 0);

    QThread::msleep(5); // a later millisecond than the batch's end
    auto edited = contacts().findByEmail(QStringLiteral("a@example.com"));
    ASSERT_TRUE(edited.hasValue());
    edited->title = QStringLiteral("Edited by hand");
    ASSERT_TRUE(contacts().update(*edited).hasValue());
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    ASSERT_EQ(runImport(writeFile(QStringLiteral("later.csv"), "email,title\nb@example.com,Later\n"), overwrite).updated, 1);
    EXPECT_EQ(preview(first.batchId).changedSince, 2) << "by hand, and by a later import";
    auto deleted = contacts().findByEmail(QStringLiteral("c@example.com"));
    ASSERT_TRUE(deleted.hasValue());
    ASSERT_TRUE(contacts().remove({deleted->id}));
    EXPECT_EQ(preview(first.batchId).removed, 2) << "a contact deleted since is not removed again";

    // Asked when one of them had changed: the second change, made meanwhile, stops the undo.
    const Result stale = batches.revert(first.batchId, 1);
    ASSERT_FALSE(stale.hasValue());
    EXPECT_EQ(stale.error().message(),
              QStringLiteral("1 contact the import created changed after the undo was asked for, "
                             "so nothing was undone. Undo the import again to see what it "
                             "would remove."));
    EXPECT_EQ(preview(first.batchId).removed, 2) << "nothing was undone";
    EXPECT_EQ(batches.get(first.batchId)->status, QStringLiteral("completed"));
    ASSERT_TRUE(batches.revert(first.batchId, 2).hasValue()) << "asked with both changes in sight";
    EXPECT_EQ(preview(first.batchId).removed, 0) << "gone with the revert";
    EXPECT_EQ(preview(first.batchId).changedSince, 0);
    EXPECT_FALSE(batches.previewRevert(QStringLiteral("no-such-batch")).hasValue());
}

// Undoing the later of two imports, then the earlier: the later one's changes to the earlier
// one's contacts are gone again, so nothing of value is lost and the earlier undo needs no
// "changed since" warning. A hand edit, or a later import's value kept because someone changed
// it, still counts.
TEST_P(ContactImportTest, AnImportUndoneLeavesTheImportBeforeItUnchangedSince)
{
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary first = runImport(writeFile(
        QStringLiteral("a.csv"), "email,title,city\na@example.com,A,Rome\nb@example.com,B,Oslo\nc@example.com,C,\n"));
    ASSERT_EQ(first.created, 3);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    const auto changedSince = [&batches](const QString &batchId) {
        auto previewed = batches.previewRevert(batchId);
        EXPECT_TRUE(previewed.hasValue());
        return previewed ? previewed->changedSince : -1;
    };
    QThread::msleep(5);
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("b.csv"),
                            "email,title,city\na@example.com,A2,\nb@example.com,B2,Bergen\nd@example.com,D,\n"),
                  overwrite);
    ASSERT_EQ(second.updated, 2);
    EXPECT_EQ(changedSince(first.batchId), 2);
    QThread::msleep(5);
    // b's title is edited by hand after the second import: its undo keeps it, and the first
    // import's undo must still warn about it.
    auto edited = contacts().findByEmail(QStringLiteral("b@example.com"));
    ASSERT_TRUE(edited.hasValue());
    edited->title = QStringLiteral("By hand");
    ASSERT_TRUE(contacts().update(*edited).hasValue());
    QThread::msleep(5);
    ASSERT_TRUE(batches.revert(second.batchId, 0).hasValue());
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("a@example.com"))->title, QStringLiteral("A"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("b@example.com"))->title, QStringLiteral("By hand"));
    EXPECT_EQ(changedSince(first.batchId), 1) << "b only: a holds what the first import wrote";

    QThread::msleep(5);
    auto c = contacts().findByEmail(QStringLiteral("c@example.com"));
    ASSERT_TRUE(c.hasValue());
    c->address.city = QStringLiteral("Lyon");
    ASSERT_TRUE(contacts().update(*c).hasValue());
    EXPECT_EQ(changedSince(first.batchId), 2);
    ASSERT_TRUE(batches.revert(first.batchId, 2).hasValue());
    EXPECT_EQ(changedSince(first.batchId), 0);
}

TEST_P(ContactImportTest, UpdatesOfManyStoredContactsKeepValuesAndSearchInStep)
{
    // Enough rows for two chunks; the second file changes different columns of different
    // contacts (each set of columns is written together), and one contact in both chunks.
    QByteArray first = "email,first name,phone,title\n";
    QByteArray second = "email,phone,title,do not contact\n";
    for (int i = 0; i < 24000; ++i) {
        first += QStringLiteral("p%1@example.com,Person%1,+4930%2,Old\n").arg(i).arg(1000000 + i).toUtf8();
        if (i % 3 == 0)
            second += QStringLiteral("p%1@example.com,+4940%2,,\n").arg(i).arg(1000000 + i).toUtf8();
        else if (i % 3 == 1)
            second += QStringLiteral("p%1@example.com,,Director,yes\n").arg(i).toUtf8();
        else
            second += QStringLiteral("p%1@example.com,+4930%2,Old,\n").arg(i).arg(1000000 + i).toUtf8(); // no change
    }
    second += "p1@example.com,+4940999999,Chief,\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), first)).created, 24000);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("second.csv"), second), overwrite);
    EXPECT_EQ(summary.updated + summary.merged, 16001);
    EXPECT_EQ(summary.updated, 16000) << "one contact twice";
    EXPECT_EQ(summary.skipped, 8000) << "rows that change nothing";
    EXPECT_EQ(summary.created, 0);

    EXPECT_EQ(contacts().findByEmail(QStringLiteral("p0@example.com"))->phone, QStringLiteral("+49401000000"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("p0@example.com"))->title, QStringLiteral("Old"));
    auto both = contacts().findByEmail(QStringLiteral("p1@example.com"));
    EXPECT_EQ(both->phone, QStringLiteral("+4940999999")) << "the later row wins";
    EXPECT_EQ(both->title, QStringLiteral("Chief"));
    EXPECT_TRUE(both->doNotContact) << "what only the earlier row changed stays changed";
    auto untouched = contacts().findByEmail(QStringLiteral("p2@example.com"));
    EXPECT_EQ(untouched->phone, QStringLiteral("+49301000002"));
    EXPECT_FALSE(untouched->doNotContact);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title = 'Director' AND do_not_contact = ?"),
                     {db().dialect().boolToDb(true)}),
              7999);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batch_updates WHERE batch_id = ?"), {summary.batchId}),
              16000);

    // The search index follows: the new number is found, and the old one among the others.
    Contacts::ContactFilter newNumber, oldNumber;
    newNumber.search = QStringLiteral("+49401000300");
    oldNumber.search = QStringLiteral("+49301000300");
    EXPECT_EQ(*contacts().count(newNumber), 1);
    EXPECT_EQ(*contacts().count(oldNumber), 1);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("p300@example.com"))->otherPhones,
              QStringList{QStringLiteral("+49301000300")})
        << "the number the row replaced stays the contact's";

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("p1@example.com"))->title, QStringLiteral("Old"));
    EXPECT_EQ(*contacts().count(oldNumber), 1);
    EXPECT_EQ(*contacts().count(newNumber), 0);
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("p300@example.com"))->otherPhones.isEmpty());
}

TEST_P(ContactImportTest, NoAddressOrNumberIsLostWhenARowUpdatesAContact)
{
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), "email,phone\nann@example.com,+14155550100\n")).created, 1);
    const auto ann = [&] { return *contacts().findByEmail(QStringLiteral("ann@example.com")); };

    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    EXPECT_EQ(runImport(writeFile(QStringLiteral("fill.csv"), "email,phone\nann@example.com,+14155550199\n"), fill).updated, 1);
    EXPECT_EQ(ann().phone, QStringLiteral("+14155550100")) << "filling keeps the stored number";
    EXPECT_EQ(ann().otherPhones, QStringList{QStringLiteral("+14155550199")}) << "and the row's joins the others";

    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary replaced =
        runImport(writeFile(QStringLiteral("overwrite.csv"), "email,phone\nann@example.com,+14155550123\n"), overwrite);
    EXPECT_EQ(ann().phone, QStringLiteral("+14155550123"));
    EXPECT_EQ(ann().otherPhones, (QStringList{QStringLiteral("+14155550199"), QStringLiteral("+14155550100")}))
        << "the number the row replaced stays among the others";

    // Matched on the phone, a row with another address: the stored one stays, the row's joins.
    ImportOptions byPhone = fill;
    byPhone.matchOn = MatchKey::Phone;
    // Two rows of one file for her: each adds its address.
    runImport(writeFile(QStringLiteral("phone.csv"),
                        "email,phone\nann.lee@example.com,+14155550123\nann@lee.example,+14155550123\n"),
              byPhone);
    EXPECT_EQ(ann().otherEmails, (QStringList{QStringLiteral("ann.lee@example.com"), QStringLiteral("ann@lee.example")}));

    // A number among the others that becomes her own is no longer among them.
    const ImportSummary promoted =
        runImport(writeFile(QStringLiteral("promote.csv"), "email,phone\nann@example.com,+14155550199\n"), overwrite);
    EXPECT_EQ(ann().phone, QStringLiteral("+14155550199"));
    EXPECT_EQ(ann().otherPhones, (QStringList{QStringLiteral("+14155550100"), QStringLiteral("+14155550123")}));
    ImportBatchService promotedBatches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(promotedBatches.revert(promoted.batchId).hasValue());

    // Two rows of one file for a new contact, filling: the second number is kept too.
    runImport(writeFile(QStringLiteral("twice.csv"), "email,phone\nbo@example.com,+14155550111\nbo@example.com,+14155550112\n"),
              fill);
    const Domain::Contact bo = *contacts().findByEmail(QStringLiteral("bo@example.com"));
    EXPECT_EQ(bo.phone, QStringLiteral("+14155550111"));
    EXPECT_EQ(bo.otherPhones, QStringList{QStringLiteral("+14155550112")});

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(replaced.batchId).hasValue());
    EXPECT_EQ(ann().phone, QStringLiteral("+14155550100"));
    EXPECT_EQ(ann().otherPhones, QStringList{QStringLiteral("+14155550199")}) << "as before the overwrite";
}

TEST_P(ContactImportTest, AnEmailHandedOnBetweenStoredContactsFollowsTheRows)
{
    // Matched on phone: in each pair the first row moves Ann's address away and the second
    // gives it to Bob, who was stored first. Written in the order of the rows, as the unique
    // email index wants, also when enough contacts change the same columns to be staged.
    QByteArray first = "phone,email,first name\n", second = "phone,email\n";
    for (int i = 10; i < 30; ++i) {
        const QByteArray n = QByteArray::number(i);
        first += "+336123456" + n + ",bob" + n + "@example.com,Bob\n+336987654" + n + ",ann" + n + "@example.com,Ann\n";
        second += "+336987654" + n + ",ann" + n + ".new@example.com\n+336123456" + n + ",ann" + n + "@example.com\n";
    }
    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), first), byPhone).created, 40);
    byPhone.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary handedOn = runImport(writeFile(QStringLiteral("second.csv"), second), byPhone);
    EXPECT_EQ(handedOn.updated, 40);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann17@example.com"))->firstName, QStringLiteral("Bob"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann17.new@example.com"))->firstName, QStringLiteral("Ann"));

    // Undone, each address goes back to the contact that had it, whatever the order, except
    // one given to a third contact since: that stays with it, and Ann keeps her newer one.
    Domain::Contact third;
    third.firstName = QStringLiteral("Third");
    third.email = QStringLiteral("BOB28@example.com"); // free since the import, and taken
    ASSERT_TRUE(contacts().create(third).hasValue());
    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(handedOn.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann17@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("bob17@example.com"))->firstName, QStringLiteral("Bob"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann29@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("bob28@example.com"))->firstName, QStringLiteral("Third"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann28@example.com"))->firstName, QStringLiteral("Bob"))
        << "Bob cannot have his old address back, so he keeps the one the import gave him";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann28.new@example.com"))->firstName, QStringLiteral("Ann"))
        << "and Ann keeps hers";
}

// A revert reads the batch's update records a few thousand at a time; the addresses it hands
// back are decided for the whole batch, also between contacts whose records are far apart.
TEST_P(ContactImportTest, ARevertOfManyUpdatesRestoresEverySliceAndHandsEmailsBackAcrossThem)
{
    constexpr int kPairs = 6000; // Bobs first, Anns after them: each pair's records in different slices
    QByteArray first = "phone,email,first name\n", second = "phone,email,title\n";
    for (int i = 0; i < kPairs; ++i)
        first += "+3361" + QByteArray::number(1000000 + i) + ",bob" + QByteArray::number(i) + "@example.com,Bob\n";
    for (int i = 0; i < kPairs; ++i)
        first += "+3362" + QByteArray::number(1000000 + i) + ",ann" + QByteArray::number(i) + "@example.com,Ann\n";
    for (int i = 0; i < kPairs; ++i) {
        const QByteArray n = QByteArray::number(i), phone = QByteArray::number(1000000 + i);
        second += "+3362" + phone + ",ann" + n + ".new@example.com,Chef\n+3361" + phone + ",ann" + n + "@example.com,Chef\n";
    }
    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), first), byPhone).created, 2 * kPairs);
    byPhone.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary handedOn = runImport(writeFile(QStringLiteral("second.csv"), second), byPhone);
    ASSERT_EQ(handedOn.updated, 2 * kPairs);
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Bob' AND email LIKE 'ann%'")), kPairs);

    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(handedOn.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Bob' AND email LIKE 'bob%@example.com'")),
              kPairs);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Ann' AND email LIKE 'ann%@example.com' "
                                    "AND email NOT LIKE '%.new@%'")),
              kPairs);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE title <> ''")), 0) << "every slice restored";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann5999@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("bob0@example.com"))->firstName, QStringLiteral("Bob"));
}

TEST_P(ContactImportTest, MatchesOnPhoneOrExternalId)
{
    const QByteArray first = "id,phone,first name\nA-1,+33612345678,Amelie\nA-2,+33698765432,Bruno\n";
    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    ASSERT_EQ(runImport(writeFile(QStringLiteral("a.csv"), first), byPhone).created, 2);

    const QByteArray second = "id,phone,first name\nB-9,06 12 34 56 78,Amélie\n";
    byPhone.onDuplicate = DuplicateAction::Overwrite;
    byPhone.defaultRegion = QStringLiteral("FR");
    const ImportSummary phone = runImport(writeFile(QStringLiteral("b.csv"), second), byPhone);
    EXPECT_EQ(phone.updated, 1) << "the national form matches the stored E.164 number";
    EXPECT_EQ(phone.created, 0);

    ImportOptions byId;
    byId.matchOn = MatchKey::ExternalId;
    byId.onDuplicate = DuplicateAction::Skip;
    const QByteArray third = "id,phone,first name\nA-2,,Someone\nC-3,,Carla\n";
    const ImportSummary ids = runImport(writeFile(QStringLiteral("c.csv"), third), byId);
    EXPECT_EQ(ids.skipped, 1);
    EXPECT_EQ(ids.created, 1);
}

TEST_P(ContactImportTest, RowsMatchedOnPhoneThatWouldShareAnEmailAreRejectedWithTheReason)
{
    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    const QByteArray first = "phone,email,first name\n+33611111111,ann@example.com,Ann\n+33622222222,bob@example.com,Bob\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), first), byPhone).created, 2);

    byPhone.onDuplicate = DuplicateAction::Overwrite;
    const QByteArray second = "phone,email,first name\n"
                              "+33633333333,ann@example.com,Copycat\n"       // Ann, stored, holds it
                              "+33644444444,new@example.com,Nina\n"
                              "+33655555555,NEW@example.com,Echo\n"          // the row before took it
                              "+33622222222,Ann@Example.com,Bob\n"           // Bob cannot take Ann's
                              "+33611111111,ann.moved@example.com,Ann\n"     // Ann lets hers go…
                              "+33666666666,ann@example.com,Heir\n";         // …so a new contact may have it
    const ImportSummary summary = runImport(writeFile(QStringLiteral("second.csv"), second), byPhone);
    EXPECT_EQ(summary.created, 2);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.rejected, 3);

    const QString text = rejectsText(summary);
    EXPECT_EQ(text.count(QStringLiteral("already belongs to another contact (Ann")), 2) << "stored: named" << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("already given to the new contact of an earlier row")), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Copycat")) && text.contains(QStringLiteral("Echo"))) << text.toStdString();

    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann@example.com"))->firstName, QStringLiteral("Heir"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("ann.moved@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("bob@example.com"))->firstName, QStringLiteral("Bob"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("new@example.com"))->firstName, QStringLiteral("Nina"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 4);

    // Into an empty database too, where only addresses the import wrote are looked up, and
    // across chunks: the second half of the file repeats the first half's addresses.
    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(summary.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    auto emptied = db().exec(QStringLiteral("UPDATE contacts SET deleted_at = updated_at WHERE deleted_at IS NULL"));
    ASSERT_TRUE(emptied.hasValue());
    QByteArray many = "phone,email\n";
    const int half = 30000;
    for (int copy = 0; copy < 2; ++copy)
        for (int i = 0; i < half; ++i)
            many += "+336" + QByteArray::number(copy) + QByteArray::number(1000000 + i) + ",p" + QByteArray::number(i)
                    + "@example.com\n";
    byPhone.onDuplicate = DuplicateAction::Skip;
    const ImportSummary big = runImport(writeFile(QStringLiteral("many.csv"), many), byPhone);
    EXPECT_EQ(big.created, half);
    EXPECT_EQ(big.rejected, half);
}

TEST_P(ContactImportTest, AddressesMovedSeveralTimesInAChunkEndWhereTheLastRowPutsThem)
{
    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    const QByteArray first = "phone,email,first name\n"
                             "+33611111111,a@example.com,Ann\n"
                             "+33622222222,b@example.com,Bob\n"
                             "+33633333333,ÖZIL@example.com,Mesut\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), first), byPhone).created, 3);

    byPhone.onDuplicate = DuplicateAction::Overwrite;
    const QByteArray second = "phone,email,first name\n"
                              "+33622222222,b@example.com,Bobby\n"      // Bob first, name only
                              "+33611111111,a2@example.com,Ann\n"       // Ann lets a@ go…
                              "+33622222222,a@example.com,Bobby\n"      // …and Bob, seen before, takes it
                              "+33611111111,x@example.com,Ann\n"        // Ann moves twice:
                              "+33611111111,y@example.com,Ann\n"        // a2@ → x@ → y@
                              "+33644444444,x@example.com,Xavier\n"     // x@ is free again
                              "+33655555555,Özil@example.com,Copy\n";   // the same address to the index
    const ImportSummary summary = runImport(writeFile(QStringLiteral("second.csv"), second), byPhone);
    EXPECT_EQ(summary.updated + summary.merged, 5);
    EXPECT_EQ(summary.updated, 2) << "the further rows of a contact are merged with its first";
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("a@example.com"))->firstName, QStringLiteral("Bobby"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("y@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("x@example.com"))->firstName, QStringLiteral("Xavier"));
    EXPECT_FALSE(contacts().findByEmail(QStringLiteral("b@example.com")).hasValue());

    // Undone, Ann and Bob have their addresses back.
    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(summary.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("a@example.com"))->firstName, QStringLiteral("Ann"));
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("b@example.com"))->firstName, QStringLiteral("Bob"));
}

TEST_P(ContactImportTest, EmailsMatchAsTheDatabaseComparesThemBeyondAscii)
{
    // SQLite's lower() folds ASCII letters only, so "ÖZIL" and "Özil" are one address to the
    // unique index and "özil" is another; keys folded any other way failed the re-import.
    const QByteArray first = "email,first name\nÖZIL@example.com,Mesut\nÖZIL@EXAMPLE.COM,Again\n";
    const ImportSummary created = runImport(writeFile(QStringLiteral("first.csv"), first));
    EXPECT_EQ(created.created, 1);
    EXPECT_EQ(created.skipped, 1) << "the second row is the same address";

    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const QByteArray second = "email,first name\nÖzil@example.com,Mesut Özil\n";
    const ImportSummary updated = runImport(writeFile(QStringLiteral("second.csv"), second), overwrite);
    EXPECT_EQ(updated.updated, 1);
    EXPECT_EQ(updated.created, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Mesut Özil'")), 1);
}

TEST_P(ContactImportTest, OddCellsRejectTheirRowOrAreCleanedNeverTheImport)
{
    ImportOptions options;
    options.extraTags = {QStringLiteral("vip ")}; // the same tag as the row's "VIP" to the database
    QByteArray csv = "email,first name,external id,tags,created\n";
    csv += QByteArray("nul@example.com,Ann") + '\0' + "ie,,VIP,\n";
    csv += "longid@example.com,Lou," + QByteArray(300, 'x') + ",,\n";
    csv += "longtag@example.com,Tim,,short;" + QByteArray(150, 't') + ",\n";
    csv += "future@example.com,Fay,,,9999-12-31T23:30:00-01:00\n";
    csv += "bad@,Junk,,JunkTag,\n";
    csv += "longname@example.com," + QByteArray(160, 'n') + ",,,\n"; // names are indexed four times over
    const ImportSummary summary = runImport(writeFile(QStringLiteral("odd.csv"), csv), options);
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.rejected, 5);
    const QString text = rejectsText(summary);
    EXPECT_TRUE(text.contains(QStringLiteral("longer than 255 characters"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("longer than 150 characters"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("longer than 100 characters"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("is not a date"))) << text.toStdString();

    auto annie = contacts().findByEmail(QStringLiteral("nul@example.com"));
    ASSERT_TRUE(annie.hasValue());
    EXPECT_EQ(annie->firstName, QStringLiteral("Annie")) << "the NUL character is dropped";
    EXPECT_EQ(annie->tags.size(), 1) << "one link for one tag";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE lower(name) = 'junktag'")), 0)
        << "a rejected row makes no tags";
}

TEST_P(ContactImportTest, RowsRejectedOnTheWayLeaveNoTagsBehind)
{
    // Matched on external id, who holds an address is checked as the rows are worked through,
    // after the chunk's tags were made.
    Domain::Contact holder;
    holder.email = QStringLiteral("held@example.com");
    ASSERT_TRUE(contacts().create(holder).hasValue());
    const QByteArray csv = "external id,email,first name,tags\n"
                           "1,kept@example.com,Kim,Shared;Kept\n"
                           "2,held@example.com,Ned,Shared;Ghostly\n";
    ImportOptions byId;
    byId.matchOn = MatchKey::ExternalId;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("held.csv"), csv), byId);
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.rejected, 1);
    EXPECT_TRUE(rejectsText(summary).contains(QStringLiteral("held@example.com"))) << rejectsText(summary).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE lower(name) = 'ghostly'")), 0)
        << "only the rejected row named it";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE lower(name) IN ('shared', 'kept')")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contact_tags")), 2);
}

TEST_P(ContactImportTest, CompaniesNoContactTakesAreNotLeftBehind)
{
    ASSERT_EQ(runImport(writeFile(QStringLiteral("first.csv"), "external id,email,company\n1,ann@example.com,OldCo\n"))
                  .created,
              1);
    const QByteArray csv = "external id,email,company,website\n"
                           "1,ann@example.com,NewCo,newco.com\n" // a stored contact
                           "2,bob@example.com,Beta,\n"           // a new one
                           "2,bob@example.com,Gamma Corp,\n"     // the same again
                           "3,ann@example.com,Ghost Inc,\n";     // a new one with Ann's address: rejected
    const QString file = writeFile(QStringLiteral("second.csv"), csv);
    const auto companies = [&] {
        return texts(QStringLiteral("SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY name")).join(u'|');
    };
    ImportOptions skip; // duplicates are skipped
    skip.matchOn = MatchKey::ExternalId;
    const ImportSummary skipped = runImport(file, skip);
    EXPECT_EQ(skipped.created, 1);
    EXPECT_EQ(skipped.skipped, 2);
    EXPECT_EQ(skipped.rejected, 1);
    EXPECT_EQ(companies(), QStringLiteral("Beta|OldCo")) << "NewCo, Gamma Corp and Ghost Inc went with their rows";

    ImportOptions fill = skip;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    runImport(file, fill);
    EXPECT_EQ(companies(), QStringLiteral("Beta|OldCo")) << "Ann and Bob have a company: nothing to fill";

    ImportOptions overwrite = skip;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    runImport(file, overwrite);
    EXPECT_EQ(companies(), QStringLiteral("Beta|Gamma Corp|NewCo|OldCo"));
    EXPECT_EQ(texts(QStringLiteral("SELECT company_name FROM contacts WHERE email = 'bob@example.com'")),
              QStringList{QStringLiteral("Gamma Corp")});
}

TEST_P(ContactImportTest, TheOwnerIsAUsersEmailOrTheNameOfOneUser)
{
    Domain::User jane;
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    auto janeCreated = m_workspace->users().create(jane);
    ASSERT_TRUE(janeCreated.hasValue()) << janeCreated.error().toString().toStdString();
    for (const char *email : {"sam1@example.com", "sam2@example.com"}) {
        Domain::User sam;
        sam.name = QStringLiteral("Sam Lee");
        sam.email = QLatin1String(email);
        ASSERT_TRUE(m_workspace->users().create(sam).hasValue());
    }
    // As HubSpot's "Contact owner" writes it: the user's name.
    const QByteArray csv = "email,first name,contact owner\n"
                           "a@example.com,Ann,jane doe\n"
                           "b@example.com,Bob,JANE@example.com\n"
                           "c@example.com,Cy,Sam Lee\n"
                           "d@example.com,Di,Nobody Here\n";
    const ImportSummary summary = runImport(writeFile(QStringLiteral("hubspot.csv"), csv), {});
    EXPECT_EQ(summary.created, 4);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("a@example.com"))->ownerId, janeCreated->id);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("b@example.com"))->ownerId, janeCreated->id);
    // Which Sam is not for an import to guess, and nobody here is called Nobody Here: those
    // contacts come in without an owner, and the summary names them.
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("c@example.com"))->ownerId.isEmpty());
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("d@example.com"))->ownerId.isEmpty());
    EXPECT_EQ(summary.unknownOwnerRows, 2);
    EXPECT_EQ(summary.unknownOwners, QStringList({QStringLiteral("Sam Lee"), QStringLiteral("Nobody Here")}));
    EXPECT_EQ(ContactImportJob::unknownOwnersText(summary, {}).toStdString(),
              "2 rows named an owner who is not an active user here (Sam Lee, Nobody Here); they were "
              "imported as if they named no owner.");
    EXPECT_EQ(summary.toJson().value(QStringLiteral("unknown_owner_rows")).toInteger(), 2);

    // With an owner for contacts without one, they go to that owner; duplicates skipped say nothing.
    const QByteArray more = "email,first name,contact owner\n"
                            "c@example.com,Cy,Nobody Here\n"
                            "e@example.com,Ed,Ghost 1\n"
                            "f@example.com,Fi,Ghost 2\n"
                            "g@example.com,Gil,Ghost 3\n"
                            "h@example.com,Hal,Ghost 4\n"
                            "i@example.com,Ida,Ghost 5\n"
                            "j@example.com,Jo,Ghost 1\n"
                            "k@example.com,Kai,Ghost 6\n";
    ImportOptions toJane;
    toJane.defaultOwner = QStringLiteral("jane@example.com");
    const ImportSummary second = runImport(writeFile(QStringLiteral("more.csv"), more), toJane);
    EXPECT_EQ(second.created, 7);
    EXPECT_EQ(second.skipped, 1);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("e@example.com"))->ownerId, janeCreated->id);
    EXPECT_EQ(second.unknownOwnerRows, 7) << "the skipped row is not counted";
    EXPECT_EQ(second.unknownOwners.size(), ImportSummary::kUnknownOwnersNamed);
    EXPECT_TRUE(second.moreUnknownOwners) << "Ghost 6";
    EXPECT_EQ(ContactImportJob::unknownOwnersText(second, toJane.defaultOwner).toStdString(),
              "7 rows named an owner who is not an active user here (Ghost 1, Ghost 2, Ghost 3, Ghost 4, Ghost 5 "
              "and others); they were imported as if they named no owner (new contacts went to "
              "jane@example.com).");
    ImportSummary repeated = second; // six rows naming the five owners listed
    repeated.unknownOwnerRows = 6;
    repeated.moreUnknownOwners = false;
    EXPECT_FALSE(ContactImportJob::unknownOwnersText(repeated, {}).contains(QStringLiteral("others")));
}

TEST_P(ContactImportTest, ADefaultOwnerTakesContactsTheFileGivesNoOwnerAndFillsEmptyOwnersOnly)
{
    Domain::User jane, sam;
    jane.name = QStringLiteral("Jane Doe");
    jane.email = QStringLiteral("jane@example.com");
    sam.name = QStringLiteral("Sam Lee");
    sam.email = QStringLiteral("sam@example.com");
    auto janeCreated = m_workspace->users().create(jane);
    auto samCreated = m_workspace->users().create(sam);
    ASSERT_TRUE(janeCreated.hasValue() && samCreated.hasValue());
    Domain::Contact ownerless, owned;
    ownerless.email = QStringLiteral("ownerless@example.com");
    owned.email = QStringLiteral("owned@example.com");
    owned.ownerId = samCreated->id;
    ASSERT_TRUE(contacts().create(ownerless).hasValue());
    ASSERT_TRUE(contacts().create(owned).hasValue());

    // A new contact whose first row names no owner and whose second does gets the one named.
    const QByteArray csv = "email,first name,owner\n"
                           "new@example.com,New,\n"
                           "named@example.com,Named,sam@example.com\n"
                           "later@example.com,Later,\n"
                           "later@example.com,,sam@example.com\n"
                           "ownerless@example.com,Olga,\n"
                           "owned@example.com,Otto,\n";
    ImportOptions options;
    options.onDuplicate = DuplicateAction::Overwrite;
    options.defaultOwner = QStringLiteral(" JANE@example.com ");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("owners.csv"), csv), options);
    EXPECT_EQ(summary.created, 3);
    EXPECT_EQ(summary.merged, 1);
    EXPECT_EQ(summary.updated, 2);
    const auto ownerOf = [&](const char *email) { return contacts().findByEmail(QLatin1String(email))->ownerId; };
    EXPECT_EQ(ownerOf("new@example.com"), janeCreated->id);
    EXPECT_EQ(ownerOf("named@example.com"), samCreated->id);
    EXPECT_EQ(ownerOf("later@example.com"), samCreated->id);
    EXPECT_EQ(ownerOf("ownerless@example.com"), janeCreated->id);
    EXPECT_EQ(ownerOf("owned@example.com"), samCreated->id) << "overwriting replaces what the file gives, and it gave no owner";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches WHERE id = ? AND CAST(options AS TEXT) LIKE ?"),
                     {summary.batchId, QVariant(QLatin1Char('%') + janeCreated->id + QLatin1Char('%'))}),
              1);

    // Undo gives the stored contact its empty owner back.
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_TRUE(ownerOf("ownerless@example.com").isEmpty());

    // A default owner a later chunk meets again: a row naming the owner still fills it.
    // One a row named stays.
    QByteArray twoChunks = "email,first name,owner\nlater2@example.com,Lou,\nnamed2@example.com,Ned,jane@example.com\n";
    for (int i = 0; i < ContactImportJob::kChunkRows; ++i)
        twoChunks += "filler" + QByteArray::number(i) + "@example.com,F,\n";
    twoChunks += "later2@example.com,,sam@example.com\nnamed2@example.com,,sam@example.com\n";
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    fill.defaultOwner = QStringLiteral("jane@example.com");
    // Both rows of the second chunk merge into contacts of the first, whatever they change.
    const ImportSummary chunks = runImport(writeFile(QStringLiteral("chunks.csv"), twoChunks), fill);
    EXPECT_EQ(chunks.merged, 2);
    EXPECT_EQ(chunks.updated, 0);
    EXPECT_EQ(chunks.skipped, 0) << "named2 keeps Jane, and is merged all the same";
    EXPECT_EQ(ownerOf("later2@example.com"), samCreated->id);
    EXPECT_EQ(ownerOf("named2@example.com"), janeCreated->id);
    EXPECT_EQ(ownerOf("filler0@example.com"), janeCreated->id);
    // So does a stored contact an earlier row of the file left without owner.
    Domain::Contact storedWithout;
    storedWithout.email = QStringLiteral("stored-without@example.com");
    ASSERT_TRUE(contacts().create(storedWithout).hasValue());
    const ImportSummary twice = runImport(
        writeFile(QStringLiteral("twice.csv"),
                  "email,first name,owner\nstored-without@example.com,Sue,\nstored-without@example.com,,sam@example.com\n"),
        fill);
    EXPECT_EQ(twice.updated, 1);
    EXPECT_EQ(twice.merged, 1);
    EXPECT_EQ(ownerOf("stored-without@example.com"), samCreated->id);
    ImportBatchService history(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(history.revert(twice.batchId).hasValue());
    EXPECT_TRUE(ownerOf("stored-without@example.com").isEmpty()) << "undo gives back the empty owner";

    // Nor does a user who left: they keep what they own, and get nothing new.
    Domain::User leaving = *samCreated;
    leaving.active = false;
    ASSERT_TRUE(m_workspace->users().update(leaving).hasValue());
    {
        ImportOptions toSam;
        toSam.defaultOwner = QStringLiteral("sam@example.com");
        toSam.filePath = writeFile(QStringLiteral("sam.csv"), "email\nnew-for-sam@example.com\n");
        ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), toSam);
        EXPECT_TRUE(failureOf(job).message().contains(QStringLiteral("no longer an active user")));
    }
    // Another Sam, active: the name now means one user who can take contacts.
    Domain::User otherSam;
    otherSam.name = QStringLiteral("Sam Lee");
    otherSam.email = QStringLiteral("sam.lee@example.com");
    auto otherSamCreated = m_workspace->users().create(otherSam);
    ASSERT_TRUE(otherSamCreated.hasValue());
    ImportOptions toSamByName;
    toSamByName.defaultOwner = QStringLiteral("Sam Lee");
    ASSERT_EQ(runImport(writeFile(QStringLiteral("sam-by-name.csv"), "email\nfor-sam@example.com\n"), toSamByName).created, 1);
    EXPECT_EQ(ownerOf("for-sam@example.com"), otherSamCreated->id);
    ASSERT_TRUE(m_workspace->users().update([&] {
        Domain::User away = *otherSamCreated;
        away.active = false;
        return away;
    }()).hasValue());

    // Named by a row, they are an owner who is not an active user: the contact comes without.
    const ImportSummary named = runImport(writeFile(QStringLiteral("named.csv"), "email,owner\nnamed-sam@example.com,Sam Lee\n"));
    EXPECT_EQ(named.created, 1);
    EXPECT_EQ(named.unknownOwnerRows, 1);
    EXPECT_TRUE(ownerOf("named-sam@example.com").isEmpty());

    // A user who is not there stops the import before it starts.
    options.defaultOwner = QStringLiteral("nobody@example.com");
    options.filePath = writeFile(QStringLiteral("owners2.csv"), csv);
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    const Error error = failureOf(job);
    EXPECT_TRUE(error.message().contains(QStringLiteral("No user has the email nobody@example.com"))) << error.toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 5) << "no batch of its own";
}

TEST_P(ContactImportTest, LaterRowsOfANewContactMergeEmailCompanyOwnerAndConsentsAsTheModeSays)
{
    // A stored company, found by its domain, names the contacts linked to it.
    Domain::Company acme;
    acme.name = QStringLiteral("Acme Inc");
    acme.domain = QStringLiteral("acme.com");
    ASSERT_TRUE(m_workspace->companies().create(acme).hasValue());
    Domain::Contact stored;
    stored.email = QStringLiteral("olga@example.com");
    stored.optIn.insert(Domain::Channel::Email, Domain::OptInStatus::OptedOut);
    ASSERT_TRUE(contacts().create(stored).hasValue());

    ImportOptions byPhone;
    byPhone.matchOn = MatchKey::Phone;
    byPhone.onDuplicate = DuplicateAction::FillEmpty;
    const QByteArray csv = "phone,email,website,email opt in\n"
                           "+33611111111,,,\n"
                           "+33611111111,ann@example.com,acme.com,yes\n"
                           "+33622222222,olga@example.com,,\n"; // Olga's address: rejected
    const ImportSummary summary = runImport(writeFile(QStringLiteral("merge.csv"), csv), byPhone);
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.merged, 1);
    EXPECT_EQ(summary.rejected, 1);
    auto ann = contacts().findByEmail(QStringLiteral("ann@example.com"));
    ASSERT_TRUE(ann.hasValue()) << "the second row filled the email";
    EXPECT_EQ(ann->companyName, QStringLiteral("Acme Inc")) << "and the company, by its own name";
    EXPECT_EQ(ann->optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedIn);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE contact_id = ?"), {ann->id}), 1);

    // Filling empty fields keeps Olga's opt-out, and no consent record says otherwise.
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const QByteArray olga = "email,email opt in\nolga@example.com,yes\n";
    EXPECT_EQ(runImport(writeFile(QStringLiteral("olga.csv"), olga), fill).skipped, 1) << "nothing to fill";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("olga@example.com"))->optInFor(Domain::Channel::Email),
              Domain::OptInStatus::OptedOut);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents c JOIN contacts p ON p.id = c.contact_id "
                                    "WHERE p.email = 'olga@example.com' AND c.source = 'import'")),
              0);
    // Overwriting does not opt her back in either (ImportKeepsOptOutsAndConfirmedConsent).
    fill.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary overwritten = runImport(writeFile(QStringLiteral("olga2.csv"), olga), fill);
    EXPECT_EQ(overwritten.skipped, 1);
    EXPECT_EQ(overwritten.optOutsKept, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents c JOIN contacts p ON p.id = c.contact_id "
                                    "WHERE p.email = 'olga@example.com' AND c.source = 'import'")),
              0);
}

TEST_P(ContactImportTest, RowsOfOneFileForANewContactKeepItsOptOutAndMoveItsStageForward)
{
    // The rules of stored contacts for a contact an earlier row of the same file created.
    const QByteArray csv = "email,email opt in,do not contact,lifecycle stage\n"
                           "one@example.com,opted out,yes,lead\n"
                           "one@example.com,opted in,no,customer\n"
                           "two@example.com,pending,,customer\n"
                           "two@example.com,,,lead\n";
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary overwritten = runImport(writeFile(QStringLiteral("one.csv"), csv), overwrite);
    EXPECT_EQ(overwritten.created, 2);
    EXPECT_EQ(overwritten.merged, 2);
    EXPECT_EQ(overwritten.optOutsKept, 1);
    const auto one = contacts().findByEmail(QStringLiteral("one@example.com"));
    ASSERT_TRUE(one.hasValue());
    EXPECT_EQ(one->optInFor(Domain::Channel::Email), Domain::OptInStatus::OptedOut);
    EXPECT_TRUE(one->doNotContact);
    EXPECT_EQ(one->lifecycleStage, Domain::LifecycleStage::Customer) << "overwriting takes the later stage";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE contact_id = ? AND status = 'opted_in'"), {one->id}), 0);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("two@example.com"))->lifecycleStage, Domain::LifecycleStage::Lead);

    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const QByteArray forward = "email,lifecycle stage\nthree@example.com,lead\nthree@example.com,customer\n"
                               "four@example.com,customer\nfour@example.com,lead\n"
                               "five@example.com,\nfive@example.com,subscriber\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("forward.csv"), forward), fill).merged, 3);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("five@example.com"))->lifecycleStage, Domain::LifecycleStage::Subscriber)
        << "the import's default stage is none a row named: the row naming one fills it";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("three@example.com"))->lifecycleStage, Domain::LifecycleStage::Customer)
        << "filling moves a stage forward";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("four@example.com"))->lifecycleStage, Domain::LifecycleStage::Customer)
        << "and never back";
}

TEST_P(ContactImportTest, AnotherSpellingOfAnAddressKeepsTheOneTheContactHas)
{
    Domain::Contact ann;
    ann.email = QStringLiteral("ann@example.com");
    ASSERT_TRUE(contacts().create(ann).hasValue());
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("case.csv"), "email,first name\n"
                                                                                 "ANN@Example.com,Ann\n"
                                                                                 "bo@example.com,Bo\n"
                                                                                 "BO@EXAMPLE.COM,Bob\n"),
                                            overwrite);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.merged, 1);
    const auto stored = contacts().findByEmail(QStringLiteral("ann@example.com"));
    ASSERT_TRUE(stored.hasValue());
    EXPECT_EQ(stored->email, QStringLiteral("ann@example.com")) << "the same address, not a change";
    EXPECT_EQ(stored->firstName, QStringLiteral("Ann"));
    EXPECT_TRUE(stored->otherEmails.isEmpty());
    const auto bo = contacts().findByEmail(QStringLiteral("bo@example.com"));
    ASSERT_TRUE(bo.hasValue());
    EXPECT_EQ(bo->email, QStringLiteral("bo@example.com")) << "the first row's spelling stays";
    EXPECT_EQ(bo->firstName, QStringLiteral("Bob"));
    EXPECT_TRUE(bo->otherEmails.isEmpty());
}

TEST_P(ContactImportTest, ImportKeepsOptOutsAndConfirmedConsent)
{
    // Only the person opts back in: an import, even one that overwrites, never lifts an
    // opt-out or "do not contact", nor lowers a confirmed opt-in. An opt-out it records
    // whatever the duplicate handling. Lifecycle stages move forward when filling.
    const auto make = [&](const char *email, Domain::OptInStatus status, bool doNotContact,
                          Domain::LifecycleStage stage) {
        Domain::Contact c;
        c.email = QLatin1String(email);
        c.optIn.insert(Domain::Channel::Email, status);
        c.doNotContact = doNotContact;
        c.lifecycleStage = stage;
        return contacts().create(c);
    };
    using Domain::LifecycleStage;
    using Domain::OptInStatus;
    ASSERT_TRUE(make("out@example.com", OptInStatus::OptedOut, true, LifecycleStage::Customer).hasValue());
    ASSERT_TRUE(make("double@example.com", OptInStatus::DoubleOptedIn, false, LifecycleStage::Lead).hasValue());
    ASSERT_TRUE(make("in@example.com", OptInStatus::OptedIn, false, LifecycleStage::Lead).hasValue());
    ASSERT_TRUE(make("lead@example.com", OptInStatus::Pending, false, LifecycleStage::Lead).hasValue());
    const QByteArray csv = "email,email opt in,do not contact,lifecycle stage,source\n"
                           "out@example.com,opted in,false,lead,website\n"
                           "double@example.com,pending,,customer,\n"
                           "in@example.com,double opt-in,,subscriber,\n"
                           "lead@example.com,unsubscribed,,customer,event\n"
                           "new@example.com,opted out,,,\n"
                           "new@example.com,opted in,false,,\n";
    const auto status = [&](const char *email) {
        return contacts().findByEmail(QLatin1String(email))->optInFor(Domain::Channel::Email);
    };
    const auto stage = [&](const char *email) { return contacts().findByEmail(QLatin1String(email))->lifecycleStage; };

    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary filled = runImport(writeFile(QStringLiteral("consent.csv"), csv), fill);
    EXPECT_EQ(filled.optOutsKept, 0) << "filling keeps what is there anyway";
    EXPECT_EQ(status("out@example.com"), OptInStatus::OptedOut);
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("out@example.com"))->doNotContact);
    EXPECT_EQ(stage("out@example.com"), LifecycleStage::Customer) << "filling moves forward only";
    EXPECT_EQ(status("double@example.com"), OptInStatus::DoubleOptedIn);
    EXPECT_EQ(stage("double@example.com"), LifecycleStage::Customer) << "a lead the file calls a customer";
    EXPECT_EQ(status("in@example.com"), OptInStatus::OptedIn) << "filling keeps a stored status";
    EXPECT_EQ(stage("in@example.com"), LifecycleStage::Lead);
    EXPECT_EQ(status("lead@example.com"), OptInStatus::OptedOut) << "an opt-out is recorded when filling too";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("lead@example.com"))->source, Domain::LeadSource::Event)
        << "an unknown source is filled";
    EXPECT_EQ(status("new@example.com"), OptInStatus::OptedOut) << "a later row of the file does not lift it either";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents c JOIN contacts p ON p.id = c.contact_id "
                                    "WHERE p.email = 'lead@example.com' AND c.status = 'opted_out'")),
              1);

    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary overwritten = runImport(writeFile(QStringLiteral("consent2.csv"), csv), overwrite);
    EXPECT_EQ(overwritten.optOutsKept, 2) << "out@ (opt-in and do not contact) and new@'s second row";
    EXPECT_EQ(status("out@example.com"), OptInStatus::OptedOut);
    EXPECT_TRUE(contacts().findByEmail(QStringLiteral("out@example.com"))->doNotContact);
    EXPECT_EQ(stage("out@example.com"), LifecycleStage::Lead) << "overwriting takes the file's stage";
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("out@example.com"))->source, Domain::LeadSource::Website);
    EXPECT_EQ(status("double@example.com"), OptInStatus::DoubleOptedIn) << "confirmed consent is not lowered";
    EXPECT_EQ(status("in@example.com"), OptInStatus::DoubleOptedIn) << "and may be confirmed further";
    EXPECT_EQ(stage("in@example.com"), LifecycleStage::Subscriber);
    EXPECT_EQ(status("lead@example.com"), OptInStatus::OptedOut);
    EXPECT_EQ(status("new@example.com"), OptInStatus::OptedOut);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents c JOIN contacts p ON p.id = c.contact_id "
                                    "WHERE p.email = 'out@example.com' AND c.status = 'opted_in'")),
              0)
        << "no consent record says what the contact does not hold";
    EXPECT_TRUE(ContactImportJob::optOutsKeptText(overwritten).startsWith(QStringLiteral("2 rows would have opted back in")))
        << ContactImportJob::optOutsKeptText(overwritten).toStdString();
}

TEST_P(ContactImportTest, RevertTakesOffTheTagsAnImportGaveStoredContacts)
{
    Domain::Contact ann;
    ann.email = QStringLiteral("ann@example.com");
    auto stored = contacts().create(ann);
    ASSERT_TRUE(stored.hasValue());
    ASSERT_TRUE(contacts().addTag({stored->id}, QStringLiteral("Customer")));

    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    fill.extraTags = {QStringLiteral("Fair 2026")};
    const QByteArray csv = "email,tags\nann@example.com,Promo;customer\nann@example.com,Newsletter\n";
    const ImportSummary summary = runImport(writeFile(QStringLiteral("tags.csv"), csv), fill);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.merged, 1);
    QStringList tags = contacts().get(stored->id)->tags;
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("Customer"), QStringLiteral("Fair 2026"), QStringLiteral("Newsletter"),
                                 QStringLiteral("Promo")}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE contact_id = ? AND type = 'imported' AND "
                                    "CAST(changes AS TEXT) LIKE '%tags_added%' AND CAST(changes AS TEXT) LIKE '%Promo%' "
                                    "AND CAST(changes AS TEXT) NOT LIKE '%Customer%'"),
                     {stored->id}),
              1)
        << "the import's entry names the tags it added, not one the contact had";

    // Someone takes "Promo" off and puts it back: that link is theirs now.
    ASSERT_TRUE(contacts().removeTag({stored->id}, QStringLiteral("Promo")));
    QThread::msleep(5); // a later timestamp than the import's
    ASSERT_TRUE(contacts().addTag({stored->id}, QStringLiteral("Promo")));
    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(summary.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    tags = contacts().get(stored->id)->tags;
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("Customer"), QStringLiteral("Promo")}))
        << "the tag it had before and the one put back stay, the import's go";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE contact_id = ? AND CAST(changes AS TEXT) LIKE '%tags_removed%'"),
                     {stored->id}),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE contact_id = ? AND CAST(changes AS TEXT) LIKE '%tags_removed%' "
                                    "AND CAST(changes AS TEXT) LIKE '%Fair 2026%' AND CAST(changes AS TEXT) NOT LIKE '%-%-%-%-%'"),
                     {stored->id}),
              1)
        << "the timeline names the tags it took off";
}

TEST_P(ContactImportTest, ACompanyNamedWithAccentedCapitalsIsFoundAgain)
{
    ASSERT_TRUE(m_workspace->companies().create([] {
        Domain::Company company;
        company.name = QStringLiteral("Ångström AB");
        return company;
    }()).hasValue());
    const auto companiesNamed = [this](const QString &name) {
        return scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = ?"), {name});
    };
    ASSERT_EQ(runImport(writeFile(QStringLiteral("a.csv"), "email,company\na@example.com,Étoile SAS\n"
                                                           "s@example.com,Ångström AB\n")).created, 2);
    ASSERT_EQ(runImport(writeFile(QStringLiteral("b.csv"), "email,company\nb@example.com,Étoile SAS\n"
                                                           "t@example.com,ÅNGSTRÖM AB\n")).created, 2);
    EXPECT_EQ(companiesNamed(QStringLiteral("Étoile SAS")), 1) << "a later import finds the company an earlier one made";
    EXPECT_EQ(companiesNamed(QStringLiteral("Ångström AB")), 1) << "and one made by hand, in another case";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 2);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary again = runImport(writeFile(QStringLiteral("a2.csv"), "email,company\na@example.com,Étoile SAS\n"), overwrite);
    EXPECT_EQ(again.skipped, 1) << "nothing changes";
    EXPECT_EQ(companiesNamed(QStringLiteral("Étoile SAS")), 1);
}

TEST_P(ContactImportTest, ACompanyThisImportMadeKeepsTheDomainALaterRowGaveIt)
{
    const ImportSummary first = runImport(writeFile(QStringLiteral("a.csv"), "email,company,website\n"
                                                                             "x1@example.com,Acme,\n"
                                                                             "x2@example.com,ACME,acme.io\n"));
    ASSERT_EQ(first.created, 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND domain = 'acme.io'")), 1);
    const ImportSummary later = runImport(writeFile(QStringLiteral("b.csv"), "email,company,website\n"
                                                                             "x4@example.com,Acme Later,https://www.acme.io/\n"));
    ASSERT_EQ(later.created, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 1)
        << "the later row finds the company by its domain";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT company_id) FROM contacts WHERE deleted_at IS NULL")), 1);
}

TEST_P(ContactImportTest, ACompanyNamedByItsDomainOrWithAFinalPeriodIsTheSameCompany)
{
    Domain::Company acme;
    acme.name = QStringLiteral("ACME");
    acme.domain = QStringLiteral("acme.com");
    const auto stored = m_workspace->companies().create(acme);
    ASSERT_TRUE(stored.hasValue());
    Domain::Company initech;
    initech.name = QStringLiteral("Initech Inc");
    const auto storedInitech = m_workspace->companies().create(initech);
    ASSERT_TRUE(storedInitech.hasValue());

    const QByteArray csv = "email,company,website\n"
                           "a@example.com,acme.com,\n"           // a company named by its domain
                           "b@example.com,,www.acme.com\n"
                           "c@example.com,Initech Inc.,\n"       // a final period
                           "d@example.com,booking.com,\n"        // a new one, found again below
                           "e@example.com,Booking.com,\n"
                           "f@example.com,gmail.com,\n"          // a mail host is no company's domain
                           "g@example.com,Globex Corp.,\n"
                           "h@example.com,globex corp,\n"
                           "k@example.com,E.ON,\n"               // names with a period, not domains
                           "l@example.com,S.Oliver,\n"
                           "m@example.com,ACME.COM,\n"           // a common ending in any case
                           "n@example.com,www.acme.com,\n"       // written as an address
                           "o@example.com,https://acme.com/,\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("companies.csv"), csv)).created, 13);
    const auto companyOf = [&](const char *email) {
        return contacts().findByEmail(QString::fromLatin1(email))->companyId;
    };
    EXPECT_EQ(companyOf("a@example.com"), stored->id);
    EXPECT_EQ(companyOf("b@example.com"), stored->id);
    EXPECT_EQ(companyOf("c@example.com"), storedInitech->id);
    EXPECT_EQ(companyOf("d@example.com"), companyOf("e@example.com"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE domain = 'booking.com'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE name = 'gmail.com' AND domain IS NULL")), 1);
    EXPECT_EQ(companyOf("g@example.com"), companyOf("h@example.com"));
    for (const char *email : {"m@example.com", "n@example.com", "o@example.com"})
        EXPECT_EQ(companyOf(email), stored->id) << email;
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE name IN ('E.ON', 'S.Oliver') AND domain IS NULL")), 2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 7);

    const ImportSummary later = runImport(writeFile(QStringLiteral("later.csv"), "email,company\n"
                                                                                 "i@example.com,Globex Corp\n"
                                                                                 "j@example.com,Acme.com\n"));
    ASSERT_EQ(later.created, 2);
    EXPECT_EQ(companyOf("i@example.com"), companyOf("g@example.com")) << "found in the database without its period";
    EXPECT_EQ(companyOf("j@example.com"), stored->id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 7);
}

TEST_P(ContactImportTest, CompaniesOfOneNameWithOtherDomainsStayApart)
{
    Domain::Company known;
    known.name = QStringLiteral("Beta");
    const auto beta = m_workspace->companies().create(known); // no domain yet
    ASSERT_TRUE(beta.hasValue());

    const QByteArray csv = "email,company,website\n"
                           "a@example.com,Acme,a.com\n"
                           "b@example.com,Acme,b.com\n"
                           "c@example.com,Acme,\n"
                           "d@example.com,Beta,beta.io\n"
                           "e@example.com,Beta,beta.de\n";
    ASSERT_EQ(runImport(writeFile(QStringLiteral("companies.csv"), csv)).created, 5);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE name = 'Acme' AND deleted_at IS NULL")), 2);
    const auto companyOf = [&](const char *email) {
        return contacts().findByEmail(QString::fromLatin1(email))->companyId;
    };
    EXPECT_NE(companyOf("a@example.com"), companyOf("b@example.com")) << "two domains, two companies";
    EXPECT_EQ(companyOf("c@example.com"), companyOf("a@example.com")) << "a name alone takes the first of that name";
    EXPECT_EQ(companyOf("d@example.com"), beta->id);
    EXPECT_NE(companyOf("e@example.com"), beta->id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE name = 'Beta' AND deleted_at IS NULL")), 2)
        << "the Beta known by its name alone is the one beta.io means; beta.de is another";
}

TEST_P(ContactImportTest, UndoingImportsInAnyOrderLeavesNoCompanyOrTagBehind)
{
    const ImportSummary first =
        runImport(writeFile(QStringLiteral("a.csv"), "email,company,tags\nn1@example.com,NewCo,nt\n"));
    ASSERT_EQ(first.created, 1);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary second = runImport(writeFile(QStringLiteral("b.csv"), "email,company,tags\n"
                                                                               "n2@example.com,NewCo,nt\n"
                                                                               "n1@example.com,Other,nt2\n"),
                                           overwrite);
    ASSERT_EQ(second.created, 1);
    ASSERT_EQ(second.updated, 1);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(first.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = 'NewCo'")), 1)
        << "n2, of the later import, still works there";
    ASSERT_TRUE(batches.revert(second.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 0)
        << "the first import's company went with the last contact that used it";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE deleted_at IS NULL AND name NOT LIKE 'import %'")), 0);
}

TEST_P(ContactImportTest, UndoingAnImportLeavesCompaniesItsContactsNeverUsedAlone)
{
    // A company an undone import made, kept for a contact added by hand that later moved on.
    const ImportSummary first = runImport(writeFile(QStringLiteral("a.csv"), "email,company\na@example.com,Acme\n"));
    ASSERT_EQ(first.created, 1);
    auto acme = db().exec(QStringLiteral("SELECT id FROM companies WHERE name = 'Acme'"));
    ASSERT_TRUE(acme.hasValue());
    ASSERT_TRUE(acme->next());
    const QString acmeId = acme->value(0).toString();
    acme->finish();
    Domain::Contact byHand;
    byHand.email = QStringLiteral("m@example.com");
    byHand.companyId = acmeId;
    auto made = contacts().create(byHand);
    ASSERT_TRUE(made.hasValue()) << made.error().toString().toStdString();
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(first.batchId).hasValue());
    made->companyId.clear();
    made->companyName.clear();
    ASSERT_TRUE(contacts().update(*made).hasValue());

    const ImportSummary unrelated = runImport(writeFile(QStringLiteral("b.csv"), "email,company\nb@example.com,Beta\n"));
    ASSERT_TRUE(batches.revert(unrelated.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = 'Acme'")), 1)
        << "an undo removes only what its own contacts used";
}

TEST_P(ContactImportTest, UndoingImportsOutOfOrderLeavesNoCompanyOrTagOnlyAStoredContactUsedBehind)
{
    // The first import makes the company and tag; the second gives them to a contact of the
    // user's. Undone first, then second: nothing uses them any more, and their import is undone.
    Domain::Contact zed;
    zed.email = QStringLiteral("zed@example.com");
    ASSERT_TRUE(contacts().create(zed).hasValue());
    const ImportSummary first =
        runImport(writeFile(QStringLiteral("a.csv"), "email,company,tags\nann@example.com,Orphanco,orphantag\n"));
    ASSERT_EQ(first.created, 1);
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("b.csv"), "email,company,tags\nzed@example.com,Orphanco,orphantag\n"), fill);
    ASSERT_EQ(second.updated, 1);

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(first.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = 'Orphanco'")),
              1)
        << "Zed still works there";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE deleted_at IS NULL AND name = 'orphantag'")), 1);
    ASSERT_TRUE(batches.revert(second.batchId).hasValue());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL AND company_id IS NOT NULL")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 0)
        << "the company went with the last contact that used it";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE deleted_at IS NULL AND name = 'orphantag'")), 0);
}

TEST_P(ContactImportTest, UndoingAnUpdateKeepsCompaniesAndTagsTheUserMadeOrAnotherContactUses)
{
    // The same undo, where the company and tag are the user's, or still used: they stay.
    Domain::Company own;
    own.name = QStringLiteral("Ownco");
    ASSERT_TRUE(m_workspace->companies().create(own).hasValue());
    Domain::Contact zed;
    zed.email = QStringLiteral("zed@example.com");
    ASSERT_TRUE(contacts().create(zed).hasValue());
    const ImportSummary first = runImport(writeFile(QStringLiteral("a.csv"), "email,company,tags\n"
                                                                             "ann@example.com,Sharedco,sharedtag\n"
                                                                             "bob@example.com,Sharedco,sharedtag\n"));
    ASSERT_EQ(first.created, 2);
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("b.csv"), "email,company,tags\nzed@example.com,Ownco,sharedtag\n"), fill);
    ASSERT_EQ(second.updated, 1);
    Domain::Contact bea;
    bea.email = QStringLiteral("bea@example.com");
    bea.companyId = texts(QStringLiteral("SELECT id FROM companies WHERE name = 'Sharedco'")).value(0);
    auto beaStored = contacts().create(bea);
    ASSERT_TRUE(beaStored.hasValue());
    ASSERT_TRUE(contacts().addTag({beaStored->id}, QStringLiteral("sharedtag")));

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(first.batchId).hasValue());
    ASSERT_TRUE(batches.revert(second.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = 'Ownco'")), 1)
        << "made by hand, not by an undone import";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL AND name = 'Sharedco'")),
              1)
        << "Bea works there";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE deleted_at IS NULL AND name = 'sharedtag'")), 1)
        << "Bea carries it";
}

TEST_P(ContactImportTest, RevertGivesARestoredContactItsCompanysPresentName)
{
    const ImportSummary first = runImport(writeFile(QStringLiteral("a.csv"), "email,company\nsam@example.com,Acme\n"));
    ASSERT_EQ(first.created, 1);
    ImportOptions overwrite;
    overwrite.onDuplicate = DuplicateAction::Overwrite;
    const ImportSummary second =
        runImport(writeFile(QStringLiteral("b.csv"), "email,company\nsam@example.com,Beta\n"), overwrite);
    ASSERT_EQ(second.updated, 1);
    auto acme = m_workspace->companies().findByName(QStringLiteral("Acme"));
    ASSERT_TRUE(acme.hasValue());
    acme->name = QStringLiteral("Acme Corporation");
    ASSERT_TRUE(m_workspace->companies().update(*acme).hasValue());

    const Result reverted = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(second.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    const auto sam = contacts().findByEmail(QStringLiteral("sam@example.com"));
    ASSERT_TRUE(sam.hasValue());
    EXPECT_EQ(sam->companyId, acme->id);
    EXPECT_EQ(sam->companyName, QStringLiteral("Acme Corporation")) << "not the name recorded before the rename";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts c JOIN companies co ON co.id = c.company_id "
                                    "WHERE c.company_name <> co.name")),
              0);
}

TEST_P(ContactImportTest, RevertRemovesCreatedContactsConsentsAndCompanies)
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    // A tag of the file that someone also gives a contact of their own meanwhile stays.
    Domain::Contact own;
    own.firstName = QStringLiteral("Own");
    ASSERT_TRUE(contacts().create(own).hasValue());
    const ImportSummary summary = runImport(writeFile(QStringLiteral("people.csv"), kPeople), options);
    ASSERT_EQ(summary.created, 3);
    const qint64 tagsMade = scalar(QStringLiteral("SELECT count(*) FROM tags WHERE import_batch_id = ?"), {summary.batchId});
    EXPECT_EQ(tagsMade, 3) << "vip, berlin, trade fair";
    const QString ownId = texts(QStringLiteral("SELECT id FROM contacts WHERE first_name = 'Own'")).value(0);
    ASSERT_TRUE(contacts().addTag({ownId}, QStringLiteral("vip")).hasValue());

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 1);
    EXPECT_EQ(texts(QStringLiteral("SELECT name FROM tags WHERE deleted_at IS NULL")), QStringList{QStringLiteral("vip")})
        << "the tags it made go, but one a contact of the user's carries";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE deleted_at IS NULL")), 0);
    EXPECT_FALSE(contacts().findByEmail(QStringLiteral("ann@example.com")).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'deleted'")), 3)
        << "every removed contact's timeline says so";

    // The same file imports again after a revert (emails are free again).
    EXPECT_EQ(runImport(writeFile(QStringLiteral("again.csv"), kPeople), options).created, 3);
}

TEST_P(ContactImportTest, RevertRefusesAnImportStillRunningButTakesAnInterruptedOne)
{
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportSummary summary = runImport(writeFile(QStringLiteral("people.csv"), kPeople), options);
    ASSERT_EQ(summary.created, 3);
    // As another desktop's import in progress looks: "running", with fresh progress.
    const auto markRunning = [&](qint64 secondsAgo, const QString &runner) {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-secondsAgo);
        ASSERT_TRUE(db().exec(
            QStringLiteral("UPDATE import_batches SET status = 'running', updated_at = ?, runner = ? WHERE id = ?"),
            {db().dialect().timestampToDb(at), runner, summary.batchId}));
    };
    const QString otherDesktop = QStringLiteral("laptop-of-someone-else:4242");
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    markRunning(5, otherDesktop);
    const Result refused = batches.revert(summary.batchId);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("still running"))) << refused.error().message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 3) << "nothing undone";

    // A process of this machine that is gone is not running anything, however recent its
    // progress (the CLI test kills one); another machine's import counts as interrupted when
    // its progress stopped long ago.
    markRunning(5, QSysInfo::machineHostName() + QStringLiteral(":999999999"));
    EXPECT_FALSE(batches.get(summary.batchId)->isInProgress(QDateTime::currentDateTimeUtc()));
    // This process knows its own imports, whatever their progress says: one it left "running"
    // (its end could not be recorded) is not running, one it runs is, progress or not.
    markRunning(5, ImportBatch::thisRunner());
    EXPECT_FALSE(batches.get(summary.batchId)->isInProgress(QDateTime::currentDateTimeUtc()));
    {
        const ImportBatch::RunningHere running(summary.batchId);
        markRunning(ImportBatch::kStalledHereAfterSeconds - 60, ImportBatch::thisRunner());
        EXPECT_TRUE(batches.get(summary.batchId)->isInProgress(QDateTime::currentDateTimeUtc()));
    }
    EXPECT_FALSE(batches.get(summary.batchId)->isInProgress(QDateTime::currentDateTimeUtc()));
    markRunning(ImportBatch::kStalledAfterSeconds + 60, otherDesktop);
    ASSERT_TRUE(batches.revert(summary.batchId).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
}

TEST_P(ContactImportTest, CancelLeavesWholeChunksAndARevertibleBatch)
{
    QByteArray csv = "email,first name\n";
    const int rows = ContactImportJob::kChunkRows + 500;
    for (int i = 0; i < rows; ++i)
        csv += "person" + QByteArray::number(i) + "@example.com,P" + QByteArray::number(i) + "\n";
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("big.csv"), csv);
    options.rejectsPath = m_dir.filePath(QStringLiteral("big-rejects.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    // Cancel as soon as the first chunk reports progress: the second chunk never starts.
    QObject context;
    QObject::connect(&job, &Jobs::Job::progress, &context, [&job] { job.cancel(); }, Qt::DirectConnection);
    const Error cancelled = failureOf(job);
    EXPECT_EQ(cancelled.code(), ErrorCode::Cancelled);
    EXPECT_TRUE(cancelled.message().endsWith(QStringLiteral("the contacts it created or updated can be reverted.")))
        << cancelled.message().toStdString();

    const qint64 stored = scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    EXPECT_EQ(stored, ContactImportJob::kChunkRows) << "whole chunks only";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'imported'")), stored);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    auto batch = batches.get(job.summary().batchId);
    ASSERT_TRUE(batch.hasValue());
    EXPECT_EQ(batch->status, QStringLiteral("cancelled"));
    EXPECT_EQ(batch->created, stored);
    ASSERT_TRUE(batches.revert(batch->id).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
}

TEST_P(ContactImportTest, ACancelledImportThatImportedNothingSaysSo)
{
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < ContactImportJob::kChunkRows + 500; ++i)
        csv += "not an address " + QByteArray::number(i) + ",P\n";
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("bad.csv"), csv);
    options.rejectsPath = m_dir.filePath(QStringLiteral("bad-rejects.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    QObject context;
    QObject::connect(&job, &Jobs::Job::progress, &context, [&job] { job.cancel(); }, Qt::DirectConnection);
    const Error cancelled = failureOf(job);
    EXPECT_EQ(cancelled.code(), ErrorCode::Cancelled);
    EXPECT_TRUE(cancelled.message().endsWith(QStringLiteral("none of them was imported."))) << cancelled.message().toStdString();
}

TEST_P(ContactImportTest, AnExternalIdAloneUpdatesAContactButMakesNone)
{
    Domain::Contact stored;
    stored.firstName = QStringLiteral("Stella");
    stored.externalId = QStringLiteral("A-1");
    ASSERT_TRUE(contacts().create(stored).hasValue());
    // As a Salesforce report ends: a total and a notice in the first column, the id's.
    const QByteArray csv = "Contact ID,First Name,Account Name\n"
                           "A-1,,NewCo\n"
                           "B-2,Bea,\n"
                           "Total,,\n"
                           "Confidential Information - Do Not Distribute,,\n";
    ImportOptions byId;
    byId.matchOn = MatchKey::ExternalId;
    byId.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("report.csv"), csv), byId);
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.rejected, 2);
    EXPECT_TRUE(rejectsText(summary).contains(QStringLiteral("no contact has its external id Total"))) << rejectsText(summary).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 2);
    EXPECT_EQ(texts(QStringLiteral("SELECT company_name FROM contacts WHERE external_id = 'A-1'")), QStringList{QStringLiteral("NewCo")});

    // Matched on email, the id finds nobody: the reason says how it would.
    const ImportSummary byEmail = runImport(writeFile(QStringLiteral("ids.csv"), "Contact ID,Account Name\nA-1,OtherCo\n"));
    EXPECT_EQ(byEmail.rejected, 1);
    EXPECT_TRUE(rejectsText(byEmail).contains(QStringLiteral("match rows on external id"))) << rejectsText(byEmail).toStdString();
}

TEST_P(ContactImportTest, TagsForEveryContactFollowTheRulesOfTagsInTheFile)
{
    const QString file = writeFile(QStringLiteral("tags.csv"), "email\na@example.com\n");
    ImportOptions tooLong;
    tooLong.filePath = file;
    tooLong.extraTags = {QString(ImportRowParser::kMaxTagLength + 1, QLatin1Char('T'))};
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), tooLong);
    const Error error = failureOf(job);
    EXPECT_TRUE(error.message().contains(QStringLiteral("longer than 100 characters"))) << error.toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0) << "refused before it starts";

    // A new custom field's name has a limit too.
    ImportOptions longName;
    longName.filePath = writeFile(QStringLiteral("custom.csv"), "email,notes\na@example.com,hi\n");
    ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("email"), QStringLiteral("notes")});
    mapping.setTarget(1, ColumnTarget{ImportField::Custom, QString(ColumnMapping::kMaxCustomNameLength + 1, QLatin1Char('n'))});
    longName.mapping = mapping;
    ContactImportJob longJob(sharedDb(), Domain::SystemClock::instance(), longName);
    EXPECT_TRUE(failureOf(longJob).message().contains(QStringLiteral("new custom field whose name is longer")));

    // Characters as people count them: an emoji is one.
    ImportOptions emoji;
    emoji.extraTags = {QString(ImportRowParser::kMaxTagLength - 1, QLatin1Char('a')) + QStringLiteral("😀")};
    EXPECT_EQ(runImport(writeFile(QStringLiteral("emoji.csv"), "email\nemoji@example.com\n"), emoji).created, 1);

    // A line break is a space, as in a tag cell, so that an export and its import agree.
    ImportOptions broken;
    broken.extraTags = {QStringLiteral("a\tb\nc"), QStringLiteral("  ")};
    ASSERT_EQ(runImport(file, broken).created, 1);
    EXPECT_EQ(contacts().findByEmail(QStringLiteral("a@example.com"))->tags, QStringList{QStringLiteral("a b c")});
}

TEST_P(ContactImportTest, ACancelOnceEveryRowIsInLeavesACompletedImport)
{
    // A file of exactly one chunk: its end shows only when the next chunk comes up empty.
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < ContactImportJob::kChunkRows; ++i)
        csv += "person" + QByteArray::number(i) + "@example.com,P" + QByteArray::number(i) + "\n";
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("whole.csv"), csv);
    options.rejectsPath = m_dir.filePath(QStringLiteral("whole-rejects.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    QObject context;
    QObject::connect(&job, &Jobs::Job::progress, &context, [&job] { job.cancel(); }, Qt::DirectConnection);
    QSignalSpy failed(&job, &Jobs::Job::failed);
    QSignalSpy finished(&job, &Jobs::Job::finished);
    job.run();
    EXPECT_TRUE(failed.isEmpty()) << failed.first().first().value<Error>().toString().toStdString();
    EXPECT_EQ(finished.count(), 1);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    auto batch = batches.get(job.summary().batchId);
    ASSERT_TRUE(batch.hasValue());
    EXPECT_EQ(batch->status, QStringLiteral("completed"));
    EXPECT_EQ(batch->created, ContactImportJob::kChunkRows);
}

TEST_P(ContactImportTest, AChunkThatFailsLeavesOnlyWholeCommittedChunks)
{
    // The database refuses one row of the second chunk, as a full disk would: not a row
    // problem the import can reject, so the import fails. On SQLite the refusal keeps the rows
    // the statement wrote before it, as the bulk writer's INSERT OR FAIL does.
    const bool sqlite = db().kind() == Storage::DatabaseKind::Sqlite;
    const QStringList refuse =
        sqlite ? QStringList{QStringLiteral(
                     "CREATE TRIGGER refuse BEFORE INSERT ON contacts WHEN new.email = 'refused@example.com' "
                     "BEGIN SELECT RAISE(FAIL, 'no space left'); END")}
               : QStringList{QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                                            "IF NEW.email = 'refused@example.com' THEN RAISE EXCEPTION 'no space left'; END IF; "
                                            "RETURN NEW; END $$ LANGUAGE plpgsql"),
                             QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contacts FOR EACH ROW EXECUTE FUNCTION refuse()")};
    for (const QString &sql : refuse)
        ASSERT_TRUE(db().exec(sql).hasValue()) << sql.toStdString();
    QByteArray csv = "email,first name\n";
    const int rows = ContactImportJob::kChunkRows + 500;
    for (int i = 0; i < rows; ++i) {
        if (i == 10 || i == ContactImportJob::kChunkRows + 10) // a rejected row in each chunk
            csv += "not-an-address,Bad" + QByteArray::number(i) + "\n";
        else
            csv += (i == ContactImportJob::kChunkRows + 100 ? QByteArray("refused")
                                                            : "person" + QByteArray::number(i)) +
                   "@example.com,P" + QByteArray::number(i) + "\n";
    }
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("refused.csv"), csv);
    options.rejectsPath = m_dir.filePath(QStringLiteral("refused-rejects.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    EXPECT_TRUE(failureOf(job).toString().contains(QStringLiteral("no space left")));

    // The failed chunk wrote in the transaction it shared with the chunk before (unless that
    // one was committed first): nothing of the failed chunk stays, and the batch counts what did.
    const qint64 stored = scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL"));
    EXPECT_TRUE(stored == 0 || stored == ContactImportJob::kChunkRows - 1) << stored; // one row rejected
    const int inSecondChunk = ContactImportJob::kChunkRows + 1; // written before the refused row
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE email = ?"),
                     {QStringLiteral("person%1@example.com").arg(inSecondChunk)}),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'imported'")), stored);
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    auto batch = batches.get(job.summary().batchId);
    ASSERT_TRUE(batch.hasValue());
    EXPECT_EQ(batch->status, QStringLiteral("failed"));
    EXPECT_EQ(batch->created + batch->rejected, stored + (stored > 0 ? 1 : 0));
    // The rejects file lists the rejects of the committed chunks, as the batch counts them.
    EXPECT_EQ(batch->rejected, stored > 0 ? 1 : 0);
    EXPECT_EQ(QFile::exists(options.rejectsPath), batch->rejected > 0);
    if (batch->rejected > 0) {
        const QString text = rejectsText(job.summary());
        EXPECT_TRUE(text.contains(QStringLiteral("Bad10")));
        EXPECT_FALSE(text.contains(QStringLiteral("Bad%1").arg(ContactImportJob::kChunkRows + 10)))
            << "a rolled-back chunk's reject";
    }
    ASSERT_TRUE(batches.revert(batch->id).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
    ASSERT_TRUE(db().exec(sqlite ? QStringLiteral("DROP TRIGGER refuse") : QStringLiteral("DROP FUNCTION refuse() CASCADE")).hasValue());
}

TEST_P(ContactImportTest, FailsClearlyOnAFileItCannotRead)
{
    ImportOptions options;
    options.filePath = m_dir.filePath(QStringLiteral("missing.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    EXPECT_TRUE(failureOf(job).message().contains(QStringLiteral("missing.csv")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM import_batches")), 0);

    ImportOptions unmapped;
    const ImportSummary none = runImport(writeFile(QStringLiteral("colours.csv"), "Colour,Size\nred,3\n"), unmapped, false);
    EXPECT_TRUE(none.batchId.isEmpty());
}

TEST_P(ContactImportTest, ImportsAnExcelWorkbook)
{
    const QString fixture = qEnvironmentVariable("LEADLINE_TEST_DATA") + QStringLiteral("/import/shared_strings.xlsx");
    ASSERT_TRUE(QFile::exists(fixture)) << fixture.toStdString();
    ImportOptions options;
    options.defaultRegion = QStringLiteral("DE");
    const ImportSummary summary = runImport(fixture, options);
    EXPECT_GT(summary.rows, 0);
    EXPECT_EQ(summary.rows, 3);
    EXPECT_EQ(summary.created + summary.rejected, summary.rows);
    auto ada = contacts().findByEmail(QStringLiteral("ada@example.com"));
    ASSERT_TRUE(ada.hasValue()) << "a shared-string row of the workbook";
    EXPECT_EQ(ada->firstName, QStringLiteral("Ada"));
    EXPECT_EQ(ada->lastName, QStringLiteral("Lovelace"));
    auto grace = contacts().findByEmail(QStringLiteral("grace@example.com"));
    ASSERT_TRUE(grace.hasValue()) << "a row with an empty phone cell";
    EXPECT_EQ(grace->lastName, QStringLiteral("Hopper"));
    EXPECT_TRUE(grace->phone.isEmpty());
}

TEST_P(ContactImportTest, RowsForTheSameNewContactMergeEveryField)
{
    const QByteArray csv = "email,state,sms opt in,do not contact,other email,Shoe size\n"
                           "mia@example.com,Bavaria,,,mia.private@example.com,\n"
                           "MIA@example.com,Hesse,yes,yes,mia.work@example.com,38\n";
    ImportOptions fill;
    fill.onDuplicate = DuplicateAction::FillEmpty;
    ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("email"), QStringLiteral("state"),
                                                      QStringLiteral("sms opt in"), QStringLiteral("do not contact"),
                                                      QStringLiteral("other email"), QStringLiteral("Shoe size")});
    mapping.setTarget(5, ColumnTarget{ImportField::Custom, QStringLiteral("shoe_size")});
    fill.mapping = mapping;
    const ImportSummary summary = runImport(writeFile(QStringLiteral("mia.csv"), csv), fill);
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(summary.merged, 1);
    auto mia = contacts().findByEmail(QStringLiteral("mia@example.com"));
    ASSERT_TRUE(mia.hasValue());
    EXPECT_EQ(mia->address.region, QStringLiteral("Bavaria")) << "fill keeps the first value";
    EXPECT_EQ(mia->optInFor(Domain::Channel::Sms), Domain::OptInStatus::OptedIn);
    EXPECT_TRUE(mia->doNotContact);
    EXPECT_TRUE(mia->otherEmails.contains(QStringLiteral("mia.work@example.com")));
    EXPECT_TRUE(mia->otherEmails.contains(QStringLiteral("mia.private@example.com")));
    EXPECT_EQ(mia->customFields.value(QStringLiteral("shoe_size")).toString(), QStringLiteral("38"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM consents WHERE channel = 'sms' AND status = 'opted_in'")), 1);
}

TEST_P(ContactImportTest, AColumnMappedToAStoredCustomFieldInAnotherCaseWritesThatField)
{
    Domain::Contact stored;
    stored.email = QStringLiteral("stored@example.com");
    stored.customFields.insert(QStringLiteral("Shoe size"), QStringLiteral("44"));
    ASSERT_TRUE(contacts().create(stored).hasValue());

    // Imports a file of an email column and one mapped to the custom field `field`.
    const auto importInto = [this](const QString &field, const QString &file, const QByteArray &csv) {
        ColumnMapping mapping = ColumnMapping::automatic({QStringLiteral("email"), QStringLiteral("value")});
        mapping.setTarget(1, ColumnTarget{ImportField::Custom, field});
        ImportOptions options;
        options.mapping = mapping;
        return runImport(writeFile(file, "email,value\n" + csv), options);
    };
    const ImportSummary summary =
        importInto(QStringLiteral("shoe size"), QStringLiteral("sizes.csv"), "new@example.com,38\n");
    ASSERT_EQ(summary.created, 1);
    auto created = contacts().findByEmail(QStringLiteral("new@example.com"));
    ASSERT_TRUE(created.hasValue());
    EXPECT_EQ(created->customFields, QJsonObject({{QStringLiteral("Shoe size"), QStringLiteral("38")}}));
    EXPECT_EQ(contacts().customFieldNames().valueOr({}), QStringList{QStringLiteral("Shoe size")});

    // A field an import made up is registered with the rows written to it, not before.
    const ImportSummary nothing =
        importInto(QStringLiteral("Colour"), QStringLiteral("colours.csv"), "not-an-address,teal\n");
    EXPECT_EQ(nothing.rejected, 1);
    EXPECT_EQ(contacts().customFieldNames().valueOr({}), QStringList{QStringLiteral("Shoe size")})
        << "no row was written";
}

// A custom field an import registered (a column mapped to a new field) goes with the undo,
// unless a live contact holds a value in it then: one typed since, or one of a later import's
// contacts (that import's undo takes it away then).
TEST_P(ContactImportTest, UndoTakesAwayTheCustomFieldsTheImportRegistered)
{
    const auto importCustom = [this](const QString &file, const QByteArray &csv) {
        return importCustomFields(file, csv, DuplicateAction::Skip);
    };
    const auto fields = [this] {
        auto names = Contacts::CustomFieldRegistry(db(), Domain::SystemClock::instance()).names();
        EXPECT_TRUE(names.hasValue());
        return names ? *names : QStringList();
    };
    const ImportSummary first = importCustom(
        QStringLiteral("a.csv"), "email,Favourite colour,Shoe size,Region code\nann@example.com,red,38,N7\n");
    ASSERT_EQ(first.created, 1);
    const ImportSummary second = importCustom(QStringLiteral("b.csv"), "email,shoe size\nbob@example.com,44\n");
    ASSERT_EQ(second.created, 1);
    // Typed by hand since, on a contact of no import.
    Domain::Contact cid;
    cid.email = QStringLiteral("cid@example.com");
    cid.customFields.insert(QStringLiteral("Region code"), QStringLiteral("S1"));
    ASSERT_TRUE(contacts().create(cid).hasValue());
    ASSERT_EQ(fields(), (QStringList{QStringLiteral("Favourite colour"), QStringLiteral("Region code"),
                                     QStringLiteral("Shoe size")}));

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(first.batchId).hasValue());
    EXPECT_EQ(fields(), (QStringList{QStringLiteral("Region code"), QStringLiteral("Shoe size")}))
        << "Bob holds a shoe size, Cid a region code";
    ASSERT_TRUE(batches.revert(second.batchId).hasValue());
    EXPECT_EQ(fields(), QStringList{QStringLiteral("Region code")}) << "nobody holds a shoe size now";
}

TEST_P(ContactImportTest, UndoRestoresEachCustomFieldOnItsOwn)
{
    const auto importCustom = [this](const QString &file, const QByteArray &csv) {
        return importCustomFields(file, csv, DuplicateAction::Overwrite);
    };
    const auto customOf = [this] {
        auto contact = contacts().findByEmail(QStringLiteral("jm@example.com"));
        EXPECT_TRUE(contact.hasValue());
        return contact ? contact->customFields : QJsonObject();
    };
    ASSERT_EQ(importCustom(QStringLiteral("a.csv"), "email,Note,Birthday\njm@example.com,Best customer,1980-04-05\n").created, 1);
    const ImportSummary later =
        importCustom(QStringLiteral("b.csv"), "email,Note,Birthday,Region code\njm@example.com,From the fair,1981-01-01,N7\n");
    ASSERT_EQ(later.updated, 1);

    // By hand, since: the birthday only.
    auto edited = contacts().findByEmail(QStringLiteral("jm@example.com"));
    ASSERT_TRUE(edited.hasValue());
    edited->customFields.insert(QStringLiteral("Birthday"), QStringLiteral("1982-02-02"));
    ASSERT_TRUE(contacts().update(*edited).hasValue());

    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    ASSERT_TRUE(batches.revert(later.batchId).hasValue());
    EXPECT_EQ(customOf(), QJsonObject({{QStringLiteral("Note"), QStringLiteral("Best customer")},
                                       {QStringLiteral("Birthday"), QStringLiteral("1982-02-02")}}))
        << "the note goes back, the birthday typed since stays, the field the import added goes";
    auto q = db().exec(QStringLiteral("SELECT changes FROM activities WHERE type = 'updated' AND subject LIKE '%undone%'"));
    ASSERT_TRUE(q.hasValue());
    ASSERT_TRUE(q->next());
    const QJsonObject changes = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    EXPECT_EQ(changes.value(QStringLiteral("kept_newer")).toArray(), QJsonArray({QStringLiteral("custom_fields.Birthday")}))
        << q->value(0).toString().toStdString();

    // Undone out of order: the third import's note, undone while the fourth's stands, then the
    // fourth: the note goes back to what it was before the third.
    const ImportSummary third = importCustom(QStringLiteral("c.csv"), "email,Note\njm@example.com,Call back\n");
    ASSERT_EQ(third.updated, 1);
    const ImportSummary fourth = importCustom(QStringLiteral("d.csv"), "email,Note\njm@example.com,Called\n");
    ASSERT_EQ(fourth.updated, 1);
    ASSERT_TRUE(batches.revert(third.batchId).hasValue());
    EXPECT_EQ(customOf().value(QStringLiteral("Note")).toString(), QStringLiteral("Called"))
        << "a newer import's value stays";
    ASSERT_TRUE(batches.revert(fourth.batchId).hasValue());
    EXPECT_EQ(customOf().value(QStringLiteral("Note")).toString(), QStringLiteral("Best customer"));
    EXPECT_EQ(customOf().value(QStringLiteral("Birthday")).toString(), QStringLiteral("1982-02-02"));
}

TEST_P(ContactImportTest, TagsAreLinkedOnceWhateverTheirCaseAndHowOftenTheyCome)
{
    const QByteArray csv = "email,tags\n"
                           "tina@example.com,VIP; Berlin\n"
                           "tina@example.com,vip; Trade Fair\n"
                           "tom@example.com,VIP\n";
    ImportOptions options;
    options.onDuplicate = DuplicateAction::FillEmpty;
    const ImportSummary first = runImport(writeFile(QStringLiteral("tags.csv"), csv), options);
    EXPECT_EQ(first.created, 2);
    EXPECT_EQ(first.rejected, 0);
    // Again: every tag is already there.
    const ImportSummary second = runImport(writeFile(QStringLiteral("tags2.csv"), csv), options);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.skipped, 3) << "nothing to change, nothing on the timelines";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tags WHERE deleted_at IS NULL")), 3);
    auto tina = contacts().findByEmail(QStringLiteral("tina@example.com"));
    ASSERT_TRUE(tina.hasValue());
    QStringList tags = tina->tags;
    for (QString &tag : tags)
        tag = tag.toLower();
    tags.sort();
    EXPECT_EQ(tags, (QStringList{QStringLiteral("berlin"), QStringLiteral("trade fair"), QStringLiteral("vip")}));
}

TEST_P(ContactImportTest, ABigFirstImportRebuildsIndexesAndSearchOnceAtTheEnd)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "index deferral is a SQLite bulk path";
    QByteArray csv = "email,first name,last name,company\n";
    const int rows = 120000;
    for (int i = 0; i < rows; ++i)
        csv += "bulk" + QByteArray::number(i) + "@example.com,Bulk" + QByteArray::number(i) + ",Person,Firm "
               + QByteArray::number(i % 997) + "\n";
    csv += "bulk7@example.com,Again,Person,Firm 7\n"; // a duplicate inside the file
    const ImportSummary summary = runImport(writeFile(QStringLiteral("bulk.csv"), csv));
    EXPECT_EQ(summary.created, rows);
    EXPECT_EQ(summary.skipped, 1);
    ASSERT_FALSE(m_statuses.isEmpty());
    EXPECT_EQ(m_statuses.constLast(), QStringLiteral("Indexing the %1 imported contacts for sorting and search…")
                                          .arg(QLocale().toString(rows)))
        << "the rebuild at the end says what it does";
    // Before it, after each chunk but the last, the counts so far.
    EXPECT_EQ(m_statuses.size(), 1 + (rows + 1 + ContactImportJob::kChunkRows - 1) / ContactImportJob::kChunkRows - 1);
    EXPECT_EQ(m_statuses.first(), QStringLiteral("So far %1 rows: %1 created, 0 updated, 0 skipped, 0 rejected")
                                      .arg(QLocale().toString(ContactImportJob::kChunkRows)));

    auto indexes = db().exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'contacts' AND type IN ('index', 'trigger')"));
    ASSERT_TRUE(indexes.hasValue());
    ASSERT_TRUE(indexes->next());
    const qint64 afterImport = indexes->value(0).toLongLong();
    indexes->finish(); // an open statement would keep a revert from dropping indexes
    auto fresh = TempDatabase::create(Backend::Sqlite);
    ASSERT_TRUE(fresh.hasValue());
    auto freshIndexes = (*fresh)->database()->exec(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'contacts' AND type IN ('index', 'trigger')"));
    ASSERT_TRUE(freshIndexes.hasValue());
    ASSERT_TRUE(freshIndexes->next());
    EXPECT_EQ(afterImport, freshIndexes->value(0).toLongLong()) << "every index and trigger is back";
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1) << "the connection checks rows again";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts, rank) VALUES ('integrity-check', 1)")).hasValue());

    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("bulk119999");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 1);
    filter.search = QStringLiteral("Firm 7");
    EXPECT_GT(contacts().count(filter).valueOr(-1), 100);

    // Undoing it takes the same bulk path: indexes and search rebuilt from what is left.
    Domain::Contact survivor;
    survivor.email = QStringLiteral("survivor@example.com");
    survivor.lastName = QStringLiteral("Bulkwise");
    ASSERT_TRUE(contacts().create(survivor).hasValue());
    ImportBatchService batches(sharedDb(), Domain::SystemClock::instance());
    const Result reverted = batches.revert(summary.batchId);
    ASSERT_TRUE(reverted) << reverted.error().toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'deleted'")), rows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'contacts' AND type IN "
                                    "('index', 'trigger')")),
              afterImport);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'storage.deferred_indexes'")), 0);
    EXPECT_TRUE(db().exec(QStringLiteral("INSERT INTO contacts_fts (contacts_fts) VALUES ('integrity-check')")).hasValue());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts_fts_docsize")), 1) << "the live contact only";
    filter.search = QStringLiteral("bulkwise");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 1);
    filter.search = QStringLiteral("bulk119999");
    EXPECT_EQ(contacts().count(filter).valueOr(-1), 0);
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
}

TEST_P(ContactImportTest, AFirstBigImportFindsRepeatedEmailsBeforeAndAfterItBuildsTheEmailIndex)
{
    // The first repeat makes the import build the email index it deferred (the rows of
    // earlier chunks are then looked up); a later one repeats an email from before that.
    QByteArray csv = "email,first name\n";
    const int rows = 120000;
    for (int i = 0; i < rows; ++i) {
        csv += "early" + QByteArray::number(i) + "@example.com,Early\n";
        if (i == 50000)
            csv += "EARLY1@example.com,Again\n";
        if (i == 110000)
            csv += "early2@EXAMPLE.com,Again\n";
    }
    const ImportSummary summary = runImport(writeFile(QStringLiteral("repeats.csv"), csv));
    EXPECT_EQ(summary.created, rows);
    EXPECT_EQ(summary.skipped, 2);
    EXPECT_EQ(summary.rejected, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE first_name = 'Again'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), rows);
    if (GetParam() == Backend::Sqlite) {
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_email_live'")), 1);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_email_guard%'")), 0);
    }
}

TEST_P(ContactImportTest, WhileAFirstBigImportRunsNobodyElseSavesAContactWithAnEmail)
{
    if (GetParam() != Backend::Sqlite)
        GTEST_SKIP() << "the email index is deferred on SQLite only";
    QByteArray csv = "email,first name,last name\n";
    const int rows = 120000;
    for (int i = 0; i < rows; ++i)
        csv += "first" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) + ",Person\n";
    ImportOptions options;
    options.filePath = writeFile(QStringLiteral("first.csv"), csv);
    options.rejectsPath = m_dir.filePath(QStringLiteral("rejects-elsewhere.csv"));
    ContactImportJob job(sharedDb(), Domain::SystemClock::instance(), options);
    // Once the import has committed (between two chunks, no transaction open on its
    // connection), another connection saves contacts: one with an email further on in the
    // file (which the import could not know of), one with an email it has written, and one
    // without an email.
    std::optional<Expected<Domain::Contact>> later, early, withoutEmail;
    ImportOptions secondOptions; // and another import tries to begin
    secondOptions.filePath = writeFile(QStringLiteral("second.csv"), "email\nsecond@example.com\n");
    secondOptions.rejectsPath = m_dir.filePath(QStringLiteral("rejects-second.csv"));
    std::optional<Error> secondFailure;
    QObject::connect(&job, &Jobs::Job::progress, [&](qint64, qint64) {
        if (later || !sqlite3_get_autocommit(db().sqliteHandle()))
            return;
        std::unique_ptr<QThread> other(QThread::create([&] {
            Contacts::ContactService service(sharedDb(), Domain::SystemClock::instance());
            Domain::Contact contact;
            contact.lastName = QStringLiteral("Elsewhere");
            contact.email = QStringLiteral("FIRST119000@example.com");
            later = service.create(contact);
            contact.email = QStringLiteral("first5@Example.com");
            early = service.create(contact);
            contact.email.clear();
            withoutEmail = service.create(contact);
            ContactImportJob second(sharedDb(), Domain::SystemClock::instance(), secondOptions);
            QObject::connect(&second, &Jobs::Job::failed, [&](const Error &error) { secondFailure = error; });
            second.run();
        }));
        other->start();
        other->wait();
    });
    QSignalSpy failed(&job, &Jobs::Job::failed);
    job.run();
    ASSERT_TRUE(failed.isEmpty()) << failed.first().first().value<Error>().toString().toStdString();
    ASSERT_TRUE(later.has_value()) << "the import committed between two chunks";
    ASSERT_FALSE(later->hasValue());
    EXPECT_TRUE(later->error().message().contains(QStringLiteral("import"))) << later->error().toString().toStdString();
    ASSERT_FALSE(early->hasValue());
    EXPECT_EQ(early->error().code(), ErrorCode::Conflict) << "a duplicate of a row the import wrote";
    ASSERT_TRUE(withoutEmail->hasValue()) << withoutEmail->error().toString().toStdString();
    ASSERT_TRUE(secondFailure.has_value()) << "a second import waits for the first, said before it begins";
    EXPECT_TRUE(secondFailure->message().contains(QStringLiteral("Another import is loading contacts")))
        << secondFailure->toString().toStdString();

    EXPECT_EQ(job.summary().created, rows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), rows + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_email_live'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_email_guard%'")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.%'")), 0);
    // Afterwards the contact is saved, its email held to the index again.
    Domain::Contact retry;
    retry.lastName = QStringLiteral("Elsewhere");
    retry.email = QStringLiteral("first119001@example.org");
    EXPECT_TRUE(contacts().create(retry).hasValue());
    retry.email = QStringLiteral("FIRST119000@example.com");
    auto taken = contacts().create(retry);
    ASSERT_FALSE(taken.hasValue());
    EXPECT_EQ(taken.error().code(), ErrorCode::Conflict);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactImportTest);

TEST_P(ContactImportTest, TwoUndosOfOneImportAtOnceUndoItOnce)
{
    QByteArray csv = "email,first name\n";
    for (int i = 0; i < 300; ++i)
        csv += QStringLiteral("p%1@example.com,P%1\n").arg(i).toUtf8();
    const ImportSummary summary = runImport(writeFile(QStringLiteral("twice.csv"), csv));
    ASSERT_EQ(summary.created, 300);
    // Each on a thread, so on a connection, of its own, as two desktops on a shared database.
    Result results[2];
    QThread *threads[2];
    for (int i = 0; i < 2; ++i)
        threads[i] = QThread::create([this, &summary, &result = results[i]] {
            result = ImportBatchService(sharedDb(), Domain::SystemClock::instance()).revert(summary.batchId);
        });
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    EXPECT_NE(results[0].hasValue(), results[1].hasValue()) << "one undoes it, the other is told it is undone";
    const Result &refused = results[0].hasValue() ? results[1] : results[0];
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("already reverted")))
        << refused.error().message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities WHERE type = 'deleted'")), 300)
        << "one removal on each timeline";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")), 0);
}
