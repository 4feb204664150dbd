#include "services/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Leadline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Leadline"));
    QCoreApplication::setApplicationName(QStringLiteral("Leadline"));
    QTextStream err(stderr);

    QStringList args = app.arguments();
    QString dbText;
    const int dbIndex = int(args.indexOf(QStringLiteral("--db")));
    if (dbIndex > 0 && dbIndex + 1 < args.size()) {
        dbText = args.at(dbIndex + 1);
        args.remove(dbIndex, 2);
    }
    auto location = dbText.isEmpty() ? Storage::DatabaseLocation::defaultLocation() : Storage::DatabaseLocation::parse(dbText).value();
    auto db = Storage::Database::open(location);
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    auto version = (*db)->migrate();
    if (!version) {
        err << version.error().toString() << '\n';
        return 1;
    }
    QJsonObject counts;
    for (const char *table : {"contacts", "companies", "leads", "activities"}) {
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        if (q && q->next())
            counts.insert(QLatin1String(table), q->value(0).toLongLong());
    }
    std::fputs(QJsonDocument(counts).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
