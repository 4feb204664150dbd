#include "app/ctl/command.h"
#include "app/ctl/foregroundjob.h"
#include "app/ctl/optionparser.h"

#include "services/contacts/contactservice.h"
#include "services/contacts/customfieldregistry.h"
#include "services/contacts/phonenormalizer.h"
#include "services/importexport/columnmapping.h"
#include "services/importexport/contactimportjob.h"
#include "services/importexport/importbatchservice.h"
#include "services/importexport/importfilecheck.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/workspace/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Leadline::Ctl {

namespace {

using namespace ImportExport;

// import: contacts from CSV/XLSX as a revertible batch; "import list" and "import revert".
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ctl::ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Import contacts from CSV or Excel; list or revert imports"); }

    int run(Context &context, const QStringList &arguments) override
    {
        if (!arguments.isEmpty() && arguments.first() == QLatin1String("list"))
            return list(context, arguments.mid(1));
        if (!arguments.isEmpty() && arguments.first() == QLatin1String("revert"))
            return revert(context, arguments.mid(1));
        return importFile(context, arguments);
    }

private:
    int importFile(Context &context, const QStringList &arguments)
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] import FILE [options] [--json]\n"
                                           "       leadlinectl [--db DB] import list [--json]\n"
                                           "       leadlinectl [--db DB] import revert BATCH_ID [--json]"),
                            tr("Imports contacts from a CSV/TSV or .xlsx file as one import batch: columns are "
                               "mapped automatically (or by a saved mapping), every cell is validated, duplicates "
                               "are matched within the file and against the database, and rejected rows go to a "
                               "CSV with the reason. Any import can be reverted. Ctrl+C stops after the current "
                               "chunk; what was imported stays revertible."));
        parser.setPositionals(QStringLiteral("FILE"), 1, 1);
        parser.addValue(QStringLiteral("sheet"), QStringLiteral("NAME"), tr("Excel: the sheet to read (default: the first)."));
        parser.addValue(QStringLiteral("mapping"), QStringLiteral("PRESET.json"), tr("A saved column mapping."));
        parser.addValue(
            QStringLiteral("match"), QStringLiteral("KEY"),
            tr("Duplicate key: email (default), phone, external_id, or id (the Leadline id of an export, which "
               "finds a contact whatever else the row changes; it overwrites unless --on-duplicate says "
               "otherwise)."));
        parser.addValue(QStringLiteral("on-duplicate"), QStringLiteral("ACTION"),
                        tr("skip (default; an opt-out in the row is still recorded), fill (only empty fields) or "
                           "overwrite. Neither lifts an opt-out or “do not contact”."));
        parser.addFlag(QStringLiteral("update-only"),
                       tr("Only update the contacts the rows match (fill, unless --on-duplicate says overwrite); "
                          "rows that match none are rejected."));
        parser.addValue(QStringLiteral("default-region"), QStringLiteral("CC"),
                        tr("Country for phone numbers without a country code, in rows whose country column names none "
                           "(default: the database setting, else this computer's country)."));
        parser.addValue(QStringLiteral("date-order"), QStringLiteral("ORDER"),
                        tr("Dates such as 4/5/2023: day-first or month-first (default: as the file's first rows write "
                           "them, where a date such as 4/25/2023 shows it; else as the default region does, "
                           "month-first for US)."));
        parser.addValue(QStringLiteral("encoding"), QStringLiteral("NAME"),
                        tr("CSV: utf-8, utf-16le, utf-16be or windows-1252 (default: detected)."));
        parser.addValue(QStringLiteral("delimiter"), QStringLiteral("CHAR"),
                        tr("CSV: the separator, one of , ; | or tab (default: detected)."));
        parser.addValue(QStringLiteral("rejects"), QStringLiteral("PATH"), tr("Where to write the rejected rows (CSV)."));

        parser.addValue(QStringLiteral("tag"), QStringLiteral("TAG"),
                        tr("A tag for every imported contact (give it again for more tags)."));
        parser.addValue(QStringLiteral("owner"), QStringLiteral("USER"),
                        tr("The owner (a user's email or name) of contacts the file names none for; it also fills "
                           "an empty owner of a contact the import updates."));
        parser.addFlag(QStringLiteral("check"),
                       tr("Read and check every row as the import would, and import nothing: how many rows would "
                          "be rejected, and why the first were. Whether a row matches a stored contact, and what "
                          "that contact allows, only the import finds."));
        parser.addFlag(QStringLiteral("json"), tr("Print the result as one JSON object."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;

        ImportOptions options;
        options.filePath = parser.positionals().first();
        options.sheet = parser.value(QStringLiteral("sheet"));
        options.rejectsPath = parser.value(QStringLiteral("rejects"));
        options.extraTags = parser.values(QStringLiteral("tag"));
        if (parser.isSet(QStringLiteral("owner"))) {
            options.defaultOwner = parser.value(QStringLiteral("owner")).simplified();
            if (options.defaultOwner.isEmpty())
                return context.usage(tr("--owner needs a user's email or name."), name());
        }
        // Options that take one of a few names: the first one given a name it does not take
        // is a usage error.
        QString badChoice;
        const auto choose = [&](const QString &option, const auto &fromName, auto &into, const QString &names) {
            if (!badChoice.isEmpty() || !parser.isSet(option))
                return;
            if (const auto value = fromName(parser.value(option)))
                into = *value;
            else
                badChoice = tr("--%1 must be one of %2, not “%3”.").arg(option, names, parser.value(option));
        };
        std::optional<DateOrder> dateOrder;
        choose(QStringLiteral("match"), matchKeyFromName, options.matchOn,
               QStringLiteral("email, phone, external_id, id"));
        choose(QStringLiteral("on-duplicate"), duplicateActionFromName, options.onDuplicate,
               QStringLiteral("skip, fill, overwrite"));
        choose(QStringLiteral("encoding"), textEncodingFromName, options.encoding,
               QStringLiteral("utf-8, utf-16le, utf-16be, windows-1252"));
        choose(QStringLiteral("date-order"), dateOrderFromName, dateOrder, QStringLiteral("day-first, month-first"));
        if (!badChoice.isEmpty())
            return context.usage(badChoice, name());
        // Rows that name their contact by its Leadline id come back to change it.
        if (options.matchOn == MatchKey::LeadlineId && !parser.isSet(QStringLiteral("on-duplicate")))
            options.onDuplicate = DuplicateAction::Overwrite;
        if (parser.isSet(QStringLiteral("update-only"))) {
            options.updateOnly = true;
            if (!parser.isSet(QStringLiteral("on-duplicate")) && options.onDuplicate == DuplicateAction::Skip)
                options.onDuplicate = DuplicateAction::FillEmpty;
            else if (options.onDuplicate == DuplicateAction::Skip)
                return context.usage(tr("--update-only needs --on-duplicate fill or overwrite: skipping the rows "
                                        "that match would change nothing."),
                                     name());
        }
        if (!options.sheet.isEmpty())
            if (const auto format = TabularReaderFactory::detectFormat(options.filePath);
                format && *format != TabularReaderFactory::Format::Xlsx)
                return context.usage(tr("--sheet is for Excel workbooks; %1 is a text file, which has no sheets.")
                                         .arg(QFileInfo(options.filePath).fileName()),
                                     name());
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const QString delimiter = parser.value(QStringLiteral("delimiter"));
            if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
                options.delimiter = QLatin1Char('\t');
            else if (delimiter.size() == 1 && QStringLiteral(",;|\t").contains(delimiter))
                options.delimiter = delimiter.front();
            else
                return context.usage(tr("--delimiter must be one of , ; | or tab, not “%1”.").arg(delimiter), name());
        }
        auto workspace = context.workspace();
        if (!workspace)
            return context.fail(workspace.error());
        // Read with the database open, so that its own files are refused as a mapping.
        if (parser.isSet(QStringLiteral("mapping"))) {
            auto preset = ColumnMapping::readPresetFile(parser.value(QStringLiteral("mapping")));
            if (!preset)
                return context.fail(preset.error());
            options.mappingPreset = *preset;
        }

        if (parser.isSet(QStringLiteral("default-region"))) { // as given, also when empty
            options.defaultRegion = parser.value(QStringLiteral("default-region")).trimmed().toUpper();
            if (!Contacts::PhoneNormalizer::isKnownRegion(options.defaultRegion))
                return context.usage(tr("--default-region must be a country code such as DE or US, not “%1”.")
                                         .arg(parser.value(QStringLiteral("default-region"))),
                                     name());
        } else {
            options.defaultRegion = (*workspace)->contacts().defaultRegion();
            if (options.defaultRegion.isEmpty())
                options.defaultRegion = Contacts::PhoneNormalizer::regionOfThisComputer(); // as the wizard does
        }
        options.dateOrder = dateOrder.value_or(dateOrderOfRegion(options.defaultRegion));
        options.dateOrderChosen = dateOrder.has_value();
        if (parser.isSet(QStringLiteral("check")))
            return checkFile(context, options, **workspace, parser.isSet(QStringLiteral("json")));

        QElapsedTimer timer;
        timer.start();
        ContactImportJob job((*workspace)->database(), (*workspace)->clock(), options);
        const JobOutcome outcome = runInForeground(
            job, [](qint64 done, qint64 total) { return tr("%1% read").arg(total > 0 ? done * 100 / total : 0); });
        const ImportSummary &summary = job.summary();
        if (outcome.failed) {
            // Rows read but none taken (every one rejected so far): nothing to revert. (A skipped row
            // may have recorded an opt-out.)
            const bool imported = summary.created + summary.updated + summary.merged + summary.skipped > 0;
            if (!summary.batchId.isEmpty())
                context.printError(summary.rows == 0 || !imported
                                       ? tr("Import batch %1 stopped before any row was imported.").arg(summary.batchId)
                                   : summary.rows == 1 ? tr("Import batch %1 stopped after one row; revert it with "
                                                            "“leadlinectl import revert %1”.")
                                                             .arg(summary.batchId)
                                                       : tr("Import batch %1 stopped after %2 rows; revert it with "
                                                            "“leadlinectl import revert %1”.")
                                                             .arg(summary.batchId, QLocale().toString(summary.rows)));
            if (!summary.rejectsFile.isEmpty())
                context.printError(tr("Rejected rows so far and their reasons: %1").arg(summary.rejectsFile));
            return context.fail(outcome.error, summary.batchId.isEmpty() ? QJsonObject() : summary.toJson(),
                                outcome.exitCodeOfCancel());
        }
        // A file none of whose rows could be taken is mapped wrong or not what was meant: a script
        // must not take that for an import.
        std::optional<Error> nothingTaken;
        const QString file = QFileInfo(options.filePath).fileName();
        if (summary.rows == 0)
            nothingTaken = Error(ErrorCode::InvalidArgument,
                                 tr("%1 has no rows below its column names: nothing was imported.").arg(file));
        else if (summary.rejected == summary.rows)
            nothingTaken = Error(ErrorCode::InvalidArgument,
                                 (summary.rows == 1 ? tr("The row of %1 was rejected: nothing was imported.").arg(file)
                                                    : tr("All %2 rows of %1 were rejected: nothing was imported.")
                                                          .arg(file, QLocale().toString(summary.rows))) +
                                     QLatin1Char(' ') + tr("The reasons are in %1.").arg(summary.rejectsFile));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json = summary.toJson();
            json.insert(QStringLiteral("elapsed_ms"), timer.elapsed());
            json.insert(QStringLiteral("phone_cpu_ms"), summary.phoneMicros / 1000);
            json.insert(QStringLiteral("header_line"), summary.headerLine);
            if (nothingTaken)
                return context.fail(*nothingTaken, json);
            context.printJson(json);
        } else {
            if (summary.sheetChosen)
                context.print(
                    tr("Read the sheet “%1” of %2.").arg(summary.sheet, QFileInfo(options.filePath).fileName()));
            context.print(outcome.summary);
            if (const QString owners = ContactImportJob::unknownOwnersText(summary, options.defaultOwner); !owners.isEmpty())
                context.print(owners);
            if (const QString kept = ContactImportJob::optOutsKeptText(summary); !kept.isEmpty())
                context.print(kept);
            if (!summary.readingNote.isEmpty())
                context.print(summary.readingNote);
            if (summary.preambleRows > 0) {
                const auto format = TabularReaderFactory::detectFormat(options.filePath);
                const bool sheet = format && *format == TabularReaderFactory::Format::Xlsx;
                context.print((sheet ? tr("The column names are on row %1 of the sheet; what is above them was left out.")
                                     : tr("The column names are on line %1; what is above them was left out."))
                                  .arg(summary.headerLine));
            }
            if (!summary.rejectsFile.isEmpty())
                context.print(tr("Rejected rows and their reasons: %1").arg(summary.rejectsFile));
            if (nothingTaken)
                return context.fail(*nothingTaken);
            context.print(tr("Batch %1 (undo with “leadlinectl import revert %1”)").arg(summary.batchId));
        }
        return Success;
    }

    // What an import of the file would reject, without importing: ImportFileCheck.
    int checkFile(Context &context, const ImportOptions &options, Workspace &workspace, bool json)
    {
        QElapsedTimer timer;
        timer.start();
        auto customFields = Contacts::CustomFieldRegistry(*workspace.database(), workspace.clock()).names();
        if (!customFields)
            return context.fail(customFields.error());
        const auto checked = ImportFileCheck::run(options, *customFields);
        if (!checked)
            return context.fail(checked.error());
        const QString file = QFileInfo(options.filePath).fileName();
        QJsonArray problems;
        for (const ImportFileCheck::Problem &problem : checked->firstProblems)
            problems.append(
                QJsonObject{{QStringLiteral("line"), problem.line}, {QStringLiteral("reason"), problem.reason}});
        const QJsonObject details{
            {QStringLiteral("rows"), checked->rows},
            {QStringLiteral("rejected"), checked->rejected},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("stopped"),
             checked->stopped.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(checked->stopped)},
            {QStringLiteral("reading_note"),
             checked->readingNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(checked->readingNote)},
            {QStringLiteral("elapsed_ms"), timer.elapsed()}};
        // As the import would end: refused when reading stops, or no row would be taken.
        std::optional<Error> refused;
        if (!checked->stopped.isEmpty())
            refused = Error(ErrorCode::InvalidArgument, checked->stopped);
        else if (checked->rows == 0)
            refused = Error(ErrorCode::InvalidArgument,
                            tr("%1 has no rows below its column names: an import would import nothing.").arg(file));
        else if (checked->rejected == checked->rows)
            refused = Error(ErrorCode::InvalidArgument,
                            tr("Every row of %1 would be rejected: an import would import nothing.").arg(file));
        if (!json) {
            const QLocale locale;
            const QString rows = checked->rows == 1 ? tr("1 row of %1").arg(file)
                                                    : tr("%1 rows of %2").arg(locale.toString(checked->rows), file);
            if (!checked->stopped.isEmpty())
                context.print(checked->rejected == 0
                                  ? tr("%1 checked before reading stops; none would be rejected.").arg(rows)
                                  : tr("%1 checked before reading stops: %2 would be rejected.")
                                        .arg(rows, locale.toString(checked->rejected)));
            else if (checked->rows > 0)
                context.print(
                    checked->rejected == 0
                        ? tr("%1 checked: none would be rejected.").arg(rows)
                        : tr("%1 checked: %2 would be rejected.").arg(rows, locale.toString(checked->rejected)));
            const auto format = TabularReaderFactory::detectFormat(options.filePath);
            const bool sheet = format && *format == TabularReaderFactory::Format::Xlsx;
            for (const ImportFileCheck::Problem &problem : checked->firstProblems)
                context.print((sheet ? tr("  Row %1: %2") : tr("  Line %1: %2"))
                                  .arg(locale.toString(problem.line), problem.reason));
            if (!checked->readingNote.isEmpty())
                context.print(checked->readingNote);
        }
        if (refused)
            return context.fail(*refused, details);
        if (json)
            context.printJson(details);
        return Success;
    }

    int list(Context &context, const QStringList &arguments)
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] import list [--limit N] [--json]"),
                            tr("Lists the latest imports, newest first."));
        parser.addValue(QStringLiteral("limit"), QStringLiteral("N"), tr("How many (default 50)."));
        parser.addFlag(QStringLiteral("json"), tr("Print a JSON array."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        auto limit = parser.integer(QStringLiteral("limit"), 1, 100000, 50);
        if (!limit)
            return context.usage(limit.error().message(), name());
        auto workspace = context.workspace(Context::IfMissing::Refuse);
        if (!workspace)
            return context.fail(workspace.error());
        ImportBatchService batches((*workspace)->database(), (*workspace)->clock());
        auto listed = batches.list(int(*limit));
        if (!listed)
            return context.fail(listed.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ImportBatch &batch : *listed)
                array.append(batch.toJson((*workspace)->clock().nowUtc()));
            context.printJson(array);
            return Success;
        }
        for (const ImportBatch &batch : *listed) {
            context.print(tr("%1  %2  %3  %4  %5")
                              .arg(batch.id, batch.startedAt.toString(Qt::ISODate),
                                   batch.statusAt((*workspace)->clock().nowUtc()).leftJustified(11),
                                   ContactImportJob::countsText(ImportSummary::countsOf(batch)), batch.fileName));
        }
        return Success;
    }

    int revert(Context &context, const QStringList &arguments)
    {
        OptionParser parser(QStringLiteral("leadlinectl [--db DB] import revert BATCH_ID [--json]"),
                            tr("Undoes an import: contacts it created are deleted, fields it overwrote get their "
                               "previous values back."));
        parser.setPositionals(QStringLiteral("BATCH_ID"), 1, 1);
        parser.addFlag(QStringLiteral("json"), tr("Print the reverted batch as JSON."));
        parser.addFlag(QStringLiteral("force"),
                       tr("Undo it also when contacts it created were changed since (by hand or by a later import): "
                          "they are removed with those changes."));
        if (const auto stop = context.parseArguments(parser, arguments, name()))
            return *stop;
        auto workspace = context.workspace(Context::IfMissing::Refuse);
        if (!workspace)
            return context.fail(workspace.error());
        ImportBatchService batches((*workspace)->database(), (*workspace)->clock());
        const QString batchId = parser.positionals().first();
        // What it will do, as the desktop app asks before it: contacts changed since go too. (A
        // batch still running, or one undone already, is for revert() to refuse.)
        auto before = batches.get(batchId);
        if (!before)
            return context.fail(before.error());
        ImportBatchService::RevertPreview preview;
        if (before->status != QLatin1String("reverted") && !before->isInProgress((*workspace)->clock().nowUtc())) {
            auto counted = batches.previewRevert(batchId);
            if (!counted)
                return context.fail(counted.error());
            preview = *counted;
        }
        if (preview.changedSince > 0 && !parser.isSet(QStringLiteral("force")))
            return context.fail(Error(
                ErrorCode::Conflict,
                tr("%1 Run it again with --force to undo the import anyway.").arg(preview.changedSinceWarning())));
        // Without --force, a contact changed between the check above and the undo's turn stops it too.
        const std::optional<qint64> changedSinceAccepted =
            parser.isSet(QStringLiteral("force")) ? std::nullopt : std::optional<qint64>(preview.changedSince);
        Result reverted;
        {
            const SayBeforeDying interrupted(tr("leadlinectl: interrupted. An undo is done whole or not at all: "
                                                "“leadlinectl import list” shows whether this one was."));
            reverted = batches.revert(batchId, changedSinceAccepted);
        }
        if (!reverted)
            return context.fail(reverted.error());
        auto batch = batches.get(batchId);
        if (!batch)
            return context.fail(batch.error());
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(batch->toJson((*workspace)->clock().nowUtc()));
        else
            context.print(tr("Reverted the import of %1. %2").arg(batch->fileName, preview.consequences()));
        return Success;
    }
};

} // namespace

} // namespace Leadline::Ctl

using Leadline::Ctl::ImportCommand;
LEADLINE_CTL_COMMAND(ImportCommand)
