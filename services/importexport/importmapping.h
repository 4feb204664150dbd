#pragma once

#include "services/core/expected.h"
#include "services/importexport/columnmapping.h"
#include "services/importexport/importoptions.h"

#include <QCoreApplication>

namespace Leadline::ImportExport {

class TabularReader;

// The mapping an import of a file uses: the one chosen (applied by column name when it was made
// for another file), a preset applied by column name, or the automatic one (with the custom fields
// contacts have, and an "id" column of Leadline ids recognised as such). Checked: a mapping that
// imports nothing is refused, naming the sheet read when the workbook has others.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportMapping)
public:
    // A file without a column (empty lines only, an empty sheet) is refused: it has no rows to import.
    static Expected<ColumnMapping> forFile(const TabularReader &reader, const ImportOptions &options,
                                           const QStringList &customFields);
    // What the options ask of the file and its mapping, before a row is read: a column for the key
    // rows are matched on, a way to update, a name each new custom field may have (storedFields:
    // those contacts have), tags for every contact no longer than a tag may be.
    static Result checkOptions(const ColumnMapping &mapping, const ImportOptions &options,
                               const QStringList &storedFields);
};

} // namespace Leadline::ImportExport
