#pragma once

#include "services/core/expected.h"
#include "services/importexport/readoptions.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace Leadline::ImportExport {

// Reads one entry of an open zip archive in chunks and stops at the zip-bomb limits of ReadOptions:
// the declared and the actual inflated size, and the inflation ratio. Only one entry of an archive can
// be open at a time (minizip). Not thread-safe; borrows the QuaZip, which must outlive it.
class ZipEntryStream
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::ZipEntryStream)
public:
    // maxBytes: the size limit for this entry (the caller's choice of the two limits in ReadOptions).
    static Expected<std::unique_ptr<ZipEntryStream>> open(QuaZip *zip, const QString &entry, const QString &sourceName,
                                                          qint64 maxBytes, const ReadOptions &limits);
    static bool exists(QuaZip *zip, const QString &entry);
    ~ZipEntryStream();

    // The next chunk of inflated bytes; empty at the end of the entry.
    Expected<QByteArray> read(qint64 maxChunk = 256 * 1024);
    Expected<QByteArray> readAll();
    // Adds the next chunk to an incremental XML reader; false at the end of the entry.
    Expected<bool> feed(QXmlStreamReader &xml);

    qint64 bytesRead() const { return m_read; }
    qint64 size() const { return m_size; }
    const QString &entry() const { return m_entry; }

private:
    ZipEntryStream() = default;
    Error limitError(const QString &what) const;

    std::unique_ptr<QuaZipFile> m_file;
    QString m_entry;
    QString m_sourceName;
    qint64 m_size = 0;
    qint64 m_compressed = 0;
    qint64 m_maxBytes = 0;
    qint64 m_read = 0;
    double m_maxRatio = 0;
    qint64 m_ratioMin = 0;
};

} // namespace Leadline::ImportExport
