#include "services/importexport/contactcolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Leadline::ImportExport {

namespace {

struct ColumnInfo
{
    ContactColumn column;
    const char *name;
    ColumnType type;
};

const ColumnInfo kColumns[] = {
    {ContactColumn::FirstName, "first_name", ColumnType::Text},
    {ContactColumn::LastName, "last_name", ColumnType::Text},
    {ContactColumn::Email, "email", ColumnType::Text},
    {ContactColumn::OtherEmails, "other_emails", ColumnType::Json},
    {ContactColumn::Phone, "phone", ColumnType::Text},
    {ContactColumn::OtherPhones, "other_phones", ColumnType::Json},
    {ContactColumn::Title, "title", ColumnType::Text},
    {ContactColumn::CompanyId, "company_id", ColumnType::Text},
    {ContactColumn::CompanyName, "company_name", ColumnType::Text},
    {ContactColumn::Street, "street", ColumnType::Text},
    {ContactColumn::City, "city", ColumnType::Text},
    {ContactColumn::Region, "region", ColumnType::Text},
    {ContactColumn::PostalCode, "postal_code", ColumnType::Text},
    {ContactColumn::Country, "country", ColumnType::Text},
    {ContactColumn::TimeZone, "time_zone", ColumnType::Text},
    {ContactColumn::LifecycleStage, "lifecycle_stage", ColumnType::Text},
    {ContactColumn::OptInEmail, "opt_in_email", ColumnType::Text},
    {ContactColumn::OptInSms, "opt_in_sms", ColumnType::Text},
    {ContactColumn::OptInWhatsApp, "opt_in_whatsapp", ColumnType::Text},
    {ContactColumn::OptInVoice, "opt_in_voice", ColumnType::Text},
    {ContactColumn::DoNotContact, "do_not_contact", ColumnType::Boolean},
    {ContactColumn::OwnerId, "owner_id", ColumnType::Text},
    {ContactColumn::Source, "source", ColumnType::Text},
    {ContactColumn::ExternalId, "external_id", ColumnType::Text},
    {ContactColumn::CustomFields, "custom_fields", ColumnType::Json},
};

const ColumnInfo &info(ContactColumn column)
{
    for (const ColumnInfo &i : kColumns)
        if (i.column == column)
            return i;
    return kColumns[0];
}

} // namespace

QString contactColumnName(ContactColumn column)
{
    return QLatin1String(info(column).name);
}

std::optional<ContactColumn> contactColumnFromName(const QString &name)
{
    for (const ColumnInfo &i : kColumns)
        if (name == QLatin1String(i.name))
            return i.column;
    return std::nullopt;
}

ColumnType contactColumnType(ContactColumn column)
{
    return info(column).type;
}

const QList<ContactColumn> &allContactColumns()
{
    static const QList<ContactColumn> columns = [] {
        QList<ContactColumn> list;
        for (const ColumnInfo &i : kColumns)
            list << i.column;
        return list;
    }();
    return columns;
}

QString placeholderFor(ContactColumn column, const Storage::SqlDialect &dialect)
{
    return contactColumnType(column) == ColumnType::Json ? dialect.jsonCast(QStringLiteral("?")) : QStringLiteral("?");
}

QVariant valueToDb(ContactColumn column, const QJsonValue &value, const Storage::SqlDialect &dialect)
{
    switch (contactColumnType(column)) {
    case ColumnType::Boolean:
        return dialect.boolToDb(value.toBool());
    case ColumnType::Json:
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return column == ContactColumn::CustomFields ? QStringLiteral("{}") : QStringLiteral("[]");
    case ColumnType::Text:
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<QString>());
        return value.toString();
    }
    return {};
}

QJsonValue valueFromDb(ContactColumn column, const QVariant &value)
{
    switch (contactColumnType(column)) {
    case ColumnType::Boolean:
        return value.toBool();
    case ColumnType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        return column == ContactColumn::CustomFields ? QJsonValue(QJsonObject()) : QJsonValue(QJsonArray());
    }
    case ColumnType::Text:
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
    }
    return {};
}

} // namespace Leadline::ImportExport
