#pragma once

#include "services/domain/entities.h"

#include <QJsonObject>

namespace Leadline::Activities {

// The activity a service records when a user creates, edits, deletes or restores one of its records; the caller
// adds the timelines it belongs to (contactId, companyId, leadId) and passes it to ActivityService::record().
// Builds a value only: callable from any thread.
Domain::Activity changeActivity(Domain::EntityType entityType, const QString &entityId, Domain::ActivityType type,
                                const QString &subject, const QJsonObject &changes, const Domain::Actor &actor);

} // namespace Leadline::Activities
