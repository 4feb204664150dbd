#include "models/contacts/contacttablemodel.h"
#include "services/contacts/contactservice.h"
#include "services/domain/clock.h"
#include "tests/support/tempdatabase.h"

#include <QAbstractItemModelTester>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Leadline;
using namespace Leadline::Testing;
using Models::ContactTableModel;

namespace {

// QAbstractItemModelTester reports through the qt.modeltest category; collect what it says
// so a broken model fails the test instead of only printing.
QStringList g_modelTestFailures;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTestMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") && type >= QtWarningMsg)
        g_modelTestFailures << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

constexpr int ContactCount = 450; // more than two pages of 200
constexpr int SearchableCount = 5;

} // namespace

class ContactTableModelTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        m_service = std::make_unique<Contacts::ContactService>(sharedDb(), Domain::SystemClock::instance());
        for (int i = 0; i < ContactCount; ++i) {
            Domain::Contact contact;
            contact.firstName = QStringLiteral("First%1").arg(i, 3, 10, QLatin1Char('0'));
            contact.lastName = QStringLiteral("Last%1").arg(i, 3, 10, QLatin1Char('0'));
            contact.email = QStringLiteral("person%1@example.com").arg(i, 3, 10, QLatin1Char('0'));
            contact.lifecycleStage = i % 3 == 0 ? Domain::LifecycleStage::Customer : Domain::LifecycleStage::Lead;
            auto created = m_service->create(contact);
            ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
            m_ids << created->id;
        }
        for (int i = 0; i < SearchableCount; ++i) {
            Domain::Contact contact;
            contact.firstName = QStringLiteral("Quentin");
            contact.lastName = QStringLiteral("Zyxwvut%1").arg(i);
            contact.email = QStringLiteral("zyx%1@example.org").arg(i);
            auto created = m_service->create(contact);
            ASSERT_TRUE(created.hasValue()) << created.error().toString().toStdString();
        }
        g_modelTestFailures.clear();
        g_previousHandler = qInstallMessageHandler(collectModelTestMessages);
    }

    void TearDown() override
    {
        if (g_previousHandler || !g_modelTestFailures.isEmpty())
            qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
        EXPECT_TRUE(g_modelTestFailures.isEmpty()) << g_modelTestFailures.join(QLatin1Char('\n')).toStdString();
        m_service.reset();
        DatabaseTest::TearDown();
    }

    static bool waitForRows(const ContactTableModel &model, int rows)
    {
        return QTest::qWaitFor([&] { return model.rowCount() == rows && !model.isCounting(); }, 15000);
    }

    static QString textAt(const ContactTableModel &model, int row, int column = ContactTableModel::Name)
    {
        return model.data(model.index(row, column)).toString();
    }

    // Touches the row and waits until its page has arrived.
    static bool waitForLoaded(const ContactTableModel &model, int row)
    {
        return QTest::qWaitFor([&] { return model.isLoaded(row); }, 15000);
    }

    std::unique_ptr<Contacts::ContactService> m_service;
    QStringList m_ids;
};

TEST_P(ContactTableModelTest, CountsThenFillsRowsAcrossPageBoundaries)
{
    ContactTableModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0); // nothing counted yet: the constructor ran no query
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));
    EXPECT_EQ(model.totalCount(), ContactCount + SearchableCount);

    // Far row first: an offset page. Its placeholder shows until the page arrives.
    ContactTableModel fresh(*m_service);
    ASSERT_TRUE(waitForRows(fresh, ContactCount + SearchableCount));
    EXPECT_EQ(textAt(fresh, 420), QStringLiteral("…"));
    EXPECT_FALSE(fresh.contactIdAt(fresh.index(420, 0)).size());
    ASSERT_TRUE(waitForLoaded(fresh, 420));
    EXPECT_EQ(textAt(fresh, 420), QStringLiteral("First420 Last420"));

    // Sequential rows: page 0 by offset, pages 1 and 2 continue by keyset after the cached page.
    for (int row : {0, 199, 200, 201, 399, 400, 449}) {
        ASSERT_TRUE(waitForLoaded(model, row)) << row;
        EXPECT_EQ(textAt(model, row), QStringLiteral("First%1 Last%1").arg(row, 3, 10, QLatin1Char('0'))) << row;
        EXPECT_EQ(textAt(model, row, ContactTableModel::Email),
                  QStringLiteral("person%1@example.com").arg(row, 3, 10, QLatin1Char('0')));
    }
    ASSERT_TRUE(waitForLoaded(model, ContactCount));
    EXPECT_EQ(textAt(model, ContactCount), QStringLiteral("Quentin Zyxwvut0"));
    EXPECT_EQ(model.contactIdAt(model.index(0, 0)), m_ids.first());
    EXPECT_EQ(textAt(model, 0, ContactTableModel::LifecycleStage),
              Domain::displayName(Domain::LifecycleStage::Customer));
}

TEST_P(ContactTableModelTest, SortsInTheDatabase)
{
    ContactTableModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));

    model.sort(ContactTableModel::Name, Qt::DescendingOrder);
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));
    ASSERT_TRUE(waitForLoaded(model, 0));
    EXPECT_EQ(textAt(model, 0), QStringLiteral("Quentin Zyxwvut4"));
    ASSERT_TRUE(waitForLoaded(model, 250));
    EXPECT_EQ(textAt(model, 250), QStringLiteral("First204 Last204")); // 5 Zyxwvut rows, then 449 down

    model.sort(ContactTableModel::Email, Qt::AscendingOrder);
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));
    ASSERT_TRUE(waitForLoaded(model, 0));
    EXPECT_EQ(textAt(model, 0, ContactTableModel::Email), QStringLiteral("person000@example.com"));
    ASSERT_TRUE(waitForLoaded(model, ContactCount + SearchableCount - 1));
    EXPECT_EQ(textAt(model, ContactCount + SearchableCount - 1, ContactTableModel::Email),
              QStringLiteral("zyx4@example.org"));

    // Owner is display-only: sorting by it leaves the order alone.
    model.sort(ContactTableModel::Owner, Qt::AscendingOrder);
    EXPECT_EQ(model.contactSort().column, Contacts::ContactColumn::Email);
}

TEST_P(ContactTableModelTest, FiltersInTheDatabase)
{
    ContactTableModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));

    Contacts::ContactFilter filter;
    filter.search = QStringLiteral("zyxw");
    model.setFilter(filter);
    ASSERT_TRUE(waitForRows(model, SearchableCount));
    for (int row = 0; row < SearchableCount; ++row) {
        ASSERT_TRUE(waitForLoaded(model, row));
        EXPECT_EQ(textAt(model, row), QStringLiteral("Quentin Zyxwvut%1").arg(row));
    }

    filter = {};
    filter.lifecycleStage = Domain::LifecycleStage::Customer;
    model.setFilter(filter);
    ASSERT_TRUE(waitForRows(model, ContactCount / 3));
    ASSERT_TRUE(waitForLoaded(model, 1));
    EXPECT_EQ(textAt(model, 1), QStringLiteral("First003 Last003"));
}

TEST_P(ContactTableModelTest, RefreshesAfterChangesElsewhere)
{
    ContactTableModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));
    ASSERT_TRUE(waitForLoaded(model, 1));

    auto contact = m_service->get(m_ids.at(1));
    ASSERT_TRUE(contact.hasValue());
    contact->title = QStringLiteral("Head of Testing");
    auto updated = m_service->update(*contact);
    ASSERT_TRUE(updated.hasValue()) << updated.error().toString().toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return textAt(model, 1, ContactTableModel::Title) == QStringLiteral("Head of Testing"); }, 15000));

    ASSERT_TRUE(m_service->remove({m_ids.at(0)}).hasValue());
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount - 1));
    EXPECT_TRUE(QTest::qWaitFor([&] { return textAt(model, 0) == QStringLiteral("First001 Last001"); }, 15000));

    ASSERT_TRUE(m_service->restore({m_ids.at(0)}).hasValue());
    ASSERT_TRUE(waitForRows(model, ContactCount + SearchableCount));
    EXPECT_TRUE(QTest::qWaitFor([&] { return textAt(model, 0) == QStringLiteral("First000 Last000"); }, 15000));
}

LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactTableModelTest);
