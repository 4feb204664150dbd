#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Leads {

// The stages of the sales pipeline (seeded by migration 0002: New … Negotiation, Won, Lost).
// Thread-safe: any thread may call; each uses its own connection.
class PipelineService : public QObject
{
    Q_OBJECT
public:
    PipelineService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~PipelineService() override;

    // Live stages by position.
    Expected<QList<Domain::PipelineStage>> stages() const;
    Expected<Domain::PipelineStage> stage(const QString &stageId) const;
    // Where new leads go when no stage is given: the first open stage.
    Expected<Domain::PipelineStage> firstOpenStage() const;

    // Adds a stage at the end; name unique (case-insensitive) among live stages.
    Expected<Domain::PipelineStage> addStage(Domain::PipelineStage stage);
    Result renameStage(const QString &stageId, const QString &name);

Q_SIGNALS:
    void stagesChanged();

private:
    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
};

} // namespace Leadline::Leads
