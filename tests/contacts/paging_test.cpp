#include "tests/contacts/fixture.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Leadline;
using namespace Leadline::Testing;
using Contacts::ContactColumn;
using Contacts::ContactRow;
using Contacts::ContactSort;
using Domain::Contact;

namespace {

// What each sortable column compares in memory, mirroring the SQL sort expressions: text
// case-insensitively (the test data is ASCII, where SQLite's NOCASE and lower() agree), a
// missing email or phone as "", and the id as the final tie-breaker.
struct SortedRow
{
    QStringList keys; // text keys; timestamps as ISO strings (same order as the instants)
    QString id;
};

QStringList keysFor(const Contact &c, ContactColumn column)
{
    const auto ci = [](const QString &s) { return s.toLower(); };
    switch (column) {
    case ContactColumn::Name:
    case ContactColumn::LastName:
        return {ci(c.lastName), ci(c.firstName)};
    case ContactColumn::FirstName:
        return {ci(c.firstName)};
    case ContactColumn::Email:
        return {ci(c.email)};
    case ContactColumn::Phone:
        return {c.phone};
    case ContactColumn::Company:
        return {ci(c.companyName)};
    case ContactColumn::Title:
        return {ci(c.title)};
    case ContactColumn::City:
        return {ci(c.address.city)};
    case ContactColumn::Country:
        return {ci(c.address.country)};
    case ContactColumn::LifecycleStage:
        return {Domain::toKey(c.lifecycleStage)};
    case ContactColumn::CreatedAt:
        return {c.createdAt.toUTC().toString(Qt::ISODateWithMs)};
    case ContactColumn::UpdatedAt:
        return {c.updatedAt.toUTC().toString(Qt::ISODateWithMs)};
    case ContactColumn::Owner:
        break;
    }
    return {};
}

QStringList idsOf(const QList<ContactRow> &rows)
{
    QStringList ids;
    for (const ContactRow &row : rows)
        ids << row.id;
    return ids;
}

const char *columnName(ContactColumn column)
{
    switch (column) {
    case ContactColumn::Name:
        return "Name";
    case ContactColumn::FirstName:
        return "FirstName";
    case ContactColumn::LastName:
        return "LastName";
    case ContactColumn::Email:
        return "Email";
    case ContactColumn::Phone:
        return "Phone";
    case ContactColumn::Company:
        return "Company";
    case ContactColumn::Title:
        return "Title";
    case ContactColumn::City:
        return "City";
    case ContactColumn::Country:
        return "Country";
    case ContactColumn::LifecycleStage:
        return "LifecycleStage";
    case ContactColumn::Owner:
        return "Owner";
    case ContactColumn::CreatedAt:
        return "CreatedAt";
    case ContactColumn::UpdatedAt:
        return "UpdatedAt";
    }
    return "?";
}

} // namespace

class ContactPagingTest : public ServicesTest
{
protected:
    // A few hundred contacts with many ties, mixed case and missing values.
    QList<Contact> populate(int count)
    {
        const QStringList firsts{QStringLiteral("Anna"),
                                 QStringLiteral("anna"),
                                 QStringLiteral("Ben"),
                                 QStringLiteral("Carla"),
                                 QStringLiteral("dave"),
                                 QStringLiteral("Eve"),
                                 QString()};
        const QStringList lasts{QStringLiteral("Smith"), QStringLiteral("smith"),  QStringLiteral("Jones"),
                                QStringLiteral("Brown"), QStringLiteral("Zimmer"), QStringLiteral("Adams")};
        const QStringList titles{QStringLiteral("CEO"), QStringLiteral("cto"), QString(), QStringLiteral("Engineer")};
        const QStringList cities{QStringLiteral("Berlin"), QStringLiteral("berlin"), QStringLiteral("Austin"),
                                 QString()};
        const QStringList countries{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("fr"), QString()};
        QStringList companyIds{QString()};
        for (const char *name : {"Acme", "acme labs", "Zeta"}) {
            Domain::Company company;
            company.name = QLatin1String(name);
            auto created = companies().create(company);
            EXPECT_TRUE(created.hasValue());
            companyIds << created->id;
        }
        QRandomGenerator random(42);
        QList<Contact> created;
        m_clock.freeze(true);
        for (int i = 0; i < count; ++i) {
            if (i % 3 == 0) // groups of three share created_at: the id breaks the tie
                m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(100000)));
            Contact c;
            c.firstName = firsts.at(random.bounded(int(firsts.size())));
            c.lastName = lasts.at(random.bounded(int(lasts.size())));
            if (random.bounded(4) != 0)
                c.email = QStringLiteral("%1.%2@Example%3.com")
                              .arg(c.lastName.isEmpty() ? QStringLiteral("x") : c.lastName)
                              .arg(i)
                              .arg(i % 7);
            if (random.bounded(3) != 0)
                c.phone = QStringLiteral("+4930%1").arg(1000000 + random.bounded(5000));
            if (c.firstName.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
                c.firstName = QStringLiteral("Nobody");
            c.title = titles.at(random.bounded(int(titles.size())));
            c.address.city = cities.at(random.bounded(int(cities.size())));
            c.address.country = countries.at(random.bounded(int(countries.size())));
            c.companyId = companyIds.at(random.bounded(int(companyIds.size())));
            c.lifecycleStage = Domain::allValues<Domain::LifecycleStage>().at(size_t(random.bounded(8)));
            auto saved = contacts().create(c);
            EXPECT_TRUE(saved.hasValue()) << (saved ? "" : errorText(saved.error()));
            if (saved)
                created << *saved;
        }
        // Some updates so updated_at differs from created_at, and some deleted rows to skip.
        for (int i = 0; i < count; i += 7) {
            m_clock.set(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(1000)));
            Contact c = created.at(i);
            c.title = QStringLiteral("Updated %1").arg(i % 5);
            auto saved = contacts().update(c);
            EXPECT_TRUE(saved.hasValue());
            created[i] = *saved;
        }
        QStringList removed;
        for (int i = 5; i < count; i += 11)
            removed << created.at(i).id;
        EXPECT_TRUE(contacts().remove(removed).hasValue());
        m_clock.freeze(false);
        created.erase(
            std::remove_if(created.begin(), created.end(), [&](const Contact &c) { return removed.contains(c.id); }),
            created.end());
        return created;
    }

    static QStringList expectedOrder(const QList<Contact> &all, const ContactSort &sort)
    {
        QList<SortedRow> rows;
        for (const Contact &c : all)
            rows << SortedRow{keysFor(c, sort.column), c.id};
        std::sort(rows.begin(), rows.end(), [&](const SortedRow &a, const SortedRow &b) {
            const bool less = a.keys != b.keys ? a.keys < b.keys : a.id < b.id;
            const bool greater = a.keys != b.keys ? b.keys < a.keys : b.id < a.id;
            return sort.order == Qt::AscendingOrder ? less : greater;
        });
        QStringList ids;
        for (const SortedRow &row : rows)
            ids << row.id;
        return ids;
    }
};

TEST_P(ContactPagingTest, PagesAndKeysetContinuationMatchAnInMemorySort)
{
    const QList<Contact> all = populate(260);
    const qint64 total = all.size();
    ASSERT_EQ(*contacts().count({}), total);
    // Make page() decide the direction for every offset, so the backwards path is covered.
    contacts().setForwardScanLimit(0);

    for (int c = int(ContactColumn::Name); c <= int(ContactColumn::UpdatedAt); ++c) {
        const auto column = ContactColumn(c);
        if (!Contacts::isSortable(column))
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            SCOPED_TRACE(std::string(columnName(column)) + (order == Qt::AscendingOrder ? " asc" : " desc"));
            const ContactSort sort{column, order};
            const QStringList expected = expectedOrder(all, sort);

            for (const qint64 offset : {qint64(0), total / 2 - 10, total / 2 + 3, total - 25, total - 10}) {
                auto page = contacts().page({}, sort, offset, 20);
                ASSERT_OK(page);
                EXPECT_EQ(idsOf(*page), expected.mid(offset, 20)) << "offset " << offset;
            }
            auto beyond = contacts().page({}, sort, total, 20);
            ASSERT_OK(beyond);
            EXPECT_TRUE(beyond->isEmpty());

            QStringList chained;
            Contacts::RowKey key;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = contacts().pageAfter({}, sort, key, 37);
                ASSERT_OK(page);
                if (page->isEmpty())
                    break;
                chained << idsOf(*page);
                key = {page->last().sortKey, page->last().id};
            }
            EXPECT_EQ(chained, expected);

            auto allIds = contacts().ids({}, sort);
            ASSERT_OK(allIds);
            EXPECT_EQ(*allIds, expected);
        }
    }
}

TEST_P(ContactPagingTest, SortIndexesAreBuiltOnFirstUseAndServeTheirSort)
{
    if (!isSqlite())
        GTEST_SKIP() << "PostgreSQL has its sort indexes from the migrations";
    populate(40);
    const auto sortIndexes = [this] {
        QStringList names;
        auto q = db().exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE "
                                          "'contacts_sort_%' ORDER BY name"));
        while (q && q->next())
            names << q->value(0).toString();
        return names;
    };
    ASSERT_OK(Contacts::ContactService::dropSortIndexes(db()));
    EXPECT_EQ(sortIndexes(), QStringList());

    // The ORDER BY of each sort as the service writes it: its index must deliver the order.
    const QList<std::pair<ContactColumn, QString>> orders{
        {ContactColumn::Name, QStringLiteral("c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id")},
        {ContactColumn::Title, QStringLiteral("c.title COLLATE NOCASE, c.id")},
        {ContactColumn::Email, QStringLiteral("coalesce(c.email, '') COLLATE NOCASE, c.id")},
        {ContactColumn::Phone, QStringLiteral("coalesce(c.phone, ''), c.id")},
        {ContactColumn::CreatedAt, QStringLiteral("c.created_at, c.id")},
    };
    for (const auto &[column, orderBy] : orders) {
        SCOPED_TRACE(columnName(column));
        auto page = contacts().page({}, ContactSort{column, Qt::DescendingOrder}, 0, 10);
        ASSERT_OK(page);
        EXPECT_EQ(page->size(), 10);
        auto plan = db().exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL "
                                             "ORDER BY ") + orderBy + QStringLiteral(" LIMIT 10"));
        ASSERT_OK(plan);
        QString details;
        while (plan->next())
            details += plan->value(3).toString() + QLatin1Char(';');
        EXPECT_TRUE(details.contains(QStringLiteral("contacts_sort_"))) << details.toStdString();
        EXPECT_FALSE(details.contains(QStringLiteral("TEMP B-TREE"))) << details.toStdString();
    }
    EXPECT_EQ(sortIndexes().size(), orders.size()) << "only the sorts used";

    ASSERT_OK(contacts().page({}, ContactSort{ContactColumn::Title, Qt::AscendingOrder}, 0, 10));
    EXPECT_EQ(sortIndexes().size(), orders.size()) << "built once";

    // While a bulk load is pending, a sort goes without its index rather than build one the
    // load would then have to maintain.
    ASSERT_OK(db().exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                       "('storage.deferred_indexes', '[]', '2026-01-01T00:00:00.000Z')")));
    ASSERT_OK(contacts().page({}, ContactSort{ContactColumn::City, Qt::AscendingOrder}, 0, 10));
    EXPECT_EQ(sortIndexes().size(), orders.size());
    ASSERT_OK(db().exec(QStringLiteral("DELETE FROM settings WHERE key = 'storage.deferred_indexes'")));
    ASSERT_OK(contacts().page({}, ContactSort{ContactColumn::City, Qt::AscendingOrder}, 0, 10));
    EXPECT_EQ(sortIndexes().size(), orders.size() + 1);
}

TEST_P(ContactPagingTest, FilteredPagesFollowTheFilter)
{
    const QList<Contact> all = populate(120);
    contacts().setForwardScanLimit(0);
    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("smith");
    QList<Contact> matching;
    for (const Contact &c : all)
        if (c.lastName.compare(QStringLiteral("smith"), Qt::CaseInsensitive) == 0 ||
            c.email.startsWith(QStringLiteral("smith"), Qt::CaseInsensitive))
            matching << c;
    ASSERT_GT(matching.size(), 10);
    EXPECT_EQ(*contacts().count(filter), matching.size());
    const ContactSort sort{ContactColumn::Email, Qt::DescendingOrder};
    const QStringList expected = expectedOrder(matching, sort);
    auto tail = contacts().page(filter, sort, matching.size() - 5, 10);
    ASSERT_OK(tail);
    EXPECT_EQ(idsOf(*tail), expected.mid(matching.size() - 5));
    auto first = contacts().page(filter, sort, 0, 6);
    ASSERT_OK(first);
    auto next = contacts().pageAfter(filter, sort, {first->last().sortKey, first->last().id}, 6);
    ASSERT_OK(next);
    EXPECT_EQ(idsOf(*first) + idsOf(*next), expected.mid(0, 12));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactPagingTest);
