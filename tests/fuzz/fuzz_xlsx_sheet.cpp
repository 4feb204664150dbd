// XLSX sheet parser: arbitrary bytes as worksheet XML, fed in chunks, read to the end.
#include "services/importexport/xlsxsharedstrings.h"
#include "services/importexport/xlsxsheetparser.h"
#include "services/importexport/xlsxstyles.h"

#include <cstddef>
#include <cstdint>

using namespace Leadline::ImportExport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const XlsxSharedStrings strings = [] {
        XlsxSharedStrings table;
        table.append(QStringLiteral("Name"));
        table.append(QStringLiteral("ada@example.com"));
        table.append(QStringLiteral("Zoë_x000D_"));
        return table;
    }();
    static const XlsxStyles styles = [] {
        XlsxStyles table;
        using Kind = XlsxStyles::DateKind;
        table.setKinds({Kind::None, Kind::Date, Kind::Time, Kind::DateTime, Kind::Duration});
        return table;
    }();

    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype chunk = size > 0 ? 1 + data[0] % 64 : 1;
    XlsxSheetParser parser(&strings, &styles, size > 1 && (data[1] & 1), QStringLiteral("fuzz"), 4096);
    qsizetype fed = 0;
    for (int steps = 0; steps < 10000000; ++steps) {
        TabularRow row;
        auto status = parser.next(&row);
        if (!status || *status == XlsxSheetParser::Status::End)
            break;
        if (*status == XlsxSheetParser::Status::Row) {
            if (row.cells.size() > XlsxSheetParser::MaxColumns)
                __builtin_trap();
            continue;
        }
        if (fed < xml.size()) {
            parser.addData(xml.mid(fed, chunk));
            fed += chunk;
        } else {
            parser.endOfData();
        }
    }
    return 0;
}
