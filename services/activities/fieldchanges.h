#pragma once

#include <QJsonObject>
#include <QJsonValue>

// The "changes" object of an activity maps each field to {"old": …, "new": …}; these helpers build it from the
// field maps the services keep per entity, so every entity records changes the same way.
// Free functions without state: callable from any thread.
namespace Leadline::Activities {

// One entry of an activity's changes: {"old": oldValue, "new": newValue}.
QJsonObject fieldChange(const QJsonValue &oldValue, const QJsonValue &newValue);

// Null, an empty string, an empty array or an empty object: a field that says nothing about a new record.
bool isEmptyFieldValue(const QJsonValue &value);

// Every field of newValues whose value differs from the one in oldValues, as field -> fieldChange(old, new).
QJsonObject changedFields(const QJsonObject &oldValues, const QJsonObject &newValues);

// The fields a newly created record starts with, as field -> fieldChange(null, value): empty values and values
// equal to the entity's default (same key in defaults) are left out so the history shows only what was set.
QJsonObject initialFields(const QJsonObject &values, const QJsonObject &defaults = {});

} // namespace Leadline::Activities
