#include "services/importexport/rejectsfile.h"

#include "services/storage/databasefiles.h"

#include "services/importexport/csvwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Leadline::ImportExport {

RejectsFile::RejectsFile(QString path, QStringList headers, bool firstColumnsImported)
    : m_path(std::move(path))
    , m_headers(std::move(headers))
{
    // A file of rejected rows, fixed and imported again: its own row and reason columns give way
    // to the new ones rather than piling up in front of them.
    const auto named = [this](int column, const char *source) {
        const QString header = m_headers.value(column).trimmed();
        return header.compare(QLatin1String(source), Qt::CaseInsensitive) == 0 ||
               header.compare(tr(source), Qt::CaseInsensitive) == 0;
    };
    if (!firstColumnsImported && m_headers.size() > 2 && named(0, QT_TR_NOOP("Row")) &&
        named(1, QT_TR_NOOP("Reason"))) {
        m_headers.remove(0, 2);
        m_ownColumnsReplaced = 2;
    }
}

RejectsFile::~RejectsFile() = default;

void RejectsFile::append(qint64 sourceRow, const QStringList &cells, const QString &reason)
{
    QStringList fields = QStringList{QString::number(sourceRow), reason} + cells.mid(m_ownColumnsReplaced);
    // A row with too few cells gets empty ones, so each stands under its column in a
    // spreadsheet and the row can be fixed there; one with too many keeps them all.
    while (fields.size() < m_headers.size() + 2)
        fields << QString();
    m_pending.append({sourceRow, std::move(fields)});
}

Result RejectsFile::checkWritable(const QString &path)
{
    const QFileInfo file(path);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (file.isDir())
        return Error(ErrorCode::InvalidArgument,
                     tr("The rejected rows cannot be written to %1: it is a folder. Name a file.").arg(shown));
    const QDir folder = file.absoluteDir();
    if (!folder.exists())
        return Error(ErrorCode::InvalidArgument,
                     tr("The rejected rows cannot be written to %1: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(folder.absolutePath())));
    QTemporaryFile probe(folder.filePath(QStringLiteral(".leadline-rejects-XXXXXX")));
    if (!probe.open())
        return Error(ErrorCode::Io,
                     tr("The rejected rows cannot be written to %1: %2").arg(shown, probe.errorString()));
    return {};
}

Result RejectsFile::ioError(const QString &what) const
{
    return Error(ErrorCode::Io, what.arg(QDir::toNativeSeparators(m_path), m_file->errorString()));
}

void RejectsFile::setPreviousFileAside()
{
    const QFileInfo existing(m_path);
    if (!m_previousPath.isEmpty() || !existing.isFile() || existing.isSymLink())
        return; // a device or a link is written through, as before
    // Never over another file set aside, such as one a killed import left.
    QString previous = m_path + QStringLiteral(".previous");
    for (int n = 2; QFileInfo::exists(previous); ++n)
        previous = m_path + QStringLiteral(".previous-%1").arg(n);
    // A folder that cannot be written to keeps the file where it is: it is then replaced.
    if (QFile::rename(m_path, previous))
        m_previousPath = previous;
}

Result RejectsFile::writePending()
{
    if (m_pending.isEmpty())
        return {};
    if (!m_writer) {
        if (Result allowed = Storage::DatabaseFiles::refuse(m_path); !allowed)
            return allowed;
        setPreviousFileAside();
        m_createdFile = !QFileInfo::exists(m_path); // only a file made here is removed again
        auto file = std::make_unique<QFile>(m_path);
        // Unbuffered: what the writer hands over is in the file, and cutting it back never
        // has to flush a buffer first.
        if (!file->open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered))
            return Error(ErrorCode::Io, tr("Could not create the file of rejected rows %1: %2")
                                            .arg(QDir::toNativeSeparators(m_path), file->errorString()));
        CsvWriteOptions options;
        options.byteOrderMark = true; // opened in Excel more often than anywhere else
        options.cellsAsRead = true;   // fixed and imported again, a row must read as it did
        options.delimiter = m_delimiter;
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
    // Rows the reader could not shape are rejected before the chunk's others: file order again.
    QList<PendingRow> rows = std::exchange(m_pending, {});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const PendingRow &a, const PendingRow &b) { return a.sourceRow < b.sourceRow; });
    for (const PendingRow &row : std::as_const(rows))
        if (Result written = m_writer->writeRow(row.fields); !written)
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
    // The import's file replaces what was there only if it lists a row. Either way the
    // import's own work is done: a file that cannot be put back or removed stays where it was
    // set aside, and says so in the log.
    if (!m_previousPath.isEmpty()) {
        if (m_keptRows > 0 ? !QFile::remove(m_previousPath) : !QFile::rename(m_previousPath, m_path))
            qWarning("The file that was at %s before the import is kept as %s", qPrintable(QDir::toNativeSeparators(m_path)),
                     qPrintable(QDir::toNativeSeparators(m_previousPath)));
        m_previousPath.clear();
    }
    return result;
}

} // namespace Leadline::ImportExport
