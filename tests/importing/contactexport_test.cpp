#include "services/contacts/contactservice.h"
#include "services/contacts/customfieldregistry.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/contactexportjob.h"
#include "services/importexport/contactimportjob.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/leads/userservice.h"
#include "services/storage/bulkwriter.h"
#include "tests/support/workspacetest.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QThread>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Leadline;
using namespace Leadline::ImportExport;
using namespace Leadline::Testing;

namespace {

class ContactExportTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        WorkspaceTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        seed();
    }

    void seed()
    {
        const auto add = [this](const char *first, const char *last, const char *email, const char *phone,
                                const char *title, QStringList tags) {
            Domain::Contact c;
            c.firstName = QString::fromUtf8(first);
            c.lastName = QString::fromUtf8(last);
            c.email = QString::fromUtf8(email);
            c.phone = QString::fromUtf8(phone);
            c.title = QString::fromUtf8(title);
            c.address.street = QStringLiteral("Hohe Straße 1\nHinterhaus"); // a line break to quote
            c.address.city = QStringLiteral("Köln");
            c.lifecycleStage = Domain::LifecycleStage::Customer;
            c.optIn.insert(Domain::Channel::Email, Domain::OptInStatus::OptedIn);
            c.tags = tags;
            auto created = m_workspace->contacts().create(c);
            ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
        };
        add("Zoë", "Ångström", "zoe@example.com", "+4922112345678", "=HYPERLINK(\"http://evil\")", {QStringLiteral("vip")});
        add("Li", "Wei", "li@example.cn", "+8613812345678", "Engineer, \"Lead\", Backend", {});
        add("Omar", "Haddad", "omar@example.com", "", "@ceo", {QStringLiteral("a"), QStringLiteral("b")});
    }

    Expected<qint64> exportTo(const QString &path, ExportOptions options = {})
    {
        options.path = path;
        ContactExportJob job(m_workspace->contacts(), m_workspace->users(), options);
        QSignalSpy failed(&job, &Jobs::Job::failed);
        job.run();
        if (!failed.isEmpty())
            return failed.first().first().value<Error>();
        return job.rowsWritten();
    }

    QList<QStringList> readBack(const QString &path)
    {
        auto reader = TabularReaderFactory::open(path);
        EXPECT_TRUE(reader.hasValue()) << (reader ? "" : reader.error().toString().toStdString());
        QList<QStringList> rows;
        if (!reader)
            return rows;
        rows << (*reader)->headers();
        while (true) {
            auto next = (*reader)->next();
            EXPECT_TRUE(next.hasValue());
            if (!next || !next->has_value())
                break;
            rows << (**next).cells;
        }
        return rows;
    }

    // The first cell of every row after the column names.
    static QStringList firstColumnBelowHeader(const QList<QStringList> &table)
    {
        QStringList cells;
        for (qsizetype i = 1; i < table.size(); ++i)
            cells << table.at(i).first();
        return cells;
    }

    static qint64 scalarIn(const TempDatabase &database, const QString &sql)
    {
        auto q = database.database()->exec(sql);
        EXPECT_TRUE(q.hasValue()) << (q ? "" : q.error().toString().toStdString());
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
};

QString cellOf(const QList<QStringList> &rows, const QString &email, const QString &column)
{
    const qsizetype emailColumn = std::max(rows.first().indexOf(QStringLiteral("email")),
                                           rows.first().indexOf(QStringLiteral("Email"))); // field names or labels
    const qsizetype wanted = rows.first().indexOf(column);
    for (const QStringList &row : rows)
        if (row.value(emailColumn) == email)
            return row.value(wanted);
    return QStringLiteral("<missing>");
}

} // namespace

TEST_P(ContactExportTest, CsvNeutralisesFormulasAndQuotesProperly)
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    auto rows = exportTo(path);
    ASSERT_TRUE(rows.hasValue()) << rows.error().toString().toStdString();
    EXPECT_EQ(*rows, 3);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "BOM for Excel";
    EXPECT_TRUE(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("'@ceo"));
    EXPECT_TRUE(bytes.contains("'+4922112345678")) << "phone numbers start with + and are guarded too";

    const auto table = readBack(path);
    EXPECT_EQ(cellOf(table, QStringLiteral("li@example.cn"), QStringLiteral("title")),
              QStringLiteral("Engineer, \"Lead\", Backend"));
    EXPECT_EQ(cellOf(table, QStringLiteral("li@example.cn"), QStringLiteral("street")),
              QStringLiteral("Hohe Straße 1\nHinterhaus"));
    EXPECT_EQ(cellOf(table, QStringLiteral("zoe@example.com"), QStringLiteral("city")), QStringLiteral("Köln"));
    EXPECT_EQ(cellOf(table, QStringLiteral("omar@example.com"), QStringLiteral("tags")), QStringLiteral("a; b"));
}

TEST_P(ContactExportTest, ExportsASelectionOrAFilterWithChosenFields)
{
    const QString path = m_dir.filePath(QStringLiteral("some.csv"));
    ExportOptions options;
    options.fields = {QStringLiteral("email"), QStringLiteral("last_name")};
    options.filter.search = QStringLiteral("omar");
    ASSERT_EQ(exportTo(path, options).valueOr(-1), 1);
    auto table = readBack(path);
    ASSERT_EQ(table.size(), 2);
    EXPECT_EQ(table.first(), (QStringList{QStringLiteral("email"), QStringLiteral("last_name")}));
    EXPECT_EQ(table.at(1), (QStringList{QStringLiteral("omar@example.com"), QStringLiteral("Haddad")}));

    ExportOptions selection;
    const QString li = m_workspace->contacts().findByEmail(QStringLiteral("li@example.cn"))->id;
    selection.ids = {li};
    ASSERT_EQ(exportTo(m_dir.filePath(QStringLiteral("sel.csv")), selection).valueOr(-1), 1);

    ExportOptions bad;
    bad.fields = {QStringLiteral("password")};
    auto refused = exportTo(m_dir.filePath(QStringLiteral("bad.csv")), bad);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("password")));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("bad.csv"))));
    EXPECT_FALSE(exportTo(m_dir.filePath(QStringLiteral("out.pdf"))).hasValue());
}

// Pages are read ahead on a thread of their own while the one before is written: every
// contact comes out once, in order, whether the export follows a filter or a selection.
TEST_P(ContactExportTest, ManyPagesComeOutWholeAndInOrder)
{
    Storage::BulkBatch batch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4500; ++i) {
        Domain::Contact c;
        c.id = Domain::newIdAt(now.addMSecs(i));
        c.lastName = QStringLiteral("Paged");
        c.email = QStringLiteral("paged%1@example.com").arg(i, 4, 10, QLatin1Char('0'));
        c.createdAt = c.updatedAt = now;
        batch.contacts << c;
    }
    Storage::BulkWriter writer(m_workspace->database());
    ASSERT_TRUE(writer.write(batch).hasValue());

    ExportOptions all;
    all.fields = {QStringLiteral("id"), QStringLiteral("email")};
    ASSERT_EQ(exportTo(m_dir.filePath(QStringLiteral("all.csv")), all).valueOr(-1), 4503);
    const QStringList ids = firstColumnBelowHeader(readBack(m_dir.filePath(QStringLiteral("all.csv"))));
    ASSERT_EQ(ids.size(), 4503);
    QStringList sorted = ids;
    sorted.sort();
    EXPECT_EQ(ids, sorted) << "in id order, each page after the one before";
    sorted.removeDuplicates();
    EXPECT_EQ(sorted.size(), 4503) << "none twice";

    // In the order the list shows: by email, last first, page after page.
    ExportOptions inListOrder = all;
    inListOrder.fields = {QStringLiteral("email")};
    inListOrder.sort = Contacts::ContactSort{Contacts::ContactColumn::Email, Qt::DescendingOrder};
    ASSERT_EQ(exportTo(m_dir.filePath(QStringLiteral("sorted.csv")), inListOrder).valueOr(-1), 4503);
    const QStringList emails = firstColumnBelowHeader(readBack(m_dir.filePath(QStringLiteral("sorted.csv"))));
    ASSERT_EQ(emails.size(), 4503);
    QStringList descending = emails;
    std::sort(descending.begin(), descending.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) > 0;
    });
    EXPECT_EQ(emails.first(), QStringLiteral("zoe@example.com"));
    EXPECT_EQ(emails.at(1), QStringLiteral("paged4499@example.com"));
    EXPECT_EQ(emails, descending);
    EXPECT_EQ(QSet<QString>(emails.cbegin(), emails.cend()).size(), 4503) << "none twice";

    ExportOptions selection;
    selection.fields = {QStringLiteral("email")};
    for (int i = 0; i < 4500; i += 2)
        selection.ids << batch.contacts.at(i).id;
    ASSERT_EQ(exportTo(m_dir.filePath(QStringLiteral("selection.xlsx")), selection).valueOr(-1), 2250);
    const auto chosen = readBack(m_dir.filePath(QStringLiteral("selection.xlsx")));
    ASSERT_EQ(chosen.size(), 2251);
    EXPECT_EQ(chosen.at(1).first(), QStringLiteral("paged0000@example.com"));
    EXPECT_EQ(chosen.last().first(), QStringLiteral("paged4498@example.com"));

    ContactExportJob cancelled(m_workspace->contacts(), m_workspace->users(), [&] {
        ExportOptions o;
        o.path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        return o;
    }());
    QSignalSpy failed(&cancelled, &Jobs::Job::failed);
    cancelled.cancel();
    cancelled.run();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().value<Error>().code(), ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("cancelled.csv")))) << "no file left behind";
}

// The pages are read by one thread of the export's own, never by the thread that runs the
// job (as the windows run it, a thread of its own): each thread that reads opens a connection
// of its own, which maps the database file into memory once more.
TEST_P(ContactExportTest, AnExportReadsItsPagesOnOneThreadOnly)
{
    const QStringList before = QSqlDatabase::connectionNames();
    for (int attempt = 0; attempt < 10; ++attempt) {
        ExportOptions options;
        options.path = m_dir.filePath(QStringLiteral("threads%1.csv").arg(attempt));
        ContactExportJob job(m_workspace->contacts(), m_workspace->users(), options);
        QStringList whileRunning;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            job.run();
            whileRunning = QSqlDatabase::connectionNames(); // the job thread's, if it opened one
        }));
        thread->start();
        ASSERT_TRUE(thread->wait(30000));
        EXPECT_EQ(job.rowsWritten(), 3);
        EXPECT_EQ(whileRunning.size(), before.size()) << whileRunning.join(QStringLiteral(", ")).toStdString();
    }
}

// Pages read only the exported fields; each field still comes out complete, and one not
// chosen is not read at all.
TEST_P(ContactExportTest, ChosenFieldsAreReadAloneAndComeOutWhole)
{
    Domain::Contact zoe = *m_workspace->contacts().findByEmail(QStringLiteral("zoe@example.com"));
    zoe.customFields.insert(QStringLiteral("colour"), QStringLiteral("teal"));
    zoe.doNotContact = true;
    ASSERT_TRUE(m_workspace->contacts().update(zoe).hasValue());

    ExportOptions options;
    options.fields = {QStringLiteral("email"),        QStringLiteral("custom:colour"), QStringLiteral("tags"),
                      QStringLiteral("opt_in_email"), QStringLiteral("do_not_contact"), QStringLiteral("created_at")};
    const QString path = m_dir.filePath(QStringLiteral("chosen.csv"));
    ASSERT_EQ(exportTo(path, options).valueOr(-1), 3);
    const auto table = readBack(path);
    const QString zoeEmail = QStringLiteral("zoe@example.com");
    EXPECT_EQ(cellOf(table, zoeEmail, QStringLiteral("custom:colour")), QStringLiteral("teal"));
    EXPECT_EQ(cellOf(table, zoeEmail, QStringLiteral("tags")), QStringLiteral("vip"));
    EXPECT_EQ(cellOf(table, zoeEmail, QStringLiteral("opt_in_email")), QStringLiteral("opted_in"));
    EXPECT_EQ(cellOf(table, zoeEmail, QStringLiteral("do_not_contact")), QStringLiteral("yes"));
    EXPECT_EQ(cellOf(table, zoeEmail, QStringLiteral("created_at")), zoe.createdAt.toString(Qt::ISODateWithMs));
    EXPECT_EQ(cellOf(table, QStringLiteral("omar@example.com"), QStringLiteral("tags")), QStringLiteral("a; b"));

    auto some = m_workspace->contacts().listAfter({}, QString(), 10, {QStringLiteral("email")});
    ASSERT_TRUE(some.hasValue()) << some.error().toString().toStdString();
    ASSERT_EQ(some->size(), 3);
    for (const Domain::Contact &contact : *some) {
        EXPECT_FALSE(contact.id.isEmpty());
        EXPECT_FALSE(contact.email.isEmpty());
        EXPECT_TRUE(contact.lastName.isEmpty()) << "a column not asked for is not read";
        EXPECT_TRUE(contact.tags.isEmpty()) << "nor are tags";
    }
    auto chosen = m_workspace->contacts().getMany({zoe.id}, {QStringLiteral("last_name"), QStringLiteral("tags")});
    ASSERT_TRUE(chosen.hasValue());
    ASSERT_EQ(chosen->size(), 1);
    EXPECT_EQ(chosen->first().lastName, QStringLiteral("Ångström"));
    EXPECT_EQ(chosen->first().tags, QStringList{QStringLiteral("vip")});
    EXPECT_TRUE(chosen->first().email.isEmpty());

    ExportOptions selection = options;
    selection.ids = {zoe.id};
    ASSERT_EQ(exportTo(m_dir.filePath(QStringLiteral("selected.csv")), selection).valueOr(-1), 1);
    const auto selected = readBack(m_dir.filePath(QStringLiteral("selected.csv")));
    EXPECT_EQ(cellOf(selected, zoeEmail, QStringLiteral("custom:colour")), QStringLiteral("teal"));
    EXPECT_EQ(cellOf(selected, zoeEmail, QStringLiteral("tags")), QStringLiteral("vip"));
}

TEST_P(ContactExportTest, RoundTripThroughCsvAndXlsxGivesTheSameContacts)
{
    // One contact with every exported field filled, lists of several values among them.
    Domain::Contact full;
    full.firstName = QStringLiteral("Fran");
    full.lastName = QStringLiteral("Full");
    full.email = QStringLiteral("fran@example.com");
    full.otherEmails = {QStringLiteral("fran@home.example"), QStringLiteral("fran@work.example")};
    full.phone = QStringLiteral("+4930901820");
    full.otherPhones = {QStringLiteral("+4915112345678"), QStringLiteral("+14155552671")};
    full.title = QStringLiteral("Head of Things");
    full.companyName = QStringLiteral("Fullco GmbH");
    full.address.street = QStringLiteral("Unter den Linden 1");
    full.address.city = QStringLiteral("Berlin");
    full.address.region = QStringLiteral("Berlin");
    full.address.postalCode = QStringLiteral("10117");
    full.address.country = QStringLiteral("DE");
    full.timeZone = QStringLiteral("Europe/Berlin");
    full.lifecycleStage = Domain::LifecycleStage::Opportunity;
    full.optIn.insert(Domain::Channel::Email, Domain::OptInStatus::DoubleOptedIn);
    full.optIn.insert(Domain::Channel::Sms, Domain::OptInStatus::OptedOut);
    full.optIn.insert(Domain::Channel::WhatsApp, Domain::OptInStatus::Pending);
    full.doNotContact = true;
    full.tags = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("Big, Spender"), QStringLiteral("The \"A\" list")};
    full.source = Domain::LeadSource::Referral;
    full.externalId = QStringLiteral("EXT-77");
    full.customFields.insert(QStringLiteral("Shoe size"), QStringLiteral("44"));
    Domain::User owner;
    owner.name = QStringLiteral("Olga Owner");
    owner.email = QStringLiteral("olga@crm.example");
    auto ownerHere = m_workspace->users().create(owner);
    ASSERT_TRUE(ownerHere.hasValue()) << ownerHere.error().toString().toStdString();
    full.ownerId = ownerHere->id;
    ASSERT_TRUE(m_workspace->contacts().create(full).hasValue());

    ExportOptions everything; // the default columns, as the command line and the dialog choose them
    const auto customNames = m_workspace->contacts().customFieldNames();
    ASSERT_TRUE(customNames.hasValue());
    everything.fields = defaultExportFieldKeys(*customNames);
    EXPECT_TRUE(everything.fields.contains(QStringLiteral("custom:Shoe size")));
    for (const QString &name : {QStringLiteral("round.csv"), QStringLiteral("round.xlsx"), QStringLiteral("labels.csv"),
                                QStringLiteral("labels.xlsx")}) {
        const QString path = m_dir.filePath(name);
        const bool labels = name.startsWith(QLatin1String("labels"));
        everything.headers = labels ? ExportHeaders::Labels : ExportHeaders::FieldNames;
        ASSERT_EQ(exportTo(path, everything).valueOr(-1), 4) << name.toStdString();
        if (labels) { // as a person reads it
            const auto table = readBack(path);
            EXPECT_EQ(table.first().mid(0, 3), (QStringList{QStringLiteral("First name"), QStringLiteral("Last name"),
                                                            QStringLiteral("Email")}));
            EXPECT_EQ(cellOf(table, QStringLiteral("fran@example.com"), QStringLiteral("Lifecycle stage")),
                      QStringLiteral("Opportunity"));
            EXPECT_EQ(cellOf(table, QStringLiteral("fran@example.com"), QStringLiteral("Email consent")),
                      Domain::displayName(Domain::OptInStatus::DoubleOptedIn));
            EXPECT_EQ(cellOf(table, QStringLiteral("fran@example.com"), QStringLiteral("Do not contact")),
                      QStringLiteral("Yes"));
            EXPECT_EQ(cellOf(table, QStringLiteral("fran@example.com"), QStringLiteral("Source")),
                      QStringLiteral("Referral"));
            EXPECT_EQ(cellOf(table, QStringLiteral("fran@example.com"), QStringLiteral("Shoe size")),
                      QStringLiteral("44"));
        }
        if (name.endsWith(QLatin1String(".xlsx"))) {
            const auto table = readBack(path);
            EXPECT_EQ(cellOf(table, QStringLiteral("zoe@example.com"),
                             labels ? QStringLiteral("Job title") : QStringLiteral("title")),
                      QStringLiteral("=HYPERLINK(\"http://evil\")"))
                << "XLSX keeps the text but stores it as a string, never a formula";
        }

        auto other = TempDatabase::create(GetParam());
        ASSERT_TRUE(other.hasValue());
        auto otherWorkspace = Workspace::create((*other)->database());
        auto ownerThere = otherWorkspace->users().create(owner); // the same person, in the other database
        ASSERT_TRUE(ownerThere.hasValue());
        if (labels) { // a custom field named as shown comes back into a database that has it
            ASSERT_TRUE(Contacts::CustomFieldRegistry(*(*other)->database(), Domain::SystemClock::instance())
                            .ensure({QStringLiteral("Shoe size")})
                            .hasValue());
        }
        ImportOptions options;
        options.filePath = path;
        options.rejectsPath = m_dir.filePath(name + QStringLiteral(".rejects.csv"));
        ContactImportJob job((*other)->database(), Domain::SystemClock::instance(), options);
        job.run();
        EXPECT_EQ(job.summary().created, 4) << name.toStdString();
        EXPECT_EQ(job.summary().rejected, 0) << name.toStdString();

        auto originals = m_workspace->contacts().listAfter({}, QString(), 10);
        ASSERT_TRUE(originals.hasValue());
        const QList<Domain::Contact> originalList = originals.value();
        ASSERT_EQ(originalList.size(), 4);
        const auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        for (const Domain::Contact &original : originalList) {
            auto copy = otherWorkspace->contacts().findByEmail(original.email);
            ASSERT_TRUE(copy.hasValue()) << original.email.toStdString();
            SCOPED_TRACE(original.email.toStdString() + " from " + name.toStdString());
            EXPECT_EQ(copy->firstName, original.firstName);
            EXPECT_EQ(copy->lastName, original.lastName);
            EXPECT_EQ(copy->otherEmails, original.otherEmails);
            EXPECT_EQ(copy->phone, original.phone);
            EXPECT_EQ(copy->otherPhones, original.otherPhones);
            EXPECT_EQ(copy->title, original.title);
            EXPECT_EQ(copy->companyName, original.companyName);
            EXPECT_EQ(copy->address.street, original.address.street);
            EXPECT_EQ(copy->address.city, original.address.city);
            EXPECT_EQ(copy->address.region, original.address.region);
            EXPECT_EQ(copy->address.postalCode, original.address.postalCode);
            EXPECT_EQ(copy->address.country, original.address.country);
            EXPECT_EQ(copy->timeZone, original.timeZone);
            EXPECT_EQ(copy->lifecycleStage, original.lifecycleStage);
            for (const Domain::Channel channel : {Domain::Channel::Email, Domain::Channel::Sms, Domain::Channel::WhatsApp,
                                                  Domain::Channel::Voice})
                EXPECT_EQ(copy->optInFor(channel), original.optInFor(channel)) << Domain::toKey(channel).toStdString();
            EXPECT_EQ(copy->doNotContact, original.doNotContact);
            EXPECT_EQ(sorted(copy->tags), sorted(original.tags));
            EXPECT_EQ(copy->externalId, original.externalId);
            EXPECT_EQ(copy->ownerId, original.ownerId.isEmpty() ? QString() : ownerThere->id) << "the owner, by email";
            EXPECT_EQ(copy->customFields, original.customFields);
            EXPECT_EQ(copy->createdAt.toMSecsSinceEpoch(), original.createdAt.toMSecsSinceEpoch());
            EXPECT_EQ(copy->source, original.source);
        }
        // Consent records for what the file says, none for "unknown".
        auto registered = otherWorkspace->contacts().customFieldNames();
        ASSERT_TRUE(registered.hasValue());
        EXPECT_EQ(*registered, QStringList{QStringLiteral("Shoe size")}) << "the import registered the field it mapped";
        EXPECT_EQ(scalarIn(**other, QStringLiteral("SELECT count(*) FROM consents WHERE status = 'unknown'")), 0);
        EXPECT_EQ(scalarIn(**other, QStringLiteral("SELECT count(*) FROM consents")), 3 + 3)
            << "each seeded contact's email opt-in, Fran's three channels";
    }
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactExportTest);
