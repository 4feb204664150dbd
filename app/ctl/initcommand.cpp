#include "app/ctl/command.h"
#include "app/ctl/optionparser.h"

#include "services/storage/database.h"
#include "services/workspace/workspace.h"

#include <QJsonObject>

namespace Leadline::Ctl {

namespace {

// init: create the database if needed and apply every migration.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Create or migrate the database and print its schema version"); }

    int run(Context &context, const QStringList &arguments) override
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] init [--json]"),
                            tr("Creates the database (a SQLite file or a PostgreSQL database that exists) if "
                               "needed, applies pending migrations and prints the schema version."));
        parser.addFlag(QStringLiteral("json"), tr("Print the result as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        const Storage::Database &db = *(*workspace)->database();
        const int version = (*workspace)->schemaVersion();
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(QJsonObject{{QStringLiteral("database"), db.location().displayName()},
                                          {QStringLiteral("schemaVersion"), version}});
        } else {
            context.print(tr("Database: %1").arg(db.location().displayName()));
            context.print(tr("Schema version: %1").arg(version));
        }
        return Success;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::InitCommand;
LEADLINE_CTL_COMMAND(InitCommand)
