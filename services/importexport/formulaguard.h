#pragma once

#include <QString>

namespace Leadline::ImportExport {

// Keeps exported cells from running as spreadsheet formulas (CSV/formula injection). Stateless.
class FormulaGuard
{
public:
    // A cell that a spreadsheet could take for a formula: it starts with =, +, -, @, tab or CR.
    static bool looksLikeFormula(QStringView cell);
    // For text formats (CSV): such a cell gets a leading apostrophe so spreadsheets show it as
    // text. So does one that already starts with apostrophes before such text ("'=x" → "''=x"):
    // an import takes exactly one apostrophe off again (isGuarded()), and gets the cell back.
    static QString neutralise(const QString &cell);
    // For a cell as a file wrote it (the rejects file repeats the rows an import turned down):
    // one that looks like a formula gets the apostrophe, one that carries it already stays as it
    // is. Reading the cell again then gives what reading the file gave; neutralise() would add an
    // apostrophe each time the row went round.
    static QString neutraliseAsRead(const QString &cell);
    // Whether a cell carries that apostrophe: one or more, then text that looks like a formula.
    static bool isGuarded(QStringView cell);
};

} // namespace Leadline::ImportExport
