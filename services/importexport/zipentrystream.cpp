#include "services/importexport/zipentrystream.h"

#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Leadline::ImportExport {

bool ZipEntryStream::exists(QuaZip *zip, const QString &entry)
{
    return zip->setCurrentFile(entry, QuaZip::csInsensitive);
}

Expected<std::unique_ptr<ZipEntryStream>> ZipEntryStream::open(QuaZip *zip, const QString &entry,
                                                               const QString &sourceName, qint64 maxBytes,
                                                               const ReadOptions &limits)
{
    if (!zip->setCurrentFile(entry, QuaZip::csInsensitive))
        return Error(ErrorCode::InvalidArgument, tr("%1: the workbook has no part %2.").arg(sourceName, entry));
    QuaZipFileInfo64 info;
    if (!zip->getCurrentFileInfo(&info))
        return Error(ErrorCode::InvalidArgument, tr("%1: the zip entry %2 is damaged.").arg(sourceName, entry));

    std::unique_ptr<ZipEntryStream> stream(new ZipEntryStream);
    stream->m_entry = entry;
    stream->m_sourceName = sourceName;
    stream->m_size = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
    stream->m_compressed = qint64(std::min<quint64>(info.compressedSize, quint64(1) << 62));
    stream->m_maxBytes = maxBytes;
    stream->m_maxRatio = limits.maxCompressionRatio;
    stream->m_ratioMin = limits.ratioCheckMinBytes;

    if (stream->m_size > maxBytes)
        return stream->limitError(
            tr("it would inflate to %1 bytes, more than the limit of %2 bytes").arg(stream->m_size).arg(maxBytes));
    if (stream->m_size > stream->m_ratioMin &&
        double(stream->m_size) > stream->m_maxRatio * double(std::max<qint64>(stream->m_compressed, 1)))
        return stream->limitError(
            tr("it would inflate %1 times its compressed size, more than the limit of %2")
                .arg(double(stream->m_size) / double(std::max<qint64>(stream->m_compressed, 1)), 0, 'f', 0)
                .arg(stream->m_maxRatio));

    stream->m_file = std::make_unique<QuaZipFile>(zip);
    if (!stream->m_file->open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidArgument, tr("%1: the zip entry %2 cannot be read (error %3).")
                                                     .arg(sourceName, entry)
                                                     .arg(stream->m_file->getZipError()));
    return stream;
}

ZipEntryStream::~ZipEntryStream()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

Error ZipEntryStream::limitError(const QString &what) const
{
    return Error(
        ErrorCode::InvalidArgument,
        tr("%1: refusing to unpack %2: %3. The file may be a zip bomb or damaged.").arg(m_sourceName, m_entry, what),
        QStringLiteral("zip limit"));
}

Expected<QByteArray> ZipEntryStream::read(qint64 maxChunk)
{
    QByteArray chunk(maxChunk, Qt::Uninitialized);
    const qint64 got = m_file->read(chunk.data(), maxChunk);
    if (got < 0 || m_file->getZipError() != 0)
        return Error(
            ErrorCode::InvalidArgument,
            tr("%1: the zip entry %2 is damaged (error %3).").arg(m_sourceName, m_entry).arg(m_file->getZipError()));
    chunk.truncate(got);
    m_read += got;
    // The header sizes can lie; the bytes actually inflated are what count.
    if (m_read > m_size)
        return limitError(tr("it inflates to more than the %1 bytes it declares").arg(m_size));
    if (m_read > m_maxBytes)
        return limitError(tr("it inflates to more than the limit of %1 bytes").arg(m_maxBytes));
    if (m_read > m_ratioMin && double(m_read) > m_maxRatio * double(std::max<qint64>(m_compressed, 1)))
        return limitError(tr("it inflates more than %1 times its compressed size").arg(m_maxRatio));
    return chunk;
}

Expected<QByteArray> ZipEntryStream::readAll()
{
    QByteArray all;
    for (;;) {
        auto chunk = read();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            return all;
        all += *chunk;
    }
}

Expected<bool> ZipEntryStream::feed(QXmlStreamReader &xml)
{
    auto chunk = read();
    if (!chunk)
        return chunk.error();
    if (chunk->isEmpty())
        return false;
    xml.addData(*chunk);
    return true;
}

} // namespace Leadline::ImportExport
