#pragma once

#include "services/importexport/readoptions.h"
#include "services/importexport/tabularreader.h"

#include <memory>

namespace Leadline::ImportExport {

// Opens a spreadsheet for reading by its type: .xlsx/.xlsm as Excel workbooks, everything
// else (.csv, .tsv, .txt) as delimited text. The error names the file and what is wrong.
Expected<std::unique_ptr<TabularReader>> openTabularFile(const QString &path, const ReadOptions &options = {});

bool isSpreadsheetFile(const QString &path); // a file type the importer takes

} // namespace Leadline::ImportExport
