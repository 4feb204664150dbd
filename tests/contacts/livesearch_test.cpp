// The search index holds live contacts only (migration 0004): soft deletes leave it, restores
// come back, and the search-only count (counted on the index alone on SQLite) agrees with the
// general path. Large searches page by walking the sort index; the pages must equal the
// sort plan's.

#include "tests/contacts/fixture.h"

#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>

using namespace Leadline;
using namespace Leadline::Testing;
using Contacts::ContactColumn;
using Contacts::ContactFilter;
using Contacts::ContactRow;
using Contacts::ContactSort;
using Domain::Contact;

namespace {

QStringList idsOf(const QList<ContactRow> &rows)
{
    QStringList ids;
    for (const ContactRow &row : rows)
        ids << row.id;
    return ids;
}

ContactFilter searching(const QString &text)
{
    ContactFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

class LiveSearchTest : public ServicesTest
{
protected:
    Contact make(const QString &first, const QString &last, const QString &companyId = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.companyId = companyId;
        auto created = contacts().create(c);
        EXPECT_TRUE(created.hasValue()) << (created ? "" : errorText(created.error()));
        return created ? *created : Contact{};
    }

    QStringList found(const QString &text) const
    {
        auto rows = contacts().page(searching(text), {}, 0, 1000);
        EXPECT_TRUE(rows.hasValue());
        return rows ? idsOf(*rows) : QStringList{};
    }

    // The same search through the general path: a second filter that every contact passes
    // (all are leads) keeps the search from being counted on the index alone.
    qint64 generalCount(const QString &text) const
    {
        ContactFilter filter = searching(text);
        filter.lifecycleStage = Domain::LifecycleStage::Lead;
        auto n = contacts().count(filter);
        EXPECT_TRUE(n.hasValue());
        return n ? *n : -1;
    }

    qint64 searchCount(const QString &text) const
    {
        auto n = contacts().count(searching(text));
        EXPECT_TRUE(n.hasValue());
        return n ? *n : -1;
    }

    // The search index holds exactly the live contacts' terms. On SQLite every term occurrence
    // of the index is compared with an index built from scratch over the live rows (FTS5's
    // integrity-check cannot help: it expects every row of the table indexed). A trigger that
    // removed values the index did not hold, or missed a row, shows up here.
    void expectSearchIndexIntact() const
    {
        if (!isSqlite()) {
            auto q = db().exec(QStringLiteral(
                "SELECT count(*) FROM contacts WHERE (deleted_at IS NULL) <> (search_vector IS NOT NULL)"));
            ASSERT_OK(q);
            ASSERT_TRUE(q->next());
            EXPECT_EQ(q->value(0).toLongLong(), 0) << "live contacts without, or deleted ones with, a search vector";
            return;
        }
        const QString columns = QStringLiteral("first_name, last_name, email, phone, company_name");
        const QStringList setup{
            QStringLiteral("CREATE VIRTUAL TABLE temp.fts_ref USING fts5(") + columns +
                QStringLiteral(", tokenize = \"unicode61 remove_diacritics 2\")"),
            QStringLiteral("INSERT INTO temp.fts_ref (rowid, ") + columns +
                QStringLiteral(") SELECT rowid, first_name, last_name, coalesce(email, '') || ' ' || other_emails, "
                               "coalesce(phone, '') || ' ' || other_phones, company_name "
                               "FROM contacts WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE VIRTUAL TABLE temp.fts_ref_terms USING fts5vocab(temp, fts_ref, 'instance')"),
            QStringLiteral("CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, contacts_fts, 'instance')")};
        for (const QString &sql : setup)
            ASSERT_OK(db().exec(sql));
        auto q = db().exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM (SELECT * FROM temp.fts_terms EXCEPT SELECT * FROM temp.fts_ref_terms)), "
            "(SELECT count(*) FROM (SELECT * FROM temp.fts_ref_terms EXCEPT SELECT * FROM temp.fts_terms)), "
            "(SELECT count(*) FROM temp.fts_ref_terms)"));
        ASSERT_OK(q);
        ASSERT_TRUE(q->next());
        EXPECT_EQ(q->value(0).toLongLong(), 0) << "terms in the search index that no live contact has";
        EXPECT_EQ(q->value(1).toLongLong(), 0) << "terms of live contacts missing from the search index";
        q->finish();
        for (const char *table : {"fts_terms", "fts_ref_terms", "fts_ref"})
            ASSERT_OK(db().exec(QStringLiteral("DROP TABLE temp.") + QLatin1String(table)));
    }

    // Contacts for a bulk load, named Bulk0, Bulk1, …; the one at deletedIndex written deleted.
    Storage::BulkBatch bulkContacts(const QString &lastName, int count, int deletedIndex = -1)
    {
        Storage::BulkBatch batch;
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.id = Domain::newId();
            c.firstName = QStringLiteral("Bulk%1").arg(i);
            c.lastName = lastName;
            c.createdAt = c.updatedAt = m_clock.nowUtc();
            if (i == deletedIndex)
                c.deletedAt = c.createdAt; // written deleted: never searchable
            batch.contacts << c;
        }
        return batch;
    }

    // Writes that many contacts and returns their ids (a user's "select all").
    QStringList writeSelection(const QString &lastName, int count)
    {
        Storage::BulkWriter writer(sharedDb());
        const Storage::BulkBatch batch = bulkContacts(lastName, count);
        EXPECT_TRUE(writer.write(batch).hasValue());
        QStringList ids;
        for (const Contact &contact : batch.contacts)
            ids << contact.id;
        return ids;
    }

    qint64 activitiesOfType(const QString &type) const
    {
        auto q = db().exec(QStringLiteral("SELECT count(*) FROM activities WHERE type = ?"), {type});
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    qint64 indexedRows() const
    {
        // One size row per indexed contact on SQLite, one vector on PostgreSQL.
        auto q =
            db().exec(isSqlite() ? QStringLiteral("SELECT count(*) FROM contacts_fts_docsize")
                                 : QStringLiteral("SELECT count(*) FROM contacts WHERE search_vector IS NOT NULL"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
};

TEST_P(LiveSearchTest, DeletedContactsLeaveTheSearchAndComeBackOnRestore)
{
    Domain::Company company;
    company.name = QStringLiteral("Quuxworks");
    auto created = companies().create(company);
    ASSERT_OK(created);
    const Contact a = make(QStringLiteral("Zebulon"), QStringLiteral("Quill"), created->id);
    const Contact b = make(QStringLiteral("Zelda"), QStringLiteral("Quill"));
    const Contact c = make(QStringLiteral("Other"), QStringLiteral("Person"));

    EXPECT_EQ(searchCount(QStringLiteral("quill")), 2);
    EXPECT_EQ(generalCount(QStringLiteral("quill")), 2);

    ASSERT_OK(contacts().remove({a.id}));
    EXPECT_EQ(found(QStringLiteral("quill")), QStringList{b.id});
    EXPECT_EQ(searchCount(QStringLiteral("quill")), 1);
    EXPECT_EQ(generalCount(QStringLiteral("quill")), 1);
    EXPECT_TRUE(found(QStringLiteral("zebulon")).isEmpty());
    EXPECT_EQ(searchCount(QStringLiteral("quuxworks")), 0);
    expectSearchIndexIntact();

    // The company is renamed while the contact is deleted: the restored contact is found by
    // the new name only.
    Domain::Company renamed = *created;
    renamed.name = QStringLiteral("Frobnicate");
    ASSERT_OK(companies().update(renamed));
    expectSearchIndexIntact();

    ASSERT_OK(contacts().restore({a.id}));
    EXPECT_EQ(found(QStringLiteral("zebulon")), QStringList{a.id});
    EXPECT_EQ(found(QStringLiteral("frobnicate")), QStringList{a.id});
    EXPECT_TRUE(found(QStringLiteral("quuxworks")).isEmpty());
    EXPECT_EQ(searchCount(QStringLiteral("quill")), 2);
    EXPECT_EQ(generalCount(QStringLiteral("quill")), 2);
    expectSearchIndexIntact();

    // Deleted twice and restored twice in a row: nothing is removed or added twice.
    ASSERT_OK(contacts().remove({a.id, b.id}));
    ASSERT_OK(contacts().remove({a.id}));
    EXPECT_EQ(searchCount(QStringLiteral("quill")), 0);
    EXPECT_EQ(generalCount(QStringLiteral("quill")), 0);
    EXPECT_EQ(indexedRows(), 1);
    expectSearchIndexIntact();

    // A soft-deleted row removed for good (an import revert does that) is not in the index.
    ASSERT_OK(db().exec(QStringLiteral("DELETE FROM activities WHERE contact_id = ?"), {b.id}));
    ASSERT_OK(db().exec(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {b.id}));
    expectSearchIndexIntact();
    ASSERT_OK(contacts().restore({a.id}));
    EXPECT_EQ(found(QStringLiteral("quill")), QStringList{a.id});
    EXPECT_EQ(indexedRows(), 2);
    EXPECT_EQ(found(QStringLiteral("person")), QStringList{c.id});
    expectSearchIndexIntact();
}

TEST_P(LiveSearchTest, DeletingAndRestoringALargeSelectionKeepsTheIndexInStep)
{
    // More contacts than one slice of a bulk delete, and an id given twice.
    QStringList selection = writeSelection(QStringLiteral("Selected"), 12000);
    selection << selection.first();
    QSignalSpy removedSpy(&contacts(), &Contacts::ContactService::contactsRemoved);

    ASSERT_OK(contacts().remove(selection));
    ASSERT_EQ(removedSpy.count(), 1);
    EXPECT_EQ(removedSpy.first().first().toStringList(), selection.mid(0, 12000)) << "each once, in order";
    EXPECT_EQ(searchCount(QStringLiteral("selected")), 0);
    EXPECT_EQ(generalCount(QStringLiteral("selected")), 0);
    expectSearchIndexIntact();
    EXPECT_EQ(activitiesOfType(QStringLiteral("deleted")), 12000);

    ASSERT_OK(contacts().restore(selection.mid(0, 7000)));
    EXPECT_EQ(searchCount(QStringLiteral("selected")), 7000);
    ASSERT_OK(contacts().restore(selection));
    EXPECT_EQ(searchCount(QStringLiteral("selected")), 12000);
    EXPECT_EQ(generalCount(QStringLiteral("selected")), 12000);
    expectSearchIndexIntact();
}

TEST_P(LiveSearchTest, TaggingAndAssigningALargeSelectionIsAllOrNothing)
{
    const QStringList selection = writeSelection(QStringLiteral("Tagged"), 11000);
    Contacts::ContactFilter tagged;
    tagged.tag = QStringLiteral("vip");

    ASSERT_OK(contacts().addTag(selection.mid(0, 100), QStringLiteral("VIP")));
    ASSERT_OK(contacts().addTag(selection, QStringLiteral("vip")));
    EXPECT_EQ(*contacts().count(tagged), 11000);
    EXPECT_EQ(activitiesOfType(QStringLiteral("updated")), 11000) << "one entry per contact that got the tag";
    EXPECT_EQ(contacts().get(selection.last())->tags, QStringList{QStringLiteral("VIP")});

    const Domain::User owner = makeUser(QStringLiteral("Owen"), QStringLiteral("owen@example.com"));
    ASSERT_OK(contacts().assignOwner(selection, owner.id));
    Contacts::ContactFilter owned;
    owned.ownerId = owner.id;
    EXPECT_EQ(*contacts().count(owned), 11000);
    EXPECT_EQ(activitiesOfType(QStringLiteral("owner_changed")), 11000);

    // One deleted contact at the end of the selection: nothing changes.
    ASSERT_OK(contacts().remove({selection.last()}));
    auto refused = contacts().removeTag(selection, QStringLiteral("VIP"));
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().code(), ErrorCode::NotFound);
    EXPECT_EQ(*contacts().count(tagged), 10999);
    ASSERT_OK(contacts().removeTag(selection.mid(0, 10999), QStringLiteral("VIP")));
    EXPECT_EQ(*contacts().count(tagged), 0);
    EXPECT_EQ(activitiesOfType(QStringLiteral("updated")), 21999);
}

TEST_P(LiveSearchTest, SearchOnlyCountAgreesWithTheGeneralPath)
{
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids << make(QStringLiteral("Anna%1").arg(i % 4), i % 3 == 0 ? QStringLiteral("Martin") : QStringLiteral("Marx"))
                   .id;
    QStringList removed;
    for (int i = 0; i < ids.size(); i += 5)
        removed << ids.at(i);
    ASSERT_OK(contacts().remove(removed));
    ASSERT_OK(contacts().restore(removed.mid(0, 3)));
    for (const QString &text : {QStringLiteral("mar"), QStringLiteral("martin"), QStringLiteral("marx anna1"),
                                QStringLiteral("anna"), QStringLiteral("nobody")}) {
        SCOPED_TRACE(str(text));
        const qint64 fast = searchCount(text);
        EXPECT_EQ(fast, generalCount(text));
        auto all = contacts().ids(searching(text), {});
        ASSERT_OK(all);
        EXPECT_EQ(fast, all->size());
    }
    EXPECT_EQ(searchCount(QStringLiteral("mar")), 60 - removed.size() + 3);
}

TEST_P(LiveSearchTest, WalkingTheSortIndexGivesTheSortPlansPages)
{
    // Matches spread over the whole sort order, ties and deleted rows among them.
    for (int i = 0; i < 150; ++i) {
        Contact c;
        c.firstName = QStringLiteral("F%1").arg(i % 7);
        c.lastName = i % 3 == 0 ? QStringLiteral("Walker") : QStringLiteral("L%1").arg(i % 11);
        c.email = i % 4 == 0 ? QString() : QStringLiteral("p%1@x%2.com").arg(i).arg(i % 5);
        c.address.city = QStringLiteral("C%1").arg(i % 6);
        ASSERT_OK(contacts().create(c));
    }
    auto every = contacts().ids({}, {});
    ASSERT_OK(every);
    QStringList removed;
    for (int i = 2; i < every->size(); i += 9)
        removed << every->at(i);
    ASSERT_OK(contacts().remove(removed));
    contacts().setForwardScanLimit(0);

    for (const QString &text : {QStringLiteral("walker"), QStringLiteral("f3"), QStringLiteral("x2")}) {
        for (const ContactColumn column : {ContactColumn::Name, ContactColumn::LastName, ContactColumn::FirstName,
                                           ContactColumn::Email, ContactColumn::City, ContactColumn::CreatedAt}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                SCOPED_TRACE(str(text) + " column " + std::to_string(int(column)) +
                             (order == Qt::AscendingOrder ? " asc" : " desc"));
                const ContactSort sort{column, order};
                const ContactFilter filter = searching(text);
                // The sort plan's answer: the walk starts above this many matches.
                contacts().setSearchWalkThreshold(1000000);
                auto expected = contacts().ids(filter, sort);
                ASSERT_OK(expected);
                ASSERT_GT(expected->size(), 10);
                const qint64 total = expected->size();
                QList<QStringList> pages;
                for (const qint64 walkAbove : {qint64(1000000), qint64(0)}) {
                    contacts().setSearchWalkThreshold(walkAbove);
                    EXPECT_EQ(*contacts().count(filter), total);
                    QStringList windows;
                    for (const qint64 offset : {qint64(0), qint64(3), total / 2, total - 7}) {
                        auto page = contacts().page(filter, sort, offset, 6);
                        ASSERT_OK(page);
                        EXPECT_EQ(idsOf(*page), expected->mid(offset, 6)) << "offset " << offset;
                        windows << idsOf(*page);
                    }
                    QStringList chained;
                    Contacts::RowKey key;
                    for (int guard = 0; guard < 100; ++guard) {
                        auto page = contacts().pageAfter(filter, sort, key, 4);
                        ASSERT_OK(page);
                        if (page->isEmpty())
                            break;
                        chained << idsOf(*page);
                        key = {page->last().sortKey, page->last().id};
                    }
                    EXPECT_EQ(chained, *expected);
                    pages << windows;
                }
                EXPECT_EQ(pages.first(), pages.last());
            }
        }
    }
}

TEST_P(LiveSearchTest, InterruptedBulkLoadRebuildsTheIndexWithLiveContactsOnly)
{
    if (!isSqlite())
        GTEST_SKIP() << "indexes are deferred on SQLite only";
    const Contact kept = make(QStringLiteral("Kept"), QStringLiteral("Alive"));
    const Contact gone = make(QStringLiteral("Gone"), QStringLiteral("Alive"));
    ASSERT_OK(contacts().remove({gone.id}));

    auto writer = std::make_optional<Storage::BulkWriter>(sharedDb());
    ASSERT_OK(writer->beginDeferredIndexing());
    ASSERT_OK(writer->write(bulkContacts(QStringLiteral("Alive"), 3, 2)));
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(countRows(QStringLiteral("settings WHERE key = 'storage.deferred_indexes'")), 1)
        << "not while the process that loads lives";
    // As after a crash: the next open finds the load pending and restores what it dropped.
    writer.reset();
    abandonPendingLoad(db());
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(searchCount(QStringLiteral("alive")), 3);
    EXPECT_EQ(generalCount(QStringLiteral("alive")), 3);
    EXPECT_EQ(indexedRows(), 3);
    expectSearchIndexIntact();
    EXPECT_EQ(found(QStringLiteral("kept")), QStringList{kept.id});
    ASSERT_OK(contacts().restore({gone.id}));
    EXPECT_EQ(searchCount(QStringLiteral("alive")), 4);
    expectSearchIndexIntact();
}

// A load that only inserts gets the search index built alongside and swapped in at the end;
// one that also changes contacts gets it rebuilt in place. Both leave the same index.
class SearchAlongsideTest : public LiveSearchTest
{
protected:
    qint64 scalar(const QString &sql) const
    {
        auto q = db().exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    // Nothing of the load is left: no markers, no stale-marking triggers, no scratch files;
    // and the full-text triggers are back (an edit is searchable at once).
    void expectLoadEnded()
    {
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'storage.%'")), 0);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_search_stale%'")), 0);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'contacts_fts_%'")), 3);
        const QFileInfo file(sharedDb()->location().sqlitePath);
        EXPECT_TRUE(file.absoluteDir().entryList({file.fileName() + QStringLiteral(".search-*")}).isEmpty());
        const Contact probe = make(QStringLiteral("Probe"), QStringLiteral("Afterwards"));
        EXPECT_EQ(found(QStringLiteral("afterwards")), QStringList{probe.id});
        expectSearchIndexIntact();
    }
};

TEST_P(SearchAlongsideTest, AnInsertOnlyLoadInstallsTheIndexBuiltAlongside)
{
    if (!isSqlite())
        GTEST_SKIP() << "indexes are deferred on SQLite only";
    const Contact kept = make(QStringLiteral("Kept"), QStringLiteral("Before"));
    const Contact gone = make(QStringLiteral("Gone"), QStringLiteral("Before"));
    ASSERT_OK(contacts().remove({gone.id}));

    Storage::BulkWriter writer(sharedDb());
    ASSERT_OK(writer.beginDeferredIndexing({}, {}, Storage::BulkWriter::SearchIndex::BuildAlongside));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'contacts_search_stale%'")), 2);
    ASSERT_OK(writer.write(bulkContacts(QStringLiteral("Alongside"), 250, 7)));
    QThread::msleep(300); // the builder takes its passes meanwhile
    ASSERT_OK(writer.write(bulkContacts(QStringLiteral("Alongside"), 250)));
    ASSERT_OK(writer.finishDeferredIndexing());

    EXPECT_EQ(searchCount(QStringLiteral("alongside")), 499);
    EXPECT_EQ(generalCount(QStringLiteral("alongside")), 499);
    EXPECT_EQ(found(QStringLiteral("before")), QStringList{kept.id});
    EXPECT_EQ(indexedRows(), 500);
    expectLoadEnded();
}

TEST_P(SearchAlongsideTest, ALoadThatChangesContactsRebuildsTheIndexInPlace)
{
    if (!isSqlite())
        GTEST_SKIP() << "indexes are deferred on SQLite only";
    Contact renamed = make(QStringLiteral("Oldname"), QStringLiteral("Before"));
    const Contact gone = make(QStringLiteral("Gone"), QStringLiteral("Before"));

    Storage::BulkWriter writer(sharedDb());
    ASSERT_OK(writer.beginDeferredIndexing({}, {}, Storage::BulkWriter::SearchIndex::BuildAlongside));
    ASSERT_OK(writer.write(bulkContacts(QStringLiteral("Alongside"), 200)));
    QThread::msleep(300);
    // Changes the builder cannot follow, by the service as a user would make them.
    renamed.firstName = QStringLiteral("Newname");
    ASSERT_OK(contacts().update(renamed));
    ASSERT_OK(contacts().remove({gone.id}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'storage.search_index_stale'")), 1);
    ASSERT_OK(writer.write(bulkContacts(QStringLiteral("Alongside"), 100)));
    ASSERT_OK(writer.finishDeferredIndexing());

    EXPECT_EQ(searchCount(QStringLiteral("alongside")), 300);
    EXPECT_EQ(found(QStringLiteral("newname")), QStringList{renamed.id});
    EXPECT_TRUE(found(QStringLiteral("oldname")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("before")), QStringList{renamed.id});
    expectLoadEnded();
}

TEST_P(SearchAlongsideTest, AnInterruptedLoadLeavesNothingOfTheBuilderBehind)
{
    if (!isSqlite())
        GTEST_SKIP() << "indexes are deferred on SQLite only";
    const QFileInfo file(sharedDb()->location().sqlitePath);
    {
        Storage::BulkWriter writer(sharedDb());
        ASSERT_OK(writer.beginDeferredIndexing({}, {}, Storage::BulkWriter::SearchIndex::BuildAlongside));
        ASSERT_OK(writer.write(bulkContacts(QStringLiteral("Alongside"), 100)));
    } // as when the process dies: the load stays pending
    // A killed process leaves its scratch file too.
    QFile leftover(file.absoluteFilePath() + QStringLiteral(".search-AbC123"));
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    abandonPendingLoad(db());
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_EQ(searchCount(QStringLiteral("alongside")), 100);
    expectLoadEnded();

    // Killed between installing its index and removing its scratch file: nothing is pending,
    // and the file goes all the same.
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    ASSERT_OK(Storage::BulkWriter::recoverInterruptedLoad(db()));
    EXPECT_FALSE(leftover.exists());
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(LiveSearchTest);
LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(SearchAlongsideTest);
