#pragma once

#include <QString>

namespace Leadline::ImportExport {

// Keeps exported cells from running as spreadsheet formulas (CSV/formula injection). Stateless.
class FormulaGuard
{
public:
    // A cell that a spreadsheet could take for a formula: it starts with =, +, -, @, tab or CR.
    static bool looksLikeFormula(QStringView cell);
    // For text formats (CSV): such a cell gets a leading apostrophe so spreadsheets show it as text.
    static QString neutralise(const QString &cell);
};

} // namespace Leadline::ImportExport
