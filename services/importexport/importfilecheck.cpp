#include "services/importexport/importfilecheck.h"

#include "services/importexport/contactimportjob.h"
#include "services/importexport/importmapping.h"
#include "services/importexport/importrowparser.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/xlsxreader.h"

#include <QtConcurrent/QtConcurrentMap>

namespace Leadline::ImportExport {

namespace {

// As the import reads them: its first chunk settles how dates are read.
constexpr int kChunkRows = ContactImportJob::kChunkRows;

void note(ImportFileCheck::Outcome &outcome, qint64 line, const QString &reason)
{
    ++outcome.rejected;
    if (outcome.firstProblems.size() < ImportFileCheck::kProblemsKept)
        outcome.firstProblems.append({line, reason});
}

} // namespace

Expected<ImportFileCheck::Outcome> ImportFileCheck::run(const ImportOptions &options, const QStringList &customFields,
                                                        const std::function<bool()> &cancelled,
                                                        const std::function<void(qint64, qint64)> &progress)
{
    auto opened = TabularReaderFactory::open(options.filePath, options.readOptions());
    if (!opened)
        return opened.error();
    TabularReader &reader = **opened;
    auto resolved = ImportMapping::forFile(reader, options, customFields);
    if (!resolved)
        return resolved.error();
    const ColumnMapping &mapping = *resolved;
    if (Result usable = ImportMapping::checkOptions(mapping, options, customFields); !usable)
        return usable.error();
    ImportOptions parsing = options;
    if (parsing.defaultRegion.isEmpty()) // as the import reads numbers without a country code
        parsing.defaultRegion = QStringLiteral("US");
    ImportRowParser parser(mapping, parsing);
    Outcome outcome;
    bool first = true;
    QString datesNote;
    bool more = true;
    while (more) {
        if (cancelled && cancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        // A chunk read, its unreadable rows noted as they come (in the file's order with the rest).
        QList<TabularRow> rows;
        QList<std::pair<qint64, QString>> unreadable;
        rows.reserve(kChunkRows);
        while (rows.size() < kChunkRows) {
            auto next = reader.next();
            if (!next) {
                if (!reader.canContinue()) {
                    outcome.stopped = next.error().message();
                    more = false;
                    break;
                }
                const qint64 line = reader.takeRowInError().value_or(TabularRow{{}, reader.rowsRead()}).line;
                unreadable.append({line, next.error().message()});
                continue;
            }
            if (!next->has_value()) {
                more = false;
                break;
            }
            rows.append(std::move(**next));
        }
        // The first rows settle how dates are read, as in the import.
        if (std::exchange(first, false)) {
            for (const TabularRow &row : std::as_const(rows))
                outcome.dateEvidence.addRow(mapping, row.cells, row.line);
            if (!options.dateOrderChosen) {
                datesNote = ContactImportJob::datesNote(outcome.dateEvidence, parser.dateOrder(),
                                                        dynamic_cast<const XlsxReader *>(&reader) != nullptr);
                if (const auto order = outcome.dateEvidence.order())
                    parser.setDateOrder(*order);
            }
        }
        const QList<ParsedRow> parsed = QtConcurrent::blockingMapped<QList<ParsedRow>>(
            rows, [&parser](const TabularRow &row) { return parser.parse(row.cells, row.line); });
        outcome.rows += rows.size() + unreadable.size();
        // Both in the file's order: merged by line, so the first problems are the file's first.
        qsizetype u = 0;
        for (const ParsedRow &row : parsed) {
            for (; u < unreadable.size() && unreadable.at(u).first < row.sourceRow; ++u)
                note(outcome, unreadable.at(u).first, unreadable.at(u).second);
            if (row.isRejected())
                note(outcome, row.sourceRow, row.rejectReason(mapping.headers()));
            // A row without the key rows are matched on matches nobody: it is a new contact,
            // whatever the database holds, and refused as one when it cannot be.
            else if (row.matchValue(options.matchOn).isEmpty())
                if (const std::optional<QString> refused = ContactImportJob::newContactRefused(row, options))
                    note(outcome, row.sourceRow, *refused);
        }
        for (; u < unreadable.size(); ++u)
            note(outcome, unreadable.at(u).first, unreadable.at(u).second);
        if (progress)
            progress(reader.bytesRead(), reader.totalBytes());
    }
    outcome.readingNote = reader.readingNote();
    if (!datesNote.isEmpty())
        outcome.readingNote += (outcome.readingNote.isEmpty() ? QString() : QStringLiteral(" ")) + datesNote;
    return outcome;
}

} // namespace Leadline::ImportExport
