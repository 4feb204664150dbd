#pragma once

#include "services/importexport/importfields.h"
#include "services/storage/sqldialect.h"

#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <optional>

// The contacts table columns an import may write, and how their values travel between
// JSON (stored previous values), C++ and each SQL dialect.
namespace Leadline::ImportExport {

enum class ContactColumn {
    FirstName,
    LastName,
    Email,
    OtherEmails,
    Phone,
    OtherPhones,
    Title,
    CompanyId,
    CompanyName,
    Street,
    City,
    Region,
    PostalCode,
    Country,
    TimeZone,
    LifecycleStage,
    OptInEmail,
    OptInSms,
    OptInWhatsApp,
    OptInVoice,
    DoNotContact,
    OwnerId,
    Source,
    ExternalId,
    CustomFields,
};

enum class ColumnType { Text, Json, Boolean };

QString contactColumnName(ContactColumn column);
std::optional<ContactColumn> contactColumnFromName(const QString &name);
ColumnType contactColumnType(ContactColumn column);
const QList<ContactColumn> &allContactColumns();

// "?" or "?::jsonb" (PostgreSQL JSON columns).
QString placeholderFor(ContactColumn column, const Storage::SqlDialect &dialect);
QVariant valueToDb(ContactColumn column, const QJsonValue &value, const Storage::SqlDialect &dialect);
QJsonValue valueFromDb(ContactColumn column, const QVariant &value);

} // namespace Leadline::ImportExport
