#include "tests/support/tempdatabase.h"

#include "services/domain/uuid.h"
#include "services/storage/deferredindexes.h"

#include <QFile>
#include <QSysInfo>
#include <QUrl>

#include <libpq-fe.h>

namespace Leadline::Testing {

namespace {

Result adminCommand(const QString &sql)
{
    const QByteArray url = postgresAdminUrl().toUtf8();
    PGconn *conn = PQconnectdb(url.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn));
        PQfinish(conn);
        return Error(ErrorCode::Database, QStringLiteral("Cannot reach the test PostgreSQL server: ") + message);
    }
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString message = QString::fromUtf8(PQresultErrorMessage(result));
    PQclear(result);
    PQfinish(conn);
    if (!ok)
        return Error(ErrorCode::Database, message);
    return {};
}

} // namespace

std::string backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("LEADLINE_TEST_PG_URL");
}

bool postgresRequired()
{
    return qEnvironmentVariable("LEADLINE_REQUIRE_PG") == QLatin1String("1");
}

Expected<std::unique_ptr<TempDatabase>> TempDatabase::create(Backend backend, bool migrate)
{
    std::unique_ptr<TempDatabase> temp(new TempDatabase);
    temp->m_backend = backend;
    if (backend == Backend::Sqlite) {
        temp->m_dir = std::make_unique<QTemporaryDir>();
        if (!temp->m_dir->isValid())
            return Error(ErrorCode::Io, QStringLiteral("Cannot create a temporary folder"));
        temp->m_locationText = temp->m_dir->filePath(QStringLiteral("test.sqlite"));
    } else {
        if (postgresAdminUrl().isEmpty())
            return Error(ErrorCode::Unsupported, QStringLiteral("LEADLINE_TEST_PG_URL is not set: no PostgreSQL test server"));
        temp->m_pgName = QStringLiteral("lt_") + Domain::newId().remove(QLatin1Char('-'));
        if (Result created = adminCommand(QStringLiteral("CREATE DATABASE ") + temp->m_pgName); !created)
            return created.error();
        QUrl url(postgresAdminUrl());
        url.setPath(QLatin1Char('/') + temp->m_pgName);
        temp->m_locationText = url.toString();
    }
    auto location = Storage::DatabaseLocation::parse(temp->m_locationText);
    if (!location)
        return location.error();
    auto database = Storage::Database::open(*location);
    if (!database)
        return database.error();
    temp->m_database = *database;
    if (migrate) {
        if (auto version = temp->m_database->migrate(); !version)
            return version.error();
    }
    return temp;
}

TempDatabase::~TempDatabase()
{
    m_database.reset();
    if (!m_pgName.isEmpty())
        (void)adminCommand(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
}

void DatabaseTest::SetUp()
{
    const Backend backend = GetParam();
    if (backend == Backend::PostgreSql && postgresAdminUrl().isEmpty()) {
        if (postgresRequired())
            FAIL() << "LEADLINE_REQUIRE_PG=1 but LEADLINE_TEST_PG_URL is not set";
        GTEST_SKIP() << "no PostgreSQL test server (run tests/run.sh)";
    }
    auto temp = TempDatabase::create(backend);
    ASSERT_TRUE(temp.hasValue()) << temp.error().toString().toStdString();
    m_temp = std::move(*temp);
}

void DatabaseTest::TearDown()
{
    m_temp.reset();
}

void abandonPendingLoad(const Storage::Database &database)
{
    QFile maxPid(QStringLiteral("/proc/sys/kernel/pid_max"));
    const qint64 impossible = (maxPid.open(QIODevice::ReadOnly) ? maxPid.readAll().trimmed().toLongLong() : 4194304) + 1;
    auto marked = database.exec(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"),
                                {QVariant(QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(impossible)),
                                 QVariant(Storage::DeferredIndexes::ownerKey())});
    EXPECT_TRUE(marked.hasValue()) << (marked ? "" : marked.error().toString().toStdString());
}

} // namespace Leadline::Testing
