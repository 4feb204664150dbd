#include "services/importexport/headerdetector.h"

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

} // namespace Leadline::ImportExport
