#include "services/contacts/companyservice.h"

#include "services/activities/activityservice.h"
#include "services/activities/changeactivity.h"
#include "services/activities/fieldchanges.h"
#include "services/contacts/contactrecord.h"
#include "services/contacts/emailaddress.h"
#include "services/contacts/phonenormalizer.h"
#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/settings/settingsrepository.h"
#include "services/storage/batchedit.h"
#include "services/storage/database.h"
#include "services/storage/newrecord.h"

#include <QJsonDocument>
#include <QUrl>

namespace Leadline::Contacts {

using Domain::Activity;
using Domain::ActivityType;
using Domain::Company;

namespace {

const char *const s_companyColumns = "co.id, co.name, co.domain, co.industry, co.size, co.annual_revenue, co.street, "
                                     "co.city, co.region, co.postal_code, co.country, co.phone, co.website, "
                                     "co.owner_id, co.custom_fields, co.created_at, co.updated_at, co.deleted_at";

using SqlValue::text;
using SqlValue::textOrNull;

QJsonObject fieldValues(const Company &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("domain"), c.domain);
    o.insert(QStringLiteral("industry"), c.industry);
    o.insert(QStringLiteral("size"), c.size ? QJsonValue(*c.size) : QJsonValue());
    o.insert(QStringLiteral("annualRevenue"), c.annualRevenue ? QJsonValue(*c.annualRevenue) : QJsonValue());
    o.insert(QStringLiteral("street"), c.address.street);
    o.insert(QStringLiteral("city"), c.address.city);
    o.insert(QStringLiteral("region"), c.address.region);
    o.insert(QStringLiteral("postalCode"), c.address.postalCode);
    o.insert(QStringLiteral("country"), c.address.country);
    o.insert(QStringLiteral("phone"), c.phone);
    o.insert(QStringLiteral("website"), c.website);
    o.insert(QStringLiteral("ownerId"), c.ownerId);
    o.insert(QStringLiteral("customFields"), c.customFields);
    return o;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

} // namespace

class CompanyService::Private
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Contacts::CompanyService)
public:
    Private(std::shared_ptr<Storage::Database> database, const Domain::Clock &theClock)
        : db(std::move(database))
        , clock(theClock)
    {}

    std::shared_ptr<Storage::Database> db;
    const Domain::Clock &clock;
    PhoneNormalizer phones;

    const Storage::SqlDialect &dialect() const { return db->dialect(); }

    Company companyFrom(const QSqlQuery &q) const
    {
        Company c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.domain = q.value(2).toString();
        c.industry = q.value(3).toString();
        if (!q.value(4).isNull())
            c.size = q.value(4).toInt();
        if (!q.value(5).isNull())
            c.annualRevenue = q.value(5).toDouble();
        c.address.street = q.value(6).toString();
        c.address.city = q.value(7).toString();
        c.address.region = q.value(8).toString();
        c.address.postalCode = q.value(9).toString();
        c.address.country = q.value(10).toString();
        c.phone = q.value(11).toString();
        c.website = q.value(12).toString();
        c.ownerId = q.value(13).toString();
        c.customFields = QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object();
        c.createdAt = dialect().timestampFromDb(q.value(15));
        c.updatedAt = dialect().timestampFromDb(q.value(16));
        c.deletedAt = dialect().timestampFromDb(q.value(17));
        return c;
    }

    Expected<Company> loadWhere(const QString &condition, const QVariantList &bindings, const QString &notFound) const
    {
        auto q = db->exec(QStringLiteral("SELECT ") + QLatin1String(s_companyColumns) +
                              QStringLiteral(" FROM companies co WHERE ") + condition,
                          bindings);
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, notFound);
        return companyFrom(*q);
    }

    Expected<Company> load(const QString &id, bool includeDeleted) const
    {
        return loadWhere(includeDeleted ? QStringLiteral("co.id = ?")
                                        : QStringLiteral("co.id = ? AND co.deleted_at IS NULL"),
                         {id}, tr("The company %1 does not exist or was deleted.").arg(id));
    }

    Expected<QString> liveIdWithDomain(const QString &domain, const QString &exceptId) const
    {
        if (domain.isEmpty())
            return QString();
        auto q =
            db->exec(QStringLiteral("SELECT id FROM companies WHERE lower(domain) = lower(?) AND deleted_at IS NULL "
                                    "AND domain IS NOT NULL AND domain <> '' AND id <> ?"),
                     {domain, text(exceptId)});
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toString() : QString();
    }

    Error duplicateDomain(const QString &domain) const
    {
        return Error(ErrorCode::Conflict, tr("Another company already uses the domain %1.").arg(domain));
    }

    Result write(const Company &c, bool insert) const
    {
        const auto &d = dialect();
        QVariantList values{text(c.name),
                            textOrNull(c.domain),
                            textOrNull(c.industry),
                            c.size ? QVariant(*c.size) : QVariant(QMetaType::fromType<int>()),
                            c.annualRevenue ? QVariant(*c.annualRevenue) : QVariant(QMetaType::fromType<double>()),
                            textOrNull(c.address.street),
                            textOrNull(c.address.city),
                            textOrNull(c.address.region),
                            textOrNull(c.address.postalCode),
                            textOrNull(c.address.country),
                            textOrNull(c.phone),
                            textOrNull(c.website),
                            textOrNull(c.ownerId),
                            QString::fromUtf8(QJsonDocument(c.customFields).toJson(QJsonDocument::Compact)),
                            d.timestampToDb(c.updatedAt)};
        QString sql;
        if (insert) {
            sql = QStringLiteral(
                      "INSERT INTO companies (name, domain, industry, size, annual_revenue, street, city, region, "
                      "postal_code, country, phone, website, owner_id, custom_fields, updated_at, created_at, id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
                  d.jsonCast(QStringLiteral("?")) + QStringLiteral(", ?, ?, ?)");
            values << d.timestampToDb(c.createdAt) << c.id;
        } else {
            sql = QStringLiteral(
                      "UPDATE companies SET name = ?, domain = ?, industry = ?, size = ?, annual_revenue = ?, "
                      "street = ?, city = ?, region = ?, postal_code = ?, country = ?, phone = ?, website = ?, "
                      "owner_id = ?, custom_fields = ") +
                  d.jsonCast(QStringLiteral("?")) +
                  QStringLiteral(", updated_at = ? WHERE id = ? AND deleted_at IS NULL");
            values << c.id;
        }
        auto written = db->exec(sql, values);
        if (!written) {
            if (written.error().code() == ErrorCode::Conflict && !c.domain.isEmpty())
                return duplicateDomain(c.domain);
            return written.error();
        }
        return {};
    }

    Expected<Activity> recordActivity(const Company &company, ActivityType type, const QJsonObject &changes,
                                      const Domain::Actor &actor) const
    {
        Activity activity =
            Activities::changeActivity(Domain::EntityType::Company, company.id, type, company.name, changes, actor);
        activity.companyId = company.id;
        return Activities::ActivityService::record(*db, clock, std::move(activity));
    }

    QString sortExpression(CompanyColumn column) const
    {
        const auto ci = [this](const char *expr) { return dialect().caseInsensitive(QLatin1String(expr)); };
        switch (column) {
        case CompanyColumn::Name:
            return ci("co.name");
        case CompanyColumn::Domain:
            return ci("coalesce(co.domain, '')");
        case CompanyColumn::Industry:
            return ci("coalesce(co.industry, '')");
        case CompanyColumn::Size:
            return QStringLiteral("coalesce(co.size, -1)");
        case CompanyColumn::AnnualRevenue:
            return QStringLiteral("coalesce(co.annual_revenue, -1)");
        case CompanyColumn::City:
            return ci("coalesce(co.city, '')");
        case CompanyColumn::Country:
            return ci("coalesce(co.country, '')");
        case CompanyColumn::Contacts:
            return QStringLiteral("contact_count");
        }
        return ci("co.name");
    }

    void searchCondition(const QString &search, QString &where, QVariantList &bindings) const
    {
        const QString text = search.trimmed().toLower();
        if (text.isEmpty())
            return;
        const QString pattern = escapeLike(text) + QLatin1Char('%');
        where += QStringLiteral(" AND (lower(co.name) LIKE ? ESCAPE '\\' OR lower(co.name) LIKE ? ESCAPE '\\' "
                                "OR lower(co.domain) LIKE ? ESCAPE '\\')");
        bindings << pattern << QString(QStringLiteral("% ") + pattern) << pattern;
    }
};

CompanyService::CompanyService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(database), clock))
{}

CompanyService::~CompanyService() = default;

QMap<QString, QString> CompanyService::validate(Company &company) const
{
    QMap<QString, QString> errors;
    company.name = company.name.simplified();
    company.industry = company.industry.trimmed();
    company.address.street = company.address.street.trimmed();
    company.address.city = company.address.city.trimmed();
    company.address.region = company.address.region.trimmed();
    company.address.postalCode = company.address.postalCode.trimmed();
    company.address.country = company.address.country.trimmed();
    company.website = company.website.trimmed();
    company.ownerId = company.ownerId.trimmed();
    company.phone = company.phone.trimmed();

    if (company.name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter the company name."));

    if (!company.website.isEmpty()) {
        QString website = company.website;
        if (!website.contains(QLatin1String("://")))
            website.prepend(QLatin1String("https://"));
        const QUrl url(website, QUrl::StrictMode);
        if (!url.isValid() || !isValidDomain(url.host()))
            errors.insert(QStringLiteral("website"), tr("“%1” is not a web address.").arg(company.website));
        else
            company.website = website;
    }
    const QString rawDomain = company.domain.trimmed();
    if (!rawDomain.isEmpty()) {
        company.domain = normalizedDomain(rawDomain);
        if (!isValidDomain(company.domain))
            errors.insert(QStringLiteral("domain"),
                          tr("“%1” is not a domain name (expected something like example.com).").arg(rawDomain));
    } else if (!company.website.isEmpty() && !errors.contains(QStringLiteral("website"))) {
        // The web address names the domain; saves typing it twice.
        company.domain = normalizedDomain(company.website);
    } else {
        company.domain.clear();
    }

    if (!company.phone.isEmpty()) {
        auto region = Settings::SettingsRepository::read(*d->db, QLatin1String(Settings::Keys::PhoneDefaultRegion));
        auto phone = d->phones.toE164(company.phone, region ? *region : QString());
        if (phone)
            company.phone = *phone;
        else
            errors.insert(QStringLiteral("phone"), phone.error().message());
    }
    if (company.size && *company.size < 0)
        errors.insert(QStringLiteral("size"), tr("The number of employees cannot be negative."));
    if (company.annualRevenue && *company.annualRevenue < 0)
        errors.insert(QStringLiteral("annualRevenue"), tr("The annual revenue cannot be negative."));
    if (!company.ownerId.isEmpty()) {
        auto owner =
            d->db->exec(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"), {company.ownerId});
        if (!owner || !owner->next())
            errors.insert(QStringLiteral("ownerId"),
                          tr("The owner %1 is not a user of this database.").arg(company.ownerId));
    }
    return errors;
}

Expected<Company> CompanyService::get(const QString &id) const
{
    return d->load(id, false);
}

Expected<Company> CompanyService::findByDomain(const QString &domain) const
{
    const QString normalized = normalizedDomain(domain);
    return d->loadWhere(QStringLiteral("lower(co.domain) = lower(?) AND co.deleted_at IS NULL"), {normalized},
                        tr("No company has the domain %1.").arg(normalized));
}

Expected<Company> CompanyService::findByName(const QString &name) const
{
    const QString simplified = name.simplified();
    return d->loadWhere(QStringLiteral("lower(co.name) = lower(?) AND co.deleted_at IS NULL ORDER BY co.id LIMIT 1"),
                        {simplified}, tr("No company is named %1.").arg(simplified));
}

Expected<Company> CompanyService::findOrCreateByName(const QString &name, const Domain::Actor &actor)
{
    // Looked up inside the write transaction, in the turn imports take on a shared database:
    // an import, or another user, may be making a company of this name right now, and both
    // must end up with the one that commits first.
    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // someone waits for it
        return limited.error();
    if (Result turn = d->db->takeImportTurn(); !turn)
        return turn.error();
    auto found = findByName(name);
    if (!found && found.error().code() == ErrorCode::NotFound) {
        Company fresh;
        fresh.name = name.simplified();
        found = create(fresh, actor);
    }
    if (!found)
        return found;
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    return found;
}

Expected<Company> CompanyService::create(Company company, const Domain::Actor &actor)
{
    if (const auto errors = validate(company); !errors.isEmpty())
        return Error(ErrorCode::InvalidArgument, errors.values().join(QLatin1Char('\n')), errors.firstKey());
    if (!company.id.isEmpty() && !Domain::isValidId(company.id))
        return Error(ErrorCode::InvalidArgument, tr("“%1” is not a valid record id.").arg(company.id));
    Storage::stampNewRecord(company, d->clock.nowUtc());

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    auto existing = d->liveIdWithDomain(company.domain, company.id);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return d->duplicateDomain(company.domain);
    if (Result written = d->write(company, true); !written)
        return written.error();
    const QJsonObject changes = Activities::initialFields(fieldValues(company));
    if (auto recorded = d->recordActivity(company, ActivityType::Created, changes, actor); !recorded)
        return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT companiesChanged({company.id});
    return d->load(company.id, false);
}

Expected<Company> CompanyService::update(Company company, const Domain::Actor &actor)
{
    if (company.id.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Cannot save a company without an id; create it first."));
    if (const auto errors = validate(company); !errors.isEmpty())
        return Error(ErrorCode::InvalidArgument, errors.values().join(QLatin1Char('\n')), errors.firstKey());

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = d->load(company.id, false);
    if (!before)
        return before.error();
    company.createdAt = before->createdAt;
    const QJsonObject changes = Activities::changedFields(fieldValues(*before), fieldValues(company));
    if (changes.isEmpty())
        return *before;
    if (company.domain.compare(before->domain, Qt::CaseInsensitive) != 0) {
        auto existing = d->liveIdWithDomain(company.domain, company.id);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return d->duplicateDomain(company.domain);
    }
    company.updatedAt = d->clock.nowUtc();
    // A rename reaches contacts.company_name (and their search index) through a trigger.
    if (Result written = d->write(company, false); !written)
        return written.error();
    if (auto recorded = d->recordActivity(company, ActivityType::Updated, changes, actor); !recorded)
        return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT companiesChanged({company.id});
    return d->load(company.id, false);
}

Result CompanyService::remove(const QStringList &ids, const Domain::Actor &actor)
{
    const QVariant now = d->dialect().timestampToDb(d->clock.nowUtc());
    auto removed = Storage::editEachInTransaction(*d->db, ids, [&](const QString &id) -> Expected<bool> {
        auto company = d->load(id, true);
        if (!company)
            return company.error();
        if (company->deletedAt.isValid())
            return false;
        if (Result marked = Storage::markDeleted(*d->db, QLatin1String("companies"), id, now); !marked)
            return marked.error();
        if (auto recorded = d->recordActivity(*company, ActivityType::Deleted, {}, actor); !recorded)
            return recorded.error();
        return true;
    });
    if (!removed)
        return removed.error();
    if (!removed->isEmpty())
        Q_EMIT companiesRemoved(*removed);
    return {};
}

Result CompanyService::restore(const QStringList &ids, const Domain::Actor &actor)
{
    const QVariant now = d->dialect().timestampToDb(d->clock.nowUtc());
    auto restored = Storage::editEachInTransaction(*d->db, ids, [&](const QString &id) -> Expected<bool> {
        auto company = d->load(id, true);
        if (!company)
            return company.error();
        if (!company->deletedAt.isValid())
            return false;
        auto other = d->liveIdWithDomain(company->domain, id);
        if (!other)
            return other.error();
        if (!other->isEmpty())
            return Error(
                ErrorCode::Conflict,
                tr("Cannot restore %1: another company now uses the domain %2.").arg(company->name, company->domain));
        if (Result marked = Storage::markRestored(*d->db, QLatin1String("companies"), id, now); !marked)
            return marked.error();
        if (auto recorded = d->recordActivity(*company, ActivityType::Restored, {}, actor); !recorded)
            return recorded.error();
        return true;
    });
    if (!restored)
        return restored.error();
    if (!restored->isEmpty())
        Q_EMIT companiesChanged(*restored);
    return {};
}

Expected<qint64> CompanyService::count(const QString &search) const
{
    QString where = QStringLiteral("co.deleted_at IS NULL");
    QVariantList bindings;
    d->searchCondition(search, where, bindings);
    auto q = d->db->exec(QStringLiteral("SELECT count(*) FROM companies co WHERE ") + where, bindings);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Expected<QList<CompanyRow>> CompanyService::page(const QString &search, CompanyColumn sortColumn, Qt::SortOrder order,
                                                 qint64 offset, int limit) const
{
    if (limit <= 0 || offset < 0)
        return QList<CompanyRow>();
    QString where = QStringLiteral("co.deleted_at IS NULL");
    QVariantList bindings;
    d->searchCondition(search, where, bindings);
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT co.id, co.name, co.domain, co.industry, co.size, co.annual_revenue, co.city, "
                       "co.country, (SELECT count(*) FROM contacts c WHERE c.company_id = co.id "
                       "AND c.deleted_at IS NULL) AS contact_count FROM companies co WHERE ") +
        where + QStringLiteral(" ORDER BY ") + d->sortExpression(sortColumn) + direction + QStringLiteral(", co.id") +
        direction + QStringLiteral(" LIMIT ? OFFSET ?");
    bindings << limit << offset;
    auto q = d->db->exec(sql, bindings);
    if (!q)
        return q.error();
    QList<CompanyRow> rows;
    while (q->next()) {
        CompanyRow row;
        row.id = q->value(0).toString();
        row.name = q->value(1).toString();
        row.domain = q->value(2).toString();
        row.industry = q->value(3).toString();
        if (!q->value(4).isNull())
            row.size = q->value(4).toInt();
        if (!q->value(5).isNull())
            row.annualRevenue = q->value(5).toDouble();
        row.city = q->value(6).toString();
        row.country = q->value(7).toString();
        row.contactCount = q->value(8).toLongLong();
        rows << row;
    }
    return rows;
}

Expected<QList<Domain::Contact>> CompanyService::contactsOf(const QString &companyId, int limit) const
{
    auto q =
        d->db->exec(QStringLiteral("SELECT ") + ContactRecord::columns() +
                        QStringLiteral(" FROM contacts c WHERE c.company_id = ? AND c.deleted_at IS NULL "
                                       "ORDER BY ") +
                        d->dialect().caseInsensitive(QStringLiteral("c.last_name")) + QStringLiteral(", ") +
                        d->dialect().caseInsensitive(QStringLiteral("c.first_name")) + QStringLiteral(", c.id LIMIT ?"),
                    {companyId, qMax(1, limit)});
    if (!q)
        return q.error();
    QList<Domain::Contact> contacts;
    QHash<QString, qsizetype> indexById;
    while (q->next()) {
        contacts << ContactRecord::contactFrom(d->dialect(), *q);
        indexById.insert(contacts.constLast().id, contacts.size() - 1);
    }
    if (contacts.isEmpty())
        return contacts;
    auto tags =
        d->db->exec(QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                   "JOIN contacts c ON c.id = ct.contact_id WHERE c.company_id = ? "
                                   "AND t.deleted_at IS NULL ORDER BY lower(t.name), t.id"),
                    {companyId});
    if (!tags)
        return tags.error();
    while (tags->next()) {
        const auto it = indexById.constFind(tags->value(0).toString());
        if (it != indexById.constEnd())
            contacts[*it].tags << tags->value(1).toString();
    }
    return contacts;
}

} // namespace Leadline::Contacts
