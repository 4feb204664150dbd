#pragma once

#include "services/core/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Leadline::ImportExport {

// Which cell styles of a workbook show numbers as dates or times, from xl/styles.xml (numFmts and
// cellXfs), and how such a serial number reads as ISO 8601 text. Read-only after load().
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::XlsxStyles)
public:
    // ByValue: a date, a time (a serial below 1) or both, as the serial has them.
    enum class DateKind : quint8 { None, Date, Time, DateTime, Duration, ByValue };

    Result load(const QByteArray &stylesXml, const QString &sourceName);
    // The kind of the cell style index from a cell's s attribute; None for unknown indexes.
    DateKind kindOf(qsizetype styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < qsizetype(m_kinds.size()) ? m_kinds[std::size_t(styleIndex)]
                                                                         : DateKind::None;
    }
    void setKinds(std::vector<DateKind> kinds) { m_kinds = std::move(kinds); }
    // The digits a style shows a whole number with, leading zeros included ("00000", Excel's
    // "Zip Code" format: 1234 shows as 01234); 0 for other styles.
    int digitsOf(qsizetype styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < qsizetype(m_digits.size()) ? m_digits[std::size_t(styleIndex)] : 0;
    }

    // Built-in formats 14-22 and 45-47 (46, [h]:mm:ss, is a Duration), the East Asian 27-36 and
    // 50-58 (ByValue); custom codes with d/m/y/h/s outside quotes,
    // escapes and [colour/locale] brackets. Elapsed time ([h]:mm:ss) is a Duration.
    static DateKind classify(int numFmtId, QStringView formatCode);
    // For a format code of zeros only ("00000"; "[<=99999]00000;00000-0000" by its first
    // section), how many; 0 otherwise.
    static int zeroPaddedDigits(QStringView formatCode);
    // Serial day number to "yyyy-MM-dd", "HH:mm:ss", "yyyy-MM-ddTHH:mm:ss" or, for a Duration, hours
    // beyond 24 ("26:03:00"); milliseconds only when present. 1900 system: serials below 60 predate Excel's fictitious
    // 1900-02-29 (serial 60, kept as that text). Out-of-range serials come back empty so the caller keeps the number.
    static QString formatSerial(double serial, DateKind kind, bool date1904);

private:
    std::vector<DateKind> m_kinds;
    std::vector<quint8> m_digits;
};

} // namespace Leadline::ImportExport
