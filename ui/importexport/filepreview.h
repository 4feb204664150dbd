#pragma once

#include "services/core/expected.h"
#include "services/importexport/readoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Leadline::Ui {

// A row the reader could not shape (a wrong number of cells): the import rejects it.
struct UnreadableRow
{
    QStringList cells; // as read
    qint64 line = 0;   // its line (CSV) or row (XLSX)
    QString problem;   // what the reader said, with the line
};

// What the import wizard shows of a file before importing it: how it was read and its first rows.
struct FilePreview
{
    QString path;
    bool isXlsx = false;
    QStringList sheetNames; // XLSX only: the visible sheets, in workbook order
    QList<qint64> sheetRows; // of each, the rows it spans as it says itself (header included); -1 unknown
    QString sheetName;      // the sheet read (XLSX)
    QString encoding;       // CSV: the detected encoding's name
    QChar delimiter;        // CSV: the detected delimiter
    bool hasHeaderRow = false;
    qint64 headerLine = 0; // the header row's line (CSV) or row (XLSX); 0 without one
    int preambleRows = 0;  // rows above the header left out as a title or note
    QStringList headers;
    QList<QStringList> rows;  // at most maxRows, each with headers.size() cells
    QList<qint64> rowLines;   // the line (CSV) or row (XLSX) of each row in the file
    QList<UnreadableRow> unreadableRows; // among the first rows, in the file's order
    QString fatalProblem;     // where reading stopped for good (a damaged file), after the rows above
    bool truncated = false;   // the file has more rows than were read
    qint64 fileSize = 0;
    QDateTime fileModified; // with the size: whether the file changed since it was previewed
};

// Reads the first rows of a spreadsheet for the preview. Runs on any thread (the wizard calls it
// from a worker so a big or slow file never blocks the window); touches nothing but the file.
class FilePreviewLoader
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Ui::FilePreviewLoader)
public:
    static constexpr int DefaultRows = 200; // fewer than an import's first chunk (ContactImportJob::kChunkRows)
    static Expected<FilePreview> load(const QString &path, const ImportExport::ReadOptions &options,
                                      int maxRows = DefaultRows);
    // The file types the wizard opens, by suffix: csv, tsv, txt, xlsx.
    static bool isImportable(const QString &path);
    static QStringList importableSuffixes();
    static QString delimiterName(QChar delimiter);
    // For a file that stops being readable within the preview: what the reader said and what an
    // import does there, as a sentence. Empty otherwise.
    static QString readingStopsNote(const FilePreview &preview);
};

} // namespace Leadline::Ui
