// CSV reader: arbitrary bytes as a file (any encoding, any quoting), read to the end.
#include "services/importexport/csvreader.h"

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
    options.maxFieldChars = 4096;
    // The last byte picks a few options so forced encodings and header modes get covered too.
    if (size > 0) {
        const uint8_t knob = data[size - 1];
        options.header = static_cast<HeaderMode>(knob % 3);
        if (knob & 0x10)
            options.encoding = static_cast<TextEncoding>((knob >> 5) % 5);
    }
    auto reader = CsvReader::open(&buffer, QStringLiteral("fuzz.csv"), options);
    if (!reader)
        return 0;
    for (int rows = 0; rows < 1000000; ++rows) {
        auto row = (*reader)->next();
        if (!row && !(*reader)->canContinue())
            break;
        if (row && !row->has_value())
            break;
        if (row && (*row)->cells.size() != (*reader)->columnCount())
            __builtin_trap(); // the reader promises exactly columnCount() cells
    }
    return 0;
}
