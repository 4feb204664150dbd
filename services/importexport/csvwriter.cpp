#include "services/importexport/csvwriter.h"

#include "services/storage/databasefiles.h"

#include "services/importexport/formulaguard.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Leadline::ImportExport {

QChar csvDelimiterFor(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

namespace {
constexpr qsizetype FlushBytes = 1024 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, std::unique_ptr<QSaveFile> file, QString name, const CsvWriteOptions &options)
    : m_file(std::move(file))
    , m_device(device)
    , m_name(std::move(name))
    , m_options(options)
{
    m_buffer.reserve(FlushBytes + 64 * 1024);
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    if (m_file && !m_finished)
        m_file->cancelWriting();
}

Expected<std::unique_ptr<CsvWriter>> CsvWriter::open(const QString &path, const CsvWriteOptions &options)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed.error();
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Could not create %1: %2").arg(path, file->errorString()));
    QIODevice *device = file.get();
    return std::unique_ptr<CsvWriter>(new CsvWriter(device, std::move(file), QFileInfo(path).fileName(), options));
}

Expected<std::unique_ptr<CsvWriter>> CsvWriter::open(QIODevice *device, const QString &name,
                                                     const CsvWriteOptions &options)
{
    if (!device || !device->isWritable())
        return Error(ErrorCode::InvalidArgument, tr("%1 is not open for writing.").arg(name));
    return std::unique_ptr<CsvWriter>(new CsvWriter(device, nullptr, name, options));
}

Result CsvWriter::writeRow(const QStringList &cells)
{
    if (m_finished)
        return Error(ErrorCode::InvalidArgument, tr("%1 is already complete.").arg(m_name));
    const QChar delimiter = m_options.delimiter;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer.append(char(delimiter.unicode()));
        const QString cell = !m_options.neutraliseFormulas ? cells.at(i)
                             : m_options.cellsAsRead       ? FormulaGuard::neutraliseAsRead(cells.at(i))
                                                           : FormulaGuard::neutralise(cells.at(i));
        bool quote = false;
        for (QChar c : cell) {
            if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
                quote = true;
                break;
            }
        }
        quote = quote || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            m_buffer.append('"');
            QString escaped = cell;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            m_buffer.append(escaped.toUtf8());
            m_buffer.append('"');
        } else {
            m_buffer.append(cell.toUtf8());
        }
    }
    m_buffer.append("\r\n");
    ++m_rows;
    if (m_buffer.size() >= FlushBytes)
        return flush();
    return {};
}

Result CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_device->write(m_buffer) != m_buffer.size())
        return Error(ErrorCode::Io, tr("Could not write %1: %2").arg(m_name, m_device->errorString()));
    m_buffer.clear();
    return {};
}

Result CsvWriter::finish()
{
    if (m_finished)
        return {};
    if (auto flushed = flush(); !flushed)
        return flushed;
    m_finished = true;
    if (m_file && !m_file->commit())
        return Error(ErrorCode::Io, tr("Could not save %1: %2").arg(m_name, m_file->errorString()));
    return {};
}

} // namespace Leadline::ImportExport
