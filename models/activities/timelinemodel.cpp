#include "models/activities/timelinemodel.h"

#include "services/activities/activityservice.h"
#include "services/activities/systemsubject.h"
#include "services/domain/enums.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Leadline::Models {

namespace {
constexpr int BatchSize = 100;

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return TimelineModel::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? TimelineModel::tr("yes") : TimelineModel::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isEmpty() ? TimelineModel::tr("(empty)") : text;
    }
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << (item.isString() ? item.toString() : valueText(item));
        return items.isEmpty() ? TimelineModel::tr("(empty)") : items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items << QString(it.key() + QStringLiteral(": ") + valueText(it.value()));
        return items.isEmpty() ? TimelineModel::tr("(empty)") : items.join(QStringLiteral(", "));
    }
    }
    return {};
}

// A field as the services record it, "lifecycle_stage" or "lifecycleStage": the key without
// underscores, in lower case.
QString normalizedField(const QString &key)
{
    return key.toLower().remove(QLatin1Char('_'));
}

// The enum a field's values are keys of, for its display names.
enum class FieldKind { Plain, Lifecycle, Source, Consent, Hidden };

struct FieldInfo
{
    const char *label;
    FieldKind kind = FieldKind::Plain;
};

const QHash<QString, FieldInfo> &fieldInfos()
{
    static const QHash<QString, FieldInfo> infos{
        {QStringLiteral("firstname"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "First name")}},
        {QStringLiteral("lastname"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Last name")}},
        {QStringLiteral("email"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Email")}},
        {QStringLiteral("otheremails"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Other emails")}},
        {QStringLiteral("phone"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Phone")}},
        {QStringLiteral("otherphones"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Other phones")}},
        {QStringLiteral("title"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Job title")}},
        {QStringLiteral("companyname"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Company")}},
        {QStringLiteral("companyid"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Company")}},
        {QStringLiteral("street"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Street")}},
        {QStringLiteral("city"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "City")}},
        {QStringLiteral("region"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Region")}},
        {QStringLiteral("postalcode"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Postal code")}},
        {QStringLiteral("country"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Country")}},
        {QStringLiteral("timezone"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Time zone")}},
        {QStringLiteral("lifecyclestage"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Lifecycle stage"), FieldKind::Lifecycle}},
        {QStringLiteral("optinemail"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Email consent"), FieldKind::Consent}},
        {QStringLiteral("optinsms"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "SMS consent"), FieldKind::Consent}},
        {QStringLiteral("optinwhatsapp"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "WhatsApp consent"), FieldKind::Consent}},
        {QStringLiteral("optinvoice"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Voice consent"), FieldKind::Consent}},
        {QStringLiteral("donotcontact"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Do not contact")}},
        {QStringLiteral("ownerid"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Owner")}},
        {QStringLiteral("source"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Source"), FieldKind::Source}},
        {QStringLiteral("externalid"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "External id")}},
        {QStringLiteral("customfields"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Custom fields")}},
        {QStringLiteral("tags"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Tags")}},
        {QStringLiteral("restored"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Restored")}},
        {QStringLiteral("keptnewer"),
         {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Kept, as changed since the import")}},
        {QStringLiteral("tagsremoved"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Tags removed")}},
        {QStringLiteral("tagsadded"), {QT_TRANSLATE_NOOP("Leadline::Models::TimelineModel", "Tags added")}},
    };
    return infos;
}

QString fieldLabel(const QString &key)
{
    const auto it = fieldInfos().constFind(normalizedField(key));
    return it == fieldInfos().cend() ? key : TimelineModel::tr(it->label);
}

// A value as the field shows it: the display name of a stage, source or consent key.
QString fieldValueText(const QString &key, const QJsonValue &value)
{
    const auto it = fieldInfos().constFind(normalizedField(key));
    const FieldKind kind = it == fieldInfos().cend() ? FieldKind::Plain : it->kind;
    if (value.isString() && !value.toString().isEmpty()) {
        const QString text = value.toString();
        QString shown;
        // A key that is none of the enum's (written by a later version) shows as it is.
        if (kind == FieldKind::Lifecycle)
            if (const auto stage = Domain::fromKey<Domain::LifecycleStage>(text))
                shown = Domain::displayName(*stage);
        if (kind == FieldKind::Source)
            if (const auto source = Domain::fromKey<Domain::LeadSource>(text))
                shown = Domain::displayName(*source);
        if (kind == FieldKind::Consent)
            if (const auto status = Domain::fromKey<Domain::OptInStatus>(text))
                shown = Domain::displayName(*status);
        if (!shown.isEmpty())
            return shown;
    }
    // Fields of fields (what a revert restored) and names listed (fields kept) by their labels.
    if (value.isObject() && normalizedField(key) != QLatin1String("customfields")) {
        QStringList items;
        const QJsonObject object = value.toObject();
        const bool companyNamed =
            object.contains(QStringLiteral("company_name")) || object.contains(QStringLiteral("companyName"));
        for (auto field = object.begin(); field != object.end(); ++field)
            if (!companyNamed || normalizedField(field.key()) != QLatin1String("companyid"))
                items << TimelineModel::tr("%1: %2").arg(fieldLabel(field.key()),
                                                         fieldValueText(field.key(), field.value()));
        return items.isEmpty() ? TimelineModel::tr("(empty)") : items.join(QStringLiteral("; "));
    }
    if (value.isArray() && normalizedField(key) == QLatin1String("keptnewer")) {
        QStringList labels;
        for (const QJsonValue &field : value.toArray())
            labels << fieldLabel(field.toString());
        return labels.join(QStringLiteral(", "));
    }
    return valueText(value);
}

} // namespace

TimelineModel::TimelineModel(Activities::ActivityService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_service, &Activities::ActivityService::activityLogged, this, [this](const Domain::Activity &activity) {
        if (m_id.isEmpty())
            return;
        if (activity.entityId == m_id || activity.contactId == m_id || activity.companyId == m_id)
            reload();
    });
}

TimelineModel::~TimelineModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void TimelineModel::setEntity(Domain::EntityType type, const QString &id)
{
    m_type = type;
    m_id = id;
    reload();
}

void TimelineModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_id.isEmpty();
    m_loading = false;
    endResetModel();
    if (!m_id.isEmpty())
        load({}, {});
}

void TimelineModel::load(const QDateTime &before, const QString &beforeId)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const Activities::ActivityService *service = &m_service;
    auto task = [service, type = m_type, id = m_id, before, beforeId] {
        if (type == Domain::EntityType::Company)
            return service->timelineForCompany(id, BatchSize, before, beforeId);
        return service->timelineForContact(id, BatchSize, before, beforeId);
    };
    auto *watcher = new QFutureWatcher<Expected<QList<Domain::Activity>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const auto result = watcher->result();
        if (!result) {
            m_atEnd = true;
            Q_EMIT errorOccurred(result.error().message());
            return;
        }
        QList<Domain::Activity> batch = *result;
        // Activities sharing the boundary timestamp may come twice; skip the ones we have.
        QSet<QString> known;
        for (const auto &activity : std::as_const(m_rows))
            known.insert(activity.id);
        batch.removeIf([&known](const Domain::Activity &activity) { return known.contains(activity.id); });
        m_atEnd = result->size() < BatchSize;
        if (!batch.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + batch.size() - 1));
            m_rows.append(batch);
            endInsertRows();
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, task));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Domain::Activity *TimelineModel::activityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString TimelineModel::changesText(const QJsonObject &changes)
{
    // A company is named by company_name next to its id; the id says nothing to a reader.
    const bool companyNamed =
        changes.contains(QStringLiteral("company_name")) || changes.contains(QStringLiteral("companyName"));
    QStringList lines;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString field = normalizedField(it.key());
        if (companyNamed && field == QLatin1String("companyid"))
            continue;
        const QJsonObject change = it.value().toObject();
        if (change.contains(QStringLiteral("old")) || change.contains(QStringLiteral("new"))) {
            lines << tr("%1: %2 → %3")
                         .arg(fieldLabel(it.key()), fieldValueText(it.key(), change.value(QStringLiteral("old"))),
                              fieldValueText(it.key(), change.value(QStringLiteral("new"))));
        } else {
            lines << tr("%1: %2").arg(fieldLabel(it.key()), fieldValueText(it.key(), it.value()));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::Activity &activity = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString head = QString(QLocale().toString(activity.occurredAt.toLocalTime(), QLocale::ShortFormat) +
                               QStringLiteral(" · ") + Domain::displayName(activity.type));
        if (activity.durationSeconds)
            head += QStringLiteral(" · ") + tr("%n min", nullptr, (*activity.durationSeconds + 59) / 60);
        QStringList lines{head};
        if (!activity.subject.isEmpty())
            lines << Activities::SystemSubject::translated(activity.subject);
        if (!activity.body.isEmpty())
            lines << activity.body;
        if (!activity.changes.isEmpty())
            lines << changesText(activity.changes);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return QLocale().toString(activity.occurredAt.toLocalTime(), QLocale::LongFormat);
    case TypeRole:
        return Domain::toKey(activity.type);
    case OccurredAtRole:
        return activity.occurredAt;
    case SubjectRole:
        return Activities::SystemSubject::translated(activity.subject);
    case BodyRole:
        return activity.body;
    case ChangesRole:
        return changesText(activity.changes);
    case IdRole:
        return activity.id;
    default:
        return {};
    }
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load(m_rows.constLast().occurredAt, m_rows.constLast().id);
}

} // namespace Leadline::Models
