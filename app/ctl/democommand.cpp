#include "app/ctl/command.h"
#include "app/ctl/foregroundjob.h"
#include "app/ctl/optionparser.h"

#include "services/demo/demodatagenerator.h"
#include "services/workspace/workspace.h"

#include <QJsonObject>
#include <QLocale>

namespace Leadline::Ctl {

namespace {

// demo: fill the database with seeded demo data through the demo data job.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Add realistic demo contacts, companies, leads and activities"); }

    int run(Context &context, const QStringList &arguments) override
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] demo --contacts N [--seed S] [--json]"),
                            tr("Adds N demo contacts with their companies, owners, tags, leads and a year of "
                               "activities. The same seed gives the same data. Ctrl+C stops after the current "
                               "chunk; the chunks written so far stay."));
        parser.addValue(QStringLiteral("contacts"), QStringLiteral("N"), tr("Number of contacts (default 1000)."));
        parser.addValue(QStringLiteral("seed"), QStringLiteral("S"), tr("Random seed (default 1)."));
        parser.addValue(QStringLiteral("chunk"), QStringLiteral("N"), tr("Contacts per transaction (default 50000)."));
        parser.addFlag(QStringLiteral("json"), tr("Print the summary as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        Demo::DemoOptions options;
        auto contacts = parser.integer(QStringLiteral("contacts"), 0, 100000000, 1000);
        auto seed = parser.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 1);
        auto chunk = parser.integer(QStringLiteral("chunk"), 1, 1000000, options.chunkSize);
        for (const auto *number : {&contacts, &seed, &chunk})
            if (!*number)
                return context.usage(number->error().message(), name());
        options.contacts = *contacts;
        options.seed = quint64(*seed);
        options.chunkSize = int(*chunk);

        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());

        Demo::DemoDataGenerator job((*workspace)->database(), options);
        const JobOutcome outcome = runInForeground(job, [](qint64 done, qint64 total) {
            return tr("%1 of %2 contacts").arg(QLocale().toString(done), QLocale().toString(total));
        });
        if (outcome.failed)
            return context.fail(outcome.error, {}, outcome.exitCodeOfCancel());
        const Demo::DemoSummary summary = job.summary();
        if (parser.isSet(QStringLiteral("json"))) {
            const double seconds = double(std::max<qint64>(1, summary.elapsedMs)) / 1000.0;
            context.printJson(
                QJsonObject{{QStringLiteral("seed"), QString::number(options.seed)},
                            {QStringLiteral("users"), summary.users},
                            {QStringLiteral("companies"), summary.companies},
                            {QStringLiteral("contacts"), summary.contacts},
                            {QStringLiteral("leads"), summary.leads},
                            {QStringLiteral("activities"), summary.activities},
                            {QStringLiteral("contactTags"), summary.contactTags},
                            {QStringLiteral("elapsedMs"), summary.elapsedMs},
                            {QStringLiteral("generateMs"), summary.generateMs},
                            {QStringLiteral("writeMs"), summary.writeMs},
                            {QStringLiteral("indexMs"), summary.indexMs},
                            {QStringLiteral("contactsPerSecond"), qRound64(double(summary.contacts) / seconds)}});
        } else {
            context.print(outcome.summary);
        }
        return Success;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::DemoCommand;
LEADLINE_CTL_COMMAND(DemoCommand)
