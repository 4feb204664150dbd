#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>

namespace Leadline::ImportExport {

class CsvWriter;

// The CSV of rows an import rejected: the source row number, the reason and the original
// cells. Created on the first rejected row that is kept, so a clean import leaves no file
// behind. Not thread-safe.
// The file lists the rejects of the chunks the batch has committed: rows are held (append())
// until just before their chunks commit, then written to the file at its path
// (writePending()); the commit keeps them (keepWritten()), a rollback or a write that failed
// cuts them off again (dropWritten(), with dropPending() for rows not written yet). An
// import killed between writing and committing leaves that commit's rejects in the file too:
// never fewer rows than the batch counts, at most a commit's more.
// A file already at the path is set aside as "PATH.previous" (or "PATH.previous-2"…, never over
// another) when the first row is written, and put back if the import keeps no row in the end.
class RejectsFile
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::RejectsFile)
public:
    // firstColumnsImported: the file's first two columns are mapped to fields, so they are data
    // even when named "Row" and "Reason" like the columns of a file of rejected rows.
    RejectsFile(QString path, QStringList headers, bool firstColumnsImported = false);
    ~RejectsFile();
    // Whether a file can be written at path (its folder exists and takes files; it is no
    // folder itself): asked before an import writes a row, rather than at its first reject.
    static Result checkWritable(const QString &path);
    // The separator of the file (before its first row): the imported file's own, so that the
    // file opens as that one did and imports again as it.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }

    void append(qint64 sourceRow, const QStringList &cells, const QString &reason);
    void dropPending() { m_pending.clear(); }
    Result writePending();
    void keepWritten();
    Result dropWritten();
    Result close(); // drops what is pending or not kept; removes a file that keeps no row
    const QString &path() const { return m_path; }

private:
    Result ioError(const QString &what) const;
    void setPreviousFileAside();

    QString m_path;
    QString m_previousPath; // where a file that was at m_path waits until close()
    bool m_createdFile = false;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_headers;
    int m_ownColumnsReplaced = 0; // 2 when the file read was one of rejected rows
    struct PendingRow
    {
        qint64 sourceRow = 0;
        QStringList fields; // the row number and reason first, then the cells
    };
    QList<PendingRow> m_pending; // written in the order of the file's rows
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvWriter> m_writer; // writes into m_file
    qint64 m_keptBytes = 0;              // the file up to the rows of committed chunks
    qint64 m_writtenRows = 0;
    qint64 m_keptRows = 0;
};

} // namespace Leadline::ImportExport
