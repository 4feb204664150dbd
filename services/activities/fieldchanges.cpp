#include "services/activities/fieldchanges.h"

#include <QJsonArray>

namespace Leadline::Activities {

QJsonObject fieldChange(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

bool isEmptyFieldValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

QJsonObject changedFields(const QJsonObject &oldValues, const QJsonObject &newValues)
{
    QJsonObject changes;
    for (auto it = newValues.begin(); it != newValues.end(); ++it)
        if (oldValues.value(it.key()) != it.value())
            changes.insert(it.key(), fieldChange(oldValues.value(it.key()), it.value()));
    return changes;
}

QJsonObject initialFields(const QJsonObject &values, const QJsonObject &defaults)
{
    QJsonObject changes;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!isEmptyFieldValue(it.value()) && it.value() != defaults.value(it.key()))
            changes.insert(it.key(), fieldChange(QJsonValue::Null, it.value()));
    return changes;
}

} // namespace Leadline::Activities
