#include "services/importexport/xlsxsheetparser.h"

#include "services/importexport/xlsxsharedstrings.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace Leadline::ImportExport {

namespace {

// Column index (0-based) from the letters of a reference like "BC12"; -1 when there are none or too many.
int columnFromReference(QByteArrayView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (char c : reference) {
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A' + 1;
        else if (c >= 'a' && c <= 'z')
            value = c - 'a' + 1;
        else
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + value;
    }
    if (letters == 0 || column > XlsxSheetParser::MaxColumns)
        return -1;
    return column - 1;
}

QByteArrayView trimmed(QByteArrayView text)
{
    return text.trimmed();
}

bool isPlainDecimal(QByteArrayView text)
{
    qsizetype i = text.startsWith('-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

template <typename Number> bool parseNumber(QByteArrayView text, Number &value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxSharedStrings *strings, const XlsxStyles *styles, bool date1904,
                                 QString where, qsizetype maxCellChars)
    : m_strings(strings)
    , m_styles(styles)
    , m_date1904(date1904)
    , m_where(std::move(where))
    , m_maxCellChars(maxCellChars)
{}

QString XlsxSheetParser::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

Error XlsxSheetParser::error(const QString &what) const
{
    // Where a person finds it in the spreadsheet first (a sheet's XML is often one long line).
    const QString xml = tr("XML line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
    QString place;
    if (m_inCell && m_column >= 0 && m_column < MaxColumns)
        place = tr("cell %1%2 (%3)").arg(columnLetters(m_column)).arg(m_rowNumber).arg(xml);
    else if (m_inRow)
        place = tr("row %1 (%2)").arg(m_rowNumber).arg(xml);
    else
        place = xml;
    return Error(ErrorCode::InvalidArgument, tr("%1, %2: %3").arg(m_where, place, what));
}

QString XlsxSheetParser::formatNumber(QByteArrayView text)
{
    text = trimmed(text);
    if (isPlainDecimal(text)) {
        // A whole number keeps every digit written (another program may write more than a
        // double holds): only a zero fraction goes.
        if (text.contains('.')) {
            qsizetype end = text.size();
            while (text[end - 1] == '0')
                --end;
            if (text[end - 1] == '.')
                text = text.first(end - 1);
        }
        if (!text.contains('.'))
            return text == "-0" || text == "-" || text.isEmpty() ? QStringLiteral("0") : QString::fromLatin1(text);
    }
    double value = 0;
    if (!parseNumber(text, value) || !std::isfinite(value))
        return QString::fromUtf8(text);
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QString::number(qint64(value));
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-9 && magnitude < 1e15) {
        // Excel holds 15 significant digits and writes 17 ("2.0499999999999998" for 2.05): the
        // number is what it shows, rounded to 15.
        const int integerDigits = int(std::floor(std::log10(magnitude))) + 1;
        QString fixed = QString::number(value, 'f', std::max(0, 15 - integerDigits));
        if (fixed.contains(QLatin1Char('.'))) {
            while (fixed.endsWith(QLatin1Char('0')))
                fixed.chop(1);
            if (fixed.endsWith(QLatin1Char('.')))
                fixed.chop(1);
        }
        return fixed == QStringLiteral("-0") ? QStringLiteral("0") : fixed;
    }
    // Long ids Excel wrote as numbers ("1.2345678901234567E+19") in full; the rest as it shows them.
    if (value == std::floor(value) && magnitude < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', 15);
}

Expected<QString> XlsxSheetParser::cellValue() const
{
    const QByteArrayView type = m_type;
    if (type == "s") {
        const QByteArrayView text = trimmed(m_value);
        if (text.isEmpty())
            return QString();
        qint64 index = -1;
        if (!parseNumber(text, index) || index < 0 || !m_strings || index >= m_strings->size())
            return error(tr("the cell refers to shared string %1, which does not exist.")
                             .arg(QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 20)))));
        return m_strings->at(index);
    }
    if (type == "inlineStr")
        return XlsxSharedStrings::unescape(QString::fromUtf8(m_inline.isEmpty() ? m_value : m_inline));
    if (type == "str")
        return XlsxSharedStrings::unescape(QString::fromUtf8(m_value));
    if (type == "b") {
        const QByteArrayView v = trimmed(m_value);
        if (v.isEmpty())
            return QString();
        return (v == "1" || QString::fromLatin1(v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                   ? QStringLiteral("TRUE")
                   : QStringLiteral("FALSE");
    }
    if (type == "e" || type == "d")
        return QString::fromUtf8(trimmed(m_value));

    if (m_value.isEmpty())
        return XlsxSharedStrings::unescape(QString::fromUtf8(m_inline));
    const XlsxStyles::DateKind kind = m_styles ? m_styles->kindOf(m_style) : XlsxStyles::DateKind::None;
    if (kind != XlsxStyles::DateKind::None) {
        double serial = 0;
        if (parseNumber(trimmed(m_value), serial)) {
            QString date = XlsxStyles::formatSerial(serial, kind, m_date1904);
            if (!date.isEmpty())
                return date;
        }
    }
    if (const int digits = m_styles ? m_styles->digitsOf(m_style) : 0; digits > 0) {
        // A postal code or an id shown with its leading zeros: the text the sheet shows.
        double number = 0;
        if (parseNumber(trimmed(m_value), number) && number >= 0 && number < 1e15 && number == std::floor(number))
            return QStringLiteral("%1").arg(qint64(number), digits, 10, QLatin1Char('0'));
    }
    return formatNumber(m_value);
}

Result XlsxSheetParser::startElement(const SheetXmlTokenizer::Token &token)
{
    const QByteArrayView name = token.name;
    if (!m_inSheetData) {
        if (name == "sheetData")
            m_inSheetData = true;
        return {};
    }
    if (name == "row") {
        if (m_inRow) // the row before was never closed: its cells would be lost without a word
            return error(tr("a row starts inside row %1, which was never closed.").arg(m_rowNumber));
        qint64 number = 0;
        const bool ok = parseNumber(SheetXmlTokenizer::attribute(token.attributes, "r"), number);
        m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
        m_inRow = true;
        m_nextColumn = 0;
        m_cells = QStringList();
    } else if (name == "c" && m_inRow) {
        const QByteArrayView reference = SheetXmlTokenizer::attribute(token.attributes, "r");
        if (reference.isEmpty()) {
            m_column = m_nextColumn;
        } else {
            m_column = columnFromReference(reference);
            if (m_column < 0)
                return error(tr("the cell reference \"%1\" is not valid.")
                                 .arg(QString::fromUtf8(reference.first(std::min<qsizetype>(reference.size(), 20)))));
        }
        if (m_column >= MaxColumns)
            return error(tr("the row has more than %1 columns.").arg(MaxColumns));
        m_type = SheetXmlTokenizer::attribute(token.attributes, "t").toByteArray();
        int style = 0;
        m_style = parseNumber(SheetXmlTokenizer::attribute(token.attributes, "s"), style) ? style : 0;
        m_value.clear();
        m_inline.clear();
        m_phonetic = 0;
        m_inCell = true;
    } else if (m_inCell) {
        if (name == "v")
            m_capture = Capture::Value;
        else if (name == "rPh")
            ++m_phonetic;
        else if (name == "t" && m_phonetic == 0)
            m_capture = Capture::InlineText;
    }
    return {};
}

Expected<bool> XlsxSheetParser::endElement(const SheetXmlTokenizer::Token &token, TabularRow *row)
{
    const QByteArrayView name = token.name;
    if (!m_inSheetData)
        return false;
    if (name == "v" || name == "t") {
        m_capture = Capture::None;
    } else if (name == "rPh") {
        m_phonetic = std::max(0, m_phonetic - 1);
    } else if (name == "c" && m_inCell) {
        m_capture = Capture::None;
        auto value = cellValue(); // its errors name the cell
        m_inCell = false;
        if (!value)
            return value.error();
        if (!value->isEmpty()) {
            if (m_cells.size() <= m_column)
                m_cells.resize(m_column + 1);
            m_cells[m_column] = std::move(*value);
        }
        m_nextColumn = m_column + 1;
    } else if (name == "row" && m_inRow) {
        m_inRow = false;
        row->cells = std::move(m_cells);
        row->line = m_rowNumber;
        m_cells = QStringList();
        return true;
    } else if (name == "sheetData") {
        m_inSheetData = false;
        m_done = true;
    }
    return false;
}

Expected<XlsxSheetParser::Status> XlsxSheetParser::next(TabularRow *row)
{
    SheetXmlTokenizer::Token token;
    while (!m_done) {
        switch (m_xml.next(token)) {
        case SheetXmlTokenizer::Status::NeedData:
            return Status::NeedData;
        case SheetXmlTokenizer::Status::End:
            m_done = true;
            break;
        case SheetXmlTokenizer::Status::Error:
            return error(m_xml.errorString());
        case SheetXmlTokenizer::Status::Token:
            switch (token.type) {
            case SheetXmlTokenizer::Token::StartElement:
                if (auto started = startElement(token); !started)
                    return started.error();
                break;
            case SheetXmlTokenizer::Token::Text:
                if (m_capture != Capture::None) {
                    QByteArray &target = m_capture == Capture::Value ? m_value : m_inline;
                    if (token.cdata)
                        target.append(token.text.data(), token.text.size());
                    else if (!SheetXmlTokenizer::appendDecoded(target, token.text))
                        return error(tr("the text holds a malformed character reference."));
                    if (target.size() > m_maxCellChars * 3)
                        return error(tr("a cell holds more than %1 characters.").arg(m_maxCellChars));
                }
                break;
            case SheetXmlTokenizer::Token::EndElement: {
                auto ended = endElement(token, row);
                if (!ended)
                    return ended.error();
                if (*ended)
                    return Status::Row;
                break;
            }
            }
            break;
        }
    }
    return Status::End;
}

} // namespace Leadline::ImportExport
