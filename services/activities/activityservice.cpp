#include "services/activities/activityservice.h"

#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/storage/database.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace Leadline::Activities {

using Domain::Activity;
using Domain::ActivityType;

namespace {

const char *const s_columns = "id, type, entity_type, entity_id, contact_id, lead_id, company_id, user_id, subject, "
                              "body, changes, channel, duration_seconds, occurred_at, created_at";

using SqlValue::text;
using SqlValue::textOrNull;

std::optional<Domain::EntityType> entityTypeFromKey(const QString &key)
{
    for (auto type : {Domain::EntityType::Contact, Domain::EntityType::Company, Domain::EntityType::Lead,
                      Domain::EntityType::Campaign})
        if (Domain::entityTypeKey(type) == key)
            return type;
    return std::nullopt;
}

Activity activityFrom(const Storage::Database &database, const QSqlQuery &query)
{
    Activity a;
    a.id = query.value(0).toString();
    a.type = Domain::fromKeyOr(query.value(1).toString(), ActivityType::Note);
    a.entityType = entityTypeFromKey(query.value(2).toString()).value_or(Domain::EntityType::Contact);
    a.entityId = query.value(3).toString();
    a.contactId = query.value(4).toString();
    a.leadId = query.value(5).toString();
    a.companyId = query.value(6).toString();
    a.userId = query.value(7).toString();
    a.subject = query.value(8).toString();
    a.body = query.value(9).toString();
    a.changes = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
    if (!query.value(11).isNull())
        a.channel = Domain::fromKey<Domain::Channel>(query.value(11).toString());
    if (!query.value(12).isNull())
        a.durationSeconds = query.value(12).toInt();
    a.occurredAt = database.dialect().timestampFromDb(query.value(13));
    a.createdAt = database.dialect().timestampFromDb(query.value(14));
    return a;
}

bool isManualType(ActivityType type)
{
    return type == ActivityType::Note || type == ActivityType::Call || type == ActivityType::Meeting ||
           type == ActivityType::Task;
}

} // namespace

ActivityService::ActivityService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{}

ActivityService::~ActivityService() = default;

Expected<Activity> ActivityService::record(const Storage::Database &database, const Domain::Clock &clock,
                                           Activity activity)
{
    if (activity.entityId.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("An activity must belong to a contact, company or lead."));
    const QDateTime now = clock.nowUtc();
    if (activity.id.isEmpty())
        activity.id = Domain::newIdAt(now);
    activity.createdAt = now;
    if (!activity.occurredAt.isValid())
        activity.occurredAt = now;
    const auto &dialect = database.dialect();
    const QString sql = QStringLiteral("INSERT INTO activities (id, type, entity_type, entity_id, contact_id, lead_id, "
                                       "company_id, user_id, subject, body, changes, channel, duration_seconds, "
                                       "occurred_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
                        dialect.jsonCast(QStringLiteral("?")) + QStringLiteral(", ?, ?, ?, ?, ?)");
    auto inserted = database.exec(
        sql, {activity.id, Domain::toKey(activity.type), Domain::entityTypeKey(activity.entityType), activity.entityId,
              textOrNull(activity.contactId), textOrNull(activity.leadId), textOrNull(activity.companyId),
              textOrNull(activity.userId), // NOT NULL columns: a null QString would bind as SQL NULL.
              activity.subject.isNull() ? QStringLiteral("") : activity.subject,
              activity.body.isNull() ? QStringLiteral("") : activity.body,
              QString::fromUtf8(QJsonDocument(activity.changes).toJson(QJsonDocument::Compact)),
              activity.channel ? QVariant(Domain::toKey(*activity.channel)) : QVariant(QMetaType::fromType<QString>()),
              activity.durationSeconds ? QVariant(*activity.durationSeconds) : QVariant(QMetaType::fromType<int>()),
              dialect.timestampToDb(activity.occurredAt), dialect.timestampToDb(now), dialect.timestampToDb(now)});
    if (!inserted)
        return Error(inserted.error().code(), tr("Cannot record the activity: %1").arg(inserted.error().message()),
                     inserted.error().detail());
    return activity;
}

Expected<Activity> ActivityService::log(Activity activity)
{
    if (!isManualType(activity.type))
        return Error(ErrorCode::InvalidArgument,
                     tr("Only notes, calls, meetings and tasks can be logged by hand, not “%1”.")
                         .arg(Domain::displayName(activity.type)));
    activity.subject = activity.subject.trimmed();
    activity.body = activity.body.trimmed();
    if (activity.subject.isEmpty() && activity.body.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("The %1 needs a subject or some text.").arg(Domain::displayName(activity.type).toLower()));
    if (activity.durationSeconds && *activity.durationSeconds < 0)
        return Error(ErrorCode::InvalidArgument, tr("The duration cannot be negative."));
    if (activity.entityId.isEmpty()) {
        // The most specific record the caller named owns the activity.
        if (!activity.leadId.isEmpty()) {
            activity.entityType = Domain::EntityType::Lead;
            activity.entityId = activity.leadId;
        } else if (!activity.contactId.isEmpty()) {
            activity.entityType = Domain::EntityType::Contact;
            activity.entityId = activity.contactId;
        } else if (!activity.companyId.isEmpty()) {
            activity.entityType = Domain::EntityType::Company;
            activity.entityId = activity.companyId;
        } else {
            return Error(ErrorCode::InvalidArgument, tr("Choose the contact, company or lead this %1 belongs to.")
                                                         .arg(Domain::displayName(activity.type).toLower()));
        }
    }
    if (activity.entityType == Domain::EntityType::Contact && activity.contactId.isEmpty())
        activity.contactId = activity.entityId;
    if (activity.entityType == Domain::EntityType::Company && activity.companyId.isEmpty())
        activity.companyId = activity.entityId;
    if (activity.entityType == Domain::EntityType::Lead && activity.leadId.isEmpty())
        activity.leadId = activity.entityId;
    // A lead's activity also shows on its contact's timeline.
    if (!activity.leadId.isEmpty() && activity.contactId.isEmpty()) {
        auto lead = m_database->exec(QStringLiteral("SELECT contact_id, company_id FROM leads WHERE id = ?"),
                                     {activity.leadId});
        if (!lead)
            return lead.error();
        if (!lead->next())
            return Error(ErrorCode::NotFound, tr("The lead %1 does not exist.").arg(activity.leadId));
        activity.contactId = lead->value(0).toString();
        if (activity.companyId.isEmpty())
            activity.companyId = lead->value(1).toString();
    }

    Storage::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto recorded = record(*m_database, m_clock, std::move(activity));
    if (!recorded)
        return recorded;
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT activityLogged(*recorded);
    return recorded;
}

Result ActivityService::remove(const QString &activityId)
{
    auto existing = get(activityId);
    if (!existing)
        return existing.error();
    // The change log is an audit trail; only what a user entered can be taken back.
    if (!isManualType(existing->type))
        return Error(ErrorCode::InvalidArgument, tr("Only notes, calls, meetings and tasks can be deleted; “%1” "
                                                    "entries are part of the history.")
                                                     .arg(Domain::displayName(existing->type)));
    const QVariant now = m_database->dialect().timestampToDb(m_clock.nowUtc());
    auto updated = m_database->exec(
        QStringLiteral("UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
        {now, now, activityId});
    if (!updated)
        return updated.error();
    Q_EMIT activityRemoved(activityId);
    return {};
}

Expected<Activity> ActivityService::get(const QString &activityId) const
{
    auto query = m_database->exec(QStringLiteral("SELECT ") + QLatin1String(s_columns) +
                                      QStringLiteral(" FROM activities WHERE id = ? AND deleted_at IS NULL"),
                                  {activityId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(ErrorCode::NotFound, tr("The activity %1 does not exist.").arg(activityId));
    return activityFrom(*m_database, *query);
}

Expected<QList<Activity>> ActivityService::timeline(const char *column, const QString &id, int limit,
                                                    const QDateTime &before, const QString &beforeId) const
{
    const auto &dialect = m_database->dialect();
    QString sql = QStringLiteral("SELECT ") + QLatin1String(s_columns) + QStringLiteral(" FROM activities WHERE ") +
                  QLatin1String(column) + QStringLiteral(" = ? AND deleted_at IS NULL");
    QVariantList bindings{id};
    if (before.isValid() && !beforeId.isEmpty()) {
        sql += QStringLiteral(" AND (occurred_at, id) < (?, ?)");
        bindings << dialect.timestampToDb(before) << beforeId;
    } else if (before.isValid()) {
        sql += QStringLiteral(" AND occurred_at < ?");
        bindings << dialect.timestampToDb(before);
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    bindings << qMax(1, limit);
    auto query = m_database->exec(sql, bindings);
    if (!query)
        return query.error();
    QList<Activity> result;
    while (query->next())
        result << activityFrom(*m_database, *query);
    return result;
}

Expected<QList<Activity>> ActivityService::timelineForContact(const QString &contactId, int limit,
                                                              const QDateTime &before, const QString &beforeId) const
{
    return timeline("contact_id", contactId, limit, before, beforeId);
}

Expected<QList<Activity>> ActivityService::timelineForCompany(const QString &companyId, int limit,
                                                              const QDateTime &before, const QString &beforeId) const
{
    return timeline("company_id", companyId, limit, before, beforeId);
}

Expected<QList<Activity>> ActivityService::timelineForLead(const QString &leadId, int limit, const QDateTime &before,
                                                           const QString &beforeId) const
{
    return timeline("lead_id", leadId, limit, before, beforeId);
}

} // namespace Leadline::Activities
