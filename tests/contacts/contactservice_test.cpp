#include "tests/contacts/fixture.h"

#include "services/domain/uuid.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThread>
#include <QWaitCondition>

using namespace Leadline;
using namespace Leadline::Testing;
using Domain::ActivityType;
using Domain::Channel;
using Domain::Contact;
using Domain::OptInStatus;

class ContactServiceTest : public ServicesTest
{
protected:
    Contact quick(const QString &first, const QString &last, const QString &email = {}) const
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        auto created = contacts().create(c);
        EXPECT_TRUE(created.hasValue()) << (created ? "" : errorText(created.error()));
        return created ? *created : Contact{};
    }

    QList<Domain::Activity> timeline(const QString &contactId) const
    {
        auto list = activities().timelineForContact(contactId, 1000);
        EXPECT_TRUE(list.hasValue());
        return list ? *list : QList<Domain::Activity>{};
    }
};

TEST_P(ContactServiceTest, CreateAndUpdateRoundTripEveryField)
{
    ASSERT_OK(contacts().setDefaultRegion(QStringLiteral("DE")));
    const Domain::User owner = makeUser(QStringLiteral("Olga Owner"), QStringLiteral("olga@example.com"));
    Domain::Company acme;
    acme.name = QStringLiteral("Acme GmbH");
    auto company = companies().create(acme);
    ASSERT_OK(company);

    Contact c;
    c.firstName = QStringLiteral("  Jürgen ");
    c.lastName = QStringLiteral("Müller");
    c.email = QStringLiteral(" juergen@example.com ");
    c.otherEmails = {QStringLiteral("j.mueller@example.org"), QStringLiteral(" "),
                     QStringLiteral("JUERGEN@example.com")};
    c.phone = QStringLiteral("030 1234567");
    c.otherPhones = {QStringLiteral("+44 20 7946 0958")};
    c.title = QStringLiteral("Head of Sales");
    c.companyId = company->id;
    c.address = {QStringLiteral("Hauptstr. 1"), QStringLiteral("Berlin"), QStringLiteral("BE"), QStringLiteral("10115"),
                 QStringLiteral("DE")};
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.lifecycleStage = Domain::LifecycleStage::Opportunity;
    c.optIn = {{Channel::Email, OptInStatus::DoubleOptedIn},
               {Channel::Sms, OptInStatus::OptedOut},
               {Channel::WhatsApp, OptInStatus::Pending},
               {Channel::Voice, OptInStatus::OptedIn}};
    c.doNotContact = true;
    c.tags = {QStringLiteral("VIP"), QStringLiteral("Berlin"), QStringLiteral("vip")};
    c.ownerId = owner.id;
    c.source = Domain::LeadSource::Referral;
    c.externalId = QStringLiteral("crm-42");
    c.customFields = QJsonObject{{QStringLiteral("shoeSize"), 44}};

    auto created = contacts().create(c, {owner.id});
    ASSERT_OK(created);
    EXPECT_TRUE(Domain::isValidId(created->id));

    auto loaded = contacts().get(created->id);
    ASSERT_OK(loaded);
    const Contact &l = *loaded;
    EXPECT_EQ(l.firstName, QStringLiteral("Jürgen"));
    EXPECT_EQ(l.lastName, QStringLiteral("Müller"));
    EXPECT_EQ(l.email, QStringLiteral("juergen@example.com"));
    EXPECT_EQ(l.otherEmails, QStringList{QStringLiteral("j.mueller@example.org")});
    EXPECT_EQ(l.phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(l.otherPhones, QStringList{QStringLiteral("+442079460958")});
    EXPECT_EQ(l.title, QStringLiteral("Head of Sales"));
    EXPECT_EQ(l.companyId, company->id);
    EXPECT_EQ(l.companyName, QStringLiteral("Acme GmbH"));
    EXPECT_EQ(l.address, c.address);
    EXPECT_EQ(l.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(l.lifecycleStage, Domain::LifecycleStage::Opportunity);
    EXPECT_EQ(l.optIn, c.optIn);
    EXPECT_TRUE(l.doNotContact);
    EXPECT_EQ(l.tags, (QStringList{QStringLiteral("Berlin"), QStringLiteral("VIP")}));
    EXPECT_EQ(l.ownerId, owner.id);
    EXPECT_EQ(l.source, Domain::LeadSource::Referral);
    EXPECT_EQ(l.externalId, QStringLiteral("crm-42"));
    EXPECT_EQ(l.customFields, c.customFields);
    EXPECT_TRUE(l.createdAt.isValid());
    EXPECT_EQ(l.createdAt, l.updatedAt);
    EXPECT_FALSE(l.deletedAt.isValid());

    Contact changed = l;
    changed.firstName = QStringLiteral("Jens");
    changed.lastName = QStringLiteral("Meyer");
    changed.email = QStringLiteral("jens@example.com");
    changed.otherEmails = {};
    changed.phone = QStringLiteral("+1 650 253 0000");
    changed.otherPhones = {QStringLiteral("089 1234567")};
    changed.title = QStringLiteral("CEO");
    changed.companyId.clear();
    changed.address = {QStringLiteral("Elm St 5"), QStringLiteral("Springfield"), QStringLiteral("IL"),
                       QStringLiteral("62701"), QStringLiteral("US")};
    changed.timeZone = QStringLiteral("America/Chicago");
    changed.lifecycleStage = Domain::LifecycleStage::Customer;
    changed.optIn = {{Channel::Email, OptInStatus::OptedOut}};
    changed.doNotContact = false;
    changed.tags = {QStringLiteral("Customer")};
    changed.ownerId.clear();
    changed.source = Domain::LeadSource::Website;
    changed.externalId = QStringLiteral("crm-43");
    changed.customFields = QJsonObject{{QStringLiteral("shoeSize"), 45}};
    auto updated = contacts().update(changed);
    ASSERT_OK(updated);
    auto reloaded = contacts().get(l.id);
    ASSERT_OK(reloaded);
    EXPECT_EQ(reloaded->firstName, QStringLiteral("Jens"));
    EXPECT_EQ(reloaded->lastName, QStringLiteral("Meyer"));
    EXPECT_EQ(reloaded->email, QStringLiteral("jens@example.com"));
    EXPECT_TRUE(reloaded->otherEmails.isEmpty());
    EXPECT_EQ(reloaded->phone, QStringLiteral("+16502530000"));
    EXPECT_EQ(reloaded->otherPhones, QStringList{QStringLiteral("+49891234567")});
    EXPECT_EQ(reloaded->title, QStringLiteral("CEO"));
    EXPECT_TRUE(reloaded->companyId.isEmpty());
    EXPECT_TRUE(reloaded->companyName.isEmpty());
    EXPECT_EQ(reloaded->address, changed.address);
    EXPECT_EQ(reloaded->timeZone, QStringLiteral("America/Chicago"));
    EXPECT_EQ(reloaded->lifecycleStage, Domain::LifecycleStage::Customer);
    EXPECT_EQ(reloaded->optIn, changed.optIn);
    EXPECT_FALSE(reloaded->doNotContact);
    EXPECT_EQ(reloaded->tags, QStringList{QStringLiteral("Customer")});
    EXPECT_TRUE(reloaded->ownerId.isEmpty());
    EXPECT_EQ(reloaded->source, Domain::LeadSource::Website);
    EXPECT_EQ(reloaded->externalId, QStringLiteral("crm-43"));
    EXPECT_EQ(reloaded->customFields, changed.customFields);
    EXPECT_EQ(reloaded->createdAt, l.createdAt);
    EXPECT_GT(reloaded->updatedAt, l.updatedAt);

    auto byEmail = contacts().findByEmail(QStringLiteral("JENS@example.com"));
    ASSERT_OK(byEmail);
    EXPECT_EQ(byEmail->id, l.id);
}

TEST_P(ContactServiceTest, DuplicatePrimaryEmailIsAConflictUntilTheOtherIsDeleted)
{
    const Contact ann = quick(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("Ann@Example.com"));
    Contact twin;
    twin.firstName = QStringLiteral("Ann");
    twin.email = QStringLiteral("ann@example.COM");
    auto duplicate = contacts().create(twin);
    ASSERT_FALSE(duplicate.hasValue());
    EXPECT_EQ(duplicate.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(duplicate.error().message().contains(QStringLiteral("ann@example.COM")))
        << str(duplicate.error().message());
    EXPECT_EQ(countRows(QStringLiteral("contacts")), 1);

    // Updating another contact to the taken address is refused the same way.
    Contact bob = quick(QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("bob@example.com"));
    bob.email = QStringLiteral("ANN@example.com");
    auto stolen = contacts().update(bob);
    ASSERT_FALSE(stolen.hasValue());
    EXPECT_EQ(stolen.error().code(), ErrorCode::Conflict);

    ASSERT_OK(contacts().remove({ann.id}));
    auto again = contacts().create(twin);
    ASSERT_OK(again);
    auto restored = contacts().restore({ann.id});
    ASSERT_FALSE(restored.hasValue());
    EXPECT_EQ(restored.error().code(), ErrorCode::Conflict);
    EXPECT_FALSE(contacts().get(ann.id).hasValue()) << "a refused restore leaves the contact deleted";

    // Two deleted contacts with one address cannot both come back; neither does.
    ASSERT_OK(contacts().remove({again->id}));
    auto both = contacts().restore({bob.id, ann.id, again->id});
    ASSERT_FALSE(both.hasValue());
    EXPECT_EQ(both.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(both.error().message().contains(QStringLiteral("same email address"))) << str(both.error().message());
    EXPECT_FALSE(contacts().get(ann.id).hasValue());
    EXPECT_FALSE(contacts().get(again->id).hasValue());
    ASSERT_OK(contacts().restore({ann.id}));
}

TEST_P(ContactServiceTest, ValidationReportsEveryFieldAndNormalises)
{
    ASSERT_OK(contacts().setDefaultRegion(QStringLiteral("de")));
    EXPECT_EQ(contacts().defaultRegion(), QStringLiteral("DE"));
    EXPECT_FALSE(contacts().setDefaultRegion(QStringLiteral("Germany")).hasValue());

    Contact c;
    c.firstName = QStringLiteral(" Eva ");
    c.email = QStringLiteral("eva at example.com");
    c.otherEmails = {QStringLiteral("ok@example.com"), QStringLiteral("broken@")};
    c.phone = QStringLiteral("0301");
    c.otherPhones = {QStringLiteral("030 1234567"), QStringLiteral("12")};
    c.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QList<Contacts::FieldError> errors = contacts().validate(c);
    QStringList fields;
    for (const auto &error : errors)
        fields << error.field;
    EXPECT_EQ(fields, (QStringList{QStringLiteral("email"), QStringLiteral("otherEmails[1]"), QStringLiteral("phone"),
                                   QStringLiteral("otherPhones[1]"), QStringLiteral("timeZone")}));
    EXPECT_EQ(errors.at(2).message, QStringLiteral("“0301” is not a valid phone number for region DE"));
    EXPECT_TRUE(errors.at(4).message.contains(QStringLiteral("Mars/Olympus_Mons")));
    EXPECT_EQ(c.firstName, QStringLiteral("Eva"));
    EXPECT_EQ(c.otherPhones, QStringList{QStringLiteral("+49301234567")});

    auto refused = contacts().create(c);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code(), ErrorCode::InvalidArgument);
    EXPECT_EQ(countRows(QStringLiteral("contacts")), 0);
    EXPECT_EQ(countRows(QStringLiteral("activities")), 0);

    Contact empty;
    empty.firstName = QStringLiteral("   ");
    errors = contacts().validate(empty);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, QStringLiteral("name"));

    Contact phoneOnly;
    phoneOnly.phone = QStringLiteral("030 1234567");
    phoneOnly.timeZone = QStringLiteral("Asia/Tokyo");
    auto created = contacts().create(phoneOnly);
    ASSERT_OK(created);
    EXPECT_EQ(created->phone, QStringLiteral("+49301234567"));

    ASSERT_OK(contacts().setDefaultRegion(QString()));
    Contact noRegion;
    noRegion.phone = QStringLiteral("030 1234567");
    errors = contacts().validate(noRegion);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("no default region is set")));

    // A change through the settings repository reaches the contact service's cached region.
    ASSERT_OK(ws().settings().setValue(QStringLiteral("phone.default_region"), QStringLiteral("US")));
    EXPECT_EQ(contacts().defaultRegion(), QStringLiteral("US"));
    Contact american;
    american.phone = QStringLiteral("(650) 253-0000");
    EXPECT_TRUE(contacts().validate(american).isEmpty());
    EXPECT_EQ(american.phone, QStringLiteral("+16502530000"));
}

// The first number is the main one, as an import reads a row: a contact saved without a main
// one gets its first other one, so that an export read back is the same contact. So does an
// email address, unless another contact has it as its own: then it stays one of the others.
TEST_P(ContactServiceTest, WithoutAMainNumberTheFirstOtherIsTheMainOne)
{
    Contact c;
    c.firstName = QStringLiteral("Ida");
    c.otherEmails = {QStringLiteral("ida@home.example"), QStringLiteral("ida@work.example")};
    c.otherPhones = {QStringLiteral("+49 30 1234567"), QStringLiteral("+49 89 1234567")};
    auto created = contacts().create(c);
    ASSERT_OK(created);
    auto stored = contacts().get(created->id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->email, QStringLiteral("ida@home.example"));
    EXPECT_EQ(stored->otherEmails, QStringList{QStringLiteral("ida@work.example")});
    EXPECT_EQ(stored->phone, QStringLiteral("+49301234567"));
    EXPECT_EQ(stored->otherPhones, QStringList{QStringLiteral("+49891234567")});

    Contact cleared = *stored; // the main number deleted by hand
    cleared.phone.clear();
    ASSERT_OK(contacts().update(cleared));
    EXPECT_EQ(contacts().get(created->id)->phone, QStringLiteral("+49891234567"));
    EXPECT_TRUE(contacts().get(created->id)->otherPhones.isEmpty());

    // Another contact's own address stays an other one, and an edit of anything else is saved.
    Contact family;
    family.firstName = QStringLiteral("Jon");
    family.otherEmails = {QStringLiteral("ida@home.example"), QStringLiteral("jon@home.example")};
    auto jon = contacts().create(family);
    ASSERT_OK(jon);
    EXPECT_TRUE(contacts().get(jon->id)->email.isEmpty()) << "Ida's own address";
    Contact retitled = *contacts().get(jon->id);
    retitled.title = QStringLiteral("Editor");
    ASSERT_OK(contacts().update(retitled));
    EXPECT_TRUE(contacts().get(jon->id)->email.isEmpty());
    EXPECT_EQ(contacts().get(jon->id)->title, QStringLiteral("Editor"));
    Contact ida = *contacts().get(created->id); // her own address deleted by hand: the next one is free
    ida.email.clear();
    ASSERT_OK(contacts().update(ida));
    EXPECT_EQ(contacts().get(created->id)->email, QStringLiteral("ida@work.example"));
}

// On a shared database a save waits for an import's turn, but not for minutes (an undo of a big
// import holds it that long): it gives up as SQLite's busy timeout does, and says why.
TEST_P(ContactServiceTest, ASaveGivesUpWaitingForAnImportsTurnAndSaysWhy)
{
    if (db().dialect().importTurn().isEmpty())
        GTEST_SKIP() << "SQLite writers take turns by its write lock";
    QMutex mutex;
    QWaitCondition released;
    bool holding = false, done = false;
    std::unique_ptr<QThread> importer(QThread::create([&] {
        Storage::Transaction transaction(db());
        ASSERT_TRUE(db().takeImportTurn().hasValue());
        QMutexLocker lock(&mutex);
        holding = true;
        released.wakeAll();
        while (!done)
            released.wait(&mutex);
    }));
    importer->start();
    {
        QMutexLocker lock(&mutex);
        while (!holding)
            released.wait(&mutex);
    }
    Contact c;
    c.email = QStringLiteral("patient@example.com");
    auto saved = contacts().create(c);
    {
        QMutexLocker lock(&mutex);
        done = true;
        released.wakeAll();
    }
    importer->wait();
    ASSERT_FALSE(saved.hasValue());
    EXPECT_EQ(saved.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(
        saved.error().message().startsWith(QStringLiteral("Another change (an import, or an undo of one) holds")))
        << saved.error().message().toStdString();
    EXPECT_TRUE(contacts().create(c).hasValue()) << "once the turn is free";
}

TEST_P(ContactServiceTest, ChangesAreLoggedWithOldAndNewValuesInTheSameTransaction)
{
    const Domain::User user = makeUser(QStringLiteral("Uma"), QStringLiteral("uma@example.com"));
    QSignalSpy changedSpy(&contacts(), &Contacts::ContactService::contactsChanged);
    Contact c = quick(QStringLiteral("Carl"), QStringLiteral("Cole"), QStringLiteral("carl@example.com"));
    EXPECT_EQ(changedSpy.count(), 1);

    auto log = timeline(c.id);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.first().type, ActivityType::Created);
    EXPECT_EQ(log.first().changes.value(QStringLiteral("email")).toObject().value(QStringLiteral("new")).toString(),
              QStringLiteral("carl@example.com"));
    EXPECT_TRUE(log.first().changes.value(QStringLiteral("email")).toObject().value(QStringLiteral("old")).isNull());

    c.firstName = QStringLiteral("Karl");
    c.title = QStringLiteral("CTO");
    auto updated = contacts().update(c, {user.id});
    ASSERT_OK(updated);
    log = timeline(c.id);
    ASSERT_EQ(log.size(), 2);
    const Domain::Activity &change = log.first();
    EXPECT_EQ(change.type, ActivityType::Updated);
    EXPECT_EQ(change.userId, user.id);
    EXPECT_EQ(change.contactId, c.id);
    EXPECT_EQ(change.changes.keys(), (QStringList{QStringLiteral("firstName"), QStringLiteral("title")}));
    const QJsonObject first = change.changes.value(QStringLiteral("firstName")).toObject();
    EXPECT_EQ(first.value(QStringLiteral("old")).toString(), QStringLiteral("Carl"));
    EXPECT_EQ(first.value(QStringLiteral("new")).toString(), QStringLiteral("Karl"));

    // Saving without changes writes nothing.
    ASSERT_OK(contacts().update(*updated));
    EXPECT_EQ(timeline(c.id).size(), 2);

    // A failing change writes neither the contact nor an activity.
    quick(QStringLiteral("Dora"), QStringLiteral("Dunn"), QStringLiteral("dora@example.com"));
    const qint64 activitiesBefore = countRows(QStringLiteral("activities"));
    Contact clash = *updated;
    clash.firstName = QStringLiteral("Changed");
    clash.email = QStringLiteral("dora@example.com");
    EXPECT_FALSE(contacts().update(clash).hasValue());
    EXPECT_EQ(countRows(QStringLiteral("activities")), activitiesBefore);
    EXPECT_EQ(contacts().get(c.id)->firstName, QStringLiteral("Karl"));

    // An activity that cannot be written (unknown user) rolls the change back.
    Contact orphan = *updated;
    orphan.title = QStringLiteral("Never saved");
    auto failed = contacts().update(orphan, {Domain::newId()});
    ASSERT_FALSE(failed.hasValue());
    EXPECT_EQ(contacts().get(c.id)->title, QStringLiteral("CTO"));
    EXPECT_EQ(countRows(QStringLiteral("activities")), activitiesBefore);
}

TEST_P(ContactServiceTest, SoftDeleteAndRestore)
{
    const Contact a = quick(QStringLiteral("Al"), QStringLiteral("Ames"));
    const Contact b = quick(QStringLiteral("Bea"), QStringLiteral("Bold"));
    QSignalSpy removedSpy(&contacts(), &Contacts::ContactService::contactsRemoved);
    QSignalSpy restoredSpy(&contacts(), &Contacts::ContactService::contactsRestored);

    ASSERT_OK(contacts().remove({a.id, b.id}));
    ASSERT_EQ(removedSpy.count(), 1);
    EXPECT_EQ(removedSpy.first().first().toStringList(), (QStringList{a.id, b.id}));
    EXPECT_EQ(contacts().get(a.id).error().code(), ErrorCode::NotFound);
    EXPECT_EQ(*contacts().count({}), 0);
    EXPECT_EQ(countRows(QStringLiteral("contacts")), 2) << "soft delete keeps the rows";
    EXPECT_EQ(timeline(a.id).first().type, ActivityType::Deleted);

    ASSERT_OK(contacts().restore({a.id}));
    ASSERT_EQ(restoredSpy.count(), 1);
    EXPECT_TRUE(contacts().get(a.id).hasValue());
    EXPECT_EQ(*contacts().count({}), 1);
    EXPECT_EQ(timeline(a.id).first().type, ActivityType::Restored);

    EXPECT_EQ(contacts().remove({Domain::newId()}).error().code(), ErrorCode::NotFound);
}

TEST_P(ContactServiceTest, SavingAContactThatWentMeanwhileSaysSoByName)
{
    Domain::Company acme;
    acme.name = QStringLiteral("Acme");
    auto company = companies().create(acme);
    ASSERT_TRUE(company.hasValue());
    Contact form = quick(QStringLiteral("Al"), QStringLiteral("Ames"));
    form.companyId = company->id;
    ASSERT_OK(contacts().update(form));

    // The company goes while a form shows the contact: said by its name, not its id.
    ASSERT_OK(companies().remove({company->id}));
    form.title = QStringLiteral("Buyer");
    auto saved = contacts().update(form);
    ASSERT_FALSE(saved.hasValue());
    EXPECT_TRUE(saved.error().message().contains(QStringLiteral("“Acme” was deleted meanwhile")))
        << saved.error().message().toStdString();
    EXPECT_FALSE(saved.error().message().contains(company->id));

    // The contact goes too: that is what the form hears first.
    ASSERT_OK(contacts().remove({form.id}));
    saved = contacts().update(form);
    ASSERT_FALSE(saved.hasValue());
    EXPECT_EQ(saved.error().code(), ErrorCode::NotFound);
    EXPECT_TRUE(saved.error().message().startsWith(QStringLiteral("This contact was deleted meanwhile")))
        << saved.error().message().toStdString();
}

TEST_P(ContactServiceTest, TagAndOwnerBulkActions)
{
    const Domain::User owner = makeUser(QStringLiteral("Owen"), QStringLiteral("owen@example.com"));
    const Contact a = quick(QStringLiteral("A"), QStringLiteral("One"));
    const Contact b = quick(QStringLiteral("B"), QStringLiteral("Two"));
    const Contact c = quick(QStringLiteral("C"), QStringLiteral("Three"));

    ASSERT_OK(contacts().addTag({a.id, b.id, c.id}, QStringLiteral("VIP")));
    ASSERT_OK(contacts().addTag({a.id}, QStringLiteral("vip")));
    EXPECT_EQ(*contacts().allTags(), QStringList{QStringLiteral("VIP")});
    EXPECT_EQ(contacts().get(a.id)->tags, QStringList{QStringLiteral("VIP")});
    Contacts::ContactFilter vip;
    vip.tag = QStringLiteral("vip");
    EXPECT_EQ(*contacts().count(vip), 3);
    const Domain::Activity tagged = timeline(b.id).first();
    EXPECT_EQ(tagged.type, ActivityType::Updated);
    EXPECT_EQ(tagged.changes.value(QStringLiteral("tags")).toObject().value(QStringLiteral("new")).toArray(),
              QJsonArray{QStringLiteral("VIP")});

    ASSERT_OK(contacts().removeTag({b.id}, QStringLiteral("Vip")));
    EXPECT_EQ(*contacts().count(vip), 2);
    EXPECT_TRUE(contacts().get(b.id)->tags.isEmpty());
    EXPECT_EQ(contacts().removeTag({b.id}, QStringLiteral("nope")).error().code(), ErrorCode::NotFound);
    EXPECT_EQ(contacts().addTag({a.id}, QStringLiteral("  ")).error().code(), ErrorCode::InvalidArgument);

    ASSERT_OK(contacts().assignOwner({a.id, c.id}, owner.id, {owner.id}));
    Contacts::ContactFilter owned;
    owned.ownerId = owner.id;
    EXPECT_EQ(*contacts().count(owned), 2);
    const Domain::Activity assigned = timeline(c.id).first();
    EXPECT_EQ(assigned.type, ActivityType::OwnerChanged);
    EXPECT_EQ(assigned.changes.value(QStringLiteral("ownerId")).toObject().value(QStringLiteral("new")).toString(),
              owner.id);
    EXPECT_FALSE(contacts().assignOwner({a.id}, Domain::newId()).hasValue());

    auto rows = contacts().page(owned, {}, 0, 10);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->first().ownerName, QStringLiteral("Owen"));
}

TEST_P(ContactServiceTest, FullTextSearch)
{
    ASSERT_OK(contacts().setDefaultRegion(QStringLiteral("DE")));
    Domain::Company initech;
    initech.name = QStringLiteral("Initech");
    auto company = companies().create(initech);
    ASSERT_OK(company);

    Contact m;
    m.firstName = QStringLiteral("Jürgen");
    m.lastName = QStringLiteral("Müller");
    m.email = QStringLiteral("jm@mueller-bau.de");
    m.phone = QStringLiteral("030 1234567");
    m.companyId = company->id;
    auto muller = contacts().create(m);
    ASSERT_OK(muller);
    const Contact other =
        quick(QStringLiteral("Peter"), QStringLiteral("Gibbons"), QStringLiteral("peter@example.com"));

    const auto search = [&](const QString &text) { return idsFound(text); };
    const QStringList onlyMuller{muller->id};
    EXPECT_EQ(search(QStringLiteral("Jürgen")), onlyMuller);
    EXPECT_EQ(search(QStringLiteral("müller")), onlyMuller);
    EXPECT_EQ(search(QStringLiteral("mül")), onlyMuller) << "prefix";
    EXPECT_EQ(search(QStringLiteral("jm@mueller")), onlyMuller) << "email";
    EXPECT_EQ(search(QStringLiteral("4930123")), onlyMuller) << "phone digits";
    EXPECT_EQ(search(QStringLiteral("initech")), onlyMuller) << "company";
    EXPECT_EQ(search(QStringLiteral("jürgen init")), onlyMuller) << "every word must match";
    EXPECT_TRUE(search(QStringLiteral("jürgen gibbons")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("gib")), QStringList{other.id});
    EXPECT_EQ(search(QStringLiteral("!!")).size(), 2) << "nothing searchable narrows nothing";
    EXPECT_EQ(search(QStringLiteral("Muller")), onlyMuller) << "diacritics are folded";
    EXPECT_EQ(search(QStringLiteral("jurg mul")), onlyMuller) << "in prefixes too";

    Contact renamed = *muller;
    renamed.lastName = QStringLiteral("Schmidt");
    ASSERT_OK(contacts().update(renamed));
    EXPECT_TRUE(search(QStringLiteral("müller")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("schmi")), onlyMuller);

    Domain::Company company2 = *company;
    company2.name = QStringLiteral("Initrode");
    ASSERT_OK(companies().update(company2));
    EXPECT_EQ(contacts().get(muller->id)->companyName, QStringLiteral("Initrode"));
    EXPECT_EQ(search(QStringLiteral("initrode")), onlyMuller) << "company rename reaches the search index";
    EXPECT_TRUE(search(QStringLiteral("initech")).isEmpty());

    ASSERT_OK(contacts().remove({muller->id}));
    EXPECT_TRUE(search(QStringLiteral("schmidt")).isEmpty());
}

TEST_P(ContactServiceTest, SearchFoldsAccentsTheSameOnEveryBackend)
{
    // A team on PostgreSQL finds what a solo user finds on SQLite, typed with or without accents.
    const Contact unal = quick(QStringLiteral("Ümit"), QStringLiteral("Ünal"));
    const Contact nguyen = quick(QStringLiteral("Thị"), QStringLiteral("Nguyễn"));
    const Contact celik = quick(QStringLiteral("Çağrı"), QStringLiteral("Çelik"));
    const Contact decomposed = quick(QStringLiteral("Zoe"), QString::fromUtf8("Mu\xcc\x88ller")); // u + U+0308
    const Contact plain = quick(QStringLiteral("Rene"), QStringLiteral("Dupre"));
    const Contact lukasz = quick(QStringLiteral("Łukasz"), QStringLiteral("Wałęsa"));
    const Contact ilkay = quick(QStringLiteral("İlkay"), QStringLiteral("Gündoğan"));
    const auto search = [&](const QString &text) { return idsFound(text); };
    EXPECT_EQ(search(QStringLiteral("unal")), QStringList{unal.id});
    EXPECT_EQ(search(QStringLiteral("umit un")), QStringList{unal.id});
    EXPECT_EQ(search(QStringLiteral("nguyen")), QStringList{nguyen.id});
    EXPECT_EQ(search(QStringLiteral("cağrı celik")), QStringList{celik.id});
    EXPECT_EQ(search(QStringLiteral("muller")), QStringList{decomposed.id}) << "combining marks are dropped";
    EXPECT_EQ(search(QStringLiteral("Müller")), QStringList{decomposed.id});
    EXPECT_EQ(search(QStringLiteral("René Duprè")), QStringList{plain.id}) << "accents typed, none stored";
    // Letters of their own, not letters with an accent, stay as they are (as SQLite keeps them).
    EXPECT_EQ(search(QStringLiteral("wałesa")), QStringList{lukasz.id}) << "ę folds, ł stays";
    EXPECT_TRUE(search(QStringLiteral("lukasz")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("cagri")).isEmpty()) << "ğ folds, ı stays";
    EXPECT_EQ(search(QStringLiteral("İlkay")), QStringList{ilkay.id}) << "typed as stored: İ is i and a dot above";
    EXPECT_EQ(search(QStringLiteral("ilkay gundogan")), QStringList{ilkay.id});
    EXPECT_EQ(search(QStringLiteral("łukasz")), QStringList{lukasz.id});
}

TEST_P(ContactServiceTest, SearchSplitsWordsAtPunctuationTheSameOnEveryBackend)
{
    // "S.L.", "A/S" and "N.V." are the words s and l, a and s, n and v on both backends.
    const auto at = [&](const char *first, const char *last, const QString &company) {
        Domain::Company made;
        made.name = company;
        auto stored = companies().create(made);
        EXPECT_TRUE(stored.hasValue());
        Contact c;
        c.firstName = QLatin1String(first);
        c.lastName = QLatin1String(last);
        c.companyId = stored ? stored->id : QString();
        auto created = contacts().create(c);
        EXPECT_TRUE(created.hasValue());
        return created ? created->id : QString();
    };
    const QString energia = at("Ugo", "Tim", QStringLiteral("Energía S.L."));
    const QString nordisk = at("Ida", "Ray", QStringLiteral("Nordisk A/S"));
    const QString bakker = at("Eve", "Orr", QStringLiteral("Bakker N.V."));
    const QString brien = at("Kai", "O'Brien", QStringLiteral("Yew & Co"));
    EXPECT_EQ(idsFound(QStringLiteral("S.L.")), QStringList{energia});
    EXPECT_EQ(idsFound(QStringLiteral("Energia S.L.")), QStringList{energia});
    EXPECT_EQ(idsFound(QStringLiteral("A/S")), QStringList{nordisk});
    EXPECT_EQ(idsFound(QStringLiteral("n.v.")), QStringList{bakker});
    EXPECT_EQ(idsFound(QStringLiteral("o'brien")), QStringList{brien});
    EXPECT_EQ(idsFound(QStringLiteral("brien")), QStringList{brien});
}

TEST_P(ContactServiceTest, CountWithFilters)
{
    Domain::Company acme;
    acme.name = QStringLiteral("Acme");
    auto company = companies().create(acme);
    ASSERT_OK(company);
    const Domain::User owner = makeUser(QStringLiteral("Ola"), QStringLiteral("ola@example.com"));
    for (int i = 0; i < 12; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person%1").arg(i);
        c.lastName = i % 2 ? QStringLiteral("Odd") : QStringLiteral("Even");
        c.lifecycleStage = i % 3 ? Domain::LifecycleStage::Lead : Domain::LifecycleStage::Customer;
        if (i < 5)
            c.companyId = company->id;
        if (i % 4 == 0)
            c.ownerId = owner.id;
        if (i >= 8)
            c.tags = {QStringLiteral("late")};
        ASSERT_OK(contacts().create(c));
    }
    Contacts::ContactFilter f;
    EXPECT_EQ(*contacts().count(f), 12);
    f.lifecycleStage = Domain::LifecycleStage::Customer;
    EXPECT_EQ(*contacts().count(f), 4); // 0, 3, 6, 9
    f.search = QStringLiteral("odd");
    EXPECT_EQ(*contacts().count(f), 2); // 3, 9
    f = {};
    f.companyId = company->id;
    EXPECT_EQ(*contacts().count(f), 5);
    f.ownerId = owner.id;
    EXPECT_EQ(*contacts().count(f), 2); // 0, 4
    f = {};
    f.tag = QStringLiteral("LATE");
    EXPECT_EQ(*contacts().count(f), 4);
    f.lifecycleStage = Domain::LifecycleStage::Customer;
    EXPECT_EQ(*contacts().count(f), 1); // 9
    auto companyContacts = companies().contactsOf(company->id);
    ASSERT_OK(companyContacts);
    EXPECT_EQ(companyContacts->size(), 5);
}

TEST_P(ContactServiceTest, ServicesWorkFromAnotherThread)
{
    quick(QStringLiteral("Main"), QStringLiteral("Thread"));
    QString workerId;
    qint64 workerCount = -1;
    QString workerError;
    QThread *thread = QThread::create([&] {
        Contact c;
        c.firstName = QStringLiteral("Worker");
        auto created = contacts().create(c);
        if (!created) {
            workerError = created.error().toString();
            return;
        }
        workerId = created->id;
        auto counted = contacts().count({});
        workerCount = counted ? *counted : -1;
    });
    thread->start();
    ASSERT_TRUE(thread->wait(60000));
    delete thread;
    EXPECT_TRUE(workerError.isEmpty()) << str(workerError);
    EXPECT_EQ(workerCount, 2);
    ASSERT_FALSE(workerId.isEmpty());
    EXPECT_EQ(contacts().get(workerId)->firstName, QStringLiteral("Worker"));
}

TEST_P(ContactServiceTest, CustomFieldsAreRegisteredOnceWhateverTheirCase)
{
    auto none = contacts().customFieldNames();
    ASSERT_TRUE(none.hasValue());
    EXPECT_TRUE(none->isEmpty());

    Contact c;
    c.email = QStringLiteral("custom@example.com");
    c.customFields.insert(QStringLiteral("Shoe size"), QStringLiteral("44"));
    c.customFields.insert(QStringLiteral("budget"), 1200);
    auto created = contacts().create(c);
    ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
    // Saved again, with a name spelt differently and a new one.
    Contact changed = *created;
    changed.customFields.insert(QStringLiteral("shoe SIZE"), QStringLiteral("45"));
    changed.customFields.insert(QStringLiteral("Anniversary"), QStringLiteral("2020-02-02"));
    ASSERT_TRUE(contacts().update(changed).hasValue());

    auto names = contacts().customFieldNames();
    ASSERT_TRUE(names.hasValue()) << names.error().toString().toStdString();
    EXPECT_EQ(*names, (QStringList{QStringLiteral("Anniversary"), QStringLiteral("budget"), QStringLiteral("Shoe size")}))
        << names->join(QLatin1Char(',')).toStdString();
    // The value typed under the other spelling is the field's new value, under its own name.
    auto reloaded = contacts().get(created->id);
    ASSERT_TRUE(reloaded.hasValue());
    EXPECT_EQ(reloaded->customFields.value(QStringLiteral("Shoe size")).toString(), QStringLiteral("45"));
    EXPECT_FALSE(reloaded->customFields.contains(QStringLiteral("shoe SIZE")));
    EXPECT_EQ(reloaded->customFields.size(), 3);

    // Another contact typing it in yet another case gets the registered name too.
    Contact other;
    other.email = QStringLiteral("other@example.com");
    other.customFields.insert(QStringLiteral("SHOE SIZE"), QStringLiteral("39"));
    auto second = contacts().create(other);
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->customFields, QJsonObject({{QStringLiteral("Shoe size"), QStringLiteral("39")}}));

    // Letters beyond ASCII fold too, on SQLite as on PostgreSQL.
    Contact doctor;
    doctor.email = QStringLiteral("doctor@example.com");
    doctor.customFields.insert(QStringLiteral("Ärzte"), QStringLiteral("2"));
    ASSERT_TRUE(contacts().create(doctor).hasValue());
    Contact clinic;
    clinic.email = QStringLiteral("clinic@example.com");
    clinic.customFields.insert(QStringLiteral("ärzte"), QStringLiteral("12")); // SQLite's lower() keeps "Ä"
    auto third = contacts().create(clinic);
    ASSERT_TRUE(third.hasValue());
    EXPECT_EQ(third->customFields, QJsonObject({{QStringLiteral("Ärzte"), QStringLiteral("12")}}));
    names = contacts().customFieldNames();
    ASSERT_TRUE(names.hasValue());
    EXPECT_EQ(names->size(), 4) << names->join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(names->contains(QStringLiteral("Ärzte")));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactServiceTest);
