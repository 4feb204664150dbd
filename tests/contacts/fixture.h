#pragma once

#include "services/activities/activityservice.h"
#include "services/contacts/companyservice.h"
#include "services/contacts/contactservice.h"
#include "services/domain/clock.h"
#include "services/leads/leadservice.h"
#include "services/leads/pipelineservice.h"
#include "services/leads/userservice.h"
#include "services/settings/settingsrepository.h"
#include "services/workspace/workspace.h"
#include "tests/support/tempdatabase.h"

#include <QMutex>

#include <gtest/gtest.h>

namespace Leadline::Testing {

// A clock tests move by hand; every reading is 1 ms after the previous one unless frozen, so
// rows get distinct, ordered timestamps.
class SteppingClock final : public Domain::Clock
{
public:
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        const QDateTime now = m_now;
        if (!m_frozen)
            m_now = m_now.addMSecs(1);
        return now;
    }
    void set(const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        m_now = now;
    }
    void freeze(bool frozen)
    {
        QMutexLocker lock(&m_mutex);
        m_frozen = frozen;
    }

private:
    mutable QMutex m_mutex;
    mutable QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    bool m_frozen = false;
};

class ServicesTest : public DatabaseTest
{
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_workspace = Workspace::create(sharedDb(), m_clock);
    }
    void TearDown() override
    {
        m_workspace.reset();
        DatabaseTest::TearDown();
    }

    bool isSqlite() const { return GetParam() == Backend::Sqlite; }
    // The ids of the contacts a search box text finds.
    QStringList idsFound(const QString &search) const
    {
        Contacts::ContactFilter filter;
        filter.search = search;
        auto ids = m_workspace->contacts().ids(filter, {});
        EXPECT_TRUE(ids.hasValue());
        return ids ? *ids : QStringList{};
    }
    Workspace &ws() const { return *m_workspace; }
    Contacts::ContactService &contacts() const { return m_workspace->contacts(); }
    Contacts::CompanyService &companies() const { return m_workspace->companies(); }
    Activities::ActivityService &activities() const { return m_workspace->activities(); }
    Leads::UserService &users() const { return m_workspace->users(); }
    Leads::PipelineService &pipeline() const { return m_workspace->pipeline(); }
    Leads::LeadService &leads() const { return m_workspace->leads(); }

    qint64 countRows(const QString &table) const
    {
        auto q = db().exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    Domain::User makeUser(const QString &name, const QString &email) const
    {
        Domain::User user;
        user.name = name;
        user.email = email;
        auto created = users().create(user);
        EXPECT_TRUE(created.hasValue()) << (created ? "" : created.error().toString().toStdString());
        return created ? *created : Domain::User{};
    }

    SteppingClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

inline std::string str(const QString &text)
{
    return text.toStdString();
}

inline std::string errorText(const Error &error)
{
    return error.toString().toStdString();
}

} // namespace Leadline::Testing

#define ASSERT_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &ok_result_ = (expr);                                                                               \
        ASSERT_TRUE(ok_result_.hasValue()) << #expr << ": " << ::Leadline::Testing::errorText(ok_result_.error());     \
    } while (false)
