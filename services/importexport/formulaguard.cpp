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

QString FormulaGuard::neutralise(const QString &cell)
{
    return looksLikeFormula(cell) ? QString(QLatin1Char('\'') + cell) : cell;
}

} // namespace Leadline::ImportExport
