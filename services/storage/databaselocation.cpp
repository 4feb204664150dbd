#include "services/storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrlQuery>

namespace Leadline::Storage {

// The messages' context is written out in each call: lupdate reads only literal contexts.

Expected<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidArgument, QCoreApplication::translate("Leadline::Storage::DatabaseLocation", "No database given."));

    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Leadline::Storage::DatabaseLocation", "The database URL \"%1\" is not valid: %2")
                             .arg(trimmed, url.errorString()));
        DatabaseLocation loc;
        loc.kind = DatabaseKind::PostgreSql;
        loc.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
        loc.port = url.port(5432);
        loc.databaseName = url.path().mid(1);
        loc.userName = url.userName();
        loc.password = url.password();
        QStringList options;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("host")) // a Unix socket directory
                loc.host = value;
            else
                options << key + QLatin1Char('=') + value;
        }
        loc.connectOptions = options.join(QLatin1Char(';'));
        if (loc.databaseName.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Leadline::Storage::DatabaseLocation", "The database URL \"%1\" names no database (…/DBNAME).")
                             .arg(loc.displayName()));
        return loc;
    }

    // Any other URL is a mistake ("postgressql://", "mysql://"), not a file to create: a
    // path of that text would quietly open a new, empty database in a folder named "mysql:".
    static const QRegularExpression otherUrl(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (otherUrl.match(trimmed).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("Leadline::Storage::DatabaseLocation", "\"%1\" is a URL Leadline cannot open: use postgresql://… for "
                                                           "a shared database, or the path of a SQLite file.")
                         .arg(trimmed.left(trimmed.indexOf(QLatin1String("://")) + 3) + QStringLiteral("…")));
    DatabaseLocation loc;
    loc.kind = DatabaseKind::Sqlite;
    loc.sqlitePath = QFileInfo(trimmed).absoluteFilePath();
    return loc;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Leadline");
    DatabaseLocation loc;
    loc.kind = DatabaseKind::Sqlite;
    loc.sqlitePath = dir + QStringLiteral("/leadline.sqlite");
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (kind == DatabaseKind::Sqlite)
        return sqlitePath;
    QString text = QStringLiteral("postgresql://");
    if (!userName.isEmpty())
        text += userName + QLatin1Char('@');
    return text + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
}

} // namespace Leadline::Storage
