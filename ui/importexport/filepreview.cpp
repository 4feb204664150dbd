#include "ui/importexport/filepreview.h"

#include "services/importexport/contactimportjob.h"
#include "services/importexport/csvreader.h"
#include "services/importexport/importfields.h"
#include "services/importexport/tabularreaderfactory.h"
#include "services/importexport/xlsxreader.h"

#include <QFileInfo>

namespace Leadline::Ui {

using namespace ImportExport;

Expected<FilePreview> FilePreviewLoader::load(const QString &path, const ReadOptions &options, int maxRows)
{
    ReadOptions contactOptions = options;
    contactOptions.isKnownColumnName = isKnownColumnName; // what the import will read it with (and the sheet)
    contactOptions.measureSheets = true;                  // for the choice of sheet
    auto opened = TabularReaderFactory::open(path, contactOptions);
    if (!opened)
        return opened.error();
    TabularReader &reader = **opened;

    FilePreview preview;
    preview.path = path;
    preview.fileSize = QFileInfo(path).size();
    preview.fileModified = QFileInfo(path).lastModified();
    if (const auto *xlsx = dynamic_cast<const XlsxReader *>(&reader)) {
        preview.isXlsx = true;
        preview.sheetNames = xlsx->visibleSheetNames();
        preview.sheetName = xlsx->sheetName();
        if (!preview.sheetNames.contains(preview.sheetName)) // a hidden sheet chosen by name, or only hidden ones
            preview.sheetNames.prepend(preview.sheetName);
        for (const QString &sheet : std::as_const(preview.sheetNames))
            preview.sheetRows << xlsx->rowsOfSheet(sheet).value_or(-1);
    } else if (const auto *csv = dynamic_cast<const CsvReader *>(&reader)) {
        preview.delimiter = csv->delimiter();
        preview.encoding = textEncodingName(csv->encoding());
    }
    preview.headers = reader.headers();
    preview.hasHeaderRow = reader.hasHeaderRow();
    preview.headerLine = reader.headerLine();
    preview.preambleRows = reader.preambleRows();

    // Unreadable rows count too: a file of nothing but ragged rows is not read to its end here.
    while (preview.rows.size() + preview.unreadableRows.size() < maxRows) {
        auto next = reader.next();
        if (!next) {
            if (!reader.canContinue()) {
                // The first rows still help the user see what went wrong; without any, the file is unusable.
                if (preview.rows.isEmpty() && preview.unreadableRows.isEmpty())
                    return next.error();
                preview.fatalProblem = next.error().message();
                return preview;
            }
            const std::optional<TabularRow> row = reader.takeRowInError();
            preview.unreadableRows.append({row ? row->cells : QStringList(), row ? row->line : 0, next.error().message()});
            continue;
        }
        if (!next->has_value())
            return preview;
        preview.rows << (*next)->cells;
        preview.rowLines << (*next)->line;
    }
    // One more row tells whether there is more than the preview.
    auto more = reader.next();
    preview.truncated = !more || more->has_value();
    if (const auto *csv = dynamic_cast<const CsvReader *>(&reader))
        preview.encoding = textEncodingName(csv->encoding()); // may have changed while reading
    return preview;
}

QString FilePreviewLoader::readingStopsNote(const FilePreview &preview)
{
    if (preview.fatalProblem.isEmpty())
        return {};
    // Readers' messages end with a full stop, or none (those the XML parser words); ours ends it.
    QString problem = preview.fatalProblem;
    while (problem.endsWith(u'.'))
        problem.chop(1);
    // Within the preview's rows, so within the import's first chunk, which it then drops whole.
    static_assert(DefaultRows < ContactImportJob::kChunkRows);
    return tr("Reading stops early: %1. An import would stop there too, before it takes any row.").arg(problem);
}

QStringList FilePreviewLoader::importableSuffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("xlsx")};
}

bool FilePreviewLoader::isImportable(const QString &path)
{
    return importableSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QString FilePreviewLoader::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("vertical bar");
    default:
        return delimiter.isNull() ? QString() : QString(delimiter);
    }
}

} // namespace Leadline::Ui
