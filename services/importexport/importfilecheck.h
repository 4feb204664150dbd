#pragma once

#include "services/core/expected.h"
#include "services/importexport/importoptions.h"
#include "services/importexport/importrowparser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace Leadline::ImportExport {

// Reads a whole file as an import would and checks every row, writing nothing: how many rows the
// import will reject for what they hold or how they are written, before one is imported. The
// wizard runs it in the background over files longer than its preview. Rows an import rejects for
// what the database holds (an update-only row whose email no contact has) are not its to find;
// a row without the key rows are matched on matches nobody whatever it holds, and is.
class ImportFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ImportFileCheck)
public:
    struct Problem
    {
        qint64 line = 0; // the CSV line or XLSX row
        QString reason;  // as the rejects file gives it
    };
    struct Outcome
    {
        qint64 rows = 0;              // data rows read
        qint64 rejected = 0;          // of them, rows an import rejects
        QList<Problem> firstProblems; // the first kProblemsKept, in the file's order
        // Where reading stopped for good (a damaged file): what the reader said. An import keeps
        // the rows before it.
        QString stopped;
        bool cancelled = false;
        // What the first rows' dates say of their order, which the import reads them in unless
        // one was chosen (as the import settles it: from its first chunk).
        DateOrderEvidence dateEvidence;
        // How the rows were read, as the import's summary would say it (text in two encodings,
        // the dates' order): TabularReader::readingNote() and ContactImportJob::datesNote().
        QString readingNote;
    };
    static constexpr int kProblemsKept = 5;

    // With the mapping the import would use (ImportMapping::forFile(): options.mapping, say, as
    // the wizard shows it; customFields: those contacts have, for the automatic one).
    // progress(bytes read, total bytes) after each chunk; cancelled() is asked as often, and a
    // cancelled check returns what it counted so far.
    static Expected<Outcome> run(const ImportOptions &options, const QStringList &customFields = {},
                                 const std::function<bool()> &cancelled = {},
                                 const std::function<void(qint64, qint64)> &progress = {});
};

} // namespace Leadline::ImportExport
