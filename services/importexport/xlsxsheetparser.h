#pragma once

#include "services/core/expected.h"
#include "services/importexport/sheetxmltokenizer.h"
#include "services/importexport/tabularreader.h"
#include "services/importexport/xlsxstyles.h"

#include <QCoreApplication>

namespace Leadline::ImportExport {

class XlsxSharedStrings;

// Turns a worksheet's XML, fed in chunks, into rows: shared and inline strings, numbers (integers
// without ".0", shortest round-trip text otherwise), booleans as TRUE/FALSE, formula results, error
// values as shown (#N/A), dates by cell style. Cells land in the column their r attribute names (or
// after the previous cell without one); missing cells are empty. Stops at </sheetData>.
// Not thread-safe; borrows the strings and styles, which must outlive it.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::XlsxSheetParser)
public:
    enum class Status { Row, NeedData, End };

    XlsxSheetParser(const XlsxSharedStrings *strings, const XlsxStyles *styles, bool date1904, QString where,
                    qsizetype maxCellChars);

    void addData(QByteArrayView xml) { m_xml.addData(xml); }
    void endOfData() { m_xml.endOfData(); }
    // Row: *row holds the next row (cells up to its last non-empty one). NeedData: call addData() or
    // endOfData() and ask again. End: no more rows.
    Expected<Status> next(TabularRow *row);

    static constexpr int MaxColumns = 16384; // XFD, Excel's last column

private:
    Error error(const QString &what) const;
    static QString columnLetters(int column); // 0 → "A", 26 → "AA"
    Result startElement(const SheetXmlTokenizer::Token &token);
    Expected<bool> endElement(const SheetXmlTokenizer::Token &token, TabularRow *row);
    Expected<QString> cellValue() const;
    static QString formatNumber(QByteArrayView text);

    enum class Capture { None, Value, InlineText };

    SheetXmlTokenizer m_xml;
    const XlsxSharedStrings *m_strings;
    const XlsxStyles *m_styles;
    bool m_date1904;
    QString m_where;
    qsizetype m_maxCellChars;
    bool m_done = false;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    int m_phonetic = 0;
    Capture m_capture = Capture::None;
    qint64 m_rowNumber = 0;
    int m_nextColumn = 0;
    int m_column = 0;
    QByteArray m_type;
    qsizetype m_style = 0;
    QByteArray m_value; // UTF-8, entities decoded
    QByteArray m_inline;
    QStringList m_cells;
};

} // namespace Leadline::ImportExport
