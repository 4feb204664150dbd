#include "services/importexport/formulaguard.h"

namespace Leadline::ImportExport {

bool FormulaGuard::looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

namespace {
// The cell after its leading apostrophes.
QStringView afterApostrophes(QStringView cell)
{
    qsizetype start = 0;
    while (start < cell.size() && cell.at(start) == QLatin1Char('\''))
        ++start;
    return cell.mid(start);
}
} // namespace

QString FormulaGuard::neutralise(const QString &cell)
{
    return looksLikeFormula(afterApostrophes(cell)) ? QString(QLatin1Char('\'') + cell) : cell;
}

QString FormulaGuard::neutraliseAsRead(const QString &cell)
{
    return looksLikeFormula(cell) ? QString(QLatin1Char('\'') + cell) : cell;
}

bool FormulaGuard::isGuarded(QStringView cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(afterApostrophes(cell));
}

} // namespace Leadline::ImportExport
