#include "services/workspace/workspace.h"

#include "services/activities/activityservice.h"
#include "services/contacts/companyservice.h"
#include "services/contacts/contactservice.h"
#include "services/leads/leadservice.h"
#include "services/leads/pipelineservice.h"
#include "services/leads/userservice.h"
#include "services/settings/settingsrepository.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"

namespace Leadline {

Workspace::Workspace(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_contacts(new Contacts::ContactService(m_database, clock, this))
    , m_companies(new Contacts::CompanyService(m_database, clock, this))
    , m_activities(new Activities::ActivityService(m_database, clock, this))
    , m_users(new Leads::UserService(m_database, clock, this))
    , m_pipeline(new Leads::PipelineService(m_database, clock, this))
    , m_leads(new Leads::LeadService(m_database, clock, this))
    , m_settings(new Settings::SettingsRepository(m_database, clock, this))
{
    connect(
        m_settings, &Settings::SettingsRepository::valueChanged, m_contacts,
        [contacts = m_contacts](const QString &key) {
            if (key == QLatin1String(Settings::Keys::PhoneDefaultRegion))
                contacts->reloadSettings();
        },
        Qt::DirectConnection);
}

Workspace::~Workspace()
{
    // Services go before the database handle they share (deleting a child edits children()).
    const QObjectList owned = children();
    qDeleteAll(owned);
}

Expected<std::unique_ptr<Workspace>> Workspace::open(const Storage::DatabaseLocation &location,
                                                     const Domain::Clock &clock)
{
    auto database = Storage::Database::open(location);
    if (!database)
        return database.error();
    auto version = (*database)->migrate();
    if (!version)
        return version.error();
    // A bulk load (demo data, a big import) killed while its indexes were deferred.
    if (Result recovered = Storage::BulkWriter::recoverInterruptedLoad(**database); !recovered)
        return recovered.error();
    std::unique_ptr<Workspace> workspace = create(*database, clock);
    workspace->m_schemaVersion = *version;
    return workspace;
}

std::unique_ptr<Workspace> Workspace::create(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock)
{
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database), clock));
    if (auto version = workspace->m_database->schemaVersion())
        workspace->m_schemaVersion = *version;
    return workspace;
}

} // namespace Leadline
