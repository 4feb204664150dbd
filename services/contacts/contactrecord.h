#pragma once

#include "services/domain/entities.h"

class QSqlQuery;
namespace Leadline::Storage {
class SqlDialect;
}

// How a contact row is read, shared by the services that return whole contacts.
namespace Leadline::Contacts::ContactRecord {

// The select list (table alias c) that contactFrom() reads, in order.
QString columns();
// The same list reading only the named columns and the id, the others NULL: contactFrom() then
// leaves their fields at their defaults. For reads of a few fields of many contacts (exports):
// most of the cost of a row is converting each column's value. Unknown names are ignored.
QString columns(const QStringList &only);
// Reads the current row of a query that selected columns() first. Tags are not filled.
Domain::Contact contactFrom(const Storage::SqlDialect &dialect, const QSqlQuery &query);
QStringList stringListFromJson(const QString &text);

} // namespace Leadline::Contacts::ContactRecord
