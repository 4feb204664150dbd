#include "app/ctl/command.h"
#include "app/ctl/foregroundjob.h"
#include "app/ctl/optionparser.h"

#include "services/contacts/contactservice.h"
#include "services/importexport/contactexportjob.h"
#include "services/importexport/importbatchservice.h"
#include "services/workspace/workspace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Leadline::Ctl {

namespace {

using namespace ImportExport;

// export: contacts to CSV or XLSX.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Export contacts to CSV or Excel"); }

    int run(Context &context, const QStringList &arguments) override
    {
        QStringList known;
        for (const ExportField &field : exportFields())
            known << QLatin1String(field.key);
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] export OUT.csv|OUT.xlsx [--search Q] [--import BATCH_ID] [--fields a,b,c] [--json]"),
                            tr("Exports contacts (all, those matching a search, those of an import) with the chosen fields. Cells "
                               "that a spreadsheet could run as formulas are written as text. Fields: %1, and "
                               "custom:NAME for a custom field.")
                                .arg(known.join(QStringLiteral(", "))));
        parser.setPositionals(QStringLiteral("OUT"), 1, 1);
        parser.addValue(QStringLiteral("search"), QStringLiteral("Q"), tr("Only contacts matching this search."));
        parser.addValue(QStringLiteral("import"), QStringLiteral("BATCH_ID"),
                        tr("Only contacts this import created or updated (see “import list”)."));
        parser.addValue(QStringLiteral("fields"), QStringLiteral("a,b,c"),
                        tr("The columns, in order (default: every field but id and updated_at, then the custom fields)."));
        parser.addFlag(QStringLiteral("no-bom"), tr("CSV: no byte order mark (Excel needs it for UTF-8)."));
        parser.addValue(QStringLiteral("delimiter"), QStringLiteral("SEP"),
                        tr("CSV: comma (the default), semicolon (as Excel reads CSV where the comma is the decimal "
                           "point) or tab."));
        parser.addValue(QStringLiteral("headers"), QStringLiteral("STYLE"),
                        tr("names: the field names (first_name, customer; the default), which import into any "
                           "database; labels: the names and values as the app shows them (First name, Customer), "
                           "in its language."));
        parser.addFlag(QStringLiteral("json"), tr("Print the result as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        if (const auto stop = context.refuseUnsearchable(parser, name()))
            return *stop;
        ExportOptions options;
        options.path = parser.positionals().first();
        options.filter.search = parser.value(QStringLiteral("search"));
        options.filter.importBatchId = parser.value(QStringLiteral("import"));
        options.byteOrderMark = !parser.isSet(QStringLiteral("no-bom"));
        if (const QString delimiter = parser.value(QStringLiteral("delimiter")).toLower();
            delimiter == QLatin1String("semicolon") || delimiter == QLatin1String(";"))
            options.delimiter = QLatin1Char(';');
        else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
            options.delimiter = QLatin1Char('\t');
        else if (parser.isSet(QStringLiteral("delimiter")) && delimiter != QLatin1String("comma") &&
                 delimiter != QLatin1String(","))
            return context.usage(tr("--delimiter is “comma”, “semicolon” or “tab”, not “%1”.").arg(delimiter), name());
        if (const QString headers = parser.value(QStringLiteral("headers")); headers == QLatin1String("labels"))
            options.headers = ExportHeaders::Labels;
        else if (!headers.isEmpty() && headers != QLatin1String("names"))
            return context.usage(tr("--headers is “names” or “labels”, not “%1”.").arg(headers), name());
        if (parser.isSet(QStringLiteral("fields"))) {
            for (const QString &field : parser.value(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!field.trimmed().isEmpty())
                    options.fields << field.trimmed();
            // Left out, every field is exported; given empty, it is a mistake (a shell variable unset).
            if (options.fields.isEmpty())
                return context.usage(tr("--fields names no field; leave it out to export every field."), name());
        }
        // A column asked for twice is a typing mistake too, said before the database opens.
        for (qsizetype i = 0; i < options.fields.size(); ++i)
            if (options.fields.indexOf(options.fields.at(i)) != i)
                return context.usage(tr("--fields names %1 twice.").arg(options.fields.at(i)), name());
        if (auto format = ContactExportJob::formatFor(options); !format)
            return context.usage(format.error().message(), name());
        else if (*format != ExportFormat::Csv && parser.isSet(QStringLiteral("delimiter")))
            return context.usage(tr("--delimiter is for CSV files; a workbook has cells."), name());

        auto workspace = context.workspace(Context::IfMissing::Refuse);
        if (!workspace)
            return context.fail(workspace.error());
        // A custom field nobody has is a typing mistake: said rather than written as a column of nothing.
        if (std::any_of(options.fields.cbegin(), options.fields.cend(),
                        [](const QString &field) { return field.startsWith(QLatin1String("custom:")); })) {
            auto names = (*workspace)->contacts().customFieldNames();
            if (!names)
                return context.fail(names.error());
            for (const QString &field : std::as_const(options.fields))
                if (field.startsWith(QLatin1String("custom:")) && !names->contains(field.mid(7)))
                    return context.usage(names->isEmpty()
                                             ? tr("There is no custom field %1: the contacts have none.").arg(field.mid(7))
                                             : tr("There is no custom field %1; there are: %2.")
                                                   .arg(field.mid(7), names->join(QStringLiteral(", "))),
                                         name());
        }
        if (options.fields.isEmpty()) { // every field an import needs to give the same contacts back
            auto names = (*workspace)->contacts().customFieldNames();
            if (!names)
                return context.fail(names.error());
            options.fields = defaultExportFieldKeys(*names);
        }
        if (!options.filter.importBatchId.isEmpty())
            if (auto batch = ImportBatchService((*workspace)->database(), (*workspace)->clock())
                                 .get(options.filter.importBatchId);
                !batch)
                return context.fail(batch.error());
        QElapsedTimer timer;
        timer.start();
        ContactExportJob job((*workspace)->contacts(), (*workspace)->users(), options);
        const JobOutcome outcome = runInForeground(job, [](qint64 done, qint64 total) {
            return tr("%1 of %2 contacts").arg(QLocale().toString(done), QLocale().toString(total));
        });
        if (outcome.failed)
            return context.fail(outcome.error, {}, outcome.exitCodeOfCancel());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(QJsonObject{{QStringLiteral("file"), options.path},
                                          {QStringLiteral("rows"), job.rowsWritten()},
                                          {QStringLiteral("elapsed_ms"), timer.elapsed()}});
        else
            context.print(outcome.summary);
        return Success;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::ExportCommand;
LEADLINE_CTL_COMMAND(ExportCommand)
