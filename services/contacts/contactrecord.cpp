#include "services/contacts/contactrecord.h"

#include "services/storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Leadline::Contacts::ContactRecord {

using Domain::Channel;
using Domain::Contact;
using Domain::OptInStatus;

static const char *const s_contactColumns =
    "c.id, c.first_name, c.last_name, c.email, c.other_emails, c.phone, c.other_phones, c.title, c.company_id, "
    "c.company_name, c.street, c.city, c.region, c.postal_code, c.country, c.time_zone, c.lifecycle_stage, "
    "c.opt_in_email, c.opt_in_sms, c.opt_in_whatsapp, c.opt_in_voice, c.do_not_contact, c.owner_id, c.source, "
    "c.external_id, c.custom_fields, c.created_at, c.updated_at, c.deleted_at";

QString columns()
{
    return QLatin1String(s_contactColumns);
}

QString columns(const QStringList &only)
{
    QStringList selected;
    for (const QString &column : columns().split(QStringLiteral(", "))) {
        const QString name = column.mid(2); // "c.first_name"
        selected << (name == QLatin1String("id") || only.contains(name) ? column : QStringLiteral("NULL"));
    }
    return selected.join(QStringLiteral(", "));
}

QStringList stringListFromJson(const QString &text)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        if (value.isString())
            result << value.toString();
    return result;
}

Contact contactFrom(const Storage::SqlDialect &dialect, const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toString();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    c.email = q.value(3).toString();
    c.otherEmails = stringListFromJson(q.value(4).toString());
    c.phone = q.value(5).toString();
    c.otherPhones = stringListFromJson(q.value(6).toString());
    c.title = q.value(7).toString();
    c.companyId = q.value(8).toString();
    c.companyName = q.value(9).toString();
    c.address.street = q.value(10).toString();
    c.address.city = q.value(11).toString();
    c.address.region = q.value(12).toString();
    c.address.postalCode = q.value(13).toString();
    c.address.country = q.value(14).toString();
    c.timeZone = q.value(15).toString();
    c.lifecycleStage = Domain::fromKeyOr(q.value(16).toString(), Domain::LifecycleStage::Lead);
    int column = 17;
    for (Channel channel : Domain::allValues<Channel>()) {
        const OptInStatus status = Domain::fromKeyOr(q.value(column++).toString(), OptInStatus::Unknown);
        if (status != OptInStatus::Unknown)
            c.optIn.insert(channel, status);
    }
    c.doNotContact = q.value(21).toBool();
    c.ownerId = q.value(22).toString();
    c.source = Domain::fromKeyOr(q.value(23).toString(), Domain::LeadSource::Unknown);
    c.externalId = q.value(24).toString();
    c.customFields = QJsonDocument::fromJson(q.value(25).toString().toUtf8()).object();
    c.createdAt = dialect.timestampFromDb(q.value(26));
    c.updatedAt = dialect.timestampFromDb(q.value(27));
    c.deletedAt = dialect.timestampFromDb(q.value(28));
    return c;
}

} // namespace Leadline::Contacts::ContactRecord
