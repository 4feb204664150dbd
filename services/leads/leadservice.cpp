#include "services/leads/leadservice.h"

#include "services/activities/activityservice.h"
#include "services/activities/changeactivity.h"
#include "services/activities/fieldchanges.h"
#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/storage/batchedit.h"
#include "services/storage/database.h"
#include "services/storage/newrecord.h"

#include <QJsonDocument>

namespace Leadline::Leads {

using Domain::Activity;
using Domain::ActivityType;
using Domain::Lead;
using Domain::StageKind;

namespace {

const char *const s_leadColumns =
    "l.id, l.contact_id, l.company_id, l.title, l.stage_id, l.stage_position, l.status, l.source, l.priority, "
    "l.value_cents, l.currency, l.expected_close, l.owner_id, l.score, l.closed_at, l.lost_reason, l.custom_fields, "
    "l.created_at, l.updated_at, l.deleted_at";

using SqlValue::text;
using SqlValue::textOrNull;

QJsonObject fieldValues(const Lead &l)
{
    QJsonObject o;
    o.insert(QStringLiteral("contactId"), l.contactId);
    o.insert(QStringLiteral("companyId"), l.companyId);
    o.insert(QStringLiteral("title"), l.title);
    o.insert(QStringLiteral("status"), Domain::toKey(l.status));
    o.insert(QStringLiteral("source"), Domain::toKey(l.source));
    o.insert(QStringLiteral("priority"), Domain::toKey(l.priority));
    o.insert(QStringLiteral("valueCents"), l.valueCents);
    o.insert(QStringLiteral("currency"), l.currency);
    o.insert(QStringLiteral("expectedClose"), l.expectedClose.isValid()
                                                  ? QJsonValue(l.expectedClose.toUTC().toString(Qt::ISODateWithMs))
                                                  : QJsonValue());
    o.insert(QStringLiteral("ownerId"), l.ownerId);
    o.insert(QStringLiteral("score"), l.score);
    o.insert(QStringLiteral("lostReason"), l.lostReason);
    o.insert(QStringLiteral("customFields"), l.customFields);
    return o;
}

} // namespace

class LeadService::Private
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Leads::LeadService)
public:
    Private(std::shared_ptr<Storage::Database> database, const Domain::Clock &theClock)
        : db(std::move(database))
        , clock(theClock)
    {}

    std::shared_ptr<Storage::Database> db;
    const Domain::Clock &clock;

    const Storage::SqlDialect &dialect() const { return db->dialect(); }

    Lead leadFrom(const QSqlQuery &q) const
    {
        Lead l;
        l.id = q.value(0).toString();
        l.contactId = q.value(1).toString();
        l.companyId = q.value(2).toString();
        l.title = q.value(3).toString();
        l.stageId = q.value(4).toString();
        l.stagePosition = q.value(5).toDouble();
        l.status = Domain::fromKeyOr(q.value(6).toString(), Domain::LeadStatus::New);
        l.source = Domain::fromKeyOr(q.value(7).toString(), Domain::LeadSource::Unknown);
        l.priority = Domain::fromKeyOr(q.value(8).toString(), Domain::Priority::Medium);
        l.valueCents = q.value(9).toLongLong();
        l.currency = q.value(10).toString();
        l.expectedClose = dialect().timestampFromDb(q.value(11));
        l.ownerId = q.value(12).toString();
        l.score = q.value(13).toInt();
        l.closedAt = dialect().timestampFromDb(q.value(14));
        l.lostReason = q.value(15).toString();
        l.customFields = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
        l.createdAt = dialect().timestampFromDb(q.value(17));
        l.updatedAt = dialect().timestampFromDb(q.value(18));
        l.deletedAt = dialect().timestampFromDb(q.value(19));
        return l;
    }

    Expected<Lead> load(const QString &id, bool includeDeleted = false) const
    {
        QString sql =
            QStringLiteral("SELECT ") + QLatin1String(s_leadColumns) + QStringLiteral(" FROM leads l WHERE l.id = ?");
        if (!includeDeleted)
            sql += QStringLiteral(" AND l.deleted_at IS NULL");
        auto q = db->exec(sql, {id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, tr("The lead %1 does not exist or was deleted.").arg(id));
        return leadFrom(*q);
    }

    Expected<QList<Lead>> list(const QString &condition, const QVariantList &bindings, const QString &order) const
    {
        auto q =
            db->exec(QStringLiteral("SELECT ") + QLatin1String(s_leadColumns) + QStringLiteral(" FROM leads l WHERE ") +
                         condition + QStringLiteral(" AND l.deleted_at IS NULL ORDER BY ") + order,
                     bindings);
        if (!q)
            return q.error();
        QList<Lead> leads;
        while (q->next())
            leads << leadFrom(*q);
        return leads;
    }

    struct StageInfo
    {
        QString name;
        StageKind kind = StageKind::Open;
    };
    Expected<StageInfo> stageInfo(const QString &stageId) const
    {
        auto q = db->exec(QStringLiteral("SELECT name, kind FROM pipeline_stages WHERE id = ? AND deleted_at IS NULL"),
                          {stageId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(ErrorCode::NotFound, tr("The pipeline stage %1 does not exist.").arg(stageId));
        return StageInfo{q->value(0).toString(), Domain::fromKeyOr(q->value(1).toString(), StageKind::Open)};
    }

    Expected<double> endPosition(const QString &stageId, const QString &exceptLeadId) const
    {
        auto q = db->exec(QStringLiteral("SELECT coalesce(max(stage_position), 0) FROM leads WHERE stage_id = ? "
                                         "AND deleted_at IS NULL AND id <> ?"),
                          {stageId, text(exceptLeadId)});
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toDouble() + 1.0 : 1.0;
    }

    Result write(const Lead &l, bool insert) const
    {
        const auto &d = dialect();
        QVariantList values{l.contactId,
                            textOrNull(l.companyId),
                            text(l.title),
                            l.stageId,
                            l.stagePosition,
                            Domain::toKey(l.status),
                            Domain::toKey(l.source),
                            Domain::toKey(l.priority),
                            l.valueCents,
                            text(l.currency),
                            d.timestampToDb(l.expectedClose),
                            textOrNull(l.ownerId),
                            l.score,
                            d.timestampToDb(l.closedAt),
                            text(l.lostReason),
                            QString::fromUtf8(QJsonDocument(l.customFields).toJson(QJsonDocument::Compact)),
                            d.timestampToDb(l.updatedAt)};
        QString sql;
        if (insert) {
            sql = QStringLiteral(
                "INSERT INTO leads (contact_id, company_id, title, stage_id, stage_position, status, source, "
                "priority, value_cents, currency, expected_close, owner_id, score, closed_at, lost_reason, "
                "custom_fields, updated_at, created_at, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            values << d.timestampToDb(l.createdAt) << l.id;
        } else {
            sql = QStringLiteral(
                "UPDATE leads SET contact_id = ?, company_id = ?, title = ?, stage_id = ?, stage_position = ?, "
                "status = ?, source = ?, priority = ?, value_cents = ?, currency = ?, expected_close = ?, "
                "owner_id = ?, score = ?, closed_at = ?, lost_reason = ?, custom_fields = ?, updated_at = ? "
                "WHERE id = ? AND deleted_at IS NULL");
            values << l.id;
        }
        auto written = db->exec(sql, values);
        if (!written)
            return written.error();
        return {};
    }

    Expected<Activity> recordActivity(const Lead &lead, ActivityType type, const QJsonObject &changes,
                                      const Domain::Actor &actor) const
    {
        Activity activity =
            Activities::changeActivity(Domain::EntityType::Lead, lead.id, type, lead.title, changes, actor);
        activity.leadId = lead.id;
        activity.contactId = lead.contactId;
        activity.companyId = lead.companyId;
        return Activities::ActivityService::record(*db, clock, std::move(activity));
    }

    // Applies the stage's kind to closedAt and records the move; called inside a transaction.
    Result enterStage(Lead &lead, const QString &oldStageId, const Domain::Actor &actor) const
    {
        auto target = stageInfo(lead.stageId);
        if (!target)
            return target.error();
        if (target->kind == StageKind::Open)
            lead.closedAt = {};
        else if (!lead.closedAt.isValid() || oldStageId != lead.stageId)
            lead.closedAt = clock.nowUtc();
        if (oldStageId.isEmpty() || oldStageId == lead.stageId)
            return {};
        auto source = stageInfo(oldStageId);
        const QString oldName = source ? source->name : oldStageId;
        QJsonObject changes{{QStringLiteral("stage"), Activities::fieldChange(oldName, target->name)},
                            {QStringLiteral("stageId"), Activities::fieldChange(oldStageId, lead.stageId)}};
        if (auto recorded = recordActivity(lead, ActivityType::StageChanged, changes, actor); !recorded)
            return recorded.error();
        return {};
    }
};

LeadService::LeadService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(database), clock))
{}

LeadService::~LeadService() = default;

QMap<QString, QString> LeadService::validate(Lead &lead) const
{
    QMap<QString, QString> errors;
    lead.title = lead.title.simplified();
    lead.currency = lead.currency.trimmed().toUpper();
    lead.lostReason = lead.lostReason.trimmed();
    if (lead.title.isEmpty())
        errors.insert(QStringLiteral("title"), tr("Enter a title for the lead."));
    if (lead.valueCents < 0)
        errors.insert(QStringLiteral("valueCents"), tr("The value of a lead cannot be negative."));
    if (lead.currency.size() != 3 || !std::all_of(lead.currency.cbegin(), lead.currency.cend(), [](QChar c) {
            return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        }))
        errors.insert(QStringLiteral("currency"),
                      tr("“%1” is not a currency code (three letters, e.g. EUR).").arg(lead.currency));
    if (lead.contactId.isEmpty()) {
        errors.insert(QStringLiteral("contactId"), tr("Choose the contact this lead is about."));
    } else {
        auto contact = d->db->exec(
            QStringLiteral("SELECT company_id FROM contacts WHERE id = ? AND deleted_at IS NULL"), {lead.contactId});
        if (!contact || !contact->next())
            errors.insert(QStringLiteral("contactId"),
                          tr("The contact %1 does not exist or was deleted.").arg(lead.contactId));
        else if (lead.companyId.isEmpty())
            lead.companyId = contact->value(0).toString();
    }
    if (!lead.companyId.isEmpty()) {
        auto company = d->db->exec(QStringLiteral("SELECT 1 FROM companies WHERE id = ? AND deleted_at IS NULL"),
                                   {lead.companyId});
        if (!company || !company->next())
            errors.insert(QStringLiteral("companyId"),
                          tr("The company %1 does not exist or was deleted.").arg(lead.companyId));
    }
    if (lead.stageId.isEmpty()) {
        auto first =
            d->db->exec(QStringLiteral("SELECT id FROM pipeline_stages WHERE kind = 'open' AND deleted_at IS NULL "
                                       "ORDER BY position, id LIMIT 1"));
        if (first && first->next())
            lead.stageId = first->value(0).toString();
        else
            errors.insert(QStringLiteral("stageId"), tr("The pipeline has no open stage for new leads."));
    } else if (auto stage = d->stageInfo(lead.stageId); !stage) {
        errors.insert(QStringLiteral("stageId"), stage.error().message());
    }
    if (!lead.ownerId.isEmpty()) {
        auto owner =
            d->db->exec(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"), {lead.ownerId});
        if (!owner || !owner->next())
            errors.insert(QStringLiteral("ownerId"),
                          tr("The owner %1 is not a user of this database.").arg(lead.ownerId));
    }
    return errors;
}

Expected<Lead> LeadService::get(const QString &id) const
{
    return d->load(id);
}

Expected<Lead> LeadService::create(Lead lead, const Domain::Actor &actor)
{
    if (const auto errors = validate(lead); !errors.isEmpty())
        return Error(ErrorCode::InvalidArgument, errors.values().join(QLatin1Char('\n')), errors.firstKey());
    Storage::stampNewRecord(lead, d->clock.nowUtc());

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (lead.stagePosition <= 0) {
        auto end = d->endPosition(lead.stageId, lead.id);
        if (!end)
            return end.error();
        lead.stagePosition = *end;
    }
    if (Result entered = d->enterStage(lead, QString(), actor); !entered)
        return entered.error();
    if (Result written = d->write(lead, true); !written)
        return written.error();
    QJsonObject changes;
    const QJsonObject values = fieldValues(lead);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isNull() && !(it.value().isString() && it.value().toString().isEmpty()))
            changes.insert(it.key(), Activities::fieldChange(QJsonValue::Null, it.value()));
    if (auto stage = d->stageInfo(lead.stageId); stage)
        changes.insert(QStringLiteral("stage"), Activities::fieldChange(QJsonValue::Null, stage->name));
    if (auto recorded = d->recordActivity(lead, ActivityType::Created, changes, actor); !recorded)
        return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT leadsChanged({lead.id});
    return d->load(lead.id);
}

Expected<Lead> LeadService::update(Lead lead, const Domain::Actor &actor)
{
    if (lead.id.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Cannot save a lead without an id; create it first."));
    if (const auto errors = validate(lead); !errors.isEmpty())
        return Error(ErrorCode::InvalidArgument, errors.values().join(QLatin1Char('\n')), errors.firstKey());

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = d->load(lead.id);
    if (!before)
        return before.error();
    lead.createdAt = before->createdAt;
    lead.closedAt = before->closedAt;
    const bool stageMoved = lead.stageId != before->stageId;
    const QJsonObject changes = Activities::changedFields(fieldValues(*before), fieldValues(lead));
    if (changes.isEmpty() && !stageMoved && lead.stagePosition == before->stagePosition)
        return *before;

    lead.updatedAt = d->clock.nowUtc();
    if (stageMoved) {
        if (lead.stagePosition <= 0 || lead.stagePosition == before->stagePosition) {
            auto end = d->endPosition(lead.stageId, lead.id);
            if (!end)
                return end.error();
            lead.stagePosition = *end;
        }
        if (Result entered = d->enterStage(lead, before->stageId, actor); !entered)
            return entered.error();
    }
    if (Result written = d->write(lead, false); !written)
        return written.error();
    if (!changes.isEmpty())
        if (auto recorded = d->recordActivity(lead, ActivityType::Updated, changes, actor); !recorded)
            return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT leadsChanged({lead.id});
    return d->load(lead.id);
}

Expected<Lead> LeadService::moveToStage(const QString &leadId, const QString &stageId, double position,
                                        const Domain::Actor &actor)
{
    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    auto lead = d->load(leadId);
    if (!lead)
        return lead.error();
    const QString oldStageId = lead->stageId;
    lead->stageId = stageId;
    if (position < 0) {
        auto end = d->endPosition(stageId, leadId);
        if (!end)
            return end.error();
        lead->stagePosition = *end;
    } else {
        lead->stagePosition = position;
    }
    if (Result entered = d->enterStage(*lead, oldStageId, actor); !entered)
        return entered.error();
    lead->updatedAt = d->clock.nowUtc();
    if (Result written = d->write(*lead, false); !written)
        return written.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT leadsChanged({leadId});
    return d->load(leadId);
}

Result LeadService::remove(const QStringList &ids, const Domain::Actor &actor)
{
    const QVariant now = d->dialect().timestampToDb(d->clock.nowUtc());
    auto removed = Storage::editEachInTransaction(*d->db, ids, [&](const QString &id) -> Expected<bool> {
        auto lead = d->load(id, true);
        if (!lead)
            return lead.error();
        if (lead->deletedAt.isValid())
            return false;
        if (Result marked = Storage::markDeleted(*d->db, QLatin1String("leads"), id, now); !marked)
            return marked.error();
        if (auto recorded = d->recordActivity(*lead, ActivityType::Deleted, {}, actor); !recorded)
            return recorded.error();
        return true;
    });
    if (!removed)
        return removed.error();
    if (!removed->isEmpty())
        Q_EMIT leadsRemoved(*removed);
    return {};
}

Expected<QList<Lead>> LeadService::listByContact(const QString &contactId) const
{
    return d->list(QStringLiteral("l.contact_id = ?"), {contactId}, QStringLiteral("l.created_at DESC, l.id DESC"));
}

Expected<QList<Lead>> LeadService::listByStage(const QString &stageId) const
{
    return d->list(QStringLiteral("l.stage_id = ?"), {stageId}, QStringLiteral("l.stage_position, l.id"));
}

} // namespace Leadline::Leads
