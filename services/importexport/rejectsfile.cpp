#include "services/importexport/rejectsfile.h"

#include "services/importexport/csvwriter.h"

namespace Leadline::ImportExport {

RejectsFile::RejectsFile(QString path, QStringList headers)
    : m_path(std::move(path))
    , m_headers(std::move(headers))
{}

RejectsFile::~RejectsFile() = default;

void RejectsFile::append(qint64 sourceRow, const QStringList &cells, const QString &reason)
{
    m_pending.append(QStringList{QString::number(sourceRow), reason} + cells);
}

Result RejectsFile::keepPending()
{
    if (m_pending.isEmpty())
        return {};
    if (!m_writer) {
        CsvWriteOptions options;
        options.byteOrderMark = true; // opened in Excel more often than anywhere else
        auto opened = CsvWriter::open(m_path, options);
        if (!opened)
            return opened.error();
        m_writer = std::move(*opened);
        if (Result header = m_writer->writeRow(QStringList{tr("Row"), tr("Reason")} + m_headers); !header)
            return header;
    }
    const QList<QStringList> rows = std::exchange(m_pending, {});
    for (const QStringList &row : rows)
        if (Result written = m_writer->writeRow(row); !written)
            return written;
    return {};
}

Result RejectsFile::close()
{
    m_pending.clear();
    if (!m_writer)
        return {};
    Result finished = m_writer->finish();
    m_writer.reset();
    return finished;
}

} // namespace Leadline::ImportExport
