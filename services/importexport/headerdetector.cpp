#include "services/importexport/headerdetector.h"

#include <QHash>

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

// How many cells most of the rows fill (the most when two counts are as common); 0 without rows.
int commonWidth(const QList<QStringList> &rows)
{
    QHash<int, int> rowsOfWidth;
    for (const QStringList &row : rows)
        ++rowsOfWidth[filledCells(row)];
    int common = 0;
    for (auto it = rowsOfWidth.cbegin(); it != rowsOfWidth.cend(); ++it)
        if (it.value() > rowsOfWidth.value(common) || (it.value() == rowsOfWidth.value(common) && it.key() > common))
            common = it.key();
    return common;
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
        // A label that long is text, unless our own export named a custom field so ("custom:…").
        if (looksLikeData(label) || (label.size() > 100 && !label.startsWith(u"custom:", Qt::CaseInsensitive)))
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

int HeaderDetector::preambleRows(const QList<QStringList> &firstRows,
                                 const std::function<bool(const QString &)> &isKnownColumnName)
{
    constexpr int MostPreambleRows = 10;
    constexpr int MostPreambleCells = 3;
    if (!isKnownColumnName)
        return 0;
    // Two names a file's columns are known by (or its only one): a lone known word ("Mobile",
    // a city) among data is no header.
    const auto namesAColumn = [&](const QStringList &row) {
        const qsizetype known = std::count_if(row.cbegin(), row.cend(),
                                              [&](const QString &cell) { return isKnownColumnName(cell.trimmed()); });
        return known >= std::min(2, filledCells(row)) && known > 0;
    };
    for (int index = 0; index < std::min<qsizetype>(firstRows.size(), MostPreambleRows + 1); ++index) {
        const QStringList &row = firstRows.at(index);
        const QList<QStringList> below = firstRows.mid(index + 1);
        const int filled = filledCells(row);
        if (namesAColumn(row) && filled >= commonWidth(below) && looksLikeHeader(row, below)) {
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
        if (filled > MostPreambleCells || emailInRow)
            return 0;
    }
    return 0;
}

} // namespace Leadline::ImportExport
