#pragma once

#include "services/core/expected.h"

#include <QStringList>

namespace Leadline::ImportExport {

// A streaming sink for rows (CSV or XLSX export). Rows are appended one at a time and never all held
// in memory; nothing appears at the destination path until finish() succeeds. Not thread-safe.
class TabularWriter
{
public:
    virtual ~TabularWriter() = default;
    virtual Result writeRow(const QStringList &cells) = 0;
    // Completes the file; a writer destroyed without finish() leaves no file behind.
    virtual Result finish() = 0;
    virtual qint64 rowsWritten() const = 0;
};

} // namespace Leadline::ImportExport
