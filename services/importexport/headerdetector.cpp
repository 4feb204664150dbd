#include "services/importexport/headerdetector.h"

#include <algorithm>

namespace Leadline::ImportExport {

namespace {

bool isNumberLike(QStringView s)
{
    // Digits with sign, grouping and decimal marks, currency or percent around them: "1,234.50", "-3", "12 %".
    int digits = 0;
    for (QChar c : s) {
        if (c.isDigit())
            ++digits;
        else if (!(c == u'.' || c == u',' || c == u'-' || c == u'+' || c == u' ' || c == u'%' || c == u'\'' ||
                   c == u'$' || c == QChar(0x20AC) || c == QChar(0x00A3) || c == u'e' || c == u'E'))
            return false;
    }
    return digits > 0;
}

bool isDateLike(QStringView s)
{
    // 2024-01-31, 31.01.2024, 1/31/24, 2024-01-31T10:00:00Z, 10:30
    int digits = 0;
    int separators = 0;
    for (QChar c : s) {
        if (c.isDigit())
            ++digits;
        else if (c == u'-' || c == u'/' || c == u'.' || c == u':')
            ++separators;
        else if (!(c == u'T' || c == u'Z' || c == u' ' || c == u'+'))
            return false;
    }
    return digits >= 3 && separators >= 1;
}

bool isEmailLike(QStringView s)
{
    const qsizetype at = s.indexOf(u'@');
    return at > 0 && s.indexOf(u'.', at) > at + 1 && !s.contains(u' ');
}

bool isPhoneLike(QStringView s)
{
    int digits = 0;
    for (QChar c : s) {
        if (c.isDigit())
            ++digits;
        else if (!(c == u'+' || c == u'(' || c == u')' || c == u'-' || c == u' ' || c == u'.' || c == u'/'))
            return false;
    }
    return digits >= 6;
}

bool isUrlLike(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) || s.startsWith(u"https://", Qt::CaseInsensitive) ||
           s.startsWith(u"www.", Qt::CaseInsensitive);
}

int filledCells(const QStringList &row)
{
    int filled = 0;
    for (const QString &cell : row)
        filled += QStringView(cell).trimmed().isEmpty() ? 0 : 1;
    return filled;
}

} // namespace

bool HeaderDetector::looksLikeData(QStringView cell)
{
    const QStringView s = cell.trimmed();
    if (s.isEmpty())
        return false;
    return isNumberLike(s) || isDateLike(s) || isEmailLike(s) || isPhoneLike(s) || isUrlLike(s);
}

bool HeaderDetector::looksLikeHeader(const QStringList &firstRow, const QList<QStringList> &followingRows)
{
    int filled = 0;
    for (const QString &cell : firstRow) {
        const QStringView label = QStringView(cell).trimmed();
        if (label.isEmpty())
            continue;
        ++filled;
        if (looksLikeData(label) || label.size() > 100)
            return false;
    }
    if (filled == 0 || filled * 2 < firstRow.size())
        return false;
    // A first row repeated further down is data (a list of identical records), not labels.
    for (const QStringList &row : followingRows) {
        if (row == firstRow)
            return false;
    }
    return true;
}

int HeaderDetector::preambleRows(const QList<QStringList> &firstRows)
{
    constexpr int MostPreambleRows = 10;
    constexpr int MostPreambleCells = 3;
    int widest = 0;
    for (const QStringList &row : firstRows)
        widest = std::max(widest, filledCells(row));

    for (int index = 0; index < std::min<qsizetype>(firstRows.size(), MostPreambleRows + 1); ++index) {
        const QStringList &row = firstRows.at(index);
        const int filled = filledCells(row);
        // The header spans the table: at least half of the widest row, and more than a lone title.
        const bool spansTheTable = filled * 2 >= widest && (filled > 1 || widest == 1);
        if (spansTheTable && looksLikeHeader(row, firstRows.mid(index + 1))) {
            for (int above = 0; above < index; ++above)
                if (filledCells(firstRows.at(above)) >= filled)
                    return 0;
            return index;
        }
        // A few cells, none of them an address: a title, a date, a note. A row with an email
        // address is a contact's, and a file whose rows start so has no header to look for.
        const bool emailInRow = std::any_of(row.cbegin(), row.cend(), [](const QString &cell) {
            return isEmailLike(QStringView(cell).trimmed());
        });
        if (filled > MostPreambleCells || filled >= widest || emailInRow)
            return 0;
    }
    return 0;
}

} // namespace Leadline::ImportExport
