#include "tests/contacts/fixture.h"

#include "services/domain/uuid.h"
#include "services/storage/database.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace Leadline;
using namespace Leadline::Testing;
using Domain::ActivityType;

class CompanyServiceTest : public ServicesTest
{
};

TEST_P(CompanyServiceTest, CreateNormalisesTheDomainAndRejectsDuplicates)
{
    Domain::Company acme;
    acme.name = QStringLiteral("  Acme   Inc ");
    acme.domain = QStringLiteral("https://www.Acme.com/about");
    acme.size = 50;
    acme.annualRevenue = 1.5e6;
    acme.address.city = QStringLiteral("Springfield");
    acme.address.country = QStringLiteral("US");
    acme.customFields = QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")}};
    auto created = companies().create(acme);
    ASSERT_OK(created);
    EXPECT_EQ(created->name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(created->domain, QStringLiteral("acme.com"));
    EXPECT_EQ(created->size, 50);
    EXPECT_EQ(created->annualRevenue, 1.5e6);
    EXPECT_EQ(created->customFields, acme.customFields);

    Domain::Company copy;
    copy.name = QStringLiteral("Acme Copy");
    copy.domain = QStringLiteral("ACME.com");
    auto duplicate = companies().create(copy);
    ASSERT_FALSE(duplicate.hasValue());
    EXPECT_EQ(duplicate.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(duplicate.error().message().contains(QStringLiteral("acme.com")));

    Domain::Company broken;
    broken.domain = QStringLiteral("not a domain");
    broken.size = -1;
    const auto errors = companies().validate(broken);
    EXPECT_EQ(errors.keys(), (QStringList{QStringLiteral("domain"), QStringLiteral("name"), QStringLiteral("size")}));

    EXPECT_EQ(companies().findByDomain(QStringLiteral("www.acme.com"))->id, created->id);
    EXPECT_EQ(companies().findByName(QStringLiteral("acme inc"))->id, created->id);

    ASSERT_OK(companies().remove({created->id}));
    EXPECT_EQ(companies().get(created->id).error().code(), ErrorCode::NotFound);
    ASSERT_OK(companies().create(copy)); // the domain is free once the company is deleted
    EXPECT_EQ(companies().restore({created->id}).error().code(), ErrorCode::Conflict);
}

TEST_P(CompanyServiceTest, ChangesAreLoggedAndPagesSortAndSearch)
{
    for (const char *name : {"Beta", "alpha", "Gamma", "delta"}) {
        Domain::Company c;
        c.name = QLatin1String(name);
        c.domain = QLatin1String(name).toString().toLower() + QStringLiteral(".io");
        ASSERT_OK(companies().create(c));
    }
    auto alpha = companies().findByName(QStringLiteral("Alpha"));
    ASSERT_OK(alpha);
    Domain::Contact contact;
    contact.firstName = QStringLiteral("Ann");
    contact.companyId = alpha->id;
    ASSERT_OK(contacts().create(contact));
    ASSERT_OK(contacts().create(contact));

    Domain::Company changed = *alpha;
    changed.industry = QStringLiteral("Software");
    ASSERT_OK(companies().update(changed));
    auto log = activities().timelineForCompany(alpha->id);
    ASSERT_OK(log);
    ASSERT_GE(log->size(), 2);
    EXPECT_EQ(log->first().type, ActivityType::Updated);
    EXPECT_EQ(log->first().changes.keys(), QStringList{QStringLiteral("industry")});

    auto names = [&](Contacts::CompanyColumn column, Qt::SortOrder order, const QString &search = {}) {
        QStringList result;
        auto rows = companies().page(search, column, order, 0, 10);
        EXPECT_TRUE(rows.hasValue());
        for (const auto &row : *rows)
            result << row.name;
        return result;
    };
    EXPECT_EQ(names(Contacts::CompanyColumn::Name, Qt::AscendingOrder),
              (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("delta"),
                           QStringLiteral("Gamma")}));
    EXPECT_EQ(names(Contacts::CompanyColumn::Contacts, Qt::DescendingOrder).first(), QStringLiteral("alpha"));
    EXPECT_EQ(names(Contacts::CompanyColumn::Name, Qt::AscendingOrder, QStringLiteral("DEL")),
              QStringList{QStringLiteral("delta")});
    EXPECT_EQ(names(Contacts::CompanyColumn::Name, Qt::AscendingOrder, QStringLiteral("gamma.i")),
              QStringList{QStringLiteral("Gamma")});
    EXPECT_EQ(*companies().count(QStringLiteral("a")), 1);
    EXPECT_EQ(*companies().count({}), 4);
    auto rows = companies().page({}, Contacts::CompanyColumn::Name, Qt::AscendingOrder, 0, 1);
    ASSERT_OK(rows);
    EXPECT_EQ(rows->first().contactCount, 2);
}

// A company someone else is making right now (an import's chunk, not yet committed) is the one
// a contact added meanwhile gets, not a second of the same name.
TEST_P(CompanyServiceTest, FindOrCreateByNameWaitsForACompanyBeingMadeElsewhere)
{
    QSemaphore written;
    std::optional<Result> elsewhere;
    QString madeElsewhere = Domain::newId();
    std::unique_ptr<QThread> importer(QThread::create([&] {
        const Storage::Database &database = *sharedDb();
        Storage::Transaction transaction(database);
        if (const QString turn = database.dialect().importTurn(); !turn.isEmpty())
            (void)database.exec(turn);
        const QVariant now = database.dialect().timestampToDb(QDateTime::currentDateTimeUtc());
        auto inserted = database.exec(QStringLiteral("INSERT INTO companies (id, name, created_at, updated_at) "
                                                     "VALUES (?, 'Firma 1999', ?, ?)"),
                                      {madeElsewhere, now, now});
        written.release();
        QThread::msleep(300); // the other side asks meanwhile
        elsewhere = inserted ? transaction.commit() : Result(inserted.error());
    }));
    importer->start();
    written.acquire();
    auto company = companies().findOrCreateByName(QStringLiteral(" firma  1999 "));
    importer->wait();
    ASSERT_TRUE(elsewhere && *elsewhere);
    ASSERT_OK(company);
    EXPECT_EQ(company->id, madeElsewhere);
    auto again = companies().findOrCreateByName(QStringLiteral("Firma 2000"));
    ASSERT_OK(again);
    EXPECT_EQ(again->name, QStringLiteral("Firma 2000"));
    EXPECT_EQ(companies().count(QStringLiteral("Firma")).valueOr(-1), 2);
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(CompanyServiceTest);

class LeadServiceTest : public ServicesTest
{
protected:
    QString stageId(const QString &name) const
    {
        auto stages = pipeline().stages();
        for (const auto &stage : *stages)
            if (stage.name == name)
                return stage.id;
        return {};
    }
};

TEST_P(LeadServiceTest, DefaultPipelineIsSeeded)
{
    auto stages = pipeline().stages();
    ASSERT_OK(stages);
    QStringList names;
    for (const auto &stage : *stages) {
        names << stage.name;
        EXPECT_TRUE(Domain::isValidId(stage.id)) << str(stage.id);
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("New"), QStringLiteral("Contacted"), QStringLiteral("Qualified"),
                                  QStringLiteral("Proposal"), QStringLiteral("Negotiation"), QStringLiteral("Won"),
                                  QStringLiteral("Lost")}));
    EXPECT_EQ(stages->at(5).kind, Domain::StageKind::Won);
    EXPECT_EQ(stages->at(5).probability, 100);
    EXPECT_EQ(stages->at(6).kind, Domain::StageKind::Lost);
    EXPECT_EQ(stages->at(2).kind, Domain::StageKind::Open);
    EXPECT_EQ(pipeline().firstOpenStage()->name, QStringLiteral("New"));
}

TEST_P(LeadServiceTest, CreateMoveAndCloseLeads)
{
    Domain::Company acme;
    acme.name = QStringLiteral("Acme");
    auto company = companies().create(acme);
    ASSERT_OK(company);
    Domain::Contact person;
    person.firstName = QStringLiteral("Lia");
    person.companyId = company->id;
    auto contact = contacts().create(person);
    ASSERT_OK(contact);

    Domain::Lead lead;
    lead.contactId = contact->id;
    lead.title = QStringLiteral("  Big deal ");
    lead.valueCents = 1250000;
    lead.currency = QStringLiteral("usd");
    QSignalSpy changed(&leads(), &Leads::LeadService::leadsChanged);
    auto created = leads().create(lead);
    ASSERT_OK(created);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(created->title, QStringLiteral("Big deal"));
    EXPECT_EQ(created->currency, QStringLiteral("USD"));
    EXPECT_EQ(created->stageId, stageId(QStringLiteral("New")));
    EXPECT_EQ(created->companyId, company->id) << "the contact's company by default";
    EXPECT_FALSE(created->closedAt.isValid());

    Domain::Lead second = lead;
    second.title = QStringLiteral("Follow-up");
    auto other = leads().create(second);
    ASSERT_OK(other);
    EXPECT_GT(other->stagePosition, created->stagePosition) << "new cards go to the end";

    auto moved = leads().moveToStage(created->id, stageId(QStringLiteral("Qualified")));
    ASSERT_OK(moved);
    auto log = activities().timelineForLead(created->id);
    ASSERT_OK(log);
    ASSERT_EQ(log->size(), 2);
    EXPECT_EQ(log->first().type, ActivityType::StageChanged);
    const QJsonObject stage = log->first().changes.value(QStringLiteral("stage")).toObject();
    EXPECT_EQ(stage.value(QStringLiteral("old")).toString(), QStringLiteral("New"));
    EXPECT_EQ(stage.value(QStringLiteral("new")).toString(), QStringLiteral("Qualified"));
    EXPECT_EQ(log->first().contactId, contact->id) << "lead activities show on the contact's timeline";

    ASSERT_OK(leads().moveToStage(other->id, stageId(QStringLiteral("Qualified")), 0.5));
    auto column = leads().listByStage(stageId(QStringLiteral("Qualified")));
    ASSERT_OK(column);
    ASSERT_EQ(column->size(), 2);
    EXPECT_EQ(column->at(0).id, other->id);
    EXPECT_EQ(column->at(1).id, created->id);

    auto won = leads().moveToStage(created->id, stageId(QStringLiteral("Won")));
    ASSERT_OK(won);
    EXPECT_TRUE(won->closedAt.isValid());
    auto reopened = leads().moveToStage(created->id, stageId(QStringLiteral("Negotiation")));
    ASSERT_OK(reopened);
    EXPECT_FALSE(reopened->closedAt.isValid());
    EXPECT_FALSE(leads().moveToStage(created->id, Domain::newId()).hasValue());

    Domain::Lead edit = *reopened;
    edit.valueCents = 990000;
    edit.priority = Domain::Priority::High;
    edit.stageId = stageId(QStringLiteral("Lost"));
    edit.lostReason = QStringLiteral("Budget");
    auto edited = leads().update(edit);
    ASSERT_OK(edited);
    EXPECT_TRUE(edited->closedAt.isValid());
    log = activities().timelineForLead(created->id);
    ASSERT_OK(log);
    EXPECT_EQ(log->at(0).type, ActivityType::Updated);
    EXPECT_EQ(log->at(0).changes.keys(),
              (QStringList{QStringLiteral("lostReason"), QStringLiteral("priority"), QStringLiteral("valueCents")}));
    EXPECT_EQ(
        log->at(0).changes.value(QStringLiteral("valueCents")).toObject().value(QStringLiteral("old")).toInteger(),
        1250000);
    EXPECT_EQ(log->at(1).type, ActivityType::StageChanged);

    auto byContact = leads().listByContact(contact->id);
    ASSERT_OK(byContact);
    EXPECT_EQ(byContact->size(), 2);
    ASSERT_OK(leads().remove({other->id}));
    EXPECT_EQ(leads().listByContact(contact->id)->size(), 1);

    Domain::Lead invalid;
    invalid.currency = QStringLiteral("EURO");
    const auto errors = leads().validate(invalid);
    EXPECT_EQ(errors.keys(),
              (QStringList{QStringLiteral("contactId"), QStringLiteral("currency"), QStringLiteral("title")}));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(LeadServiceTest);

class UserAndTimelineTest : public ServicesTest
{
};

TEST_P(UserAndTimelineTest, CurrentUserIsCreatedOnceFromTheLoginName)
{
    auto none = ws().settings().value(QStringLiteral("app.current_user_id"));
    ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
    auto current = users().currentUser();
    ASSERT_OK(current);
    EXPECT_EQ(current->name, Leads::UserService::osLoginName());
    EXPECT_EQ(*ws().settings().value(QStringLiteral("app.current_user_id")), current->id);
    auto again = users().currentUser();
    ASSERT_OK(again);
    EXPECT_EQ(again->id, current->id);
    EXPECT_EQ(users().list()->size(), 1);

    const Domain::User other = makeUser(QStringLiteral("Zed"), QStringLiteral("zed@example.com"));
    Domain::User clash;
    clash.name = QStringLiteral("Zed Two");
    clash.email = QStringLiteral("ZED@example.com");
    EXPECT_EQ(users().create(clash).error().code(), ErrorCode::Conflict);
    ASSERT_OK(users().setCurrentUser(other.id));
    EXPECT_EQ(users().currentActor().userId, other.id);
    EXPECT_EQ(users().list()->size(), 2);
}

TEST_P(UserAndTimelineTest, TimelineIsNewestFirstAndPagesByKeyset)
{
    Domain::Contact person;
    person.firstName = QStringLiteral("Tim");
    auto contact = contacts().create(person);
    ASSERT_OK(contact);

    const QDateTime base(QDate(2026, 4, 1), QTime(12, 0), Qt::UTC);
    QStringList loggedIds;
    for (int i = 0; i < 6; ++i) {
        Domain::Activity note;
        note.type = i % 2 ? ActivityType::Call : ActivityType::Note;
        note.contactId = contact->id;
        note.body = QStringLiteral("entry %1").arg(i);
        note.occurredAt = base.addSecs(60 * (i / 2)); // pairs share an instant
        if (note.type == ActivityType::Call)
            note.durationSeconds = 90;
        auto logged = activities().log(note);
        ASSERT_OK(logged);
        loggedIds << logged->id;
    }
    auto all = activities().timelineForContact(contact->id);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 7); // six entries + Created (now, before the base time)
    QStringList bodies;
    for (const auto &a : *all)
        bodies << a.body;
    EXPECT_EQ(bodies.mid(0, 6),
              (QStringList{QStringLiteral("entry 5"), QStringLiteral("entry 4"), QStringLiteral("entry 3"),
                           QStringLiteral("entry 2"), QStringLiteral("entry 1"), QStringLiteral("entry 0")}));
    EXPECT_EQ(all->at(0).durationSeconds, 90);

    auto firstPage = activities().timelineForContact(contact->id, 3);
    ASSERT_OK(firstPage);
    auto secondPage =
        activities().timelineForContact(contact->id, 3, firstPage->last().occurredAt, firstPage->last().id);
    ASSERT_OK(secondPage);
    ASSERT_EQ(secondPage->size(), 3);
    EXPECT_EQ(secondPage->first().body, QStringLiteral("entry 2")) << "the row sharing the instant is not skipped";

    Domain::Activity bad;
    bad.type = ActivityType::Created;
    bad.contactId = contact->id;
    bad.body = QStringLiteral("x");
    EXPECT_EQ(activities().log(bad).error().code(), ErrorCode::InvalidArgument);
    bad.type = ActivityType::Note;
    bad.body = QStringLiteral("  ");
    EXPECT_EQ(activities().log(bad).error().code(), ErrorCode::InvalidArgument);

    ASSERT_OK(activities().remove(loggedIds.last()));
    EXPECT_EQ(activities().timelineForContact(contact->id)->size(), 6);
    EXPECT_FALSE(activities().remove(all->last().id).hasValue()) << "the change history cannot be deleted";
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(UserAndTimelineTest);

TEST(Workspace, OpensMigratesAndBuildsTheServices)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto location = Storage::DatabaseLocation::parse(dir.filePath(QStringLiteral("ws.sqlite")));
    ASSERT_OK(location);
    auto workspace = Workspace::open(*location);
    ASSERT_OK(workspace);
    EXPECT_GE((*workspace)->schemaVersion(), 2);
    EXPECT_EQ((*workspace)->pipeline().stages()->size(), 7);
    Domain::Contact person;
    person.email = QStringLiteral("ws@example.com");
    ASSERT_OK((*workspace)->contacts().create(person));
    EXPECT_EQ(*(*workspace)->contacts().count({}), 1);
    EXPECT_EQ((*workspace)->database()->kind(), Storage::DatabaseKind::Sqlite);
}
