#include "services/importexport/tabularreaderfactory.h"

#include "services/storage/databasefiles.h"

#include "services/importexport/csvreader.h"
#include "services/importexport/xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Leadline::ImportExport {

namespace {

// Office saves a workbook with a password as a compound file (the .xls container) holding an
// "EncryptedPackage" stream: its name, in UTF-16, is in one of the container's directory
// entries, wherever the directory lies.
bool holdsEncryptedPackage(QFile &file)
{
    QByteArray name; // UTF-16LE
    for (const char c : QByteArrayView("EncryptedPackage"))
        name.append(c).append('\0');
    constexpr qint64 kBlock = 1 << 20;
    file.seek(0);
    QByteArray tail;
    while (!file.atEnd()) {
        const QByteArray block = tail + file.read(kBlock);
        if (block.size() == tail.size())
            break;
        if (block.contains(name))
            return true;
        tail = block.right(name.size());
    }
    return false;
}

} // namespace

Expected<TabularReaderFactory::Format> TabularReaderFactory::detectFormat(const QString &path)
{
    if (Result allowed = Storage::DatabaseFiles::refuse(path); !allowed)
        return allowed.error();
    if (QFileInfo(path).isDir())
        return Error(ErrorCode::InvalidArgument, tr("%1 is a folder, not a file to import.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Could not open %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(8);
    if (magic.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 is an empty file (0 bytes), not an Excel workbook.").arg(QFileInfo(path).fileName()));
    if (magic.startsWith("PK\x03\x04"))
        return Format::Xlsx;
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") && holdsEncryptedPackage(file))
        return Error(ErrorCode::Unsupported,
                     tr("%1 is protected with a password, so its rows cannot be read. Open it in Excel, remove the "
                        "password (File > Info > Protect Workbook > Encrypt with Password), save it and import it "
                        "again.")
                         .arg(QFileInfo(path).fileName()));
    if (magic.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error(ErrorCode::Unsupported, tr("%1 is an Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV "
                                                "and import that.")
                                                 .arg(path));
    return Format::Csv;
}

namespace {

int knownColumns(const QStringList &headers, const ReadOptions &options)
{
    return int(std::count_if(headers.cbegin(), headers.cend(), options.isKnownColumnName));
}

// A workbook whose first sheet is a summary or notes, the rows on another: the first visible
// sheet whose columns have names the reader knows, when the first has fewer than two.
std::unique_ptr<XlsxReader> preferTheSheetOfKnownColumns(std::unique_ptr<XlsxReader> first, const QString &path,
                                                         const ReadOptions &options)
{
    if (!options.isKnownColumnName || !options.sheetName.isEmpty() || options.sheetIndex >= 0 ||
        knownColumns(first->headers(), options) >= 2)
        return first;
    for (const QString &sheet : first->visibleSheetNames()) {
        if (sheet == first->sheetName())
            continue;
        ReadOptions other = options;
        other.sheetName = sheet;
        if (auto opened = XlsxReader::open(path, other); opened && knownColumns((*opened)->headers(), options) >= 2)
            return std::move(*opened);
    }
    return first;
}

} // namespace

Expected<std::unique_ptr<TabularReader>> TabularReaderFactory::open(const QString &path, const ReadOptions &options)
{
    auto format = detectFormat(path);
    if (!format)
        return format.error();
    if (*format == Format::Xlsx) {
        auto reader = XlsxReader::open(path, options);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TabularReader>(preferTheSheetOfKnownColumns(std::move(*reader), path, options));
    }
    auto reader = CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TabularReader>(std::move(*reader));
}

} // namespace Leadline::ImportExport
