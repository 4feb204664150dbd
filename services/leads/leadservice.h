#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QMap>
#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Leads {

// Leads (deals) on the pipeline: create, edit, move between stages, soft delete.
// Every change writes an activity in the same transaction (Created, Updated with old → new
// values, StageChanged with the stage names). Thread-safe: any thread may call; each uses its
// own connection. Signals may be emitted from worker threads.
class LeadService : public QObject
{
    Q_OBJECT
public:
    LeadService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~LeadService() override;

    // field → message for inline display; empty when it can be saved. Fills the stage (first
    // open stage) and company (the contact's) when left empty.
    QMap<QString, QString> validate(Domain::Lead &lead) const;

    Expected<Domain::Lead> get(const QString &id) const;
    Expected<Domain::Lead> create(Domain::Lead lead, const Domain::Actor &actor = {});
    Expected<Domain::Lead> update(Domain::Lead lead, const Domain::Actor &actor = {});
    // Puts the lead into a stage at a position among its cards (a negative position appends).
    // Entering a won or lost stage sets closedAt; going back to an open stage clears it.
    Expected<Domain::Lead> moveToStage(const QString &leadId, const QString &stageId, double position = -1,
                                       const Domain::Actor &actor = {});
    Result remove(const QStringList &ids, const Domain::Actor &actor = {});

    // Live leads, newest first.
    Expected<QList<Domain::Lead>> listByContact(const QString &contactId) const;
    // Live leads of a stage in card order.
    Expected<QList<Domain::Lead>> listByStage(const QString &stageId) const;

Q_SIGNALS:
    void leadsChanged(const QStringList &ids);
    void leadsRemoved(const QStringList &ids);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Leads
