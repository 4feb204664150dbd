#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

// Binding text values: Qt SQL binds a null QString as SQL NULL, and QString::trimmed() of a
// null string stays null, so "no text" must be made explicit one way or the other.
namespace Leadline::SqlValue {

// Never NULL: an absent value is ''. For NOT NULL text columns and comparisons.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

// NULL when empty: for optional references and values with partial unique indexes.
inline QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace Leadline::SqlValue
