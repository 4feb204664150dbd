#include "services/importexport/xlsxsheetparser.h"

#include "services/importexport/xlsxsharedstrings.h"

#include <QLocale>

#include <cmath>

namespace Leadline::ImportExport {

namespace {

// Column index (0-based) from the letters of a reference like "BC12"; -1 when there are none or too many.
int columnFromReference(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (QChar c : reference) {
        const char16_t u = c.unicode();
        int value;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A' + 1;
        else if (u >= u'a' && u <= u'z')
            value = u - u'a' + 1;
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

bool isPlainDecimal(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128)
            digits = true;
        else if (c == u'.' && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const XlsxSharedStrings *strings, const XlsxStyles *styles, bool date1904,
                                 QString where, qsizetype maxCellChars)
    : m_strings(strings)
    , m_styles(styles)
    , m_date1904(date1904)
    , m_where(std::move(where))
    , m_maxCellChars(maxCellChars)
{
}

Error XlsxSheetParser::error(const QString &what) const
{
    return Error(ErrorCode::InvalidArgument,
                 tr("%1, XML line %2, column %3: %4")
                     .arg(m_where)
                     .arg(m_xml.lineNumber())
                     .arg(m_xml.columnNumber())
                     .arg(what));
}

QString XlsxSheetParser::formatNumber(QStringView text)
{
    text = text.trimmed();
    if (isPlainDecimal(text)) {
        // Keep the digits as written (all the precision there is); only drop a zero fraction.
        if (text.contains(u'.')) {
            qsizetype end = text.size();
            while (text[end - 1] == u'0')
                --end;
            if (text[end - 1] == u'.')
                --end;
            text = text.first(end);
        }
        if (text == u"-0")
            return QStringLiteral("0");
        return text.toString();
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return text.toString();
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QString::number(qint64(value));
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e-9 && magnitude < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Expected<QString> XlsxSheetParser::cellValue() const
{
    if (m_type == u"s") {
        bool ok = false;
        const qlonglong index = QStringView(m_value).trimmed().toLongLong(&ok);
        if (m_value.trimmed().isEmpty())
            return QString();
        if (!ok || index < 0 || !m_strings || index >= m_strings->size())
            return error(tr("the cell refers to shared string %1, which does not exist.").arg(m_value));
        return m_strings->at(index);
    }
    if (m_type == u"inlineStr")
        return XlsxSharedStrings::unescape(m_inline.isEmpty() ? m_value : m_inline);
    if (m_type == u"str")
        return XlsxSharedStrings::unescape(m_value);
    if (m_type == u"b") {
        const QStringView v = QStringView(m_value).trimmed();
        if (v.isEmpty())
            return QString();
        return (v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0) ? QStringLiteral("TRUE")
                                                                            : QStringLiteral("FALSE");
    }
    if (m_type == u"e" || m_type == u"d")
        return m_value.trimmed();

    if (m_value.isEmpty())
        return XlsxSharedStrings::unescape(m_inline);
    const XlsxStyles::DateKind kind = m_styles ? m_styles->kindOf(m_style) : XlsxStyles::DateKind::None;
    if (kind != XlsxStyles::DateKind::None) {
        bool ok = false;
        const double serial = QStringView(m_value).trimmed().toDouble(&ok);
        if (ok) {
            QString date = XlsxStyles::formatSerial(serial, kind, m_date1904);
            if (!date.isEmpty())
                return date;
        }
    }
    return formatNumber(m_value);
}

Result XlsxSheetParser::startElement()
{
    const QStringView name = m_xml.name();
    if (!m_inSheetData) {
        if (name == u"sheetData")
            m_inSheetData = true;
        return {};
    }
    if (name == u"row") {
        bool ok = false;
        const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
        m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
        m_inRow = true;
        m_nextColumn = 0;
        m_cells = QStringList();
    } else if (name == u"c" && m_inRow) {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        if (reference.isEmpty()) {
            m_column = m_nextColumn;
        } else {
            m_column = columnFromReference(reference);
            if (m_column < 0)
                return error(tr("the cell reference \"%1\" is not valid.").arg(reference.toString()));
        }
        if (m_column >= MaxColumns)
            return error(tr("the row has more than %1 columns.").arg(MaxColumns));
        m_type = attributes.value(QLatin1String("t")).toString();
        bool ok = false;
        m_style = attributes.value(QLatin1String("s")).toInt(&ok);
        if (!ok)
            m_style = 0;
        m_value.clear();
        m_inline.clear();
        m_phonetic = 0;
        m_inCell = true;
    } else if (m_inCell) {
        if (name == u"v")
            m_capture = Capture::Value;
        else if (name == u"rPh")
            ++m_phonetic;
        else if (name == u"t" && m_phonetic == 0)
            m_capture = Capture::InlineText;
    }
    return {};
}

Expected<bool> XlsxSheetParser::endElement(TabularRow *row)
{
    const QStringView name = m_xml.name();
    if (!m_inSheetData)
        return false;
    if (name == u"v" || name == u"t") {
        m_capture = Capture::None;
    } else if (name == u"rPh") {
        m_phonetic = std::max(0, m_phonetic - 1);
    } else if (name == u"c" && m_inCell) {
        m_inCell = false;
        m_capture = Capture::None;
        auto value = cellValue();
        if (!value)
            return value.error();
        if (!value->isEmpty()) {
            if (m_cells.size() <= m_column)
                m_cells.resize(m_column + 1);
            m_cells[m_column] = std::move(*value);
        }
        m_nextColumn = m_column + 1;
    } else if (name == u"row" && m_inRow) {
        m_inRow = false;
        row->cells = std::move(m_cells);
        row->line = m_rowNumber;
        m_cells = QStringList();
        return true;
    } else if (name == u"sheetData") {
        m_inSheetData = false;
        m_done = true;
    }
    return false;
}

Expected<XlsxSheetParser::Status> XlsxSheetParser::next(TabularRow *row)
{
    while (!m_done) {
        const auto token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::Invalid:
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (!m_endOfData)
                    return Status::NeedData;
                return error(tr("the worksheet ends in the middle of its data."));
            }
            return error(m_xml.errorString());
        case QXmlStreamReader::StartElement:
            if (auto started = startElement(); !started)
                return started.error();
            break;
        case QXmlStreamReader::Characters:
            if (m_capture != Capture::None) {
                QString &target = m_capture == Capture::Value ? m_value : m_inline;
                target += m_xml.text();
                if (target.size() > m_maxCellChars)
                    return error(tr("a cell holds more than %1 characters.").arg(m_maxCellChars));
            }
            break;
        case QXmlStreamReader::EndElement: {
            auto ended = endElement(row);
            if (!ended)
                return ended.error();
            if (*ended)
                return Status::Row;
            break;
        }
        case QXmlStreamReader::EndDocument:
            m_done = true;
            break;
        default:
            break;
        }
    }
    return Status::End;
}

} // namespace Leadline::ImportExport
