#pragma once

#include "services/core/expected.h"

#include <QString>
#include <QUrl>

namespace Leadline::Storage {

enum class DatabaseKind { Sqlite, PostgreSql };

// Where a database lives: a SQLite file path or a postgresql:// URL.
struct DatabaseLocation
{
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString sqlitePath;     // DatabaseKind::Sqlite; ":memory:" is not supported (one connection per thread)
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName;
    QString userName;
    QString password;
    QString connectOptions; // QPSQL options, e.g. "sslmode=require"

    // "postgresql://user:pass@host:port/db?sslmode=require", "postgres://…", or a file path.
    static Expected<DatabaseLocation> parse(const QString &text);
    // The per-user default: <AppDataLocation>/leadline.sqlite
    static DatabaseLocation defaultLocation();
    // For display and logs: never contains the password.
    QString displayName() const;
};

} // namespace Leadline::Storage
