#include "app/ctl/command.h"
#include "app/ctl/optionparser.h"

#include "services/storage/database.h"
#include "services/workspace/workspace.h"

#include <QJsonObject>
#include <QLocale>

namespace Leadline::Ctl {

namespace {

// stats: row counts per table.
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return tr("Count the rows of every table"); }

    int run(Context &context, const QStringList &arguments) override
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] stats [--json]"),
                            tr("Prints how many rows each table holds (deleted rows included; "
                               "\"live\" counts exclude them)."));
        parser.addFlag(QStringLiteral("json"), tr("Print the counts as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        auto workspace = context.workspace(Context::IfMissing::Refuse);
        if (!workspace)
            return context.fail(workspace.error());
        const Storage::Database &db = *(*workspace)->database();

        // The tables a user thinks in; contact_tags and pipeline_stages included for checks.
        static const char *const tables[] = {
            "users",           "companies", "contacts",  "tags",           "contact_tags",
            "pipeline_stages", "leads",     "campaigns", "campaign_steps", "campaign_enrollments",
            "activities"};
        QJsonObject counts;
        QJsonObject live;
        for (const char *table : tables) {
            const QString name = QLatin1String(table);
            auto total = db.exec(QStringLiteral("SELECT count(*) FROM ") + name);
            if (!total)
                return context.fail(total.error());
            counts.insert(name, total->next() ? total->value(0).toLongLong() : 0);
            if (name == QLatin1String("contact_tags"))
                continue;
            auto alive =
                db.exec(QStringLiteral("SELECT count(*) FROM ") + name + QStringLiteral(" WHERE deleted_at IS NULL"));
            if (!alive)
                return context.fail(alive.error());
            live.insert(name, alive->next() ? alive->value(0).toLongLong() : 0);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            context.printJson(QJsonObject{{QStringLiteral("database"), db.location().displayName()},
                                          {QStringLiteral("schemaVersion"), (*workspace)->schemaVersion()},
                                          {QStringLiteral("tables"), counts},
                                          {QStringLiteral("live"), live}});
            return Success;
        }
        context.print(
            tr("Database: %1 (schema version %2)").arg(db.location().displayName()).arg((*workspace)->schemaVersion()));
        const QLocale locale;
        // Tables with soft-deleted rows say how many of their rows are live: an undone import's
        // contacts are rows still, but no contacts any more.
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
            QString line = QStringLiteral("  ") + it.key().leftJustified(22) +
                           locale.toString(it.value().toInteger()).rightJustified(12);
            if (const QJsonValue alive = live.value(it.key());
                !alive.isUndefined() && alive.toInteger() != it.value().toInteger())
                line += QStringLiteral("  ") + tr("(%1 live)").arg(locale.toString(alive.toInteger()));
            context.print(line);
        }
        return Success;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::StatsCommand;
LEADLINE_CTL_COMMAND(StatsCommand)
