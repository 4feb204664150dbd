#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Leadline::ImportExport {

class CsvWriter;

// The CSV of rows an import rejected: the source row number, the reason and the original
// cells. Created on the first rejected row, so a clean import leaves no file behind; the
// file appears complete at its path when close() succeeds. Not thread-safe.
// Rows are held until the chunks they belong to are committed (keepPending()), so that the
// file lists exactly the rejects the batch counts: chunks rolled back take theirs with them
// (dropPending()).
class RejectsFile
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::RejectsFile)
public:
    RejectsFile(QString path, QStringList headers);
    ~RejectsFile();

    void append(qint64 sourceRow, const QStringList &cells, const QString &reason);
    Result keepPending();
    void dropPending() { m_pending.clear(); }
    Result close(); // drops what is still pending
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QStringList m_headers;
    QList<QStringList> m_pending; // the row number and reason first, then the cells
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace Leadline::ImportExport
