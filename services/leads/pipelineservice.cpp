#include "services/leads/pipelineservice.h"

#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/storage/database.h"

namespace Leadline::Leads {

using Domain::PipelineStage;

namespace {

const char *const s_stageSelect = "SELECT id, name, position, kind, probability FROM pipeline_stages ";

PipelineStage stageFrom(const QSqlQuery &q)
{
    PipelineStage stage;
    stage.id = q.value(0).toString();
    stage.name = q.value(1).toString();
    stage.position = q.value(2).toInt();
    stage.kind = Domain::fromKeyOr(q.value(3).toString(), Domain::StageKind::Open);
    stage.probability = q.value(4).toInt();
    return stage;
}

} // namespace

PipelineService::PipelineService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{}

PipelineService::~PipelineService() = default;

Expected<QList<PipelineStage>> PipelineService::stages() const
{
    auto q = m_database->exec(QLatin1String(s_stageSelect) +
                              QStringLiteral("WHERE deleted_at IS NULL ORDER BY position, id"));
    if (!q)
        return q.error();
    QList<PipelineStage> result;
    while (q->next())
        result << stageFrom(*q);
    return result;
}

Expected<PipelineStage> PipelineService::stage(const QString &stageId) const
{
    auto q = m_database->exec(QLatin1String(s_stageSelect) + QStringLiteral("WHERE id = ? AND deleted_at IS NULL"),
                              {stageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The pipeline stage %1 does not exist.").arg(stageId));
    return stageFrom(*q);
}

Expected<PipelineStage> PipelineService::firstOpenStage() const
{
    auto q =
        m_database->exec(QLatin1String(s_stageSelect) +
                         QStringLiteral("WHERE kind = 'open' AND deleted_at IS NULL ORDER BY position, id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The pipeline has no open stage; add one in the pipeline settings."));
    return stageFrom(*q);
}

Expected<PipelineStage> PipelineService::addStage(PipelineStage stage)
{
    stage.name = stage.name.simplified();
    if (stage.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Enter a name for the stage."));
    if (stage.probability < 0 || stage.probability > 100)
        return Error(ErrorCode::InvalidArgument, tr("The probability of a stage is a percentage from 0 to 100."));
    Storage::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return transaction.error();
    auto same = m_database->exec(
        QStringLiteral("SELECT 1 FROM pipeline_stages WHERE lower(name) = lower(?) AND deleted_at IS NULL"),
        {stage.name});
    if (!same)
        return same.error();
    if (same->next())
        return Error(ErrorCode::Conflict, tr("The pipeline already has a stage named %1.").arg(stage.name));
    auto last = m_database->exec(
        QStringLiteral("SELECT coalesce(max(position), 0) FROM pipeline_stages WHERE deleted_at IS NULL"));
    if (!last)
        return last.error();
    stage.position = last->next() ? last->value(0).toInt() + 1 : 1;
    const QDateTime now = m_clock.nowUtc();
    stage.id = Domain::newIdAt(now);
    const QVariant stamp = m_database->dialect().timestampToDb(now);
    auto inserted = m_database->exec(
        QStringLiteral("INSERT INTO pipeline_stages (id, name, position, kind, probability, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {stage.id, stage.name, stage.position, Domain::toKey(stage.kind), stage.probability, stamp, stamp});
    if (!inserted)
        return inserted.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT stagesChanged();
    return stage;
}

Result PipelineService::renameStage(const QString &stageId, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Enter a name for the stage."));
    auto existing = stage(stageId);
    if (!existing)
        return existing.error();
    auto updated = m_database->exec(QStringLiteral("UPDATE pipeline_stages SET name = ?, updated_at = ? WHERE id = ?"),
                                    {simplified, m_database->dialect().timestampToDb(m_clock.nowUtc()), stageId});
    if (!updated)
        return updated.error();
    Q_EMIT stagesChanged();
    return {};
}

} // namespace Leadline::Leads
