#pragma once

#include "services/core/expected.h"
#include "services/domain/clock.h"
#include "services/storage/databaselocation.h"

#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Contacts {
class ContactService;
class CompanyService;
} // namespace Leadline::Contacts
namespace Leadline::Activities {
class ActivityService;
}
namespace Leadline::Leads {
class UserService;
class PipelineService;
class LeadService;
} // namespace Leadline::Leads
namespace Leadline::Settings {
class SettingsRepository;
}

namespace Leadline {

// One open, migrated database and the services working on it; what both executables build.
// Owns the services (QObject children); they live on the thread that opened the workspace but
// may be called from any thread (see each service). The clock must outlive the workspace.
class Workspace : public QObject
{
    Q_OBJECT
public:
    static Expected<std::unique_ptr<Workspace>> open(const Storage::DatabaseLocation &location,
                                                     const Domain::Clock &clock = Domain::SystemClock::instance());
    // Services on a database that is already open and migrated (tests, tools).
    static std::unique_ptr<Workspace> create(std::shared_ptr<Storage::Database> database,
                                             const Domain::Clock &clock = Domain::SystemClock::instance());
    ~Workspace() override;

    std::shared_ptr<Storage::Database> database() const { return m_database; }
    const Domain::Clock &clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }

    Contacts::ContactService &contacts() const { return *m_contacts; }
    Contacts::CompanyService &companies() const { return *m_companies; }
    Activities::ActivityService &activities() const { return *m_activities; }
    Leads::UserService &users() const { return *m_users; }
    Leads::PipelineService &pipeline() const { return *m_pipeline; }
    Leads::LeadService &leads() const { return *m_leads; }
    Settings::SettingsRepository &settings() const { return *m_settings; }

private:
    Workspace(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock);

    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
    int m_schemaVersion = 0;
    // Parented to this object; the pointers are for typed access.
    Contacts::ContactService *m_contacts = nullptr;
    Contacts::CompanyService *m_companies = nullptr;
    Activities::ActivityService *m_activities = nullptr;
    Leads::UserService *m_users = nullptr;
    Leads::PipelineService *m_pipeline = nullptr;
    Leads::LeadService *m_leads = nullptr;
    Settings::SettingsRepository *m_settings = nullptr;
};

} // namespace Leadline
