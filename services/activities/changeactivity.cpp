#include "services/activities/changeactivity.h"

namespace Leadline::Activities {

Domain::Activity changeActivity(Domain::EntityType entityType, const QString &entityId, Domain::ActivityType type,
                                const QString &subject, const QJsonObject &changes, const Domain::Actor &actor)
{
    Domain::Activity activity;
    activity.type = type;
    activity.entityType = entityType;
    activity.entityId = entityId;
    activity.userId = actor.userId;
    activity.subject = subject;
    activity.changes = changes;
    return activity;
}

} // namespace Leadline::Activities
