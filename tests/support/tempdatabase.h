#pragma once

#include "services/storage/database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace Leadline::Testing {

enum class Backend { Sqlite, PostgreSql };
std::string backendName(Backend backend);

// What a bulk load left by a process that has died looks like where its lock cannot be asked
// about (Storage::LoadLock): its recorded owner becomes a process of this machine that cannot
// exist (above the kernel's largest pid). Call it once the load's BulkWriter is gone, which
// lets go of the lock as the process's end would.
void abandonPendingLoad(const Storage::Database &database);

// The PostgreSQL server the test script started (LEADLINE_TEST_PG_URL, an admin URL such as
// postgresql://postgres@127.0.0.1:55432/postgres); empty when none runs. With
// LEADLINE_REQUIRE_PG=1 (CI) a missing server fails the PostgreSQL tests instead of skipping them.
QString postgresAdminUrl();
bool postgresRequired();

// A fresh, migrated database for one test, removed afterwards.
class TempDatabase
{
public:
    static Expected<std::unique_ptr<TempDatabase>> create(Backend backend, bool migrate = true);
    ~TempDatabase();

    const std::shared_ptr<Storage::Database> &database() const { return m_database; }
    QString locationText() const { return m_locationText; } // for --db on the command line
    Backend backend() const { return m_backend; }

private:
    TempDatabase() = default;
    Backend m_backend = Backend::Sqlite;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    QString m_locationText;
    std::shared_ptr<Storage::Database> m_database;
};

// Base for tests that run on both databases:
//   class ContactRepositoryTest : public Leadline::Testing::DatabaseTest {};
//   TEST_P(ContactRepositoryTest, …) { db() … }
//   LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(ContactRepositoryTest);
class DatabaseTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override;
    Storage::Database &db() const { return *m_temp->database(); }
    std::shared_ptr<Storage::Database> sharedDb() const { return m_temp->database(); }
    TempDatabase &temp() const { return *m_temp; }

private:
    std::unique_ptr<TempDatabase> m_temp;
};

} // namespace Leadline::Testing

#define LEADLINE_INSTANTIATE_ON_BOTH_DATABASES(Suite)                                          \
    INSTANTIATE_TEST_SUITE_P(Db, Suite,                                                        \
                             ::testing::Values(::Leadline::Testing::Backend::Sqlite,           \
                                               ::Leadline::Testing::Backend::PostgreSql),      \
                             [](const ::testing::TestParamInfo<::Leadline::Testing::Backend> &i) { \
                                 return ::Leadline::Testing::backendName(i.param);             \
                             })
