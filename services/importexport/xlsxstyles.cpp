#include "services/importexport/xlsxstyles.h"

#include <QDate>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <cmath>

namespace Leadline::ImportExport {

XlsxStyles::DateKind XlsxStyles::classify(int numFmtId, QStringView code)
{
    if ((numFmtId >= 14 && numFmtId <= 17))
        return DateKind::Date;
    if (numFmtId == 46) // [h]:mm:ss
        return DateKind::Duration;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47)
        return DateKind::Time;
    if (numFmtId == 22)
        return DateKind::DateTime;
    // The East Asian built-in formats (ECMA-376 18.8.30) differ by locale: most are dates,
    // some times ("h时mm分"), some either. A code the workbook gives for the id says which.
    if (code.isEmpty() && ((numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58)))
        return DateKind::ByValue;
    if (code.isEmpty())
        return DateKind::None;

    bool date = false;
    bool time = false;
    bool elapsed = false;
    bool month = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text or padding
        } else if (c == u';') {
            break; // the first section decides
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            const QStringView inner = code.sliced(i + 1, close - i - 1);
            bool hms = !inner.isEmpty();
            for (QChar e : inner)
                hms = hms && (e == u'h' || e == u'H' || e == u'm' || e == u'M' || e == u's' || e == u'S');
            elapsed = elapsed || hms;
            time = time || hms;
            i = close;
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'y':
                date = true;
                break;
            case u'h':
            case u's':
                time = true;
                break;
            case u'm':
                month = true;
                break;
            default:
                break;
            }
        }
    }
    // "m" is minutes next to hours or seconds and a month otherwise.
    if (month && !time)
        date = true;
    if (elapsed && !date)
        return DateKind::Duration;
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

int XlsxStyles::zeroPaddedDigits(QStringView code)
{
    int zeros = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break;
        if (c == u'[') { // a condition or a colour
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                return 0;
            i = close;
        } else if (c == u'0') {
            ++zeros;
        } else {
            return 0;
        }
    }
    // One zero is the General way of writing a whole number; a leading zero needs two.
    return zeros >= 2 && zeros <= 30 ? zeros : 0;
}

QString XlsxStyles::formatSerial(double serial, DateKind kind, bool date1904)
{
    if (kind == DateKind::None || !std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return {};
    const auto totalMs = qint64(std::llround(serial * 86400000.0));
    const qint64 days = totalMs / 86400000;
    const auto msOfDay = int(totalMs % 86400000);
    if (kind == DateKind::ByValue)
        kind = days == 0 ? DateKind::Time : msOfDay == 0 ? DateKind::Date : DateKind::DateTime;

    QString datePart;
    if (date1904) {
        datePart = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        datePart = QStringLiteral("1900-02-29");
    } else {
        const QDate epoch = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        datePart = epoch.addDays(days).toString(Qt::ISODate);
    }
    if (kind == DateKind::Duration) {
        const qint64 seconds = totalMs / 1000;
        QString text = QStringLiteral("%1:%2:%3")
                           .arg(seconds / 3600)
                           .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0'));
        if (totalMs % 1000)
            text += QStringLiteral(".%1").arg(totalMs % 1000, 3, 10, QLatin1Char('0'));
        return text;
    }
    const QTime time = QTime::fromMSecsSinceStartOfDay(msOfDay);
    const QString timePart = time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));

    switch (kind) {
    case DateKind::Date:
        return datePart;
    case DateKind::Time:
        return timePart;
    case DateKind::DateTime:
        return datePart + QLatin1Char('T') + timePart;
    case DateKind::None:
    case DateKind::Duration:
    case DateKind::ByValue:
        break;
    }
    return {};
}

Result XlsxStyles::load(const QByteArray &stylesXml, const QString &sourceName)
{
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    int depthInCellXfs = 0;
    std::vector<int> xfFormats;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const auto attributes = xml.attributes();
                customFormats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                     attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
                depthInCellXfs = 0;
            } else if (inCellXfs) {
                if (++depthInCellXfs == 1 && name == u"xf")
                    xfFormats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            }
        } else if (token == QXmlStreamReader::EndElement && inCellXfs) {
            if (xml.name() == u"cellXfs")
                inCellXfs = false;
            else
                --depthInCellXfs;
        }
    }
    if (xml.hasError())
        return Error(ErrorCode::InvalidArgument, tr("%1: the styles part is not valid XML at line %2: %3")
                                                     .arg(sourceName)
                                                     .arg(xml.lineNumber())
                                                     .arg(xml.errorString()));
    m_kinds.clear();
    m_kinds.reserve(xfFormats.size());
    m_digits.clear();
    m_digits.reserve(xfFormats.size());
    for (int id : xfFormats) {
        m_kinds.push_back(customFormats.contains(id) ? classify(-1, customFormats.value(id)) : classify(id, {}));
        m_digits.push_back(quint8(customFormats.contains(id) ? zeroPaddedDigits(customFormats.value(id)) : 0));
    }
    return {};
}

} // namespace Leadline::ImportExport
