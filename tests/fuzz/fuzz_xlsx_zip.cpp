// XLSX reader: arbitrary bytes as a whole .xlsx (zip) file, first sheet read to the end.
#include "services/importexport/xlsxreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace Leadline::ImportExport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReadOptions options;
    options.maxEntryBytes = 16 * 1024 * 1024;
    options.maxMetadataEntryBytes = 4 * 1024 * 1024;
    options.maxSharedStringBytes = 4 * 1024 * 1024;
    options.maxFieldChars = 4096;
    auto reader = XlsxReader::open(&buffer, QStringLiteral("fuzz.xlsx"), options);
    if (!reader)
        return 0;
    for (int rows = 0; rows < 1000000; ++rows) {
        auto row = (*reader)->next();
        if (!row && !(*reader)->canContinue())
            break;
        if (row && !row->has_value())
            break;
        if (row && (*row)->cells.size() != (*reader)->columnCount())
            __builtin_trap();
    }
    return 0;
}
