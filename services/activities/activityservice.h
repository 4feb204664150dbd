#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Activities {

// The activity log: every change, logged call/note/meeting and engagement event.
// record() is what other services call inside their own transaction; log() is for
// activities a user enters by hand. Thread-safe like the other services.
class ActivityService : public QObject
{
    Q_OBJECT
public:
    ActivityService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~ActivityService() override;

    // Inserts one activity on the caller's connection (joins the caller's transaction).
    // Fills id, createdAt and, if unset, occurredAt. Emits nothing.
    static Expected<Domain::Activity> record(const Storage::Database &database, const Domain::Clock &clock,
                                             Domain::Activity activity);

    // A note, call, meeting or task entered by hand; validates the type and text.
    Expected<Domain::Activity> log(Domain::Activity activity);
    Result remove(const QString &activityId);

    // Newest first (occurred_at, then id); pass the last occurredAt/id seen to get the next page
    // (with only `before`, everything at that instant is skipped).
    Expected<QList<Domain::Activity>> timelineForContact(const QString &contactId, int limit = 100,
                                                         const QDateTime &before = {},
                                                         const QString &beforeId = {}) const;
    Expected<QList<Domain::Activity>> timelineForCompany(const QString &companyId, int limit = 100,
                                                         const QDateTime &before = {},
                                                         const QString &beforeId = {}) const;
    Expected<QList<Domain::Activity>> timelineForLead(const QString &leadId, int limit = 100,
                                                      const QDateTime &before = {}, const QString &beforeId = {}) const;

    Expected<Domain::Activity> get(const QString &activityId) const;

Q_SIGNALS:
    void activityLogged(const Leadline::Domain::Activity &activity);
    void activityRemoved(const QString &activityId);

private:
    Expected<QList<Domain::Activity>> timeline(const char *column, const QString &id, int limit,
                                               const QDateTime &before, const QString &beforeId) const;

    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
};

} // namespace Leadline::Activities
