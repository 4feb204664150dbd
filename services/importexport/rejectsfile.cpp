#include "services/importexport/rejectsfile.h"

#include "services/importexport/csvwriter.h"

#include <QDir>
#include <QFileInfo>

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

Result RejectsFile::ioError(const QString &what) const
{
    return Error(ErrorCode::Io, what.arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
}

Result RejectsFile::setPreviousFileAside()
{
    if (!m_previousPath.isEmpty() || !QFileInfo::exists(m_path))
        return {};
    const QString previous = m_path + QStringLiteral(".previous");
    QFile::remove(previous);
    if (!QFile::rename(m_path, previous))
        return Error(ErrorCode::Io, tr("Could not replace the file %1 with the rejected rows: it cannot be renamed to %2")
                                        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(previous)));
    m_previousPath = previous;
    return {};
}

Result RejectsFile::writePending()
{
    if (m_pending.isEmpty())
        return {};
    if (!m_writer) {
        if (Result setAside = setPreviousFileAside(); !setAside)
            return setAside;
        m_createdFile = true;
        auto file = std::make_unique<QFile>(m_path);
        // Unbuffered: what the writer hands over is in the file, and cutting it back never
        // has to flush a buffer first.
        if (!file->open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
            return Error(ErrorCode::Io, tr("Could not create the file of rejected rows %1: %2")
                                            .arg(QDir::toNativeSeparators(m_path), file->errorString()));
        CsvWriteOptions options;
        options.byteOrderMark = true; // opened in Excel more often than anywhere else
        auto opened = CsvWriter::open(file.get(), QFileInfo(m_path).fileName(), options);
        if (!opened)
            return opened.error();
        m_file = std::move(file); // both or neither
        m_writer = std::move(*opened);
        if (Result header = m_writer->writeRow(QStringList{tr("Row"), tr("Reason")} + m_headers); !header)
            return header;
        if (Result flushed = m_writer->flush(); !flushed)
            return flushed;
        m_keptBytes = m_file->pos();
    }
    const QList<QStringList> rows = std::exchange(m_pending, {});
    for (const QStringList &row : rows)
        if (Result written = m_writer->writeRow(row); !written)
            return written;
    m_writtenRows += rows.size();
    if (Result flushed = m_writer->flush(); !flushed)
        return flushed;
    if (!m_file->flush())
        return ioError(tr("Could not write the file of rejected rows %1: %2"));
    return {};
}

void RejectsFile::keepWritten()
{
    if (!m_writer)
        return;
    m_keptBytes = m_file->pos();
    m_keptRows = m_writtenRows;
}

Result RejectsFile::dropWritten()
{
    if (!m_writer)
        return {};
    // Also after a write that failed midway: whatever went past the kept rows goes.
    m_writer->discardBuffered();
    if (m_file->size() == m_keptBytes && m_file->pos() == m_keptBytes) {
        m_writtenRows = m_keptRows;
        return {};
    }
    if (!m_file->resize(m_keptBytes) || !m_file->seek(m_keptBytes))
        return ioError(tr("Could not write the file of rejected rows %1: %2"));
    m_writtenRows = m_keptRows;
    return {};
}

Result RejectsFile::close()
{
    m_pending.clear();
    Result result;
    if (m_writer) {
        result = dropWritten();
        if (result)
            result = m_writer->finish();
        m_writer.reset();
        m_file->close();
        if (result && m_file->error() != QFileDevice::NoError)
            result = ioError(tr("Could not write the file of rejected rows %1: %2"));
        m_file.reset();
    }
    if (m_createdFile && m_keptRows == 0)
        QFile::remove(m_path); // also one that was created and then failed to take a row
    m_createdFile = false;
    if (!m_previousPath.isEmpty()) {
        // The import's file replaces what was there only if it lists a row.
        const bool restored = m_keptRows > 0 ? QFile::remove(m_previousPath) : QFile::rename(m_previousPath, m_path);
        if (!restored && result)
            result = Error(ErrorCode::Io, tr("Could not put the earlier file %1 back: it is kept as %2")
                                              .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(m_previousPath)));
        m_previousPath.clear();
    }
    return result;
}

} // namespace Leadline::ImportExport
