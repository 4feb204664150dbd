#pragma once

#include "services/domain/uuid.h"

#include <QDateTime>

namespace Leadline::Storage {

// Gives a record about to be inserted its id and timestamps: a new time-ordered id unless the caller chose one
// (callers check a chosen id with Domain::isValidId first), created and updated now, and live.
// Touches only the record passed in: callable from any thread.
template <typename Record> void stampNewRecord(Record &record, const QDateTime &nowUtc)
{
    if (record.id.isEmpty())
        record.id = Domain::newIdAt(nowUtc);
    record.createdAt = nowUtc;
    record.updatedAt = nowUtc;
    if constexpr (requires { record.deletedAt; })
        record.deletedAt = {};
}

} // namespace Leadline::Storage
