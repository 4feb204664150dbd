#pragma once

#include <QDateTime>
#include <QString>

namespace Leadline::Domain {

// Client-generated, time-ordered ids (RFC 9562 UUIDv7) as lower-case canonical strings.
// Ids created in one process are strictly increasing, so they sort in creation order.
// Thread-safe.
QString newId();
// The same as ASCII characters, without a QString (for ids made by the million).
void newIdInto(char (&out)[36]);
QString newIdAt(const QDateTime &timestampUtc);

// The creation time encoded in a UUIDv7 string; invalid QDateTime if it is not one.
QDateTime idTimestamp(const QString &id);
bool isValidId(const QString &id);

} // namespace Leadline::Domain
