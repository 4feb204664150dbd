#pragma once

#include "services/importexport/tabularreader.h"

#include <memory>

namespace Leadline::ImportExport {

// Opens a file for import with the right reader, chosen by content rather than by name: a zip
// archive is read as .xlsx, anything else as CSV/TSV text. Callable from any thread; the reader it
// returns belongs to the caller.
// A workbook opened without a sheet named, and with ReadOptions::isKnownColumnName, is read from
// its first visible sheet whose columns have known names, when the first has fewer than two (a
// summary first, the contacts after it): what the wizard shows and the command line imports.
class TabularReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::TabularReaderFactory)
public:
    enum class Format { Csv, Xlsx };
    static Expected<Format> detectFormat(const QString &path);
    static Expected<std::unique_ptr<TabularReader>> open(const QString &path, const ReadOptions &options = {});
};

} // namespace Leadline::ImportExport
